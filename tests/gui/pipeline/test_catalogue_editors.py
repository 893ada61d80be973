"""Field test 13, defect 4: a technology or a city need typed in by keyboard alone. Ctrl+N on the
Technologies and City needs pages opens an editor, Ctrl+S saves it, Enter on a row opens it again;
what the services refuse shows under the field, and the page shows what was saved."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QInputMethodEvent, QMessageBox, Qt, QTimer, QWidget
from petdesk.gui.record_editor import discard_open_editors
from petdesk.gui.technologies.editors import NeedEditor, TechnologyEditor
from petdesk.services import needs as need_service
from petdesk.services import organisations
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Blue Water GmbH", country="DE")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    yield win
    discard_open_editors()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _ctrl(key: Qt.Key) -> None:
    QTest.keyClick(_focused(), key, Qt.KeyboardModifier.ControlModifier)


def _open_editor(qtbot: QtBot, page: QWidget, kind: type) -> QWidget:
    page.setFocus()  # anywhere on the page (the table is hidden while the list is empty)
    _ctrl(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: isinstance(page.editor, kind) and page.editor.isVisible(), timeout=3000)  # type: ignore[attr-defined]
    editor = page.editor  # type: ignore[attr-defined]
    first = editor.name_en if kind is TechnologyEditor else editor.title_en
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)  # the first field
    return editor


def _save(qtbot: QtBot, editor: QWidget) -> None:
    with qtbot.waitSignal(editor.save_finished, timeout=5000):  # type: ignore[attr-defined]
        _ctrl(Qt.Key.Key_S)


def test_new_technology_by_keyboard_then_edit_from_the_row(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    page = window.show_page("technologies")
    editor = _open_editor(qtbot, page, TechnologyEditor)
    QTest.keyClicks(_focused(), "Membrane bioreactor")
    editor.name_zh.setFocus()  # type: ignore[attr-defined]
    commit = QInputMethodEvent()  # Chinese comes from an input method, not from keys
    commit.setCommitString("膜生物反应器")
    QApplication.sendEvent(_focused(), commit)
    editor.trl.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(_focused(), "7")
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=5000)
    with db.reading() as s:
        (row,) = tech_service.list_technologies(s)
    assert (row.name_en, row.name_zh, row.trl) == ("Membrane bioreactor", "膜生物反应器", 7)

    # Enter on the row opens it; a change saved with Ctrl+S shows in the list.
    window.activateWindow()
    page.list.table.setFocus()
    qtbot.waitUntil(page.list.table.hasFocus, timeout=3000)
    page.list.table.selectRow(0)
    QTest.keyClick(page.list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not editor and page.editor.isVisible(), timeout=3000)
    edit = page.editor
    qtbot.waitUntil(lambda: edit.name_en.text() == "Membrane bioreactor", timeout=3000)
    edit.name_en.setFocus()
    edit.name_en.selectAll()
    QTest.keyClicks(edit.name_en, "MBR plant")
    _save(qtbot, edit)
    qtbot.waitUntil(lambda: page.list.model.index(0, 0).data() == "MBR plant", timeout=5000)
    with db.reading() as s:
        assert tech_service.get_technology(s, row.id).name_zh == "膜生物反应器"  # untouched


def test_a_technology_without_a_name_is_refused_under_the_field(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    page = window.show_page("technologies")
    editor = _open_editor(qtbot, page, TechnologyEditor)
    editor.description_en.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(_focused(), "No name given")
    _save(qtbot, editor)
    problem = editor.problems.labels["name_en"]  # type: ignore[attr-defined]
    assert problem.isVisibleTo(editor) and "name" in problem.text()
    assert editor.isVisible() and editor.description_en.toPlainText() == "No name given"  # type: ignore[attr-defined]
    # A refusal is one line in the log, not a traceback kept for petdesk's own faults.
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_new_need_by_keyboard_with_a_budget_refused_then_saved(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    page = window.show_page("needs")
    editor = _open_editor(qtbot, page, NeedEditor)
    QTest.keyClicks(_focused(), "Clean river")
    editor.budget_min.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(_focused(), "5000")
    editor.budget_max.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(_focused(), "1000")
    _save(qtbot, editor)
    assert editor.problems.labels["budget_min"].isVisibleTo(editor)  # type: ignore[attr-defined]
    assert _focused() is editor.budget_min  # type: ignore[attr-defined]
    editor.budget_max.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(editor.budget_max, "9000")  # type: ignore[attr-defined]
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1, timeout=5000)
    with db.reading() as s:
        (need,) = need_service.list_needs(s)
    assert (need.title_en, need.budget_min, need.budget_max, need.currency) == (
        "Clean river",
        5000,
        9000,
        "CNY",
    )


def test_esc_with_unsaved_changes_asks(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    page = window.show_page("needs")
    editor = _open_editor(qtbot, page, NeedEditor)
    QTest.keyClicks(_focused(), "Typed, not saved")
    asked: list[str] = []

    def keep_editing() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.objectName())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, keep_editing)
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    assert asked == ["unsaved_changes"]
    assert editor.isVisible() and editor.title_en.text() == "Typed, not saved"  # type: ignore[attr-defined]


def test_the_city_picker_lists_the_city_government_first(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    """Field test 16, §9: "武汉市" listed the association whose name starts with it first."""
    from petdesk.gui.visits.widgets import PickDialog
    from petdesk.models.enums import OrgKind

    with db.transaction() as s:
        organisations.create_organisation(s, name_zh="武汉市环境保护产业协会", kind=OrgKind.NGO)
        organisations.create_organisation(s, name_zh="武汉市人民政府", kind=OrgKind.CITY_GOVERNMENT)
    editor = _open_editor(qtbot, window.show_page("needs"), NeedEditor)
    listed: list[str] = []

    def pick() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PickDialog) and w.isVisible()
        )
        commit = QInputMethodEvent()  # Chinese comes from an input method, not from keys
        commit.setCommitString("武汉市")
        with qtbot.waitSignal(dialog.finder.searched, timeout=5000):
            QApplication.sendEvent(dialog.finder.edit, commit)
        listed.extend(dialog.finder.results.item(i).text() for i in range(dialog.finder.results.count()))
        QTest.keyClick(dialog.finder.edit, Qt.Key.Key_Return)  # the first one

    QTimer.singleShot(0, pick)
    editor.city.choose()  # type: ignore[attr-defined]
    assert listed == ["武汉市人民政府", "武汉市环境保护产业协会"]
    assert editor.city.label.text() == "武汉市人民政府"  # type: ignore[attr-defined]
