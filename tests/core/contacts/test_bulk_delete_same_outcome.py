"""Issue 17: deleting and restoring many contacts runs as a few statements per chunk instead of
loading and flushing each contact. The database must end up exactly as the per-contact way left
it: contacts, their follow-ups, sync versions and change log, the search index, the housekeeping
log. The per-contact way is kept here as the reference, run on a copy of the same file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import follow_up_partners, history, housekeeping, search
from petdesk.services import follow_ups as fu
from petdesk.sync.hlc import to_int

Progress = Callable[[int, int], None] | None
NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 12, 7, 9, 45, tzinfo=dt.UTC)
NAMES = [("Wei", "Zhang", "张伟"), ("Fang", "Wang", "王芳"), ("Thomas", "Becker", ""), ("Min", "Li", "李敏")]


def _old_delete(session: Session, ids: Iterable[str], progress: Progress) -> list[str]:
    """``delete_contacts`` as it was before issue 17: each contact loaded, changed and flushed."""
    ids = list(dict.fromkeys(ids))
    done: list[str] = []
    now = cs.utcnow()
    for start, chunk in cs._chunks(ids, progress):
        if progress:
            progress(start, len(ids))
        deleted = []
        for contact in session.scalars(
            select(m.Contact).where(m.Contact.id.in_(chunk), m.Contact.deleted_at.is_(None))
        ):
            contact.deleted_at = contact.updated_at = now
            deleted.append(contact.id)
        follow_up_partners.delete_with(session, "contact", dict.fromkeys(deleted, now))
        session.flush()
        done += deleted
    if progress:
        progress(len(ids), len(ids))
    housekeeping.record(session, "delete", "contact", len(done))
    return done


def _old_restore(session: Session, ids: Iterable[str], progress: Progress) -> list[str]:
    """``restore_contacts`` as it was before issue 17."""
    ids = list(dict.fromkeys(ids))
    done: list[str] = []
    now = cs.utcnow()
    for start, chunk in cs._chunks(ids, progress):
        if progress:
            progress(start, len(ids))
        stamps = {}
        for contact in session.scalars(
            select(m.Contact).where(m.Contact.id.in_(chunk), m.Contact.deleted_at.is_not(None))
        ):
            stamps[contact.id] = contact.deleted_at
            contact.deleted_at = None
            contact.updated_at = now
        follow_up_partners.restore_with(session, "contact", stamps)
        session.flush()
        done += stamps
    if progress:
        progress(len(ids), len(ids))
    housekeeping.record(session, "restore", "contact", len(done))
    return done


#: What is compared: every column but the moments taken from the system clock (log ``at``, ids
#: drawn at random for log lines).
SNAPSHOT = {
    "contact": "SELECT * FROM contact ORDER BY id",
    "follow_up": "SELECT * FROM follow_up ORDER BY id",
    "sync_row_version": "SELECT entity, row_id, base_hlc, base_office, fields, max_hlc FROM sync_row_version "
    "ORDER BY entity, row_id",
    "sync_change": "SELECT entity, row_id, field, old_value, new_value, hlc, office, staff FROM sync_change "
    "ORDER BY 1, 2, 3, 6, 4",
    "search_entry": "SELECT * FROM search_entry ORDER BY id",
    "search_gram": "SELECT * FROM search_gram ORDER BY 1, 2, 3",
    "search_dirty": "SELECT count(*) FROM search_dirty",
    "housekeeping_log": "SELECT action, kind, count, staff FROM housekeeping_log ORDER BY at",
}


def _same(new: dict[str, list], old: dict[str, list]) -> None:
    """Each table alike, showing the rows one way wrote and the other did not."""
    for table in old:
        assert (table, sorted(set(map(repr, new[table])) - set(map(repr, old[table])))) == (table, [])
        assert (table, sorted(set(map(repr, old[table])) - set(map(repr, new[table])))) == (table, [])
        assert (table, new[table]) == (table, old[table])


def _clock(db: Database) -> int:
    with closing(db.raw()) as conn:
        return to_int(conn.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0])


def _snapshot(db: Database, since: int) -> dict[str, list]:
    """The tables, with clock values after ``since`` (the clock before the delete) read as "now":
    the per-contact way took one to a few clock values per chunk (as autoflushes fell), and a
    package carries what is newer than the last one sent, whichever of them it was."""

    def when(value: int) -> int | str:
        return "now" if value > since else value

    with closing(db.raw()) as conn:
        tables: dict[str, list] = {table: conn.execute(sql).fetchall() for table, sql in SNAPSHOT.items()}
        # The full-text index holds exactly the entries' text (rank 1: checked against the content
        # table); a stale or missing row raises "database disk image is malformed".
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    tables["sync_row_version"] = [
        (
            entity,
            row_id,
            when(base),
            office,
            fields and json.loads(fields, parse_int=lambda t: when(int(t))),
            when(top),
        )
        for entity, row_id, base, office, fields, top in tables["sync_row_version"]
    ]
    tables["sync_change"] = [(*r[:5], when(to_int(r[5])), *r[6:]) for r in tables["sync_change"]]
    with db.reading() as s:
        for word in ("", "zhang", "王", "beck"):
            tables[f"search {word!r}"] = [
                (r.entity_id, r.name_en, r.name_zh) for r in search.search(s, word, kind=search.CONTACT)
            ]
        tables["Deleted Records"] = [sorted(history.deleted_records(s), key=repr)]
    return tables


def _demo(db: Database) -> list[str]:
    """120 people (three progress chunks), some already deleted, with open, done and separately
    deleted follow-ups."""
    with db.transaction() as s:
        ids = []
        for n in range(120):
            given, family, zh = NAMES[n % len(NAMES)]
            contact = cs.create_contact(
                s, given_name=given, family_name=family, family_name_zh=zh[:1], given_name_zh=zh[1:]
            )
            ids.append(contact.id)
            if n % 3 == 0:
                fu.add(s, kind="contact", record_id=contact.id, title_en=f"call {n}")
            if n % 5 == 0:
                fu.mark_done(s, fu.add(s, kind="contact", record_id=contact.id, title_en=f"done {n}").id)
            if n % 7 == 0:
                gone = fu.add(s, kind="contact", record_id=contact.id, title_en=f"dropped {n}")
                gone.soft_delete()
        cs.delete_contacts(s, ids[::11])
    return ids


@pytest.fixture
def two_copies(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Database, Database, list[str]]:
    ids = _demo(db)
    with closing(db.raw()) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    copies = []
    for name in ("old", "new"):
        path = tmp_path / name / "petdesk.sqlite"
        path.parent.mkdir()
        with closing(sqlite3.connect(db.path)) as src, closing(sqlite3.connect(path)) as dst:
            src.backup(dst)
        copies.append(open_database(path))
    # The same clock for both: contacts' times and the sync clock's values then agree.
    monkeypatch.setattr("petdesk.sync.hlc.wall_ms", lambda: 0)
    return copies[0], copies[1], ids


def _fixed(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> None:
    monkeypatch.setattr(cs, "utcnow", lambda: moment)
    monkeypatch.setattr(follow_up_partners, "utcnow", lambda: moment)


@pytest.mark.parametrize("watched", [True, False], ids=["progress", "one piece"])
def test_bulk_delete_and_restore_leave_what_the_per_contact_way_left(
    two_copies: tuple[Database, Database, list[str]], monkeypatch: pytest.MonkeyPatch, watched: bool
) -> None:
    old_db, new_db, ids = two_copies
    chosen = ids[3:] + ids[:2]
    reports: dict[str, list[tuple[int, int]]] = {"old": [], "new": []}
    done = {}
    since = _clock(old_db)
    for name, database, delete in (("old", old_db, _old_delete), ("new", new_db, cs.delete_contacts)):
        _fixed(monkeypatch, NOW)
        with database.transaction() as s:
            log = reports[name].append
            progress = (lambda d, t, log=log: log((d, t))) if watched else None
            done[name] = (
                delete(s, chosen, progress)
                if delete is cs.delete_contacts
                else delete(s, chosen, progress or (lambda _d, _t: None))
            )
    assert sorted(done["new"]) == sorted(done["old"]) and reports["new"] == reports["old"]
    _same(_snapshot(new_db, since), _snapshot(old_db, since))
    for name, database, restore in (("old", old_db, _old_restore), ("new", new_db, cs.restore_contacts)):
        _fixed(monkeypatch, LATER)
        with database.transaction() as s:
            progress = (lambda _d, _t: None) if watched else None
            assert sorted(restore(s, done[name], progress)) == sorted(done[name])
    _same(_snapshot(new_db, since), _snapshot(old_db, since))
