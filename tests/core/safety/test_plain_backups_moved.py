"""``petdesk backups --folder DIR --move`` of an encrypted database says which moved backups are
plain, made before the encryption, and how to delete them (field test 80: a plain backup went onto
the USB stick without a word)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import backups
from petdesk.services import contacts as cs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

DB_PASSPHRASE = "li qiang laptop passphrase 9876"


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Path]:
    """A database with a plain backup made before it was encrypted."""
    path = tmp_path / "laptop" / "petdesk.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Wang", given_name="Fang")
    db.close()
    backups.create(path, backups.MANUAL)
    yield path
    connection._passphrases.clear()
    connection._latest = None


def _cli(path: Path, lang: str, *args: str) -> int:
    pass_file = path.parent / "dbpass.txt"
    pass_file.write_text(DB_PASSPHRASE + "\n", encoding="utf-8")
    try:
        return main(["--db", str(path), "--passphrase-file", str(pass_file), "--lang", lang, *args])
    finally:
        connection._passphrases.clear()
        connection._latest = None


def _plain_on_stick(stick: Path, path: Path) -> list[str]:
    return sorted(b.path.name for b in backups.list_backups(stick, path.name) if not b.encrypted)


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_moving_plain_backups_of_an_encrypted_database_says_so_and_how_to_delete_them(
    laptop: Path, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(laptop, "en", "encrypt") == 0
    assert _cli(laptop, "en", "backup") == 0  # an encrypted one: not warned about
    stick = tmp_path / "stick"
    capsys.readouterr()
    assert _cli(laptop, lang, "backups", "--folder", str(stick), "--move") == 0
    err = capsys.readouterr().err
    plain = _plain_on_stick(stick, laptop)
    assert plain and len(plain) < len(backups.list_backups(stick, laptop.name))
    command = f"petdesk --db {laptop} backups --delete {' '.join(plain)}"
    assert command in err and str(stick) in err
    said = "未加密" if lang == "zh_CN" else "plain (not encrypted)"
    assert said in err
    # the command given deletes them
    assert _cli(laptop, "en", *command.split()[3:], "--yes") == 0
    assert _plain_on_stick(stick, laptop) == [] and backups.list_backups(stick, laptop.name)


def test_moving_the_backups_of_a_plain_database_warns_of_nothing(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "stick"
    assert _cli(laptop, "en", "backups", "--folder", str(stick), "--move") == 0
    captured = capsys.readouterr()
    assert "Moved 1 backup to" in captured.out and "plain" not in captured.err
