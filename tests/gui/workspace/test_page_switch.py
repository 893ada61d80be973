"""Pages are built in idle time once the window is up, so a page switch shows a built page (issue 10).

The first show of a page built on the click was 25-120 ms of GUI-thread work on 100,000 contacts
(300-450 ms of stall on a loaded machine): ``benchmarks/gui.py`` has the figures."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import warmup
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import background_busy
from petdesk.gui.qt import QListWidget
from petdesk.gui.record_list import RecordListPage
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.show_page("contacts")
    return window


def test_idle_time_builds_the_pages_not_shown_yet_hidden_and_once(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    keys = window.page_keys
    assert not all(window.is_page_built(k) for k in keys)
    done: list[bool] = []
    window.build_pages_when_idle(then=lambda: done.append(True))
    # A page the user opens meanwhile is built by the click, not again by the idle work.
    visits = window.show_page("visits")
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert all(window.is_page_built(k) for k in keys)
    assert window.page("visits") is visits
    assert window.stack.currentWidget() is visits  # the idle work showed nothing
    shown = [k for k in keys if window.page(k).isVisible()]
    assert shown == ["visits"]


def test_idle_building_waits_while_background_work_runs(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from petdesk.gui import main_window
    from petdesk.gui.operations import run_in_background

    window = _window(qtbot, db)
    qtbot.waitUntil(lambda: not background_busy(), timeout=10_000)  # the first page's reads
    release = threading.Event()
    run_in_background(lambda: release.wait(10))
    looked: list[bool] = []  # what each of the idle work's turns found (the real answer, recorded)

    def busy() -> bool:
        looked.append(background_busy())
        return looked[-1]

    monkeypatch.setattr(main_window, "background_busy", busy)
    done: list[bool] = []
    window.build_pages_when_idle(then=lambda: done.append(True))
    # not a fixed wait: three turns of the idle work that found the work running, and built nothing
    qtbot.waitUntil(lambda: looked.count(True) >= 3, timeout=10_000)
    assert not window.is_page_built("organisations")
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert all(window.is_page_built(k) for k in window.page_keys)


def test_a_page_built_in_idle_time_shows_what_changed_after_it_was_built(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db)
    done: list[bool] = []
    window.build_pages_when_idle(then=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    page = window.page("organisations")
    assert isinstance(page, RecordListPage) and not page.isVisible()
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=5000)
    from petdesk.gui.operations import ORGANISATION, Changes, write_op

    write_op(
        db,
        lambda s: organisations.create_organisation(s, name_en="Shown Later Ltd").id,
        changes=Changes.of(ORGANISATION),
    )
    assert window.show_page("organisations") is page  # not built again
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model.row_text(0) == "Shown Later Ltd"


def test_the_first_window_builds_its_pages_after_the_warm_up(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.unfreeze()
    monkeypatch.setattr(warmup, "_freezes_left", 2)  # as in a fresh process
    window = _window(qtbot, db)
    qtbot.waitUntil(warmup.settled, timeout=30_000)
    assert all(window.is_page_built(k) for k in window.page_keys)
    assert window.stack.currentWidget() is window.page("contacts")


def test_a_project_board_filled_while_hidden_measures_its_cards_before_it_is_shown(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt measures a hidden list's items only once it is shown (its delayed layout waits for
    that): the board built in idle time measures them when its projects arrive, so its first
    show only paints."""
    import datetime as dt

    from petdesk.gui.projects.board import StageColumn
    from petdesk.models.enums import ProjectStatus
    from petdesk.services import projects as project_service

    with db.transaction() as s:
        for n in range(60):
            project_service.create_project(
                s, title_en=f"Project {n:02d}", stage=ProjectStatus.IDEA, on=dt.date(2026, 10, 1)
            )
    laid_out: list[bool] = []

    def do_items_layout(column: StageColumn) -> None:
        laid_out.append(column.isVisible())
        QListWidget.doItemsLayout(column)

    monkeypatch.setattr(StageColumn, "doItemsLayout", do_items_layout, raising=False)
    window = _window(qtbot, db)
    page = window.page("projects")  # built, not shown
    board = page.board  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: board.filled, timeout=5000)
    assert board.columns[ProjectStatus.IDEA].count() == 60
    assert laid_out and not any(laid_out)  # measured while hidden
    window.show_page("projects")
    column = board.columns[ProjectStatus.IDEA]
    assert column.isVisible()
    qtbot.waitUntil(lambda: column.verticalScrollBar().maximum() > 0, timeout=5000)


