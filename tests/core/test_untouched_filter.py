"""Who has nobody touched for three years? (field test 69, defect 3): the year-end cleanup's first
question had no answer in the window or the search command. A record counts as touched when it
was changed, or when a call, meeting, e-mail or note was logged with it since."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ActivityKind, ContactChannel
from petdesk.services import search
from petdesk.stored_times import stored_time


def _aged(db: Database) -> dict[str, str]:
    """Four people last changed long ago or lately, one of the old ones called last month."""
    now = dt.datetime.now(dt.UTC)
    ages = {"Quiet": 4 * 365, "Called": 4 * 365, "Recent": 200, "Fresh": 0}
    with db.transaction() as s:
        people = {name: m.Contact(family_name=name, given_name="Anna") for name in ages}
        org = m.Organisation(name_en="Closed Stadtwerke GmbH")
        s.add_all([*people.values(), org])
        s.flush()
        s.add(
            m.Activity(
                kind=ActivityKind.CALL,
                occurred_at=now - dt.timedelta(days=30),
                subject="Checked the address",
                contact_id=people["Called"].id,
            )
        )
        ids = {name: p.id for name, p in people.items()} | {"org": org.id}
    with db.transaction() as s:
        for name, days in {**ages, "org": 6 * 365}.items():
            table = "organisation" if name == "org" else "contact"
            at = stored_time(now - dt.timedelta(days=days))
            s.connection().exec_driver_sql(
                f"UPDATE {table} SET updated_at = ?, created_at = ? WHERE id = ?", (at, at, ids[name])
            )
            _age_log(s, ids[name], at)
        search.refresh_search_index(s)
    return ids


def _age_log(s: Session, row_id: str, at: int) -> None:
    """The record's change log says it was written then: the filter reads edits from the log."""
    s.connection().exec_driver_sql("UPDATE sync_change SET at = ? WHERE row_id = ?", (at, row_id))


