"""The calendar's agenda draws a submitted project's passed application deadline as met (grey,
"Deadline met"), as the reminders no longer call it overdue (field test 37)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.gui.calendar.model import COLOURS, MET_DEADLINE, AgendaModel
from petdesk.gui.qt import Qt
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service


def test_agenda_shows_a_submitted_projects_passed_deadline_as_met(qtbot, db: Database) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="Sludge to energy Wuhan", deadline=today - dt.timedelta(days=5),
            stage=ProjectStatus.SUBMITTED,
        )  # fmt: skip
        project_service.create_project(s, title_en="Leak control", deadline=today - dt.timedelta(days=3))
    model = AgendaModel(locale="en", first_weekday=0, tz=dt.UTC)
    with db.reading() as s:
        model.load(s, today - dt.timedelta(days=10), today)
    title_column = 4
    cells = [model.index(row, title_column) for row in range(model.rowCount())]
    shown = {model.data(c): model.data(c, Qt.ItemDataRole.ForegroundRole).color().name() for c in cells}
    assert shown == {
        "Deadline met: Sludge to energy Wuhan": MET_DEADLINE,
        "Deadline: Leak control": COLOURS["deadline"],  # never applied for: missed, in red
    }
