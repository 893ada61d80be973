"""A substitute takes the place in the order of precedence of the person they replace (field test
86): the director who came for the Vice-Governor printed last, behind the interpreter, and the
numbers ran 1, 3, 4 … on the delegation list, the name cards and the banquet seating."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs


def test_the_substitute_takes_the_place_and_someone_already_in_keeps_theirs(db: Database) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Indonesian delegation", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        people = {
            name: cs.create_contact(s, given_name=given, family_name=family).id
            for name, given, family in (
                ("minister", "", "Suharso"), ("governor", "Sri Mulyani", "Indrawati"),
                ("director", "Budi", "Santoso"), ("interpreter", "Putri", "Wulandari"),
                ("new", "Hendra", "Gunawan"),
            )
        }  # fmt: skip
        for name in ("minister", "governor", "director"):
            vs.add_participant(s, v.id, people[name], ParticipantRole.DELEGATE)
        vs.add_participant(s, v.id, people["interpreter"], ParticipantRole.INTERPRETER)
        by_contact = {p.contact_id: p.id for p in v.participants}
        order = ("minister", "governor", "director", "interpreter")
        lg.set_precedence_order(s, v.id, [by_contact[people[n]] for n in order])
        vs.remove_participant(s, v.id, people["governor"], substitute_id=people["new"])
        ranked = [(r.precedence, r.name_en) for r in lg.precedence_lists(s, v.id).delegation]
        assert ranked == [(1, "Suharso"), (2, "Hendra Gunawan"), (3, "Budi Santoso"), (4, "Putri Wulandari")]
        # someone already in the visit who stands in keeps their own number
        vs.remove_participant(s, v.id, people["new"], substitute_id=people["director"])
        ranked = [(r.precedence, r.name_en) for r in lg.precedence_lists(s, v.id).delegation]
        assert ranked == [(1, "Suharso"), (3, "Budi Santoso"), (4, "Putri Wulandari")]