def test_untouched_for_years_finds_only_the_quiet_records(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _aged(db)
    with db.reading() as s:

        def untouched(years: int, kind: str = "contact") -> set[str]:
            return set(search.matching_ids(s, "", kind=kind, filters={"unchanged": str(years)}))

        assert untouched(3) == {ids["Quiet"]}  # "Called" was called last month
        assert untouched(1) == {ids["Quiet"]}
        assert untouched(5) == set()
        assert untouched(5, "organisation") == {ids["org"]}
        assert search.count(s, "anna", kind="contact", filters={"unchanged": "3"}) == 1

    assert (
        main(["--db", str(db.path), "--lang", "en", "search", "--kind", "contacts", "--untouched-for", "3"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Anna Quiet" in out and "Called" not in out and "(1–1 of 1)" in out


def test_the_cut_off_is_whole_years_back() -> None:
    assert search.unchanged_cutoff(3, dt.date(2026, 12, 6)) == stored_time(
        dt.datetime(2023, 12, 6, tzinfo=dt.UTC)
    )
    assert search.unchanged_cutoff(1, dt.date(2028, 2, 29)) == stored_time(
        dt.datetime(2027, 2, 28, tzinfo=dt.UTC)
    )


def test_more_years_than_the_calendar_holds_finds_nobody(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 50: ``--untouched-for 3000`` said "petdesk: error: year -974 is out of range"."""
    _aged(db)
    assert search.unchanged_cutoff(3000, dt.date(2026, 2, 28)) <= search.unchanged_cutoff(2025)
    assert main(["--db", str(db.path), "search", "--untouched-for", "3000", "--json"]) == 0
    assert "out of range" not in capsys.readouterr().err


def _untouched(db: Database, years: int) -> set[str]:
    with db.reading() as s:
        return set(search.matching_ids(s, "", kind="contact", filters={"unchanged": str(years)}))


def test_a_restore_an_undo_a_bulk_tag_or_a_reindex_is_no_touch(db: Database) -> None:
    """Round 51: "Untouched for 3 years" took a restore, an undo, a re-index or a bulk tag made
    yesterday for a touch; only real edits by a person count (edited four years ago: untouched)."""
    from petdesk.services import history, tagging
    from petdesk.services.undo_save import change_mark, saved_since, undo_saved_edit

    ids = _aged(db)
    quiet = ids["Quiet"]
    assert _untouched(db, 3) == {quiet}
    # Deleted and restored yesterday.
    with db.transaction() as s:
        s.get(m.Contact, quiet).deleted_at = dt.datetime.now(dt.UTC)
    with db.transaction() as s:
        history.restore_record(s, quiet)
    # Edited and the save undone (Edit > Undo save).
    with db.transaction() as s:
        mark = change_mark(s)
        contact = s.get(m.Contact, quiet)
        contact.given_name = "Annabel"
        contact.notes = "moved to Lyon"
        s.flush()
        edit = saved_since(s, mark)
        assert edit is not None
    with db.transaction() as s:
        undo_saved_edit(s, edit)
    with db.transaction() as s:
        tagging.retag(s, "contact", ids=[quiet], add=["year-end"])
        search.refresh_search_index(s)
    with db.reading() as s:
        assert s.get(m.Contact, quiet).given_name == "Anna"
        assert s.get(m.Contact, quiet).deleted_at is None
    assert _untouched(db, 3) == {quiet}

    # A real edit yesterday (a new phone number) is a touch.
    with db.transaction() as s:
        s.add(m.ContactMethod(contact_id=quiet, channel=ContactChannel.PHONE, value="+33 4 72 00 00 00"))
    assert _untouched(db, 3) == set()


def test_an_edit_of_a_field_is_a_touch(db: Database) -> None:
    ids = _aged(db)
    with db.transaction() as s:
        s.get(m.Contact, ids["Quiet"]).notes = "retired in 2026"
    assert _untouched(db, 3) == set()


def test_the_filter_reads_the_change_log_once_not_per_entry(db: Database) -> None:
    """At 100,000 contacts a look into the log per entry and per phone number or position took
    2.3 s with no log at all (0.16 s read once as lists); the plan says which way SQLite reads it."""
    conds, params = search._filter_sql({"unchanged": "3"})
    with db.reading() as s:
        plan = s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM search_entry e WHERE " + " AND ".join(conds),
            tuple(params),
        )
        steps = [str(row[-1]) for row in plan]
    per_entry = [
        step for step in steps if "ix_contact_method_contact_id" in step or "ix_affiliation_" in step
    ]
    assert not per_entry, steps
    assert any("LIST SUBQUERY" in step for step in steps)


def test_the_filter_reads_its_candidates_from_indexes_not_every_entry(db: Database) -> None:
    """perf51: written as ``updated_at < cut-off OR the record has a log``, the filter could use no
    index and read every entry with its phones, e-mails and positions (3.5 s at 100,000 contacts,
    where the range of ``(kind, updated_at)`` gave 1 ms). The candidates come from two indexes: the
    entries last touched before the cut-off (touched52: the last touch is stored; read from the log at
    every search it took 1.1-1.5 s CPU with a full log), and those with no stored touch (no log)
    written before it (sparse52: a row for every record added 9.2 MB to a 100,000-contact demo)."""
    ids = _aged(db)
    sql, params = search.matching_ids_sql("", kind="contact", filters={"unchanged": "3"})
    raw = db.raw()
    plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert any("ix_search_entry_kind_updated_at (kind=? AND updated_at<?)" in step for step in plan), plan
    assert any("ix_last_touch_kind_at (kind=? AND at<?)" in step for step in plan), plan
    assert not any("sync_change" in step for step in plan), plan
    # and the answer is the same: Called was called last month, Recent and Fresh written lately
    found = {row[0] for row in raw.execute(sql, params)}
    assert found == {ids["Quiet"]}


def test_a_position_edited_since_touches_the_person_and_the_organisation(db: Database) -> None:
    """A position changed yesterday touches both its person and its organisation (perf51: the parts'
    checks were measured both ways; see benchmarks/HISTORY.md)."""
    ids = _aged(db)
    with db.transaction() as s:
        s.add(m.Affiliation(contact_id=ids["Quiet"], organisation_id=ids["org"], position_en="Engineer"))
    with db.transaction() as s:
        at = stored_time(dt.datetime.now(dt.UTC) - dt.timedelta(days=5 * 365))
        s.connection().exec_driver_sql("UPDATE affiliation SET updated_at = ?, created_at = ?", (at, at))
        s.connection().exec_driver_sql("UPDATE sync_change SET at = ? WHERE entity = 'affiliation'", (at,))
        search.refresh_search_index(s)

    def untouched_org() -> set[str]:
        with db.reading() as s:
            return set(search.matching_ids(s, "", kind="organisation", filters={"unchanged": "3"}))

    assert _untouched(db, 3) == {ids["Quiet"]}
    assert untouched_org() == {ids["org"]}
    with db.transaction() as s:
        s.scalars(sa.select(m.Affiliation)).one().position_en = "Director"
    assert _untouched(db, 3) == set()
    assert untouched_org() == set()


def test_a_typed_name_reads_the_filter_once_and_finds_the_same(db: Database) -> None:
    """A typed name in English order is walked in eight branches, each with the filter: SQLite read
    the change log's lists once per copy ("zhang" untouched for a year: 4.3 s, now 1.8 s at
    100,000 contacts with a 570,000-row log). The untouched entries are read once, as a CTE."""
    ids = _aged(db)
    filters = {"unchanged": "3"}
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        plan = search._plan(conn, "anna", "contact", "en", "name", False, select="e.id", filters=filters)
        rows = search.search(s, "anna", kind="contact", filters=filters)
    assert plan.strategy == "walk"
    assert plan.sql.count(search._UNCHANGED_SQL) == 1
    assert [r.entity_id for r in rows] == [ids["Quiet"]]