def test_the_calendar_reminders_are_described_off_the_gui_thread(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    import threading

    from petdesk.gui.calendar.reminders import RemindersPanel
    from petdesk.services import reminders as reminder_service
    from petdesk.services import visits as visit_service

    soon = dt.date.today() + dt.timedelta(days=3)
    with db.transaction() as s:
        visit_service.create_visit(s, title_en="Soon", start_date=soon, end_date=soon)
    described_in: list[str] = []
    describe = reminder_service.Reminder.describe

    def recorded(self: reminder_service.Reminder, locale: str, today: dt.date) -> str:
        described_in.append(threading.current_thread().name)
        return describe(self, locale, today)

    monkeypatch.setattr(reminder_service.Reminder, "describe", recorded)
    panel = RemindersPanel(db, "en")
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        pass
    texts = panel.model.texts()
    assert any("Visit “Soon”" in t for t in texts), texts
    assert described_in and threading.main_thread().name not in described_in


def test_building_a_list_page_writes_no_settings(qtbot: QtBot, db: Database) -> None:
    """The hidden columns are read when a page is built and written only when the user changes
    them (a settings write and its sync to disk per page was a fifth of a page's first show)."""
    from petdesk.gui.qt import QSettings

    QSettings().remove("columns/organisation")
    window = _window(qtbot, db)
    page = window.page("organisations")
    assert isinstance(page, RecordListPage)
    assert not QSettings().contains("columns/organisation")
    page.set_hidden_columns(["city"])
    assert QSettings().value("columns/organisation") == ["city"]


def test_the_home_page_keeps_its_lists_when_a_show_reads_the_same(qtbot: QtBot, db: Database) -> None:
    """Home reads again on every show (what was opened meanwhile); an equal answer keeps the
    lists as they are instead of refilling and repainting them. Hidden, it reads on its next show,
    not on every change made elsewhere."""
    import datetime as dt

    from petdesk.gui.operations import VISIT, Changes, announce
    from petdesk.gui.qt import Qt
    from petdesk.services import visits as visit_service

    soon = dt.date.today() + dt.timedelta(days=3)
    with db.transaction() as s:
        visit_service.create_visit(s, title_en="Soon", start_date=soon, end_date=soon)
    window = _window(qtbot, db)
    home = window.page("home")
    with qtbot.waitSignal(home.loaded, timeout=10_000):  # type: ignore[attr-defined]
        window.show_page("home")
    marker = Qt.ItemDataRole.UserRole + 99
    home.upcoming.item(0).setData(marker, "kept")  # type: ignore[attr-defined]
    window.show_page("contacts")
    generation = home._generation  # type: ignore[attr-defined]
    announce(Changes.of(VISIT))
    assert home._generation == generation  # type: ignore[attr-defined]
    with qtbot.waitSignal(home.loaded, timeout=10_000):  # type: ignore[attr-defined]
        window.show_page("home")
    assert home.upcoming.item(0).data(marker) == "kept"  # type: ignore[attr-defined]
    # A change while shown reads again, and a different answer fills the lists again.
    with db.transaction() as s:
        visit_service.create_visit(s, title_en="Also soon", start_date=soon, end_date=soon)
    with qtbot.waitSignal(home.loaded, timeout=10_000):  # type: ignore[attr-defined]
        announce(Changes.of(VISIT))
    assert home.upcoming.count() == 2  # type: ignore[attr-defined]
    assert all(home.upcoming.item(i).data(marker) is None for i in range(2))  # type: ignore[attr-defined]


def test_a_hidden_calendar_reads_a_changed_visit_on_its_next_show(qtbot: QtBot, db: Database) -> None:
    """Built hidden in idle time, the calendar reads again when it is shown, not on every change
    to a visit (three reads each: GIL time taken from the window in front)."""
    import datetime as dt

    from petdesk.gui.operations import VISIT, Changes, announce
    from petdesk.services import visits as visit_service

    window = _window(qtbot, db)
    calendar: Any = window.page("calendar")
    with qtbot.waitSignal(calendar.loaded, timeout=5000):  # its first read, at build
        pass
    reads: list[int] = []
    read = calendar.reload
    calendar.reload = lambda: (reads.append(1), read())
    today = dt.date.today()
    with db.transaction() as s:
        visit_service.create_visit(s, title_en="Harbour tour", start_date=today, end_date=today)
    announce(Changes.of(VISIT))
    assert not reads  # hidden: nothing read
    with qtbot.waitSignal(calendar.loaded, timeout=5000):
        window.show_page("calendar")
    assert reads == [1]
    assert any(e.title("en") == "Harbour tour" for e in calendar.month_model.events)
