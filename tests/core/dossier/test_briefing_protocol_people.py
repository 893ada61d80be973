"""An item's host and interpreter are people of the item (field test 11, defect 1).

Replacing the interpreter left the old one "attending" in the briefing and the new one missing,
while the programme line named the new one: one dossier, two interpreters for one meeting.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.models import ItineraryItem
from petdesk.models.enums import ItineraryKind, ParticipantRole
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 8)


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY)
        ids = {"visit": v.id}
        for key, given, family, zh, role in (
            ("mueller", "Jürgen", "Müller", "", "head"),
            ("wang", "Jianguo", "Wang", "王建国", "host"),
            ("zhao", "Min", "Zhao", "赵敏", "interpreter"),
            ("zhou", "Qiang", "Zhou", "周强", "interpreter"),
        ):
            ids[key] = person(s, given, family, zh, family_first=bool(zh)).id
            vs.add_participant(s, v.id, ids[key], role)
        start = dt.datetime.combine(DAY, dt.time(14, 30))
        ids["meeting"] = vs.add_item(
            s,
            v.id,
            kind=ItineraryKind.MEETING,
            title_en="Welcome meeting with the Bureau",
            start=start,
            end=start + dt.timedelta(hours=2),
            attendee_ids=[ids["mueller"], ids["wang"], ids["zhao"]],
        ).id
        ls.set_item_protocol(
            s, ids["meeting"], host_contact_id=ids["wang"], interpreter_contact_id=ids["zhao"]
        )
    return ids


def _briefing_text(db: Database, visit_id: str, out: Path) -> str:
    options = DossierOptions(layout=Layout.PARALLEL, sections=frozenset({"briefings"}), contents=False)
    build_visit_dossier(db, visit_id, out, options)
    return flat(" ".join(pdftotext_pages(out)))


def test_replacing_the_interpreter_replaces_them_among_the_attendees(db: Database, visit, tmp_path) -> None:
    with db.transaction() as s:
        ls.set_item_protocol(
            s, visit["meeting"], host_contact_id=visit["wang"], interpreter_contact_id=visit["zhou"]
        )
    with db.reading() as s:
        item = s.get(ItineraryItem, visit["meeting"])
        ticked = [a.contact_id for a in item.attendees if a.deleted_at is None]
    assert ticked == [visit["mueller"], visit["wang"], visit["zhou"]]
    text = _briefing_text(db, visit["visit"], tmp_path / "b.pdf")
    assert "ZhouQiang" in text and "周强" in text
    assert "ZhaoMin" not in text and "赵敏" not in text


def test_the_briefing_lists_the_host_and_interpreter_though_not_ticked(db: Database, visit, tmp_path) -> None:
    with db.transaction() as s:
        vs.set_item_attendees(s, visit["meeting"], [visit["mueller"]])
        outsider = person(s, "Li", "Sun", "孙丽", family_first=True).id  # no participant of the visit
        ls.set_item_protocol(
            s, visit["meeting"], host_contact_id=visit["wang"], interpreter_contact_id=outsider
        )
    text = _briefing_text(db, visit["visit"], tmp_path / "b.pdf")
    # once each, with their role in the item
    assert text.count("WangJianguo") == 1 and text.count("SunLi") == 1


def test_the_swap_rule() -> None:
    roles = {"anna": ParticipantRole.HEAD, "wu": ParticipantRole.INTERPRETER, "eva": ParticipantRole.DELEGATE}
    swap = ls.swap_protocol_attendees
    assert swap(["anna", "wu"], roles, interpreter=("wu", "new")) == ["anna", "new"]
    # a delegate who also interpreted stays: they were not there only as the interpreter
    assert swap(["anna", "eva"], roles, interpreter=("eva", "wu")) == ["anna", "eva"]
    # nobody ticked stays nobody ticked (the whole delegation), and the last tick is never taken
    assert swap([], roles, interpreter=("wu", "new")) == []
    assert swap(["wu"], roles, interpreter=("wu", None)) == ["wu"]
    # a host-side participant keeps the seat when another person chairs; an outside host goes
    roles["li"] = ParticipantRole.HOST
    assert swap(["anna", "li"], roles, host=("li", "chen")) == ["anna", "li"]
    assert swap(["anna", "guest"], roles, host=("guest", "chen")) == ["anna", "chen"]
