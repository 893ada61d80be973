"""Erasing a person who is linked from any table: logistics, protocol, pipeline (every foreign key)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Base
from petdesk.services import activities, logistics, privacy, projects
from petdesk.services import contacts as contact_service
from petdesk.services import visits as visit_service
from petdesk.sync import erasure


def _people_on_a_trip(db: Database) -> dict[str, str]:
    """A person with a room, a travel leg, an item they host and an activity linked to a project, and a
    fellow traveller who must stay. Returns the ids by name."""
    with db.transaction() as session:
        person = contact_service.create_contact(session, family_name="Quixotewald", given_name="Brunhilde")
        other = contact_service.create_contact(session, family_name="Fellow", given_name="Fritz")
        visit = visit_service.create_visit(
            session,
            title_en="Water study tour",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
        )
        for cid in (person.id, other.id):
            visit_service.add_participant(session, visit.id, cid)
        stay = logistics.add_accommodation(
            session,
            visit.id,
            hotel="Grand Hotel",
            check_in=dt.date(2026, 12, 1),
            check_out=dt.date(2026, 12, 3),
        )
        logistics.set_rooming(session, stay.id, [(person.id, "101"), (other.id, "102")])
        leg = logistics.add_travel_leg(
            session,
            visit.id,
            departs=dt.datetime(2026, 12, 1, 8),
            arrives=dt.datetime(2026, 12, 1, 10),
            from_place="Beijing",
            to_place="Shanghai",
            number="CA 1501",
            traveller_ids=[person.id, other.id],
        )
        item = visit_service.add_item(
            session,
            visit.id,
            start=dt.datetime(2026, 12, 2, 9),
            end=dt.datetime(2026, 12, 2, 10),
            title_en="Talk",
        )
        logistics.set_item_protocol(
            session, item.id, host_contact_id=person.id, interpreter_contact_id=other.id
        )
        call = activities.add_activity(session, subject="Call with Ms Quixotewald", contact_id=person.id)
        project = projects.create_project(session, title_en="Clean rivers")
        link = projects.link(session, project.id, activity_id=call.id)
        return {
            "person": person.id,
            "other": other.id,
            "item": item.id,
            "leg": leg.id,
            "stay": stay.id,
            "link": link.id,
        }


def test_erase_a_traveller_keeps_the_others(db: Database) -> None:
    ids = _people_on_a_trip(db)
    assert main(["--db", str(db.path), "person", "erase", ids["person"], "--yes"]) == 0
    con = sqlite3.connect(db.path)
    try:
        for table in ("room_assignment", "travel_leg_traveller"):
            rows = con.execute(f"SELECT contact_id FROM {table}").fetchall()
            assert rows == [(ids["other"],)], table
        assert con.execute(
            "SELECT host_contact_id, interpreter_contact_id FROM itinerary_item WHERE id = ?", (ids["item"],)
        ).fetchone() == (None, ids["other"])
        assert con.execute("SELECT 1 FROM project_link WHERE id = ?", (ids["link"],)).fetchone() is None
        assert con.execute("SELECT 1 FROM travel_leg WHERE id = ?", (ids["leg"],)).fetchone() is not None
        assert con.execute("SELECT 1 FROM accommodation WHERE id = ?", (ids["stay"],)).fetchone() is not None
        erased = {
            r[0] for r in con.execute("SELECT entity FROM sync_erasure WHERE person_id = ?", (ids["person"],))
        }
        assert {"room_assignment", "travel_leg_traveller", "project_link"} <= erased
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_export_holds_the_rooms_and_legs(db: Database) -> None:
    ids = _people_on_a_trip(db)
    data = privacy.export_person(db, ids["person"])
    assert [r["room"] for r in data["room_assignment"]] == ["101"]
    assert [r["leg_id"] for r in data["travel_leg_traveller"]] == [ids["leg"]]
    assert [r["id"] for r in data["itinerary_item"]] == [ids["item"]]


def _links_to(table: str) -> set[tuple[str, str]]:
    return {
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if any(fk.column.table.name == table for fk in c.foreign_keys)
    }


def test_every_link_to_an_erased_row_has_a_decision() -> None:
    """A new table that links to a contact (or to a row erasure removes) needs its line in
    ``erasure.LINK_RULES``: are its rows the person's (deleted) or the office's (link cleared)?"""
    erased_tables = {"contact"} | {t for t, _ in erasure.person_tables()}
    seen: set[str] = set()
    while erased_tables - seen:
        table = min(erased_tables - seen)
        seen.add(table)
        for linking, column in _links_to(table):
            assert (linking, column) in erasure.LINK_RULES, (
                f"erasure does not say what to do with {linking}.{column}"
            )
            if erasure.LINK_RULES[linking, column] == erasure.DELETE:
                erased_tables.add(linking)


def test_erasing_a_substitute_or_the_person_replaced_keeps_the_others_registration(db: Database) -> None:
    """0035 substitutes: a registration names the substitute who took its place. Erasing the
    substitute clears that name on the original's registration (which stays, still left from the
    session chosen); erasing the original removes their registration, the substitute's stays."""
    from petdesk.services import trainings as ts
    from tests.core.visits.data import person
    from tests.helpers import trainings_data

    for erased in ("chen", "anna"):
        ids = trainings_data.two_sessions(db, chinese_titles=True)
        with db.transaction() as s:
            ids["chen"] = person(s, "Jing", f"Chen {erased}", "陈静", family_first=True).id
            ts.replace_attendee(s, ids["training"], ids["anna"], ids["chen"], from_session_id=ids["s2"])
        assert main(["--db", str(db.path), "person", "erase", ids[erased], "--yes"]) == 0
        kept = "anna" if erased == "chen" else "chen"
        con = sqlite3.connect(db.path)
        try:
            rows = con.execute(
                "SELECT contact_id, replaced_by_id, replaced_from_id FROM training_participant "
                "WHERE training_id = ? AND contact_id IN (?, ?)",
                (ids["training"], ids["anna"], ids["chen"]),
            ).fetchall()
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            con.close()
        if erased == "chen":
            assert rows == [(ids[kept], None, ids["s2"])]
        else:
            assert rows == [(ids[kept], None, None)]
        with db.reading() as s:
            sheet = {r.contact_id: r for r in ts.sign_in_sheet(s, ids["training"]).rows}
        assert sheet[ids[kept]].replaced_by == "" and sheet[ids[kept]].substitute_for == ""


def test_synced_person_tables_read_from_the_schema_match_the_models() -> None:
    # A sync export notes whose data a package carries from the written-out schema (it loads no
    # models): the same tables and columns the erasure finds through the models' foreign keys.
    from petdesk.sync.schema import TABLES

    synced = {table["name"] for table in TABLES}
    from_models = {(t, tuple(sorted(c))) for t, c in erasure.person_tables() if t in synced}
    from_schema = {(t, tuple(sorted(c))) for t, c in erasure.synced_person_tables()}
    assert from_schema == from_models
    assert ("contact_method", ("contact_id",)) in from_schema
