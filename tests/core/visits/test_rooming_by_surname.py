"""The rooming list and the precedence lists file people by surname (field test 71, defect 3):
they ran by the shown name (Agnieszka, Anna, Daan …) and put "Łukasz" after Z, while the dossier's
delegation list beside them files by surname, "van der Berg" under B, as the Dutch do."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs


def test_rooming_and_precedence_by_surname(db: Database) -> None:
    names = [("Łukasz", "Wróblewski"), ("Anna", "de Vries"), ("Agnieszka", "Żółkowska"), ("Jan", "Bakker")]
    names += [("Pieter", "van der Berg"), ("Małgorzata", "Dąbrowska")]
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Delegation", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 20)
        )
        ids = []
        for given, family in names:
            c = cs.create_contact(s, given_name=given, family_name=family)
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
            ids.append(c.id)
        stay = ls.add_accommodation(
            s, v.id, hotel="Shangri-La", check_in=dt.date(2027, 5, 18), check_out=dt.date(2027, 5, 20)
        )
        ls.set_rooming(s, stay.id, [(cid, str(800 + n)) for n, cid in enumerate(ids)])
    with db.transaction() as s:
        rooms = [r.person.name_en for r in ls.logistics(s, v.id).stays[0].rooms]
        ranked = [p.name_en for p in ls.precedence_lists(s, v.id).delegation]
    expected = [
        "Jan Bakker",
        "Pieter van der Berg",
        "Małgorzata Dąbrowska",
        "Anna de Vries",
        "Łukasz Wróblewski",
        "Agnieszka Żółkowska",
    ]
    assert [n.replace("\xa0", " ") for n in rooms] == expected
    assert ranked == expected
