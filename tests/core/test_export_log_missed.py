"""A file written but its export log line not (the database locked by another program, or a
read-only file): the export is done and says so, with a plain note that the log missed it. Before,
the lock's error reported the whole export as failed, the file written all the same."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.export_log_missed import MISSED
from petdesk.services import export_log, exporting
from petdesk.sync.tracking import STAFF_SETTING


@pytest.fixture(autouse=True)
def _short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened in these tests wait half a second for the other program's lock, not the
    five a person's would: the lock is held for the whole wait, so only the waiting is shorter."""
    from petdesk import db as database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)


def _people(db: Database, *names: str) -> list[str]:
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
        people = [m.Contact(family_name=name, given_name="Anna") for name in names]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


@contextmanager
def _write_locked(path: Path) -> Iterator[None]:
    """Another program's write transaction on the file, held until the block ends."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def _told() -> Iterator[list[str]]:
    heard: list[str] = []
    MISSED.append(heard.append)
    try:
        yield heard
    finally:
        MISSED.remove(heard.append)


def _lines(db: Database) -> int:
    conn = sqlite3.connect(db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM export_log").fetchone()[0])
    finally:
        conn.close()


def test_an_export_while_another_program_holds_the_write_lock_is_done_and_told(
    db: Database, tmp_path: Path
) -> None:
    alt, baer = _people(db, "Alt", "Bär")
    with _told() as heard, _write_locked(db.path):
        with db.reading() as s:
            assert exporting.export_contacts(s, tmp_path / "two.vcf", "vcf", ids=[alt, baer]) == 2
        assert exporting.export_all_of_file(db.path, tmp_path / "all.csv", "csv", check_budget_s=5) == 2
    assert heard == ["two.vcf", "all.csv"]
    assert (tmp_path / "two.vcf").stat().st_size > 0 and (tmp_path / "all.csv").stat().st_size > 0
    assert _lines(db) == 0
    with db.reading() as s:  # the lock gone, the next export is logged again
        exporting.export_contacts(s, tmp_path / "one.vcf", "vcf", ids=[alt])
    assert _lines(db) == 1


def test_the_command_line_reports_done_with_a_note_when_the_log_is_locked(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _people(db, "Alt")
    out = tmp_path / "alt.vcf"
    with _write_locked(db.path):
        code = main(["--db", str(db.path), "export-contacts", "Alt", "--out", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert out.is_file()
    assert "alt.vcf was written, but the export log could not note it" in said.err
    assert said.err.count("alt.vcf") == 1  # one plain note, no technical line beside it
    assert _lines(db) == 0


def test_a_file_opened_to_look_at_only_exports_with_the_note(db: Database, tmp_path: Path) -> None:
    """Nothing may change the file (the window's "look only", as a write-protected stick): the
    export goes on, the note says the log missed it (before, nothing said so)."""
    from petdesk import connection

    _people(db, "Alt")
    connection.look_only(db.path)
    try:
        with _told() as heard:
            assert exporting.export_all_of_file(db.path, tmp_path / "all.vcf", "vcf", check_budget_s=5) == 1
    finally:
        connection.look_only(db.path, looking=False)
    assert heard == ["all.vcf"]
    assert _lines(db) == 0


def test_a_dossier_written_while_locked_is_kept_and_told(db: Database, tmp_path: Path) -> None:
    from petdesk.dossier import build_visit_dossier
    from petdesk.services import visits as vs

    alt, _baer = _people(db, "Alt", "Bär")
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 20), end_date=dt.date(2027, 3, 26)
        )
        vs.add_participant(s, visit.id, alt, role="head")
    with _told() as heard, _write_locked(db.path):
        path = build_visit_dossier(db, visit.id, tmp_path / "tour.pdf")
    assert path.is_file() and heard == ["tour.pdf"]
    assert export_log.KINDS  # (the module's, not a mock)


def test_a_file_open_in_petdesk_on_another_computer_gets_no_line_but_the_note(
    db: Database, tmp_path: Path
) -> None:
    """A write from here would make the sync program's conflicted copy (field test 70): the
    registration list, name cards, a dossier ... skip their line as the dossier's note of its print
    does, and say so."""
    from petdesk.lock_owner import lock_file

    alt, baer = _people(db, "Alt", "Bär")
    lock_file(db.path).write_text("4242\npetdesk\nthomas-laptop\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    try:
        with _told() as heard:
            assert export_log.record_through(db, "person", tmp_path / "alt.pdf", 1, [alt]) is False
            with db.reading() as s:
                assert exporting.export_contacts(s, tmp_path / "two.vcf", "vcf", ids=[alt, baer]) == 2
    finally:
        lock_file(db.path).unlink()
    assert heard == ["alt.pdf", "two.vcf"]
    assert _lines(db) == 0
