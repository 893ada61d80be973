"""The reminders beside the calendar: a list view over a model, so that thousands of overdue
follow-ups are shown without an item made for each; activating a line opens its record."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.reminders import RefRole, RemindersPanel
from petdesk.gui.qt import QListView, Qt
from petdesk.services import visits as vs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _panel(qtbot, db: Database) -> RemindersPanel:
    panel = RemindersPanel(db, "en")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        pass
    return panel


def test_many_follow_ups_are_rows_of_a_model_and_open_their_visit(qtbot, db: Database) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Harbour delegation", start_date=today + dt.timedelta(days=3),
            end_date=today + dt.timedelta(days=4),
        )  # fmt: skip
        vs.add_follow_up(s, visit.id, description_en="Book the boat", due_date=today - dt.timedelta(days=900))
        for n in range(1500):
            vs.add_follow_up(s, None, description_en=f"Call back {n}", due_date=today - dt.timedelta(days=1))
        visit_id = visit.id
    panel = _panel(qtbot, db)
    assert isinstance(panel.list, QListView) and panel.list.layoutMode() == QListView.LayoutMode.Batched
    model = panel.model
    assert model.rowCount() == 1502  # the visit and 1,501 follow-ups
    first = model.index(0)
    assert model.data(first).startswith("⚠ Follow-up “Book the boat” was due")
    assert model.data(first, Qt.ItemDataRole.ForegroundRole).color().name() == "#b54708"
    assert model.data(first, RefRole) == ("visit", visit_id, None)
    # a follow-up of no visit has nothing to open
    assert model.data(model.index(1), RefRole) is None
    opened: list[tuple[str, str, object]] = []
    panel.open_requested.connect(lambda kind, rid, focus: opened.append((kind, rid, focus)))
    panel.list.activated.emit(model.index(1))
    panel.list.activated.emit(first)
    visit_row = next(r for r, text in enumerate(model.texts()) if "Harbour delegation" in text)
    panel.list.activated.emit(model.index(visit_row))
    assert opened == [("visit", visit_id, None), ("visit", visit_id, None)]


def test_nothing_due_is_a_line_that_cannot_be_chosen(qtbot, db: Database) -> None:
    panel = _panel(qtbot, db)
    assert panel.model.texts() == ["Nothing due."]
    assert panel.model.flags(panel.model.index(0)) == Qt.ItemFlag.NoItemFlags
    assert panel.model.data(panel.model.index(0), RefRole) is None
