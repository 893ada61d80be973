"""Commands that change the database refuse while a window on another computer has the file open
(field test 70's leftover: one file in a synced folder, two computers writing it made the sync
program's conflicted copies); reading commands, and a window on this computer, are fine."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import build_parser, main
from petdesk.cli.writing import WRITES, name_commands
from petdesk.db import Database
from petdesk.lock_owner import lock_file
from petdesk.services import contacts as contact_service
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

CSV = "First Name,Last Name,E-mail Address\nJens,Müller,jens@example.org\n"


def _count(db: Database) -> int:
    with db.raw() as conn:
        return int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])


def _held_by(db: Database, host: str) -> None:
    lock_file(db.path).write_text(f"4242\npetdesk\n{host}\n3d1219c7\ncb9842e0\n", encoding="utf-8")


@pytest.fixture
def filled(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.delenv("PETDESK_SYNC_PASSPHRASE", raising=False)
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    (tmp_path / "outlook.csv").write_text(CSV, encoding="utf-8")
    return db


def test_every_command_is_classified() -> None:
    commands = name_commands(build_parser())
    assert "sync import" in commands and "sync" not in commands
    assert sorted(set(commands) - set(WRITES)) == []  # a new command must say whether it writes
    assert sorted(set(WRITES) - set(commands)) == []  # nor a removed one left behind


def test_writing_commands_refuse_a_file_open_on_another_computer(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--lang", "en", "--db", str(filled.path)]
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    assert main([*args, "import-contacts", str(tmp_path / "outlook.csv")]) == 1
    err = capsys.readouterr().err
    assert "on the computer “anke-pc”" in err and str(lock_file(filled.path)) in err, err
    assert "Nothing was changed" in err and "close petdesk" in err, err
    assert _count(filled) == 1
    for words in (["office", "--name", "Elsewhere"], ["check", "--repair"], ["demo"]):
        assert main([*args, *words]) == 1, words
        assert "anke-pc" in capsys.readouterr().err, words
    # reading commands keep working beside her window
    assert main([*args, "search", "Krüger"]) == 0
    assert "Krüger" in capsys.readouterr().out
    for words in (["stats"], ["visits"], ["check"], ["export-contacts", "--out", str(tmp_path / "c.csv")]):
        assert main([*args, *words]) == 0, words
    assert (tmp_path / "c.csv").exists()
    # once her petdesk is closed (or its lock deleted after a crash), the import goes through
    lock_file(filled.path).unlink()
    assert main([*args, "import-contacts", str(tmp_path / "outlook.csv")]) == 0
    assert _count(filled) == 2


def test_a_window_on_this_computer_is_no_reason_to_refuse(filled: Database, tmp_path: Path) -> None:
    _held_by(filled, socket.gethostname())
    args = ["--lang", "en", "--db", str(filled.path)]
    assert main([*args, "import-contacts", str(tmp_path / "outlook.csv")]) == 0
    assert _count(filled) == 2


def test_the_refusal_in_chinese(
    filled: Database, tree_catalogue: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(filled.path), "office", "--name", "X"]) == 1
    err = capsys.readouterr().err
    assert "“anke-pc”" in err and "计算机" in err and "Nothing was changed" not in err, err


def _queued(db: Database) -> int:
    with db.raw() as conn:
        return int(conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0])


def test_search_beside_a_window_elsewhere_reads_the_index_as_it_stands(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # "search" is a reading command, yet it wrote the queued index rows into the file held on
    # Anke's computer. A rename made with plain SQL (as a command-line import leaves) is queued.
    with filled.raw() as conn:
        conn.execute("UPDATE contact SET family_name = 'Kruse'")
    assert _queued(filled) == 1
    filled.close()
    args = ["--lang", "en", "--db", str(filled.path)]
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    assert main([*args, "search", "Krüger"]) == 0  # found under the name the index holds
    out, err = capsys.readouterr()
    assert "Krüger" in out and "1 record changed lately is searched as it was before" in err, err
    assert _queued(filled) == 1  # nothing written
    assert main([*args, "search", "--count", "Krüger"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "1" and "open in petdesk on another computer" in err
    # her window closed, the search brings the index up to date first, as before
    lock_file(filled.path).unlink()
    assert main([*args, "search", "Kruse"]) == 0
    out, err = capsys.readouterr()
    assert "Kruse" in out and not err
    assert _queued(filled) == 0


@pytest.mark.usefixtures("tree_catalogue")
def test_the_note_in_chinese(filled: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with filled.raw() as conn:
        conn.execute("UPDATE contact SET family_name = 'Kruse'")
    filled.close()
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(filled.path), "search", "--count", "Krüger"]) == 0
    assert "最近更改的 1 条记录" in capsys.readouterr().err


def test_choosing_the_backup_folder_refuses_too(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 50b: ``backups --folder DIR`` keeps the folder in the database's settings, and was let
    through as a reading command beside a window on another computer."""
    args = ["--lang", "en", "--db", str(filled.path)]
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    for words in (["backups", "--folder", str(tmp_path / "stick")], ["backups", "--default-folder"]):
        assert main([*args, *words]) == 1, words
        assert "anke-pc" in capsys.readouterr().err, words
    with filled.raw() as conn:
        assert conn.execute("SELECT count(*) FROM setting WHERE key LIKE '%folder%'").fetchone()[0] == 0
    assert main([*args, "backups"]) == 0  # listing them still reads only


def test_subcommands_of_a_group_that_also_takes_a_word_are_classified(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """``technologies add`` (whose group also searches a free word) was classified by "technologies"
    alone, a reading command, and so wrote beside a window on another computer."""
    args = ["--lang", "en", "--db", str(filled.path)]
    _held_by(filled, "anke-pc")
    capsys.readouterr()
    for words in (
        ["technologies", "add", "--name-en", "Solar dryer"],
        ["needs", "add", "--title-en", "Sludge"],
        ["projects", "add", "--title-en", "Pilot"],
    ):
        assert main([*args, *words]) == 1, words
        assert "anke-pc" in capsys.readouterr().err, words
    with filled.reading() as s:
        assert s.query(m.Technology).count() == s.query(m.Project).count() == 0
    assert main([*args, "technologies", "Solar"]) == 0  # the search still reads beside her window
