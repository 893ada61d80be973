"""A sync client's "conflicted copy" of the shared database given to ``sync import`` (field test 70):
it asked for a passphrase first, then said only "this is not a petdesk sync package", leaving the
office with no idea what the file was or what to do with it. Now the file is named for what it is,
before any passphrase, with what to do instead; the database is left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.sync import package
from petdesk.sync.package import PackageError
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)


@pytest.fixture
def conflicted_copy(db: Database, tmp_path: Path) -> Path:
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "petdesk (Thomas's conflicted copy 2026-11-30).sqlite"
    shutil.copy(db.path, copy)
    return copy


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "this is a database file, not a sync package"), ("zh_CN", "这是数据库文件，不是同步数据包")],
)
def test_sync_import_of_a_database_file_says_what_it_is_before_any_passphrase(
    db: Database,
    conflicted_copy: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree_catalogue: Path,  # noqa: F811
    lang: str,
    said: str,
) -> None:
    monkeypatch.delenv("PETDESK_SYNC_PASSPHRASE", raising=False)
    before = db.path.read_bytes()
    capsys.readouterr()
    assert main(["--lang", lang, "--db", str(db.path), "sync", "import", str(conflicted_copy)]) == 3
    err = capsys.readouterr().err
    assert said in err, err
    assert "petdesk --db" in err and "passphrase" not in err and "密码" not in err, err
    assert db.path.read_bytes() == before


def test_reading_a_database_file_as_a_package_says_it_is_a_database(conflicted_copy: Path) -> None:
    """The window's import reads the package the same way: the same sentence, not a bare refusal."""
    with pytest.raises(PackageError, match="this is a database file, not a sync package"):
        package.read(conflicted_copy, "any passphrase of six words")
    assert package.database_given(conflicted_copy)
    assert not package.database_given(conflicted_copy.with_name("missing.pdsync"))
