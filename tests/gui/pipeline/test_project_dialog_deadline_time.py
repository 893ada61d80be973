"""The project editor's deadline: a date, a time of day that may stay empty and the funder's zone
(searched by city, first the funder's country's where it keeps one clock), the moment on the
office's clock said under them; saved to both fields, bad input refused in plain words
(0072_project_deadline_time)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDate, QDialogButtonBox, Qt
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


@pytest.fixture
def funders(db: Database) -> None:
    with db.transaction() as s:
        s.add_all([
            m.Organisation(name_en="European Commission DG INTPA", kind=OrgKind.FUND, country="BE"),
            m.Organisation(name_en="Global Environment Facility", kind=OrgKind.FUND, country="US"),
        ])  # fmt: skip


def _open(qtbot: QtBot, db: Database, project_id: str | None = None) -> ProjectDialog:
    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _new(qtbot: QtBot, db: Database, funder: str) -> ProjectDialog:
    dialog = _open(qtbot, db)
    qtbot.keyClicks(dialog.title_en, "Rural wastewater Chongqing")
    qtbot.keyClicks(dialog.funder.lineEdit(), funder)
    dialog.deadline.setDate(QDate(2027, 3, 17))
    return dialog


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return bool(saved.args[0])


def _stored(db: Database) -> list[tuple[dt.date | None, str, str]]:
    with db.reading() as s:
        return [(p.deadline, p.deadline_time, p.deadline_zone) for p in s.query(m.Project)]


def test_a_timed_deadline_takes_the_funders_zone_and_says_the_office_moment(
    qtbot: QtBot, db: Database, funders: None
) -> None:
    dialog = _new(qtbot, db, "European Commission")
    row = dialog.deadline_row
    assert row.zone.zone() == "Europe/Brussels"  # Belgium keeps one clock
    assert row.here.text() == ""  # a whole day: no moment to say
    qtbot.keyClicks(row.time, "17:00")
    # 17:00 Brussels (UTC+1 in March before the 28th) is midnight in Beijing
    assert row.here.text() == "= 18 Mar 2027 00:00 here"
    assert _ok(qtbot, dialog)
    assert _stored(db) == [(dt.date(2027, 3, 17), "17:00", "Europe/Brussels")]


def test_a_zone_is_searched_by_city_for_a_funder_of_several_clocks(
    qtbot: QtBot, db: Database, funders: None
) -> None:
    dialog = _new(qtbot, db, "Global Environment")
    row = dialog.deadline_row
    assert row.zone.zone() == ""  # the United States keep several clocks: none is guessed
    qtbot.keyClicks(row.time, "17:00")
    qtbot.keyClicks(row.zone.lineEdit(), "New York")
    assert row.zone.zone() == "America/New_York"
    assert row.here.text() == "= 18 Mar 2027 05:00 here"
    assert _ok(qtbot, dialog)
    assert _stored(db) == [(dt.date(2027, 3, 17), "17:00", "America/New_York")]


@pytest.mark.parametrize(
    ("time", "zone", "words"),
    [
        ("5pm", "Europe/Brussels", "the deadline time '5pm' is no time of day; write it as HH:MM"),
        ("17:00", "", "a deadline time needs its time zone"),
    ],
)
def test_bad_input_is_refused_in_plain_words(
    qtbot: QtBot, db: Database, time: str, zone: str, words: str
) -> None:
    dialog = _new(qtbot, db, "")
    qtbot.keyClicks(dialog.deadline_row.time, time)
    qtbot.keyClicks(dialog.deadline_row.zone.lineEdit(), zone)
    assert dialog.deadline_row.here.text() == ""
    assert not _ok(qtbot, dialog) and dialog.isVisible()
    assert words in dialog.message.text()
    assert _stored(db) == []


def test_a_stored_time_is_shown_changed_and_cleared(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        pid = project_service.create_project(
            s, title_en="GEF-9", deadline=dt.date(2027, 3, 17), deadline_time="17:00",
            deadline_zone="America/New_York",
        ).id  # fmt: skip
    dialog = _open(qtbot, db, pid)
    row = dialog.deadline_row
    assert (row.time.text(), row.zone.zone()) == ("17:00", "America/New_York")
    assert row.here.text() == "= 18 Mar 2027 05:00 here"
    row.time.clear()
    qtbot.keyClicks(row.time, "9:30")
    assert _ok(qtbot, dialog)
    assert _stored(db) == [(dt.date(2027, 3, 17), "09:30", "America/New_York")]
    dialog = _open(qtbot, db, pid)
    dialog.deadline_row.time.clear()  # a whole-day deadline again; the funder's zone is kept
    assert _ok(qtbot, dialog)
    assert _stored(db) == [(dt.date(2027, 3, 17), "", "America/New_York")]
