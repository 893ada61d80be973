"""Field test 109, the findings left (Markus, keyboard only, a 1366×768 laptop at 150 %: the window's
room is 1366/1.5 × 768/1.5 logical pixels less the frame, the text as large as at 100 %).

1. The visit editor's tabs scrolled as one: once Tab reached the Delegation tab's lowest buttons
   the tab bar went up out of the window. Each page now scrolls inside its tab.
2. A person entered in Chinese alone had no "Name (other script)" in the delegation table.
3. The organisations' filter "Untouched for" read "Untouched f", and the detail pane scrolled
   sideways, its activity log cut at the edge: the filters wrap, the follow-ups' form puts a field
   under its label where the pane is narrow.
4. A toolbar button's keyboard focus was a faint light-blue box: now a 2 px outline in the
   highlight colour, at least 3:1 against the toolbar, in light and dark palettes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.colours import FOCUS_CONTRAST, contrast, focus_colour
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QColor, QLabel, QPalette, QPushButton, QScrollArea, Qt
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import activities
from petdesk.services import organisations as org_service
from petdesk.services import visits as vs
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
#: The editor's room on a 1366×768 screen at 150 % (logical pixels).
AT_150 = (1366 * 2 // 3 - FRAME_WIDTH, 768 * 2 // 3 - FRAME_HEIGHT)


def _visit(db: Database) -> str:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hub visit", start_date=dt.date(2026, 12, 7), end_date=dt.date(2026, 12, 8)
        )
        lu = m.Contact(family_name_zh="吕", given_name_zh="晓东")  # entered in Chinese alone
        s.add(lu)
        s.flush()
        vs.add_participant(s, visit.id, lu.id, "delegate")
        return visit.id


def _editor(qtbot: QtBot, db: Database, size: tuple[int, int]) -> VisitEditor:
    editor = VisitEditor(db, locale="en", visit_id=_visit(db))
    qtbot.addWidget(editor)
    editor.resize(*size)
    editor.show()
    editor.activateWindow()
    loaded(qtbot, editor)
    return editor


def test_the_tab_bar_stays_in_view_while_tab_reaches_the_lowest_button(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db, AT_150)
    tabs, bar = editor.tabs, editor.tabs.tabBar()
    tabs.setCurrentIndex(1)
    page = tabs.widget(1)
    qtbot.waitUntil(page.isVisible)
    top = bar.mapTo(editor, bar.rect().topLeft()).y()
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    lowest = max(buttons, key=lambda b: b.mapTo(page, b.rect().bottomLeft()).y())
    area = lowest.parentWidget()  # the scroll area the button is in (the page's own, now)
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    # the page is taller than its room at 150 % (else this test could not fail)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=5000)
    editor.replace_person.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(10):  # Tab by Tab down to the lowest button
        focused = QApplication.focusWidget()
        if focused is lowest:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is lowest
    # the lowest button scrolled into view inside the page …
    bottom = lowest.mapTo(area.viewport(), lowest.rect().bottomLeft()).y()
    assert 0 < bottom <= area.viewport().height()
    # … and the tab bar stayed where it was, whole: the user sees which tab is on
    assert bar.mapTo(editor, bar.rect().topLeft()).y() == top
    assert bar.visibleRegion().boundingRect() == bar.rect()
    editor.grab().save("/tmp/field109b_delegation_150.png")  # (looked at by hand)
    editor.close()


def test_a_name_in_chinese_alone_shows_its_pinyin_in_the_delegation(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db, (1000, 600))
    model = editor.people_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    other = headers.index(editor.tr("Name (other script)"))
    assert model.index(0, 0).data() == "吕晓东"
    assert model.index(0, other).data() == "Lyu Xiaodong"  # ü as a passport spells it (names61)
    editor.close()


def test_the_organisations_filters_and_detail_pane_fit_at_150(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(
            s, name_en="Tianjin Environmental Industry Investment Fund", name_zh="天津环境产业投资基金"
        )
        for n in range(3):
            activities.add_activity(
                s, subject=f"Call about the hub visit, part {n}", organisation_id=org.id, author="M. Weber"
            )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366 * 2 // 3, 768 * 2 // 3 - FRAME_HEIGHT)  # the laptop's room at 150 %
    window.show()
    page = window.show_page("organisations")
    page.select_id(org.id)
    detail = page.detail
    log = detail.timeline
    qtbot.waitUntil(lambda: log.isVisible() and log.topLevelItemCount() == 3, timeout=10000)
    labels = [
        label
        for key, box in page.filter_widgets.items()
        for label in box.parentWidget().findChildren(QLabel)
        if label.buddy() is box
    ]
    assert len(labels) == len(page.filter_widgets) == 3
    for label in labels:  # each filter's name whole ("Untouched for", not "Untouched f")
        qtbot.waitUntil(lambda label=label: label.width() >= label.sizeHint().width(), timeout=5000)
    # the pane does not scroll sideways: its content, the activity log with it, fits its width
    viewport = detail.viewport()
    qtbot.waitUntil(lambda: detail.widget().width() <= viewport.width(), timeout=5000)
    assert not detail.horizontalScrollBar().isVisible()
    right = log.mapTo(viewport, log.rect().topRight()).x()
    assert right < viewport.width()
    window.grab().save("/tmp/field109b_organisations_150.png")  # (looked at by hand)


def _dark() -> QPalette:
    """A dark palette as a desktop's dark mode gives (Fusion's window grey, a blue highlight)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_toolbar_button_shows_the_keyboard_focus_clearly(qtbot: QtBot, db: Database, dark: bool) -> None:
    editor = _editor(qtbot, db, (1000, 600))
    if dark:
        editor.setPalette(_dark())
    bar = editor.toolbar
    save = bar.widgetForAction(editor.save_action)
    confirm = bar.widgetForAction(editor.confirm_action)
    save.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(save, Qt.Key.Key_Tab)  # by keyboard, as the mark shows after a Tab only
    qtbot.waitUntil(confirm.hasFocus)
    palette = confirm.palette()
    mark = focus_colour(palette)
    ground = palette.color(QPalette.ColorRole.Window)
    assert contrast(mark, ground) >= FOCUS_CONTRAST
    shot = confirm.grab().toImage()
    width, height = shot.width(), shot.height()
    # a 2 px outline all round the button, in the mark's colour
    for x, y in ((width // 2, 0), (width // 2, 1), (0, height // 2), (width - 2, height // 2)):
        assert shot.pixelColor(x, y).name() == mark.name(), (x, y, shot.pixelColor(x, y).name())
    # … standing out from the toolbar around and inside it
    inside = shot.pixelColor(width // 2, 3)
    assert contrast(mark, inside) >= FOCUS_CONTRAST, (inside.name(), mark.name())
    editor.grab().save(f"/tmp/field109b_toolbar_focus_{'dark' if dark else 'light'}.png")
    # a button without the focus has no outline
    plain = save.grab().toImage()
    assert plain.pixelColor(plain.width() // 2, 1).name() != mark.name()
    editor.close()


def test_a_highlight_near_the_window_colour_is_moved_until_it_stands_out() -> None:
    palette = _dark()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#4a4a4a"))  # 1.3:1 on #353535
    mark = focus_colour(palette)
    assert contrast(mark, palette.color(QPalette.ColorRole.Window)) >= FOCUS_CONTRAST
    assert focus_colour(_dark()).name() == "#2a82da"  # one that stands out is kept as it is
