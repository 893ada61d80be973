"""``import-contacts --dry-run`` only reads: it runs while another program holds the write lock
(field test 20, defect 6: it listed every row and then failed with "the database is in use")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database


def _contacts(db: Database) -> int:
    with sqlite3.connect(db.path) as conn:
        return int(conn.execute("select count(*) from contact").fetchone()[0])


def test_a_dry_run_runs_beside_a_writer_and_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,Email\nWang Fang,wang.fang@example.cn\nLi Ming,li.ming@example.cn\n", encoding="utf-8"
    )
    writer = sqlite3.connect(db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        code = main(["--lang", "en", "--db", str(db.path), "import-contacts", str(people), "--dry-run"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "2 added" in out and "in use" not in err
        # the real import still waits for the writer, and says so
        assert main(["--lang", "en", "--db", str(db.path), "import-contacts", str(people)]) == 1
        assert "in use" in capsys.readouterr().err
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _contacts(db) == 0
    assert not list(tmp_path.glob("*dry-run*"))
