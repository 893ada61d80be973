"""A visit's history includes its itinerary items (added, changed, removed: times, hosts,
interpreters) and their attendees and organisations, as a training's shows its sessions
(field test: the visit's history left the itinerary out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history, logistics, visits
from petdesk.services import organisations as organisation_service


@dataclass(frozen=True)
class Trip:
    visit: str
    meeting: str
    dinner: str


def _trip(db: Database) -> Trip:
    """A visit with two itinerary items; the meeting later moved and given a host and an
    interpreter, the dinner removed."""
    with db.transaction() as s:
        host = contact_service.create_contact(s, family_name="Chen", given_name="Ping").id
        interpreter = contact_service.create_contact(s, family_name="Wang", given_name="Fang").id
        guest = contact_service.create_contact(s, family_name="Li", given_name="Na").id
        bureau = organisation_service.create_organisation(s, name_en="Hangzhou Water Bureau").id
        visit = visits.create_visit(
            s,
            title_en="Water delegation",
            start_date=dt.date(2027, 4, 1),
            end_date=dt.date(2027, 4, 3),
            timezone="Asia/Shanghai",
        )
        meeting = visits.add_item(
            s,
            visit.id,
            title_en="Meeting at the bureau",
            start=dt.datetime(2027, 4, 1, 9),
            end=dt.datetime(2027, 4, 1, 11),
            attendee_ids=[guest],
            organisation_ids=[bureau],
        ).id
        dinner = visits.add_item(
            s, visit.id, title_en="Dinner", start=dt.datetime(2027, 4, 1, 19), end=dt.datetime(2027, 4, 1, 21)
        ).id
        visit_id = visit.id
    with db.transaction() as s:
        visits.update_item(s, meeting, start=dt.datetime(2027, 4, 1, 14), end=dt.datetime(2027, 4, 1, 16))
        logistics.set_item_protocol(s, meeting, host_contact_id=host, interpreter_contact_id=interpreter)
    with db.transaction() as s:
        visits.delete_item(s, dinner)
    return Trip(visit_id, meeting, dinner)


def test_visit_history_has_its_itinerary_items(db: Database) -> None:
    trip = _trip(db)
    with db.reading() as s:
        entries = history.record_history(s, "visit", trip.visit, zone=dt.UTC)
    added = {e.label for e in entries if e.entity == "itinerary_item" and e.is_creation}
    assert added == {"Meeting at the bureau", "Dinner"}
    [moved] = [e for e in entries if e.entity == "itinerary_item" and e.field == "starts_at"]
    # The time as the place has it (Hangzhou), whatever zone this computer is in.
    assert ("09:00" in moved.old_text, "14:00" in moved.new_text) == (True, True), moved
    assert moved.label == "Meeting at the bureau"
    [host] = [e for e in entries if e.field == "host_contact_id"]
    assert "Chen" in host.new_text and host.label == "Meeting at the bureau"
    [interpreter] = [e for e in entries if e.field == "interpreter_contact_id"]
    assert "Wang" in interpreter.new_text
    [removed] = [e for e in entries if e.entity == "itinerary_item" and e.field == "deleted_at"]
    assert removed.label == "Dinner"
    [attendee] = [e for e in entries if e.entity == "itinerary_attendee" and e.is_creation]
    assert attendee.label == "Na Li · Meeting at the bureau"
    [organisation] = [e for e in entries if e.entity == "itinerary_organisation" and e.is_creation]
    assert organisation.label == "Hangzhou Water Bureau · Meeting at the bureau"
    assert entries[-1].entity == "visit" and entries[-1].is_creation


def test_cli_visit_history_in_both_languages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    trip = _trip(db)
    assert main(["--db", str(db.path), "history", trip.visit]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("Itinerary item · Dinner · created") for line in out), out
    assert any("Itinerary item · Meeting at the bureau · Host or chair: " in line for line in out), out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", trip.visit]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("日程安排 · Dinner · 创建") for line in out), out
    assert any("日程安排 · Meeting at the bureau · 翻译：" in line for line in out), out


def _delegation(db: Database) -> str:
    """A visit whose delegation gains two members, one of whom leaves it again."""
    with db.transaction() as s:
        zhou = contact_service.create_contact(s, family_name="Zhou", given_name="Min").id
        sun = contact_service.create_contact(s, family_name="Sun", given_name="Hao").id
        visit_id = visits.create_visit(
            s, title_en="Water delegation", start_date=dt.date(2027, 4, 1), end_date=dt.date(2027, 4, 3)
        ).id
    with db.transaction() as s:
        visits.add_participant(s, visit_id, zhou, role="head")
        visits.add_participant(s, visit_id, sun)
    with db.transaction() as s:
        visits.remove_participant(s, visit_id, sun)
    return visit_id


def test_visit_history_names_the_delegation_members_added_and_removed(db: Database) -> None:
    """Field test 18: who joined or left a delegation was not in the visit's history."""
    visit_id = _delegation(db)
    with db.reading() as s:
        entries = history.record_history(s, "visit", visit_id, zone=dt.UTC)
    members = [e for e in entries if e.entity == "visit_participant"]
    assert sorted(e.label for e in members if e.is_creation) == ["Hao Sun", "Min Zhou"]
    [removed] = [e for e in members if e.field == "deleted_at"]
    assert removed.label == "Hao Sun"


def test_cli_visit_history_names_the_delegation_in_both_languages(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id = _delegation(db)
    assert main(["--db", str(db.path), "history", visit_id]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("Visit participant · Min Zhou · created") for line in out), out
    removed = "Visit participant · Hao Sun · Deletion: not deleted → deleted on "
    assert any(removed in line for line in out), out
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", visit_id]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("代表团成员 · Min Zhou · 创建") for line in out), out
    assert any("代表团成员 · Hao Sun · 删除状态：未删除 → 已于" in line for line in out), out
