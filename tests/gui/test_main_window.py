"""The main window opens on a real database and shows its rows."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QSettings, Qt
from petdesk.gui.table_model import IdRole


@pytest.fixture
def filled_db(db: Database) -> Database:
    with db.transaction() as s:
        org = m.Organisation(
            name_en="Qingdao Municipal Bureau of Ecology and Environment", name_zh="青岛市生态环境局"
        )
        s.add(org)
        s.flush()
        for family, given, fzh, gzh in [
            ("Zhang", "Wei", "张", "伟"),
            ("Li", "Na", "李", "娜"),
            ("Wang", "Fang", "王", "芳"),
        ]:
            c = m.Contact(
                family_name=family,
                given_name=given,
                family_name_zh=fzh,
                given_name_zh=gzh,
                name_order="family_first",
            )
            s.add(c)
            s.flush()
            s.add(
                m.Affiliation(
                    contact_id=c.id, organisation_id=org.id, position_en="Director", position_zh="处长"
                )
            )
        s.add(
            m.Visit(
                title_en="Malmö delegation",
                title_zh="马尔默代表团来访",
                start_date=dt.date(2026, 12, 1),
                end_date=dt.date(2026, 12, 4),
                host_organisation_id=org.id,
            )
        )
    return db


def test_window_shows_real_rows(qtbot, filled_db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("en")  # the English plural forms of the status bar's counts
    window = MainWindow(filled_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    assert window.page_keys[:5] == ["home", "organisations", "contacts", "visits", "trainings"]

    contacts = window.show_page("contacts")
    model = contacts.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)  # rows are read off the GUI thread
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"Zhang Wei", "Li Na", "Wang Fang"} <= names or len(names) == 3
    assert model.index(0, 0).data(IdRole)

    orgs = window.show_page("organisations")
    qtbot.waitUntil(lambda: orgs.table.model().rowCount() == 1, timeout=5000)
    visits = window.show_page("visits")
    qtbot.waitUntil(lambda: visits.table.model().rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: "organisation" in window.status_label.text(), timeout=10_000)
    # one of each in the singular (it said "1 organisations · 3 contacts · 1 visits")
    assert window.status_label.text().endswith(" · 1 organisation · 3 contacts · 1 visit")


def test_window_remembers_geometry_and_page(qtbot, filled_db: Database) -> None:
    window = MainWindow(filled_db)
    qtbot.addWidget(window)
    window.resize(720, 480)
    window.show_page("visits")
    window.close()
    assert QSettings().value("window/page") == "visits"

    again = MainWindow(filled_db)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (720, 480)
    assert again.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "visits"


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_search_box_and_count_stay_whole_on_a_small_screen(
    qtbot, translators, demo_db: Database, locale
) -> None:  # type: ignore[no-untyped-def]
    """At 1024×640 the search box beside seven buttons shrank to a stub and the count to "300 contact"."""
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    for key in ("organisations", "contacts", "visits", "trainings"):
        page = window.show_page(key)
        qtbot.waitUntil(lambda page=page: page.count_label.text() != "", timeout=10_000)
        assert page.search.width() >= 300, (key, page.search.width())
        label = page.count_label
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), (key, label.text())
    # The calendar's time zone box stays in view (on the toolbar it went behind the » and left
    # "Time zone:"; it sits beside the period's title now, field test 63).
    calendar = window.show_page("calendar")
    qtbot.waitUntil(calendar.zone_box.isVisible, timeout=5_000)
    # ... and shows its zone's whole name at both sizes ("Coordinated Universal Ti" was cut).
    for width, height in ((1024, 640), (1366, 768)):
        window.resize(width, height)
        calendar.set_viewer_zone("UTC")
        box = calendar.zone_box
        qtbot.waitUntil(lambda box=box: box.width() >= box.fontMetrics().horizontalAdvance(box.currentText()))
        qtbot.waitUntil(lambda box=box: box.geometry().right() <= calendar.width())  # once laid out


def test_the_file_menu_begins_with_an_action_and_quit_is_set_apart(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field test 2, item 17: every feature's File action went below the separator above Quit,
    so the menu began with a separator."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    actions = window.menu("file").actions()
    assert len(actions) > 2
    assert not actions[0].isSeparator()
    assert actions[-1].text() == "&Quit" and actions[-2].isSeparator()
    assert not actions[-3].isSeparator()  # no two in a row
