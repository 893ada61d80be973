"""An item's interpreter and host are people in the item for clashes (field test 11, defect 2).

周强 interpreted two meetings at the same hour and `petdesk clashes` said nothing about him.
"""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import clashes as cl
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 9)


def _two_meetings(s, **protocol: str) -> tuple[str, str]:
    """Two overlapping meetings with different attendees, both with ``protocol``."""
    v = vs.create_visit(s, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY)
    anna, bert = person(s, "Anna", "Schmidt"), person(s, "Bert", "Klein")
    for who in (anna, bert):
        vs.add_participant(s, v.id, who.id, "delegate")
    ids = []
    for title, hour, who in (("Business matchmaking", 15, anna), ("Press briefing", 16, bert)):
        start = dt.datetime.combine(DAY, dt.time(hour))
        item = vs.add_item(
            s, v.id, title_en=title, start=start, end=start + dt.timedelta(hours=2), attendee_ids=[who.id]
        )
        ls.set_item_protocol(s, item.id, **protocol)
        ids.append(item.id)
    return ids[0], ids[1]


def test_an_interpreter_booked_for_two_items_at_once_clashes(db: Database) -> None:
    with db.transaction() as s:
        zhou = person(s, "Qiang", "Zhou", "周强", family_first=True).id
        first, second = _two_meetings(s, interpreter_contact_id=zhou)
        found = cl.find_clashes(s)
    assert [(c.kind, c.contact_id, c.item_ids) for c in found] == [(cl.OVERLAP, zhou, (first, second))]
    assert found[0].describe("en") == (
        "Zhou Qiang (周强) is in two items at once: “Business matchmaking” (9 Mar 2027, 15:00, as"
        " interpreter) and “Press briefing” (9 Mar 2027, 16:00, as interpreter)"
    )


def test_a_host_chairing_two_items_at_once_clashes(db: Database) -> None:
    with db.transaction() as s:
        wang = person(s, "Jianguo", "Wang", "王建国", family_first=True).id
        _two_meetings(s, host_contact_id=wang)
        found = cl.find_clashes(s)
    assert [c.contact_id for c in found] == [wang]
    assert "as host or chair)" in found[0].describe("en")


def test_a_ticked_interpreter_is_in_the_item_once(db: Database) -> None:
    with db.transaction() as s:
        zhou = person(s, "Qiang", "Zhou").id
        v = vs.create_visit(s, title_en="One item", start_date=DAY, end_date=DAY)
        start = dt.datetime.combine(DAY, dt.time(9))
        item = vs.add_item(s, v.id, title_en="Meeting", start=start, end=start + dt.timedelta(hours=1))
        vs.set_item_attendees(s, item.id, [zhou])
        ls.set_item_protocol(s, item.id, interpreter_contact_id=zhou)
        assert cl.find_clashes(s) == []
