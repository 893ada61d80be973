"""The clash list under the visit editor's tabs shows its first warning whole at 1024×640 (shots51:
the splitter squeezed the list to a sliver and cut the warning's line in half, in both languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.visits.list import VisitsPage
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_first_clash_reads_whole_at_1024(qtbot, db: Database, locale: str, translators) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Gdańsk", title_zh="格但斯克", start_date=dt.date(2027, 5, 18),
            end_date=dt.date(2027, 5, 18),
        )  # fmt: skip
        guest = cs.create_contact(s, given_name="Ewa", family_name="Nowak", given_name_zh="埃娃")
        vs.add_participant(s, v.id, guest.id, ParticipantRole.DELEGATE)
        for title, hour in (("Port", 10), ("Mayor", 11)):
            vs.add_item(
                s, v.id, start=dt.datetime(2027, 5, 18, hour), end=dt.datetime(2027, 5, 18, hour + 2),
                title_en=title, attendee_ids=[guest.id],
            )  # fmt: skip
        visit_id = v.id
    win = MainWindow(db, locale=locale)
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.resize(1024, 640)
    qtbot.waitUntil(lambda: bool(editor.clash_texts()) and editor.clashes.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: editor.clashes.viewport().height() > 0, timeout=5000)
    first = editor.clashes.visualItemRect(editor.clashes.item(0))
    assert first.height() > 0
    # seen in the window, not only in the list: the editor's scroll area cut the list off below
    seen = editor.clashes.viewport().visibleRegion().boundingRect()
    assert seen.contains(first), (first, seen)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_without_clashes_the_tabs_take_the_room(qtbot, db: Database, locale: str, translators) -> None:  # type: ignore[no-untyped-def]
    """ "No clashes" takes its line and no more (shots51b: at 1024×640 the tabs scrolled above 60
    empty pixels, the pane kept its fifth of the editor for a list it hid)."""
    translators(locale)
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Gdańsk", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 18)
        ).id
    win = MainWindow(db, locale=locale)
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.resize(1024, 640)
    title = editor.clash_title
    qtbot.waitUntil(lambda: bool(title.text()) and not editor.clashes.isVisible(), timeout=10000)
    pane = title.parentWidget()
    # its line whole, no more
    qtbot.waitUntil(lambda: pane.height() == title.height() == title.sizeHint().height(), timeout=5000)
    assert title.isVisible()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_long_clash_wraps_instead_of_scrolling_sideways(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locale: str, translators
) -> None:
    """Field test 83: at 1077 px (a 1366 px screen at 125 %) the sentence ran on one line behind a
    sideways scroll bar, and its end, the second item's name and time, was out of sight."""
    translators(locale)
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Haikou", title_zh="海口", start_date=dt.date(2027, 2, 27),
            end_date=dt.date(2027, 2, 27),
        )  # fmt: skip
        for given, family in (("Anna", "Laine"), ("Juha", "Laine")):
            guest = cs.create_contact(s, given_name=given, family_name=family)
            vs.add_participant(s, v.id, guest.id, ParticipantRole.DELEGATE)
        people = [p.contact_id for p in vs.get_visit(s, v.id).participants]
        for title, hour in (
            ("G 27 Beijing South – Haikou station, high-speed train", 7),
            ("Welcome meeting with the Hainan Department of Ecology and Environment", 8),
        ):
            vs.add_item(
                s, v.id, start=dt.datetime(2027, 2, 27, hour), end=dt.datetime(2027, 2, 27, hour + 2),
                title_en=title, attendee_ids=people,
            )  # fmt: skip
        visit_id = v.id
    win = MainWindow(db, locale=locale)
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    editor.resize(1077, 574)
    clashes = editor.clashes
    qtbot.waitUntil(lambda: bool(editor.clash_texts()) and clashes.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: clashes.viewport().height() > 0, timeout=5000)
    line = clashes.fontMetrics().lineSpacing()
    first = clashes.visualItemRect(clashes.item(0))
    assert clashes.fontMetrics().horizontalAdvance(editor.clash_texts()[0]) > clashes.viewport().width()
    assert clashes.horizontalScrollBar().maximum() == 0
    assert first.right() <= clashes.viewport().width() and first.height() >= 2 * line  # over lines
    seen = clashes.viewport().visibleRegion().boundingRect()
    assert seen.contains(first), (first, seen)
