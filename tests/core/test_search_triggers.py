"""The search triggers survive bulk jobs, and ``reindex`` puts back any that were lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import search as search_service


def _triggers(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    finally:
        conn.close()


def test_service_knows_the_triggers_of_a_migrated_file(db) -> None:
    present = _triggers(db.path)
    expected = {
        name: f"CREATE TRIGGER {name} {when} BEGIN {body} END"
        for name, when, body in (*search_service._FTS_TRIGGERS, *search_service._DIRTY_TRIGGERS)
    }
    assert {n: present[n] for n in expected} == expected


def test_reindex_puts_back_dropped_triggers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.sqlite"
    open_database(path).close()
    complete = _triggers(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER search_dirty_contact_ins")
    conn.execute("DROP TRIGGER search_fts_ai")
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "reindex"]) == 0
    assert "search_fts_ai" in capsys.readouterr().out
    assert _triggers(path) == complete
    people = tmp_path / "people.csv"
    people.write_text("family_name,given_name,email\nLindqvist,Anna,anna@example.se\n", encoding="utf-8")
    assert main(["--db", str(path), "import-contacts", str(people)]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "search", "Lindqvist"]) == 0
    assert "Lindqvist" in capsys.readouterr().out


def test_failed_demo_keeps_the_triggers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from petdesk.demo import generator

    path = tmp_path / "d.sqlite"
    # An office with a name of its own: the generator writes nothing before it drops the triggers.
    assert main(["--db", str(path), "office", "--name", "Malmö Office"]) == 0
    complete = _triggers(path)

    def boom(self: object, contacts: int) -> None:  # the generator fails half way through
        raise RuntimeError("interrupted")

    monkeypatch.setattr(generator._Generator, "run", boom)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["--db", str(path), "demo", "--contacts", "5"]) == 1
    assert _triggers(path) == complete
