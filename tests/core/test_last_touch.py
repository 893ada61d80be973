"""The stored last real touch of each contact and organisation (``last_touch``, touched52): the
"Untouched for N years" filter reads it instead of the change log, so it must follow what the log
says: edits move it, an Undo, a History revert or an undone merge move it back, another office's
edits arrive with their own times, and it is what the migration would work out from the whole log."""

from __future__ import annotations

import datetime as dt

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import history, merge, search
from petdesk.services.undo_save import change_mark, saved_since, undo_saved_edit
from petdesk.stored_times import stored_time
from petdesk.sync import touches

YEARS_AGO = dt.timedelta(days=4 * 365)


def touch(db: Database, row_id: str) -> int | None:
    with db.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql("SELECT at FROM last_touch WHERE entity_id = ?", (row_id,))
            .fetchone()
        )
    return None if row is None else int(row[0])


def aged(db: Database, *names: str) -> tuple[list[str], int]:
    """People with a phone number each, written and logged four years ago."""
    with db.transaction() as s:
        people = [m.Contact(family_name=name, given_name="Lena") for name in names]
        s.add_all(people)
        s.flush()
        s.add_all(
            m.ContactMethod(contact_id=p.id, channel=ContactChannel.PHONE, value=f"+49 30 {i:04d}")
            for i, p in enumerate(people)
        )
        ids = [p.id for p in people]
    at = stored_time(dt.datetime.now(dt.UTC) - YEARS_AGO)
    with db.transaction() as s:
        for table in ("sync_change", "contact", "contact_method"):
            column = "at" if table == "sync_change" else "updated_at"
            s.connection().exec_driver_sql(f"UPDATE {table} SET {column} = ?", (at,))
        search.refresh_search_index(s)  # works off the queue the log's new times made
    return ids, at


def untouched(db: Database) -> set[str]:
    search.catch_up(db)  # as the window and the search command do first (a sync import queues)
    with db.reading() as s:
        return set(search.matching_ids(s, "", kind="contact", filters={"unchanged": "3"}))


def now_stored() -> int:
    return stored_time(dt.datetime.now(dt.UTC))


def test_an_edit_of_the_person_or_a_phone_moves_the_touch_and_a_bulk_tag_does_not(db: Database) -> None:
    (quiet, other), at = aged(db, "Berg", "Stein")
    assert touch(db, quiet) == touch(db, other) == at
    assert untouched(db) == {quiet, other}
    with db.transaction() as s:
        from petdesk.services import tagging

        tagging.retag(s, "contact", ids=[quiet], add=["year-end"])
    assert touch(db, quiet) == at
    before = now_stored()
    with db.transaction() as s:
        s.get(m.Contact, quiet).notes = "retired"
        phone = s.query(m.ContactMethod).filter_by(contact_id=other).one()
        phone.value = "+49 30 9999"
    assert touch(db, quiet) >= before  # type: ignore[operator]
    assert touch(db, other) >= before  # type: ignore[operator]
    assert untouched(db) == set()


def test_undo_of_a_save_moves_the_touch_back(db: Database) -> None:
    (quiet,), at = aged(db, "Berg")
    with db.transaction() as s:
        mark = change_mark(s)
        s.get(m.Contact, quiet).notes = "moved to Lyon"
        s.flush()
        edit = saved_since(s, mark)
        assert edit is not None
    assert touch(db, quiet) != at
    with db.transaction() as s:
        undo_saved_edit(s, edit)
    assert touch(db, quiet) == at
    assert untouched(db) == {quiet}


def test_a_history_revert_moves_the_touch_back(db: Database) -> None:
    (quiet,), at = aged(db, "Berg")
    with db.transaction() as s:
        s.get(m.Contact, quiet).notes = "moved to Lyon"
    with db.reading() as s:
        change_id = (
            s.connection()
            .exec_driver_sql("SELECT id FROM sync_change WHERE row_id = ? AND field = 'notes'", (quiet,))
            .scalar_one()
        )
    assert untouched(db) == set()
    with db.transaction() as s:
        history.revert_change(s, change_id)
    assert touch(db, quiet) == at
    assert untouched(db) == {quiet}


def test_a_merge_touches_the_person_kept_and_its_undo_moves_it_back(db: Database) -> None:
    (keep, other), at = aged(db, "Berg", "Bergg")
    with db.transaction() as s:
        merge_id = merge.merge_contacts(s, keep, other).id
    assert touch(db, keep) > at  # type: ignore[operator]
    assert keep not in untouched(db)
    with db.transaction() as s:
        merge.undo_merge(s, merge_id)
    assert touch(db, keep) == at
    assert keep in untouched(db)


def test_the_kept_touches_are_what_the_whole_log_gives(db: Database) -> None:
    """After edits, an undo, a merge and its undo, the table is what migration 0065 works out."""
    (a, b, c), _ = aged(db, "Berg", "Stein", "Steinn")
    with db.transaction() as s:
        mark = change_mark(s)
        s.get(m.Contact, a).notes = "moved"
        s.flush()
        edit = saved_since(s, mark)
    with db.transaction() as s:
        assert edit is not None
        undo_saved_edit(s, edit)
        s.get(m.Contact, b).given_name = "Lene"
        merge_id = merge.merge_contacts(s, b, c).id
    with db.transaction() as s:
        merge.undo_merge(s, merge_id)
    raw = db.raw()
    kept = sorted(raw.execute("SELECT * FROM last_touch"))
    assert len(kept) == 3
    with raw:
        touches.fill(raw)
        assert sorted(raw.execute("SELECT * FROM last_touch")) == kept
        raw.rollback()


def test_a_record_without_a_log_counts_its_last_write(db: Database) -> None:
    """Records written in bulk, before the log, have no log rows: their ``updated_at`` is their
    touch, and a later write with plain SQL (re-indexed like any write) moves it."""
    (quiet,), _ = aged(db, "Berg")
    with db.transaction() as s:
        s.connection().exec_driver_sql("DELETE FROM sync_change")
        search.refresh_search_index(s)
    assert touch(db, quiet) is None  # sparse52: no row, the search entry's updated_at counts
    assert untouched(db) == {quiet}
    with db.transaction() as s:
        s.connection().exec_driver_sql("UPDATE contact SET updated_at = ?", (now_stored(),))
        search.refresh_search_index(s)
    assert untouched(db) == set()


def test_only_records_with_a_log_keep_a_row(db: Database) -> None:
    """sparse52: a row for every record added 9.2 MB to a 100,000-contact demo, which writes no log.
    Records written in bulk (no log) have none, also after a full re-index; a first edit through the
    window gives its record one, and only that record; the filter's answer takes both kinds in."""
    (edited, quiet), _ = aged(db, "Berg", "Stein")
    with db.transaction() as s:
        s.connection().exec_driver_sql("DELETE FROM sync_change")
        search.refresh_search_index(s)
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert db.raw().execute("SELECT count(*) FROM last_touch").fetchone()[0] == 0
    assert untouched(db) == {edited, quiet}
    with db.transaction() as s:
        s.get(m.Contact, edited).notes = "called about the tender"
    assert untouched(db) == {quiet}
    assert touch(db, quiet) is None
    stored = touch(db, edited)
    assert stored is not None and stored > now_stored() - 3600 * 1_000_000
