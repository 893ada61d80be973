"""Reverting a date field from History puts a date back, not the text the change log keeps."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import history, visits


def test_revert_of_a_date_field_puts_the_date_back(db: Database) -> None:
    with db.transaction() as s:
        vid = visits.create_visit(
            s,
            title_en="Hamburg port delegation",
            start_date=dt.date(2026, 5, 4),
            end_date=dt.date(2026, 5, 8),
        ).id
    with db.transaction() as s:
        visits.update_visit(s, vid, start_date=dt.date(2026, 5, 5))
    with db.reading() as s:
        change = next(e for e in history.record_history(s, "visit", vid) if e.field == "start_date")
    with db.transaction() as s:
        history.revert_change(s, change.id)
    with db.reading() as s:
        assert visits.get_visit(s, vid).start_date == dt.date(2026, 5, 4)
    with db.transaction() as s:
        assert history.revert_record(s, "visit", vid, before=change.id) == []  # already as it was
