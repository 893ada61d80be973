"""The project editor's deadline zone box names each zone by its offset at the deadline, not today
(New York is UTC−04:00 for a call in late March), and a time the spring clock change skips is
said under the boxes and refused on saving; a doubled one is the earlier, said so."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDate, QDialogButtonBox, Qt

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def _new(qtbot: QtBot, db: Database, day: QDate) -> ProjectDialog:
    dialog = ProjectDialog(db, "en", project_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_en, "GEF-9 chemicals")
    dialog.deadline.setDate(day)
    return dialog


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return bool(saved.args[0])


def test_the_zone_is_named_by_its_offset_at_the_deadline(qtbot: QtBot, db: Database) -> None:
    dialog = _new(qtbot, db, QDate(2027, 3, 17))
    row = dialog.deadline_row
    row.zone.set_code("America/New_York")

    def label() -> str:
        return row.zone.itemText(row.zone.findData("America/New_York")).replace("−", "-")

    assert "UTC-04:00" in label() and label() in row.zone.currentText().replace("−", "-")
    dialog.deadline.setDate(QDate(2027, 1, 14))  # winter: the label follows the date
    assert "UTC-05:00" in label()
    assert row.zone.zone() == "America/New_York"


def test_a_skipped_time_is_said_and_refused(qtbot: QtBot, db: Database) -> None:
    dialog = _new(qtbot, db, QDate(2027, 3, 14))
    row = dialog.deadline_row
    qtbot.keyClicks(row.time, "02:30")
    qtbot.keyClicks(row.zone.lineEdit(), "New York")
    assert "clocks go forward" in row.here.text() and "03:30" in row.here.text()
    assert not _ok(qtbot, dialog) and dialog.isVisible()
    assert "does not exist" in dialog.message.text()
    with db.reading() as s:
        assert s.query(m.Project).count() == 0


def test_a_doubled_time_is_the_earlier_and_says_so(qtbot: QtBot, db: Database) -> None:
    dialog = _new(qtbot, db, QDate(2027, 11, 7))
    row = dialog.deadline_row
    qtbot.keyClicks(row.time, "01:30")
    qtbot.keyClicks(row.zone.lineEdit(), "New York")
    assert row.here.text().startswith("= 7 Nov 2027 13:30 here")  # 01:30 at UTC−4, the earlier
    assert "comes twice" in row.here.text()
    assert _ok(qtbot, dialog)
    with db.reading() as s:
        stored = [(p.deadline, p.deadline_time) for p in s.query(m.Project)]
    assert stored == [(dt.date(2027, 11, 7), "01:30")]


def test_the_skipped_time_sentence_is_read_whole_in_a_narrow_editor(qtbot: QtBot, db: Database) -> None:
    """shots57: at 900 pixels the sentence ran past the dialog's edge ("write the time the f")."""
    dialog = _new(qtbot, db, QDate(2027, 3, 14))
    dialog.resize(900, 700)
    row = dialog.deadline_row
    qtbot.keyClicks(row.time, "02:30")
    qtbot.keyClicks(row.zone.lineEdit(), "New York")
    here = row.here
    qtbot.waitUntil(lambda: here.isVisible() and here.height() >= here.heightForWidth(here.width()))
    assert "03:30" in here.text()
    assert here.wordWrap() or here.fontMetrics().horizontalAdvance(here.text()) <= here.width()
    assert here.geometry().right() <= row.width()


@pytest.mark.parametrize(("locale", "place"), [("en", "New York"), ("zh_CN", "纽约")])
def test_the_skipped_time_names_the_city_not_the_zone_code(
    qtbot: QtBot, db: Database, locale: str, place: str
) -> None:
    """shots57: the sentence said "America/New_York" in both windows (the command line's words)."""
    dialog = ProjectDialog(db, locale, project_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.deadline.setDate(QDate(2027, 3, 14))
    row = dialog.deadline_row
    row.zone.set_code("America/New_York")
    qtbot.keyClicks(row.time, "02:30")
    assert "03:30" in row.here.text() and place in row.here.text()
    assert "America/" not in row.here.text()
