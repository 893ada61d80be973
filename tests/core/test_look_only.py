"""A file open in petdesk on another computer, opened here to look at only (field test 70's leftover):
every connection this process makes to it is read-only, and ``connection.read_only`` is the one
switch the window reads for it and for a file on a write-protected stick."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.db import Database, open_database
from petdesk.dossier import build_visit_dossier
from petdesk.dossier.changes import last_printed
from petdesk.lock_owner import lock_file
from petdesk.messages import explain
from petdesk.services import contacts as contact_service
from petdesk.services import visits as visit_service
from tests.helpers.read_only_place import read_only


@pytest.fixture
def looked_at(db: Database) -> Iterator[Path]:
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Schröder", given_name="Anke")
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    connection.look_only(db.path)
    try:
        yield db.path
    finally:
        connection.look_only(db.path, looking=False)


def test_a_file_opened_to_look_at_is_never_written(looked_at: Path) -> None:
    assert connection.read_only(looked_at) and connection.looking_only(looked_at)
    assert not connection.read_only_place(looked_at)  # the file itself could be written
    before = looked_at.read_bytes()
    db = open_database(looked_at)
    try:
        with db.raw() as conn:
            assert conn.execute("SELECT family_name FROM contact").fetchall() == [("Schröder",)]
        with pytest.raises(connection.Error) as refused, db.raw() as conn:
            conn.execute("DELETE FROM contact")
        assert "read-only" in explain(refused.value, "en")
    finally:
        db.close()
    assert looked_at.read_bytes() == before


def test_the_switch_is_off_again_and_covers_the_stick(looked_at: Path, tmp_path: Path) -> None:
    connection.look_only(looked_at, looking=False)
    assert not connection.read_only(looked_at)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "colleague.sqlite").write_bytes(looked_at.read_bytes())
    with read_only(stick) as place:
        assert connection.read_only(place / "colleague.sqlite")


@pytest.mark.parametrize("why", ["looking", "held elsewhere"])
def test_a_dossier_is_printed_without_writing_the_file(db: Database, tmp_path: Path, why: str) -> None:
    """A dossier notes its print in the file (for "--changes-since last"): not where the file must
    not be written. The note failed the dossier of a read-only window after its PDF was made."""
    with db.transaction() as session:
        day = dt.date(2027, 3, 8)
        visit = visit_service.create_visit(session, title_en="Shenzhen", start_date=day, end_date=day)
        visit_id = visit.id
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    if why == "looking":
        connection.look_only(db.path)
    else:
        lock_file(db.path).write_text("4242\npetdesk\nanke-pc\n", encoding="utf-8")
    before = db.path.read_bytes()
    reader = open_database(db.path)
    try:
        assert build_visit_dossier(reader, visit_id, tmp_path / "dossier.pdf").stat().st_size > 0
        with reader.reading() as session:
            assert last_printed(session, visit_id) is None
    finally:
        reader.close()
        connection.look_only(db.path, looking=False)
    assert db.path.read_bytes() == before
