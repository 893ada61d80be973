"""The visits and trainings pages' Status filter: a newer petdesk's status is shown as Planned (its
stand-in), so the Planned filter keeps that visit and Done leaves it out."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import TrainingStatus, VisitStatus
from petdesk.gui.record_list import query_filters
from tests.helpers.newer_values import NEWER


def test_the_planned_filter_keeps_a_newer_status(demo_db: Database, qapp: object) -> None:
    with closing(demo_db.raw()) as conn, conn:
        visit = conn.execute("SELECT id FROM visit WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        training = conn.execute("SELECT id FROM training WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        conn.execute("UPDATE visit SET status = ? WHERE id = ?", (NEWER, visit))
        conn.execute("UPDATE training SET status = ? WHERE id = ?", (NEWER, training))
    _, visits_where = query_filters(
        "en", status=(m.Visit.status, VisitStatus), start=m.Visit.start_date, end=m.Visit.end_date
    )
    _, trainings_where = query_filters(
        "en", status=(m.Training.status, TrainingStatus), start=m.Training.start_date, end=m.Training.end_date
    )
    with demo_db.reading() as s:

        def visits(status: str) -> set[str]:
            return set(s.scalars(select(m.Visit.id).where(*visits_where({"status": status}))))

        def trainings(status: str) -> set[str]:
            return set(s.scalars(select(m.Training.id).where(*trainings_where({"status": status}))))

        assert visit in visits("planned") and visit not in visits("done")
        assert training in trainings("planned") and training not in trainings("cancelled")
