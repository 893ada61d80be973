"""``petdesk visits ID --json`` reads the values a newer petdesk may have stored for the whole
delegation and itinerary at once (review56: one query a delegate and one a meeting, as delegate
and meeting are what such a value is read as, while the editors had been fixed to one query)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from petdesk import models as m
from petdesk.cli.json_output import visit_detail
from petdesk.db import Database
from petdesk.services import visits as vs


def test_one_query_for_the_delegations_roles_and_one_for_the_items_kinds(db: Database) -> None:
    start = dt.datetime(2027, 5, 10, 1, 0, tzinfo=dt.UTC)
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Study tour", start_date=start.date(), end_date=start.date() + dt.timedelta(days=3)
        )
        for n in range(12):
            person = m.Contact(family_name=f"Delegate{n}", given_name="A")
            s.add(person)
            s.flush()
            vs.add_participant(s, visit.id, person.id, role="delegate")
        for n in range(8):
            at = start + dt.timedelta(hours=2 * n)
            vs.add_item(s, visit.id, start=at, end=at + dt.timedelta(hours=1), title_en=f"Meeting {n}")
        visit_id = visit.id
    asked: list[str] = []
    with db.reading() as s:
        engine = s.get_bind()

        def listener(*args: object) -> None:
            sql = str(args[2])
            if "visit_participant.id IN" in sql or "itinerary_item.id IN" in sql:
                asked.append(sql)

        event.listen(engine, "before_cursor_execute", listener)
        try:
            document = visit_detail(s, s.get(m.Visit, visit_id))
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert [p["role"] for p in document["delegation"]] == ["delegate"] * 12
    assert {i["kind"] for i in document["itinerary"]} == {"meeting"}
    assert len(asked) <= 2, len(asked)
