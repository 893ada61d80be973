"""The home page, Ctrl+K, back/forward, print preview and icons in the real window."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.colours import WARNING, tone
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QColor, QKeySequence, Qt
from petdesk.models.enums import ProjectStatus
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def _close_editors(win: MainWindow) -> None:
    for editor in list(getattr(win.page("visits"), "editors", [])):
        editor.set_clean() if hasattr(editor, "set_clean") else None
        editor.close()


def test_home_lists_an_overdue_follow_up_and_opens_it(qtbot, db: Database, window: MainWindow) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        owner = person(s, "Xinwen", "Cui", "崔心雯", family_first=True)
        visit = vs.create_visit(
            s, title_en="Delegation from Singapore", title_zh="新加坡代表团来访",
            start_date=today - dt.timedelta(days=20), end_date=today - dt.timedelta(days=18),
        )  # fmt: skip
        late = vs.add_follow_up(
            s, visit.id, description_en="Send the minutes to Singapore", owner_id=owner.id,
            due_date=today - dt.timedelta(days=3),
        )  # fmt: skip
        visit_id, late_id = visit.id, late.id
    assert window.page_keys[0] == "home"
    home = window.show_page("home")
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    item = home.item_for("follow_ups", "Send the minutes to Singapore")
    assert item is not None
    assert "was due 3 days ago" in item.text() and "Cui Xinwen" in item.text()
    assert item.foreground().color().name() == "#b54708"  # overdue shows as a warning

    widget = home.follow_ups
    rect = widget.visualItemRect(item)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    visits = window.page("visits")
    qtbot.waitUntil(lambda: len(visits.editors) == 1, timeout=5_000)
    editor = editors.loaded(qtbot, visits.editors[0])  # read off the GUI thread
    assert window.stack.currentWidget() is visits
    assert editor.visit_id == visit_id
    assert editor.tabs.currentIndex() == 3  # the Follow-ups tab, with the follow-up selected
    assert not editor.save_action.icon().isNull()  # the editor's toolbar has icons too
    selected = editor.follow_view.selectionModel().selectedRows()
    assert [editor.follow_model.ids()[i.row()] for i in selected] == [late_id]
    # The visit is now a recently opened record on the home page.
    window.show_page("home")
    qtbot.waitUntil(lambda: home.item_for("recent", "Delegation from Singapore") is not None, timeout=5_000)
    _close_editors(window)


def test_home_lists_fifty_entries_a_section_and_a_line_to_the_page_of_all(
    qtbot, db: Database, window: MainWindow
) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        for days in range(52):  # late by 52..1 days
            vs.add_follow_up(
                s, None, description_en=f"Late {days}", due_date=today - dt.timedelta(days=52 - days)
            )
        for days in range(53):
            s.add(
                m.Project(
                    title_en=f"Call {days}", status=ProjectStatus.PREPARING,
                    deadline=today + dt.timedelta(days=days),
                )
            )  # fmt: skip
    home = window.show_page("home")
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    texts = home.entry_texts("follow_ups")
    assert len(texts) == 51 and "Late 0" in texts[0] and "Late 49" in texts[49]
    assert texts[50] == "2 more — see all on the Calendar page"
    deadlines = home.entry_texts("deadlines")
    assert len(deadlines) == 51 and "Call 0" in deadlines[0]
    assert deadlines[50] == "3 more — see all on the Projects page"
    for section, row, page in (("follow_ups", 50, "calendar"), ("deadlines", 50, "projects")):
        window.show_page("home")
        widget = home.sections()[section]
        rect = widget.visualItemRect(widget.item(row))
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentWidget() is window.page(page)


def test_ctrl_k_finds_a_visit_by_pinyin(qtbot, db: Database, window: MainWindow) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Delegation", title_zh="新加坡代表团来访",
            start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 2),
        )  # fmt: skip
        vs.create_visit(s, title_en="Other", start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 2))
        s.add(m.Technology(name_en="Membrane bioreactor", name_zh="膜生物反应器"))
        visit_id = visit.id
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_search
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.box, "xinjiapo")
    # Typing pauses before each search; the list settles on the visit whose Chinese title matches.
    qtbot.waitUntil(lambda: [e.title_zh for e in dialog.entries()] == ["新加坡代表团来访"], timeout=10_000)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    visits = window.page("visits")
    qtbot.waitUntil(lambda: len(visits.editors) == 1, timeout=5_000)
    assert visits.editors[0].visit_id == visit_id
    assert not dialog.isVisible()
    _close_editors(window)

    # Empty, the box lists the records opened last (the closed editor leaves no active window
    # offscreen, so the menu action stands in for the key this time).
    window.navigation_actions["search_everything"].trigger()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.shown_results, timeout=10_000):
        dialog.box.clear()
    assert [e.ref.id for e in dialog.entries()] == [visit_id]
    qtbot.keyClicks(dialog.box, "mo sheng")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # before the pause is over: it searches, then opens
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page("technologies"), timeout=10_000)
    assert [e.title_en for e in dialog.entries()] == ["Membrane bioreactor"]


def test_back_and_forward_walk_pages_and_records(qtbot, db: Database, window: MainWindow) -> None:
    with db.transaction() as s:
        owner = person(s, "Na", "Li", "李娜", family_first=True)
        owner_id = owner.id
    from petdesk.gui import operations
    from petdesk.services.home import CONTACT, Ref

    operations.announce(operations.Changes.of(operations.CONTACT))  # as the window's own writes do

    window.show_page("home")
    window.show_page("visits")
    window.navigator.open(Ref(CONTACT, owner_id))
    contacts = window.page("contacts")
    assert window.stack.currentWidget() is contacts
    back = window.navigation_actions["back"]
    assert back.shortcut() == QKeySequence("Alt+Left")
    back.trigger()
    assert window.stack.currentWidget() is window.page("visits")
    back.trigger()
    assert window.stack.currentWidget() is window.page("home")
    window.navigation_actions["forward"].trigger()
    window.navigation_actions["forward"].trigger()
    assert window.stack.currentWidget() is contacts
    qtbot.waitUntil(lambda: contacts.current_id() == owner_id, timeout=5_000)
    assert not window.navigation_actions["forward"].isEnabled()


def test_icons_follow_the_palette(qtbot, window: MainWindow) -> None:
    from petdesk.gui import icons
    from petdesk.gui.qt import QPalette

    row = window.page_keys.index("visits")
    assert not window.nav.item(row).icon().isNull()
    assert not window.navigation_actions["search_everything"].icon().isNull()
    from petdesk.gui.qt import QToolButton

    new_button = window.page("visits").findChild(QToolButton, "button_new")
    assert new_button is not None and not new_button.defaultAction().icon().isNull()
    assert new_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    app = QApplication.instance()
    old = app.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        assert not icons.is_dark()
        app.setPalette(dark)
        assert icons.is_dark()

        def light_strokes() -> bool:
            image = window.nav.item(row).icon().pixmap(24, 24).toImage()
            pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
            inked = [c for c in pixels if c.alpha() > 200]
            return bool(inked) and all(c.lightness() > 200 for c in inked)

        assert not light_strokes()  # still the light palette's dark strokes
        qtbot.waitUntil(light_strokes, timeout=5_000)  # re-tinted when the palette changed
    finally:
        app.setPalette(old)
    assert not icons.is_dark()


def test_home_shows_an_overdue_deadline_as_overdue(qtbot, db: Database, window: MainWindow) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        s.add(
            m.Project(
                title_en="Missed call", status=ProjectStatus.PREPARING, deadline=today - dt.timedelta(days=3)
            )
        )
        s.add(
            m.Project(
                title_en="Report to funder",
                status=ProjectStatus.RUNNING,
                deadline=today + dt.timedelta(days=3),
            )
        )
    home = window.show_page("home")
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    missed = home.item_for("deadlines", "Missed call")
    assert missed is not None and "was due" in missed.text()
    assert missed.foreground().color().name() == tone(WARNING).name()
    running = home.item_for("deadlines", "Report to funder")
    assert running is not None and "was due" not in running.text()
