"""A training participant's Role cell that names a role stored by a newer petdesk is a long line
("学员 · 由更新版本的 petdesk 保存为…"), cut in the participants table: its whole text is its tooltip,
as for any cut cell (``column_fit.cell_tip``), in both languages (shots56)."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QEvent, QHelpEvent, QToolTip
from tests.helpers import editors
from tests.helpers.newer_values import NEWER

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _tip_of_the_role(qtbot: QtBot, db: Database, locale: str) -> tuple[str, str]:
    from petdesk.gui.trainings.edit import TrainingEditor
    from petdesk.services import trainings
    from tests.core.visits.data import person

    day = dt.date(2027, 4, 12)
    with db.transaction() as s:
        training_id = trainings.create_training(s, title_en="Sludge course", start_date=day, end_date=day).id
        odd = trainings.register(s, training_id, person(s, "Wei", "Zhang").id).id
    with closing(db.raw()) as conn, conn:
        conn.execute("UPDATE training_participant SET role = ? WHERE id = ?", (NEWER, odd))
    editor = TrainingEditor(db, locale=locale, training_id=training_id)
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    editors.loaded(qtbot, editor)
    view = editor.people_view
    editor.tabs.setCurrentWidget(view.parentWidget())
    cell = view.model().index(0, 2)
    text = str(cell.data())
    qtbot.waitUntil(lambda: view.visualRect(cell).width() > 0)
    assert view.sizeHintForIndex(cell).width() > view.visualRect(cell).width()  # cut: "…"
    at = view.visualRect(cell).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    QToolTip.hideText()
    return text, tip


def test_the_whole_role_is_its_tooltip(qtbot: QtBot, db: Database) -> None:
    text, tip = _tip_of_the_role(qtbot, db, "en")
    assert text.startswith("Attendee · Stored by a newer petdesk") and tip == text


@pytest.mark.usefixtures("tree_window_catalogue")
def test_the_whole_role_is_its_tooltip_in_chinese(qtbot: QtBot, db: Database) -> None:
    text, tip = _tip_of_the_role(qtbot, db, "zh_CN")
    assert text.startswith("学员 · 由更新版本的 petdesk 保存") and f"“{NEWER}”" in text and tip == text
