"""No key is bound twice where both would be live: Qt then runs neither (an "ambiguous" shortcut).

Two changes once both bound Ctrl+Z in the training editor (an action on the editor and a key added
beside it), and Ctrl+Z did nothing there; test_shortcut_clashes looked at the main window only, by
scope name, so it missed the editor and a window-wide key against a widget's. This walks the main
window's pages and every editor and dialog, with each tab shown, and applies Qt's own rule
(``tests/helpers/shortcut_map.py``) to every widget that can take the focus, counting widgets hidden
until something happens (an undo bar, a Stop button) as shown, and the Alt+letters of buttons,
labels, tabs and the menu bar with the other keys.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.activities.log import ActivityLogDialog
from petdesk.gui.backups.dialog import BackupsDialog
from petdesk.gui.contacts.import_dialog import ImportDialog as ContactsImportDialog
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.gui.encryption import ENCRYPT, EncryptionDialog
from petdesk.gui.follow_ups.panel import PostponeDialog
from petdesk.gui.forget_office import ForgetOfficeDialog
from petdesk.gui.help import AboutDialog
from petdesk.gui.history.deleted import DeletedDialog
from petdesk.gui.history.dialog import HistoryDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.parts import MilestoneDialog, PartnerPickDialog
from petdesk.gui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTabWidget,
    QWidget,
)
from petdesk.gui.settings.dialog import SettingsDialog
from petdesk.gui.shortcut_log import ambiguity_logged
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.gui.sync.import_dialog import ImportDialog as SyncImportDialog
from petdesk.gui.tags.manage import ManageTagsDialog
from petdesk.gui.trainings.edit import SessionDialog
from petdesk.gui.visits.item import ItemDialog
from petdesk.gui.welcome import WelcomeDialog
from tests.gui.test_accessible_names import all_editors, first_id, keyboard_dialogs
from tests.helpers.editors import loaded
from tests.helpers.shortcut_map import ambiguous_keys, could_show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def clashes_in_every_tab(window: QWidget, windows: list[QWidget]) -> dict[str, set[str]]:
    """The ambiguous keys of ``window`` as it is, then with each tab of each tab widget shown; bars
    and buttons hidden for now count as shown (``could_show``)."""
    found = ambiguous_keys(window, windows, could_show)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                for key, names in ambiguous_keys(window, windows, could_show).items():
                    found.setdefault(key, set()).update(names)
        tabs.setCurrentIndex(current)
    return found


#: Both languages: buttons' Alt+letters differ (取消(&C) and 选择(&C)… once shared one).
LOCALES = ["en", "zh_CN"]


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest, translators) -> str:  # type: ignore[no-untyped-def]
    translators(request.param)
    return str(request.param)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, locale: str) -> MainWindow:
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_page_of_the_main_window_binds_a_key_twice(qtbot: QtBot, window: MainWindow) -> None:
    problems: dict[str, dict[str, set[str]]] = {}
    for row in range(window.nav.count()):
        window.go_to_row(row)
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda p=page: p.isVisible())
        # A current row opens the detail panes (a contact's follow-ups panel has keys of its own).
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if (
                view.isVisible()
                and model is not None
                and model.rowCount()
                and not view.currentIndex().isValid()
            ):
                view.setCurrentIndex(model.index(0, 0))
        if found := clashes_in_every_tab(window, [window]):
            problems[window.nav.item(row).text()] = found
    assert problems == {}


def test_no_editor_or_dialog_binds_a_key_twice(
    qtbot: QtBot, window: MainWindow, demo_db: Database, locale: str
) -> None:
    db = demo_db
    makers: list[Callable[[], QWidget]] = [
        *all_editors(db, locale),
        *keyboard_dialogs(db, locale),
        lambda: ExportDialog(db, window),
        lambda: SyncImportDialog(db, window),
        lambda: ContactsImportDialog(db, locale, window),
        lambda: MergeDialog(db, locale),
        lambda: SettingsDialog(window),
        lambda: BackupsDialog(db.path, window),
        lambda: DeletedDialog(db, window),
        lambda: HistoryDialog(db, "visit", first_id(db, "visit"), locale=locale),
        lambda: ActivityLogDialog(db, locale, parent=window),
        lambda: ManageTagsDialog(db, parent=window),
        lambda: MilestoneDialog(locale),
        lambda: WelcomeDialog(db, locale),
        lambda: EncryptionDialog(db.path, ENCRYPT, window, database=db),
        lambda: ForgetOfficeDialog(window),
        lambda: AboutDialog(window),
        lambda: ItemDialog(locale=locale, timezone="Asia/Shanghai", day=dt.date(2026, 12, 7), people=[]),
        lambda: PostponeDialog(dt.date(2026, 12, 7), window),
        lambda: SessionDialog(timezone="Asia/Shanghai", day=dt.date(2026, 12, 7), trainers=[], locale=locale),
        lambda: PartnerPickDialog(db, locale, window),
    ]
    problems: dict[str, dict[str, set[str]]] = {}
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        if hasattr(dialog, "is_busy"):
            loaded(qtbot, dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # The main window stays open beside it: its application-wide keys work in the dialog too.
        if found := clashes_in_every_tab(dialog, [window, dialog]):
            problems[type(dialog).__name__] = found
        dialog.close()
    assert problems == {}


def bind(owner: QWidget, keys: str, context: Qt.ShortcutContext) -> QAction:
    action = QAction(f"{keys} on {type(owner).__name__}", owner)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(context)
    owner.addAction(action)
    return action


def test_the_guard_finds_what_qt_would_find_ambiguous(qtbot: QtBot) -> None:
    """The training editor's clash (a second Ctrl+Z for a widget inside the editor's), a window-wide
    key against a widget's, a key in a bar shown later, two Alt+letters; not keys a text box takes
    first."""
    context = Qt.ShortcutContext
    host = QWidget()
    qtbot.addWidget(host)
    child = QPushButton("child", host)
    bind(host, "Ctrl+Z", context.WidgetWithChildrenShortcut)
    bind(child, "Ctrl+Z", context.WidgetShortcut)
    window_wide = bind(host, "Ctrl+F", context.WindowShortcut)
    bind(child, "Ctrl+F", context.WidgetShortcut)
    # A text box takes Ctrl+A (select all) before the shortcut map: two actions there never meet.
    box = QLineEdit(host)
    bind(box, "Ctrl+A", context.WidgetShortcut)
    bind(box, "Ctrl+A", context.WidgetWithChildrenShortcut)
    # An undo bar shown after a delete, inside the host that has Ctrl+D too.
    bar = QWidget(host)
    QPushButton("undo", bar)
    bind(host, "Ctrl+D", context.WidgetWithChildrenShortcut)
    QShortcut(QKeySequence("Ctrl+D"), bar).setContext(context.WidgetWithChildrenShortcut)
    bar.hide()
    # A label's Alt+letter against a button's (the Projects page's &Export… took the menu bar's &Edit).
    QLabel("&Name:", host).setBuddy(box)
    QPushButton("&New", host)
    host.show()
    qtbot.waitExposed(host)
    assert set(ambiguous_keys(host, [host])) == {"Ctrl+Z", "Ctrl+F", "Alt+N"}
    assert set(ambiguous_keys(host, [host], could_show)) == {"Ctrl+Z", "Ctrl+F", "Ctrl+D", "Alt+N"}
    # On the host alone (not window-wide), Ctrl+F no longer reaches the child's focus.
    window_wide.setShortcutContext(context.WidgetShortcut)
    assert set(ambiguous_keys(host, [host])) == {"Ctrl+Z", "Alt+N"}


def test_an_ambiguous_key_is_logged(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    """Pressed where two QShortcuts share it, the key runs neither and says so in the debug log."""
    host = QLineEdit()
    host.setObjectName("host")
    qtbot.addWidget(host)
    ran: list[str] = []
    for name in ("first", "second"):
        shortcut = ambiguity_logged(QShortcut(QKeySequence("Ctrl+J"), host))
        shortcut.activated.connect(lambda n=name: ran.append(n))
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is host)
    with caplog.at_level(logging.DEBUG, logger="petdesk.gui.shortcut_log"):
        qtbot.keyClick(host, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "ambiguous shortcut Ctrl+J on QLineEdit#host" in caplog.text)
    assert ran == []
