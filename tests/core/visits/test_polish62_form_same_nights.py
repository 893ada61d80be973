"""Review 62 (polish): the visit form's open questions about rooms (the editor's status line) left
out a person with a room at another visit's hotel for the same nights, which the Logistics tab and
Save both warn of. ``read_visit_form`` now carries it, once, as ``same_nights_elsewhere`` says it;
a cancelled other visit, or nights that only touch, say nothing."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visit_form
from petdesk.services import visits as vs
from petdesk.services.rooming import TWO_HOTELS, same_nights_elsewhere
from tests.core.visits.data import person


def _stays(db: Database, peninsula_in: int) -> tuple[str, str, str]:
    """Wang Wei at the Jinjiang 17–20 March on "Expo" and at the Peninsula from ``peninsula_in``
    to the 22nd on "Field trip": the visits and the Peninsula's id."""
    with db.transaction() as s:
        wang = person(s, "Wei", "Wang", "王伟", family_first=True).id
        ids = []
        for title, hotel, (check_in, check_out) in (
            ("Expo", "Jinjiang Hotel", (17, 20)),
            ("Field trip", "The Peninsula", (peninsula_in, 22)),
        ):
            vid = vs.create_visit(
                s, title_en=title, start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 23)
            ).id
            vs.add_participant(s, vid, wang, "delegate")
            nights = {"check_in": dt.date(2027, 3, check_in), "check_out": dt.date(2027, 3, check_out)}
            stay = ls.add_accommodation(s, vid, hotel=hotel, **nights)
            ls.set_rooming(s, stay.id, [(wang, "1801")])
            ids += [vid, stay.id]
    return ids[0], ids[2], ids[3]


def test_a_room_at_another_visits_hotel_for_the_same_nights_is_an_open_question(db: Database) -> None:
    expo, trip, peninsula = _stays(db, 18)
    with db.reading() as s:
        form = visit_form.read_visit_form(s, trip, "en")
        [gap] = [g for g in form.rooming if g.kind == TWO_HOTELS]
        assert [gap] == same_nights_elsewhere(s, peninsula)  # the sentence the tab and Save give
        assert (gap.hotel, gap.other_hotel) == ("The Peninsula", "Jinjiang Hotel")
        assert (gap.first, gap.last) == (dt.date(2027, 3, 18), dt.date(2027, 3, 19))
        [back] = [g for g in visit_form.read_visit_form(s, expo, "en").rooming if g.kind == TWO_HOTELS]
        assert (back.hotel, back.other_hotel) == ("Jinjiang Hotel", "The Peninsula")
    with db.transaction() as s:
        vs.set_visit_status(s, expo, "cancelled")
    with db.reading() as s:
        assert not [g for g in visit_form.read_visit_form(s, trip, "en").rooming if g.kind == TWO_HOTELS]
        assert not [g for g in visit_form.read_visit_form(s, expo, "en").rooming if g.kind == TWO_HOTELS]


def test_nights_that_only_touch_are_no_question(db: Database) -> None:
    _, trip, _ = _stays(db, 20)  # in the day he leaves the Jinjiang
    with db.reading() as s:
        assert not [g for g in visit_form.read_visit_form(s, trip, "en").rooming if g.kind == TWO_HOTELS]
