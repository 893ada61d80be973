"""The home page's figures wait for the window's first paint (issue 17): opening the window on
100,000 contacts, their read competed with the shown page's first rows for the GIL."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.first_paint import first_paint_pending
from petdesk.gui.main_window import MainWindow
from petdesk.services import contacts as contact_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def filled(db: Database) -> Database:
    with db.transaction() as s:
        for given in ("Wei", "Lan", "Jun"):
            contact_service.create_contact(s, family_name="Zhang", given_name=given)
    return db


def _opened(qtbot, db: Database) -> tuple[MainWindow, object]:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    assert window.page_keys[0] == "home"
    window.show_page("home")
    window.show()
    return window, window.page("home")


def test_home_figures_are_read_after_the_first_paint_and_arrive(qtbot, filled: Database) -> None:
    _window, home = _opened(qtbot, filled)
    assert home.isVisible()
    assert home._generation == 0  # type: ignore[attr-defined]  # shown, not read yet: the paint goes first
    assert home.greeting.text() == ""  # type: ignore[attr-defined]
    with qtbot.waitSignal(home.loaded, timeout=10_000):  # type: ignore[attr-defined]
        pass
    assert home.greeting.text().startswith("Today is")  # type: ignore[attr-defined]


def test_first_rows_show_while_the_hidden_home_reads_nothing(qtbot, filled: Database) -> None:
    window, home = _opened(qtbot, filled)
    contacts = window.show_page("contacts")  # chosen before the first paint, as a restored page is
    model = contacts.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.total == 3, timeout=10_000)
    qtbot.waitUntil(lambda: not first_paint_pending(window), timeout=5_000)
    qtbot.wait(50)  # the jobs that waited for it have run
    assert home._generation == 0  # type: ignore[attr-defined]  # no read of figures nobody sees
    with qtbot.waitSignal(home.loaded, timeout=10_000):  # type: ignore[attr-defined]
        window.show_page("home")
    assert home.greeting.text().startswith("Today is")  # type: ignore[attr-defined]
