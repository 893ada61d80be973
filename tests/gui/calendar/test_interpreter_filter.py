"""The calendar's person filter offers the interpreters booked for visits, and picking one shows
only the items they interpret, across visits (field test 94: it offered office staff only, and
the filtered calendar left out an interpreted item whose attendees were ticked without her)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.page import AGENDA, CalendarPage
from petdesk.gui.main_window import MainWindow
from petdesk.services import calendar as cs
from petdesk.services import visits as vs
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person
from tests.helpers.tree_window import tree_window_language


def _two_visits(db: Database) -> str:
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        head = person(s, "Jens", "Becker")
        for title, day, meeting in (
            ("Hamburg port delegation", 11, "Port visit"),
            ("Kiel group", 12, "Talks"),
        ):
            visit = vs.create_visit(
                s, title_en=title, start_date=dt.date(2027, 5, day), end_date=dt.date(2027, 5, day)
            )
            vs.add_participant(s, visit.id, head.id, "head")
            item = vs.add_item(
                s, visit.id, title_en=meeting, start=dt.datetime(2027, 5, day, 9),
                end=dt.datetime(2027, 5, day, 11), attendee_ids=[head.id],
            )  # fmt: skip
            vs.add_item(
                s, visit.id, title_en=f"{meeting} dinner", start=dt.datetime(2027, 5, day, 19),
                end=dt.datetime(2027, 5, day, 21), attendee_ids=[head.id],
            )  # fmt: skip
            set_item_protocol(s, item.id, interpreter_contact_id=li.id)
        return li.id


def test_an_interpreters_calendar_in_the_window(qtbot, db: Database, monkeypatch) -> None:
    li = _two_visits(db)
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    window.show_page("calendar")
    with qtbot.waitSignal(page.filters_filled, timeout=10000):
        page.refresh()
    assert page.staff.findData(li) > 0
    page.set_mode(AGENDA)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.go_to(dt.date(2027, 5, 10))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.staff.setCurrentIndex(page.staff.findData(li))
    items = [e.title_en for e in page.agenda_model.events if e.kind == cs.ITEM]
    assert items == ["Port visit", "Talks"]


@pytest.mark.parametrize(("locale", "everyone"), [("en", "Everyone"), ("zh_CN", "全部人员")])
def test_the_unfiltered_choice_leaves_no_interpreter_out(  # type: ignore[no-untyped-def]
    qtbot, db: Database, translators, request: pytest.FixtureRequest, locale: str, everyone: str
) -> None:
    """The filter is "Staff or interpreter"; its first choice said "All staff", as if the interpreters
    it now lists were not among them (shots54)."""
    _two_visits(db)
    tree_window_language(translators, locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    window.show_page("calendar")
    with qtbot.waitSignal(page.filters_filled, timeout=10000):
        page.refresh()
    assert page.staff.itemText(0) == everyone and page.staff.itemData(0) is None
