"""A visit's delegation country and head count (0070) are fields of the visit: they reach the other
offices with the next package and merge field by field, like its title."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import visits as visit_service
from tests.core.sync.helpers import send


def test_country_and_head_count_travel_and_merge_field_by_field(
    offices: tuple[Database, ...], packages: Path
) -> None:
    shanghai, hamburg, _ = offices
    with shanghai.transaction() as s:
        visit_id = visit_service.create_visit(
            s,
            title_en="Hanoi water delegation",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 4),
            country="vn",
            head_count=8,
        ).id
    send(shanghai, hamburg, packages)
    with hamburg.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == ("VN", 8)
    # each office changes one of the two at the same time: both changes stay, at both offices
    with shanghai.transaction() as s:
        visit_service.update_visit(s, visit_id, head_count=9)
    with hamburg.transaction() as s:
        visit_service.update_visit(s, visit_id, country="LA")
    send(shanghai, hamburg, packages)
    send(hamburg, shanghai, packages)
    for office in (shanghai, hamburg):
        with office.reading() as s:
            visit = s.get(m.Visit, visit_id)
            assert visit is not None and (visit.country, visit.head_count) == ("LA", 9)
    # emptied at one office, empty at the other
    with hamburg.transaction() as s:
        visit_service.update_visit(s, visit_id, country="", head_count=None)
    send(hamburg, shanghai, packages)
    with shanghai.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == (None, None)
