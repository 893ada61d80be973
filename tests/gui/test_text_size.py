"""Field test 38, defect 5: no way to change the text size. Settings › General › Text size and
View › Zoom In / Zoom Out / Actual Size scale the whole application font at once, headings with it;
the choice is remembered and applied at the next start before the first window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import text_size
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication, QKeySequence, QLabel, QSettings, Qt, QTableView
from petdesk.gui.settings import open_settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def natural_points(qapp: QApplication) -> Iterator[float]:
    """The application's point size at 100 %; put back, and the choice forgotten, after the test."""
    text_size.apply_text_size(text_size.ACTUAL_SIZE)
    yield QApplication.font().pointSizeF()
    text_size.apply_text_size(text_size.ACTUAL_SIZE)
    QSettings().remove(text_size.TEXT_SIZE_KEY)


def open_window(qtbot: QtBot, db: Database, locale: str = "en") -> MainWindow:
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def press(window: MainWindow, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    window.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or window, sequence.key(), sequence.keyboardModifiers())


def greeting_points(window: MainWindow) -> float:
    return window.findChild(QLabel, "home_greeting").font().pointSizeF()  # type: ignore[union-attr]


def test_the_chosen_size_is_remembered_and_applied_to_a_new_window(
    qtbot: QtBot, db: Database, natural_points: float
) -> None:
    window = open_window(qtbot, db)
    dialog = open_settings(window)
    box = dialog.general.text_size
    assert [box.itemData(i) for i in range(box.count())] == [90, 100, 110, 125, 150]
    assert box.currentData() == 100
    box.setCurrentIndex(box.findData(125))
    dialog.accept()
    assert QSettings().value(text_size.TEXT_SIZE_KEY) in (125, "125")
    assert QApplication.font().pointSizeF() == pytest.approx(natural_points * 1.25)
    window.close()

    # The next start: the system's size again until the stored choice is applied, before any window.
    text_size.apply_text_size(text_size.ACTUAL_SIZE)
    text_size.apply_stored_text_size()
    again = open_window(qtbot, db)
    larger = natural_points * 1.25
    assert again.font().pointSizeF() == pytest.approx(larger)
    assert again.statusBar().font().pointSizeF() == pytest.approx(larger)
    assert greeting_points(again) == pytest.approx(larger * 1.4)
    again.show_page("contacts")
    table = again.stack.currentWidget().findChild(QTableView)
    assert table is not None
    assert table.font().pointSizeF() == pytest.approx(larger)
    assert table.horizontalHeader().font().pointSizeF() == pytest.approx(larger)
    assert open_settings(again).general.text_size.currentData() == 125


def test_zoom_keys_step_through_the_sizes_and_actual_size_restores(
    qtbot: QtBot, db: Database, natural_points: float
) -> None:
    window = open_window(qtbot, db)
    press(window, "Ctrl+=")
    assert text_size.current_size() == 110
    press(window, "Ctrl++")
    assert text_size.current_size() == 125
    assert greeting_points(window) == pytest.approx(natural_points * 1.25 * 1.4)  # the heading follows
    for _ in range(4):
        press(window, "Ctrl+-")
    assert text_size.current_size() == 90  # the smallest offered, not smaller
    press(window, "Ctrl+0")
    assert text_size.current_size() == 100
    assert QApplication.font().pointSizeF() == pytest.approx(natural_points)
    assert greeting_points(window) == pytest.approx(natural_points * 1.4)
    assert text_size.stored_size() == 100


def test_view_menu_names_the_keys_and_home_keeps_a_key(
    qtbot: QtBot, db: Database, natural_points: float
) -> None:
    window = open_window(qtbot, db)
    actions = {a.objectName(): a for a in window.menu("view").actions() if isinstance(a, QAction)}
    assert actions["action_actual_size"].shortcut() == QKeySequence("Ctrl+0")
    assert QKeySequence("Ctrl+=") in actions["action_zoom_in"].shortcuts()
    assert QKeySequence("Ctrl+-") in actions["action_zoom_out"].shortcuts()
    window.show_page("contacts")
    press(window, "Alt+Home")  # Home moved from Ctrl+0 to the browsers' key
    assert window.stack.currentWidget().objectName() == "page_home"


def test_next_size_stays_within_the_offer() -> None:
    assert text_size.next_size(100, 1) == 110
    assert text_size.next_size(150, 1) == 150
    assert text_size.next_size(90, -1) == 90
    assert text_size.next_size(117, -1) == 110  # a size in between steps to the nearest offered


def test_dates_stay_whole_and_rows_one_line_high_at_150(
    qtbot: QtBot, demo_db: Database, natural_points: float
) -> None:
    window = open_window(qtbot, demo_db, "zh_CN")  # dates as 2026年10月18日, the widest
    window.resize(1366, 728)
    window.show_page("visits")
    table = window.stack.currentWidget().findChild(QTableView)
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    press(window, "Ctrl+0")
    for _ in range(4):
        press(window, "Ctrl++")  # 150 %, while the list is shown
    assert text_size.current_size() == 150
    qtbot.waitUntil(lambda: table.font().pointSizeF() == pytest.approx(natural_points * 1.5))
    start = table.model().index(0, 0)
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "From"
    # the fitter refits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.sizeHintForIndex(start).width() <= table.columnWidth(0), timeout=2000)
    assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().height()


def test_settings_tabs_keep_their_wrapped_notes_whole_at_150(
    qtbot: QtBot, db: Database, natural_points: float
) -> None:
    window = open_window(qtbot, db)
    text_size.apply_text_size(150)
    dialog = open_settings(window)
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.currentWidget()
        for note in page.findChildren(QLabel):
            if note.wordWrap() and note.isVisible() and note.text():
                qtbot.waitUntil(lambda n=note: n.height() >= n.heightForWidth(n.width()), timeout=2000)


def test_menu_items_and_setting_speak_chinese(
    qtbot: QtBot, db: Database, translators, natural_points: float
) -> None:
    translators("zh_CN")
    window = open_window(qtbot, db, "zh_CN")
    texts = {a.objectName(): a.text() for a in window.menu("view").actions()}
    assert texts["action_zoom_in"] == "放大(&I)"
    assert texts["action_zoom_out"] == "缩小(&O)"
    assert texts["action_actual_size"] == "实际大小(&A)"
    dialog = open_settings(window)
    assert dialog.general.text_size.itemText(3) == "125%"
    assert any(label.text() == "文字大小(&T)：" for label in dialog.general.findChildren(QLabel))
