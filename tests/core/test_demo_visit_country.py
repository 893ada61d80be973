"""The demo fills most visits' country and head count (0070), so the Visits list's columns and the
dossier's cover show them; the rest of the demo stays the seed's (drawn apart)."""

from __future__ import annotations

import sqlite3

from petdesk.db import Database
from petdesk.services.visit_list import visit_rows


def test_most_demo_visits_have_a_country_and_a_head_count(demo_db: Database) -> None:
    with sqlite3.connect(demo_db.path) as conn:
        rows = visit_rows(conn)
        visiting = dict(
            conn.execute(
                "SELECT v.id, o.country FROM visit v JOIN organisation o ON o.id = v.visiting_organisation_id"
            ).fetchall()
        )
    assert len(rows) >= 10
    with_country = [r for r in rows if r.country]
    with_count = [r for r in rows if r.head_count]
    assert len(with_country) >= 0.7 * len(rows) and len(with_count) >= 0.6 * len(rows)
    # the delegation's country is its organisation's; its size at least the delegates entered
    assert all(r.country == visiting[r.id] for r in with_country)
    assert all(r.head_count is not None and r.head_count >= r.delegates for r in with_count)
    assert any(r.head_count is not None and r.head_count > r.delegates for r in with_count)
