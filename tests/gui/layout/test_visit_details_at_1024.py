"""layout55: the visit editor's Details tab scrolled by about 160 px on a 1024×640 screen (578 px
of fields for 418 px of room; 574 in Chinese) once Country and Head count were added. Its short
fields now stand two to a row and its text boxes are three lines high: no scroll bar, each input
still named, and Tab still goes left to right, then down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.qt import QLabel, QScrollArea, QWidget
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers.accessible_names import spoken_name
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
#: A 1024×640 screen less the window's frame and title bar (screen_fit.FRAME_*).
EDITOR_SIZE = (1008, 600)
#: The room the screenshot pass measured for the tab (the clash list below it takes more than
#: "No clashes" when it lists some): the fields must fit it, not only this test's larger room.
LEAST_ROOM = 418


@pytest.fixture
def editor(qtbot: QtBot, translators, demo_db: Database, request) -> Iterator[VisitEditor]:  # type: ignore[no-untyped-def]
    """A visit's editor at 1024×640 in ``request.param``'s language, the main window's features
    (Dossier, Name cards, the toolbar's icons) in its toolbar."""
    translators(request.param)
    main = MainWindow(demo_db, locale=request.param)
    qtbot.addWidget(main)
    with demo_db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Bonn study visit on sponge cities", title_zh="波恩海绵城市考察",
            start_date=dt.date(2027, 6, 1), end_date=dt.date(2027, 6, 4),
        ).id  # fmt: skip
    editor = VisitEditor(demo_db, locale=request.param, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    loaded(qtbot, editor)
    yield editor
    editor.set_clean()
    editor.close()


@pytest.mark.parametrize("editor", ["en", "zh_CN"], indirect=True)
def test_the_visit_details_need_no_scroll_bar(qtbot: QtBot, editor: VisitEditor) -> None:
    assert editor.tabs.currentIndex() == 0
    area = editor.tabs.widget(0).findChild(QScrollArea, "screen_fit_scroll")  # Details scrolls inside its tab
    assert area is not None
    qtbot.waitUntil(lambda: area.viewport().height() > 300, timeout=5000)
    needed = area.widget().minimumSizeHint().height()
    assert needed <= min(LEAST_ROOM, area.viewport().height()), f"{needed} px for {area.viewport().height()}"
    # (the scroll bars follow the layout's pass, a moment after the resize)
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible(), timeout=5000)
    assert not area.horizontalScrollBar().isVisible()
    # every field inside the tab's visible part
    bottom = area.viewport().height()
    for field in (editor.notes, editor.outcomes_zh, editor.head_count):
        assert field.mapTo(area.viewport(), field.rect().bottomLeft()).y() <= bottom


@pytest.mark.parametrize("editor", ["en", "zh_CN"], indirect=True)
def test_fields_two_to_a_row_keep_their_names_and_tab_order(qtbot: QtBot, editor: VisitEditor) -> None:
    tr = editor.tr
    # side by side: English left, Chinese right, on one line
    assert editor.title_en.y() == editor.title_zh.y() and editor.title_en.x() < editor.title_zh.x()
    assert abs(editor.country.y() - editor.head_count.y()) < 4  # (a spin box is a little shorter)
    names = {
        editor.title_en: tr("Title (English)"),
        editor.title_zh: tr("Title (Chinese)"),
        editor.head_count: without_mnemonic(tr("H&ead count")),
        editor.status_label: tr("Status"),
    }
    for field, name in names.items():
        assert spoken_name(field) == name, (field.objectName(), spoken_name(field))
    # the label inside a row names its field (a click on it or its shortcut goes there)
    buddies = {label.buddy() for label in editor.tabs.widget(0).findChildren(QLabel) if label.buddy()}
    assert {editor.head_count, editor.zone, editor.country, editor.direction} <= buddies
    # Tab: left to right, then down
    order = [editor.title_en, editor.title_zh, editor.direction, editor.start_date, editor.end_date]
    order += [editor.zone, editor.country, editor.head_count, editor.purpose_en, editor.purpose_zh]
    order += [editor.outcomes_en, editor.outcomes_zh, editor.notes]
    chain: list[QWidget] = []
    widget: QWidget = editor.title_en
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is editor.title_en:
            break
    positions = [next(i for i, w in enumerate(chain) if w is f or f.isAncestorOf(w)) for f in order]
    assert positions == sorted(positions), [f.objectName() or type(f).__name__ for f in order]
