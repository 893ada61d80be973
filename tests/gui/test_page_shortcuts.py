"""Field test 13, defect 5: Market and Sync, the tenth and eleventh pages, had no Ctrl+number
key. Every page now has its own key (Ctrl+1 … Ctrl+9 unchanged, then Alt+1, Alt+2), shown in the
navigation's tooltips and in Help › Keyboard Shortcuts, and no key is bound twice where both
could answer."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.help import shortcuts_html
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication, QKeySequence, QObject, QShortcut, Qt, QWidget

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: The keys users and the README know, then the new ones for the pages past the ninth.
EXPECTED = {
    "home": "Ctrl+1",
    "organisations": "Ctrl+2",
    "contacts": "Ctrl+3",
    "visits": "Ctrl+4",
    "trainings": "Ctrl+5",
    "calendar": "Ctrl+6",
    "projects": "Ctrl+7",
    "technologies": "Ctrl+8",
    "needs": "Ctrl+9",
    "market": "Alt+1",
    "sync": "Alt+2",
}


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win


def test_every_page_has_its_key_and_the_key_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.page_keys == list(EXPECTED)
    for key in reversed(EXPECTED):  # from the last: each key must move away from where it is
        sequence = QKeySequence(EXPECTED[key])[0]
        window.activateWindow()
        focused = QApplication.focusWidget() or window
        QTest.keyClick(focused, sequence.key(), sequence.keyboardModifiers())
        assert window.stack.currentWidget().objectName() == f"page_{key}", EXPECTED[key]


def test_navigation_tooltips_and_help_name_every_key(window: MainWindow) -> None:
    shortcuts = shortcuts_html(window)
    for row, key in enumerate(EXPECTED):
        item = window.nav.item(row)
        keys = EXPECTED[key] + (", Alt+Home" if key == "home" else "")  # Home answers both
        assert item.toolTip() == f"{item.text()} ({keys})"
        assert f"<b>{keys}</b></td><td>{item.text()}</td>" in shortcuts


def _scope(owner: QObject, context: Qt.ShortcutContext, window: MainWindow) -> QObject:
    """Where a key bound on ``owner`` can answer: its widget for widget shortcuts; else the page it
    sits on (a hidden page's keys do not count), or the whole window."""
    if context in (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut):
        return owner
    widget = owner if isinstance(owner, QWidget) else None
    while widget is not None and widget.parentWidget() is not window.stack:
        widget = widget.parentWidget()
    return widget if widget is not None else window


def test_no_key_is_bound_twice_in_one_place(window: MainWindow) -> None:
    for key in window.page_keys:
        window.page(key)  # every page built, with its keys
    #: (key, context, scope) → {binding's id: its name}: an action in a menu and a toolbar is one.
    bound: dict[tuple[str, str, int], dict[int, str]] = defaultdict(dict)
    for action in window.findChildren(QAction):
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)] or [action.parent()]
        for owner in owners:
            scope = _scope(owner, action.shortcutContext(), window)
            for sequence in action.shortcuts():
                bound[(sequence.toString(), str(action.shortcutContext()), id(scope))][id(action)] = (
                    action.text()
                )
    for shortcut in window.findChildren(QShortcut):
        scope = _scope(shortcut.parent(), shortcut.context(), window)
        for sequence in shortcut.keys():  # noqa: SIM118 (QShortcut's keys, not a dict's)
            bound[(sequence.toString(), str(shortcut.context()), id(scope))][id(shortcut)] = repr(
                shortcut.parent()
            )
    # A window-wide key also clashes with the same key on one page.
    window_wide = {k for (k, _c, s) in bound if s == id(window)}
    twice = {k: v for k, v in bound.items() if len(v) > 1 or (k[2] != id(window) and k[0] in window_wide)}
    assert twice == {}
