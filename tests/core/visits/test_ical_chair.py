"""The item's host or chair is CHAIR of that item in the calendar file (field test 11, defect 6).

The head of delegation was CHAIR of every item, and the Bureau's director, who chairs the
welcome meeting, a plain participant of it.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 8)


def _roles(data: bytes) -> dict[str, dict[str, str]]:
    """Per event summary: each attendee's name and ROLE."""
    out: dict[str, dict[str, str]] = {}
    for ev in Calendar.from_ical(data).walk("VEVENT"):
        attendees = ev.get("attendee", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        out[str(ev["summary"])] = {str(a.params["CN"]): str(a.params["ROLE"]) for a in attendees}
    return out


def test_the_items_host_chairs_it_and_the_head_chairs_the_rest(db: Database) -> None:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY)
        mueller, wang = person(s, "Jürgen", "Müller"), person(s, "Jianguo", "Wang")
        sun = person(s, "Li", "Sun")  # interprets, and is no participant of the visit
        vs.add_participant(s, v.id, mueller.id, "head")
        vs.add_participant(s, v.id, wang.id, "host")
        for title, hour in (("Welcome meeting", 9), ("Site visit", 14)):
            start = dt.datetime.combine(DAY, dt.time(hour))
            item = vs.add_item(s, v.id, title_en=title, start=start, end=start + dt.timedelta(hours=2))
            if title == "Welcome meeting":
                ls.set_item_protocol(s, item.id, host_contact_id=wang.id, interpreter_contact_id=sun.id)
        roles = _roles(ical.export_visit(s, v.id))
    assert roles["Welcome meeting"] == {
        "Jürgen Müller": "REQ-PARTICIPANT",
        "Jianguo Wang": "CHAIR",
        "Li Sun": "OPT-PARTICIPANT",
    }
    assert roles["Site visit"] == {"Jürgen Müller": "CHAIR", "Jianguo Wang": "REQ-PARTICIPANT"}
