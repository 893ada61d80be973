"""The attendance grid keeps its names in view (field test 15, defect 3): with nine sessions in a
1050-pixel editor, scrolling right to the last sessions took the name column away, so marks were
ticked on rows without names. The names now sit in the row header, which never scrolls sideways;
session columns are narrow, with the full title in their tooltip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.gui.visits.test_attendance_quick_clicks import stored_marks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Rows come by family name: Liu, Wang, Weißenböck.
PEOPLE = [("Zhendong", "Liu", "刘振东"), ("Jianguo", "Wang", "王建国"), ("Anja", "Weißenböck", "")]
TITLE = "Sludge treatment and energy recovery in municipal plants"


def nine_sessions(db: Database) -> tuple[str, list[str], list[str]]:
    """A three-day training with nine sessions and three people: Wu Jing's grid, smaller."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban wastewater",
            title_zh="城市污水处理",
            start_date=dt.date(2026, 12, 15),
            end_date=dt.date(2026, 12, 17),
        )
        people = [person(s, given, family, zh, family_first=bool(zh)).id for given, family, zh in PEOPLE]
        for cid in people:
            ts.register(s, t.id, cid)
        sessions = [
            ts.add_session(
                s,
                t.id,
                title_en=f"{TITLE} {n + 1}",
                title_zh=f"污泥处理与能源回收{n + 1}",
                start=dt.datetime(2026, 12, 15 + n // 3, 9 + 3 * (n % 3)),
                end=dt.datetime(2026, 12, 15 + n // 3, 11 + 3 * (n % 3)),
            ).id
            for n in range(9)
        ]
        return t.id, people, sessions


def open_grid(qtbot: QtBot, db: Database, locale: str) -> tuple[TrainingEditor, list[str], list[str]]:
    tid, people, sessions = nine_sessions(db)
    editor = TrainingEditor(db, locale=locale, training_id=tid)
    qtbot.addWidget(editor)
    editor.resize(1050, 700)  # the editor's size on the tester's 1366×768 screen
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.tabs.setCurrentIndex(3)
    return editor, people, sessions


def shown_names(editor: TrainingEditor) -> list[str]:
    """The names the grid shows beside its rows, wherever the view is scrolled."""
    view = editor.attendance_view
    header = view.verticalHeader()
    if not header.isVisible() or header.width() < 100:
        return []
    model = editor.attendance_model
    return [
        str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def test_names_stay_in_view_at_the_last_session_and_keys_mark_the_right_person(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    editor, people, sessions = open_grid(qtbot, db, "en")
    view, model = editor.attendance_view, editor.attendance_model
    last = model.columnCount() - 1
    assert view.horizontalScrollBar().maximum() == 0  # at the tester's size all nine sessions fit
    editor.resize(640, 600)  # narrower, so that the grid must scroll
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    view.setFocus()
    view.setCurrentIndex(model.index(2, last))  # Anja Weißenböck, the ninth session
    view.scrollTo(model.index(2, last))
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().maximum() > 0
    assert view.viewport().rect().contains(view.visualRect(model.index(2, last)))
    names = shown_names(editor)
    assert names == ["Liu Zhendong 刘振东", "Wang Jianguo 王建国", "Anja Weißenböck"]
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: stored_marks(db, people[2]) == {sessions[-1]: "present"}, timeout=10000)
    assert stored_marks(db, people[0]) == {} and stored_marks(db, people[1]) == {}
    qtbot.keyClick(view, Qt.Key.Key_Up)  # Wang Jianguo, same session
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored_marks(db, people[1]) == {sessions[-1]: "present"}, timeout=10000)
    assert shown_names(editor) == names  # still there after the grid was read back
    editor.grab().save(str(tmp_path / "attendance_last_session.png"))


def test_session_columns_are_narrow_with_the_full_title_in_the_tooltip(qtbot: QtBot, db: Database) -> None:
    editor, _people, _sessions = open_grid(qtbot, db, "en")
    view, model = editor.attendance_view, editor.attendance_model
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert f"{TITLE} 1" in tip and "15 Dec" in tip
    assert header.startswith("S1 · 15 Dec") and f"{TITLE} 1" not in header.replace("\n", " ")
    assert all(view.columnWidth(c) <= 100 for c in range(model.columnCount()))
