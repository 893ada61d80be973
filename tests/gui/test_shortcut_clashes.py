"""No key does two things at once (field test 13, defect 9): on every page, no two shortcuts of the
window share a key in the same scope (Qt runs neither, with only a warning), and Tools › Settings
(the platform's Preferences keys, Ctrl+, on Linux and Windows) and Help › Keyboard Shortcuts
(Ctrl+/) open from the keyboard."""

from __future__ import annotations

from collections import defaultdict

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import background_busy
from petdesk.gui.qt import QAction, QApplication, QKeySequence, QMenu, QShortcut, Qt, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def scopes(context: Qt.ShortcutContext, widgets: list[QWidget], window: QWidget) -> set[str]:
    """Where a shortcut held by ``widgets`` works now: "window" for the whole window, else the
    widget (with its children) that must have the focus; nothing for hidden widgets."""
    found: set[str] = set()
    for widget in widgets:
        if isinstance(widget, QMenu):
            # In a menu of the menu bar, a window-wide key works while the window is open; a
            # widget's key only while that menu is open.
            found.add("window" if context in WINDOW_WIDE else f"QMenu:{id(widget)}")
        elif widget.isVisible() and widget.window() is window:
            found.add("window" if context in WINDOW_WIDE else f"{type(widget).__name__}:{id(widget)}")
    return found


def active_shortcuts(window: QWidget) -> dict[tuple[str, str], set[str]]:
    """(key, scope) → the names of what it triggers, for the shortcuts working now."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        for key in action.shortcuts():
            for scope in scopes(action.shortcutContext(), widgets, window):
                holders[(key.toString(), scope)].add(f"action {action.text() or action.objectName()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not isinstance(parent, QWidget) or not shortcut.isEnabled():
            continue
        for key in shortcut.keys():  # noqa: SIM118  (a QShortcut, not a dict)
            for scope in scopes(shortcut.context(), [parent], window):
                holders[(key.toString(), scope)].add(f"shortcut on {type(parent).__name__}")
    return holders


def test_no_two_shortcuts_share_a_key_in_the_same_scope(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    clashes: dict[str, dict[tuple[str, str], set[str]]] = {}
    for row in range(window.nav.count()):
        window.go_to_row(row)
        # the page shown and its first reads in: its actions enable (and so take their keys) then
        qtbot.waitUntil(window.stack.currentWidget().isVisible)
        qtbot.waitUntil(lambda: not background_busy(), timeout=10_000)
        shared = {k: v for k, v in active_shortcuts(window).items() if len(v) > 1}
        if shared:
            clashes[window.nav.item(row).text()] = shared
    assert clashes == {}


def test_settings_and_keyboard_shortcuts_open_from_the_keyboard(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    settings = window.settings_action  # type: ignore[attr-defined]
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert settings.shortcuts() == (platform or [QKeySequence("Ctrl+,")])
    shortcuts = window.findChild(QAction, "action_shortcuts")
    assert shortcuts.shortcut() == QKeySequence("Ctrl+/")
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "shortcuts") is not None)
    shown = window.findChild(QWidget, "shortcuts")
    assert shown.isVisible()
    shown.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if not platform:  # Ctrl+, here
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda: window.findChild(QWidget, "settings_dialog") is not None)
        dialog = window.findChild(QWidget, "settings_dialog")
        assert dialog.isVisible()
        dialog.close()
