"""The Trainings page of the Chinese window shows each training's people and attendees, as
``petdesk trainings`` counts them (field test 89)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.list import TrainingsPage
from petdesk.services import trainings as ts
from tests.core.visits.data import person


@pytest.mark.usefixtures("tree_window_catalogue")  # this tree's Chinese window catalogue
def test_the_trainings_page_shows_people_and_attendees(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        training = ts.create_training(
            s,
            title_en="Wetlands",
            title_zh="湿地保护",
            start_date=dt.date(2026, 3, 2),
            end_date=dt.date(2026, 3, 3),
        )
        for n in range(3):
            ts.register(s, training.id, person(s, f"Li{n}", "Wang", f"王{n}").id)
        ts.register(s, training.id, person(s, "Ma", "Lin", "林马").id, role="trainer")
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("trainings")
    assert isinstance(page, TrainingsPage)
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "人数" in heads and "学员" in heads
    qtbot.waitUntil(lambda: model.index(0, heads.index("人数")).data() not in (None, ""), timeout=10000)
    row = {h: model.index(0, c).data() for c, h in enumerate(heads)}
    assert (str(row["人数"]), str(row["学员"])) == ("4", "3")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_a_place_taken_over_by_a_substitute_is_one_person_in_the_list(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """As the dossier's cover and ``petdesk trainings`` count it: the list read 5 people and 4
    attendees for the cover's 4 and 3 (counts54)."""
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Wetlands", start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 3)
        )
        day = dt.datetime(2026, 3, 2, 9)
        first = ts.add_session(s, training.id, title_en="Part 1", start=day, end=day + dt.timedelta(hours=3))
        people = [person(s, f"Li{n}", "Wang", f"王{n}").id for n in range(3)]
        for cid in people:
            ts.register(s, training.id, cid)
        ts.register(s, training.id, person(s, "Ma", "Lin", "林马").id, role="trainer")
        substitute = person(s, "Yue", "Lin", "林月").id
        ts.replace_attendee(s, training.id, people[0], substitute, from_session_id=first.id)
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("trainings")
    assert isinstance(page, TrainingsPage)
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    qtbot.waitUntil(lambda: model.index(0, heads.index("人数")).data() not in (None, ""), timeout=10000)
    row = {h: model.index(0, c).data() for c, h in enumerate(heads)}
    assert (str(row["人数"]), str(row["学员"])) == ("4", "3")
