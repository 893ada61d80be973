"""Who has nobody touched for three years? (field test 69, defect 3): the year-end cleanup's first
question had no answer in the window or the search command. A record counts as touched when it
was changed, or when a call, meeting, e-mail or note was logged with it since."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ActivityKind
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
        search.refresh_search_index(s)
    return ids


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
