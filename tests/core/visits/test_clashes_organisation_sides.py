"""Organisation clashes without the false alarms of the field tests' follow-up (round 52): a visit that
names no delegation organisation had its delegates' own company flagged for the delegation splitting
up, and a host running two rooms with two of its staff was "at two tables at once". A clash needs the
same person of the organisation in both items, or at most one of its people in the two."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import clashes as cl
from petdesk.services import visits as vs

DAY = dt.date(2027, 5, 11)
NINE, TEN = dt.datetime(2027, 5, 11, 9), dt.datetime(2027, 5, 11, 10)


def _person(s, given: str, org_id: str, *, left: dt.date | None = None) -> str:  # type: ignore[no-untyped-def]
    person = m.Contact(given_name=given, family_name="Test")
    s.add(person)
    s.flush()
    s.add(m.Affiliation(contact_id=person.id, organisation_id=org_id, end_date=left))
    return person.id


def _org(s, name: str, kind: OrgKind = OrgKind.ENTERPRISE) -> str:  # type: ignore[no-untyped-def]
    org = m.Organisation(name_en=name, kind=kind)
    s.add(org)
    s.flush()
    return org.id


def _organisation_clashes(db: Database, visit_id: str) -> list[tuple[str, str]]:
    with db.reading() as s:
        return [
            (c.organisation_name[0], c.describe("en"))
            for c in cl.find_clashes(s, visit_id=visit_id)
            if c.kind == cl.ORGANISATION
        ]


def test_the_delegations_own_company_is_no_clash_when_the_visit_names_none(db: Database) -> None:
    """Two meetings at 9:00, nobody ticked (the whole delegation in both): the delegates' company is
    named by both, the visit names no visiting organisation. A firm with nobody there still clashes."""
    with db.transaction() as s:
        firm, ministry, other = _org(s, "Weber Umwelt GmbH"), _org(s, "Ministry"), _org(s, "Lone Firm AG")
        visit = vs.create_visit(
            s, title_en="Study tour", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY
        )
        for given in ("Georg", "Anna"):
            vs.add_participant(s, visit.id, _person(s, given, firm))
        for n in (1, 2):
            vs.add_item(
                s,
                visit.id,
                start=NINE,
                end=TEN,
                title_en=f"Talk {n}",
                organisation_ids=[firm, ministry, other],
            )
        visit_id = visit.id
    found = _organisation_clashes(db, visit_id)
    assert sorted(name for name, _text in found) == ["Lone Firm AG", "Ministry"], found


def _host_day(db: Database, hosts: tuple[str, str], *, staff_left: bool = False) -> str:
    """The ministry named by two talks at 9:00, each hosted (chaired) by ``hosts`` ("a", "b" or "" for
    nobody of the ministry); ``staff_left``: "b" no longer works there."""
    with db.transaction() as s:
        ministry = _org(s, "Ministry of Ecology", OrgKind.MINISTRY_AGENCY)
        staff = {
            "a": _person(s, "Li", ministry),
            "b": _person(s, "Wang", ministry, left=dt.date(2026, 1, 31) if staff_left else None),
        }
        visit = vs.create_visit(
            s, title_en="Ministry day", timezone="Asia/Shanghai", start_date=DAY, end_date=DAY
        )
        for n, host in enumerate(hosts, start=1):
            item = vs.add_item(
                s, visit.id, start=NINE, end=TEN, title_en=f"Room {n}", organisation_ids=[ministry]
            )
            item.host_contact_id = staff[host] if host else None
        return visit.id


def test_a_host_running_two_rooms_with_two_of_its_staff_is_no_clash(db: Database) -> None:
    assert _organisation_clashes(db, _host_day(db, ("a", "b"))) == []


@pytest.mark.parametrize(
    ("hosts", "staff_left"),
    [
        (("a", "a"), False),  # the same person chairs both: the one true clash of people too
        (("a", ""), False),  # its one person chairs room 1; nobody of it is known in room 2
        (("", ""), False),  # nobody of it known at either (the fair's enterprises)
        (("a", "b"), True),  # room 2's chair left the ministry: one representative left
    ],
)
def test_the_same_person_or_one_representative_still_clashes(
    db: Database, hosts: tuple[str, str], staff_left: bool
) -> None:
    found = _organisation_clashes(db, _host_day(db, hosts, staff_left=staff_left))
    assert [text for _name, text in found] == [
        "Ministry of Ecology is at two items at once: “Room 1” (11 May 2027, 09:00) and “Room 2” "
        "(11 May 2027, 09:00)"
    ], found
