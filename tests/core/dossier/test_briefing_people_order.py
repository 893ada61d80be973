"""A meeting briefing lists its people in the visit's order of precedence, not in the order they were
ticked (field test 60): the office that received the visit by a sync package printed the same
meeting's table in another order, Fang Liu before Wei Zhang."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs


def test_ticked_people_come_in_the_visits_order(db: Database) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hamburg delegation", timezone="Asia/Shanghai",
            start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17),
        )  # fmt: skip
        ids = {}
        for key, family, given, role in (
            ("head", "Schneider", "Katrin", ParticipantRole.HEAD),
            ("host", "Zhang", "Wei", ParticipantRole.HOST),
            ("interpreter", "Liu", "Fang", ParticipantRole.INTERPRETER),
        ):
            ids[key] = cs.create_contact(s, family_name=family, given_name=given).id
            vs.add_participant(s, visit.id, ids[key], role)
        ticked = [ids["interpreter"], ids["host"], ids["head"]]  # as a calendar file listed them
        vs.add_item(s, visit.id, title_en="Meeting", start=dt.datetime(2027, 3, 15, 9, 0),
                    end=dt.datetime(2027, 3, 15, 11, 0), attendee_ids=ticked)  # fmt: skip
        visit_id = visit.id
    with db.transaction() as s:
        data = gather_visit(s, visit_id)
        order = [p.person.id for p in data.participants]
        listed = [p.id for p in data.items[0].attendees]
    assert listed == [i for i in order if i in set(ticked)]
    assert listed != ticked


def test_ticked_people_follow_a_set_order_of_precedence(db: Database) -> None:
    """review60: numbered 1 and 2 on the Visit's Precedence tab, Zimmer before Adler; the meeting's
    table listed them by name (Adler first), unlike the delegation list and `visits ID` beside it."""
    from petdesk.dossier.data import in_precedence
    from petdesk.services import logistics

    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hamburg delegation", timezone="Asia/Shanghai",
            start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17),
        )  # fmt: skip
        ids, pids = {}, {}
        for family in ("Adler", "Zimmer"):
            ids[family] = cs.create_contact(s, family_name=family, given_name="Jan").id
            pids[family] = vs.add_participant(s, visit.id, ids[family], ParticipantRole.DELEGATE).id
        logistics.set_precedence_order(s, visit.id, [pids["Zimmer"], pids["Adler"]])
        ticked = [ids["Adler"], ids["Zimmer"]]
        vs.add_item(s, visit.id, title_en="Meeting", start=dt.datetime(2027, 3, 15, 9, 0),
                    end=dt.datetime(2027, 3, 15, 11, 0), attendee_ids=ticked)  # fmt: skip
        visit_id = visit.id
    with db.transaction() as s:
        data = gather_visit(s, visit_id)
        listed = [p.id for p in data.items[0].attendees]
        delegation = [p.person.id for p in in_precedence(data.participants)]
    assert delegation == [ids["Zimmer"], ids["Adler"]]
    assert listed == delegation
