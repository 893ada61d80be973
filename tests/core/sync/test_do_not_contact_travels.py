"""A "do not contact" mark (0069) is part of the person's record: it reaches the other offices with
the next package, and their exports leave the person out too (field test 96)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import do_not_contact, registration_list
from petdesk.services import visits as visit_service
from tests.core.sync.helpers import send


def _visit_of_two(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        jonas = cs.create_contact(s, family_name="Becker", given_name="Jonas")
        lena = cs.create_contact(s, family_name="Krause", given_name="Lena")
        visit = visit_service.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2027, 2, 1), end_date=dt.date(2027, 2, 3)
        )
        for cid in (jonas.id, lena.id):
            visit_service.add_participant(s, visit.id, cid)
        return {"jonas": jonas.id, "lena": lena.id, "visit": visit.id}


def test_the_mark_travels_to_the_other_offices(offices: tuple[Database, ...], packages: Path) -> None:
    shanghai, hamburg, _ = offices
    ids = _visit_of_two(shanghai)
    with shanghai.transaction() as s:
        do_not_contact.set_mark(s, ids["jonas"])
    send(shanghai, hamburg, packages)
    with hamburg.reading() as s:
        assert s.get(m.Contact, ids["jonas"]).do_not_contact  # type: ignore[union-attr]
        assert do_not_contact.marked(s) == {ids["jonas"]}
        assert [g.contact_id for g in registration_list.registration_list(s, ids["visit"]).guests] == [
            ids["lena"]
        ]
