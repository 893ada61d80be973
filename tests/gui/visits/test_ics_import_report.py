"""The window's calendar import says what the command line says, and the calendar shows imported
all-day events as all day (field test 31, defects 5, 6 and 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.enums import ProjectStatus
from petdesk.gui.calendar.page import AGENDA, WEEK
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import ical
from petdesk.services import visits as vs
from petdesk.services.projects import create_project
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.visits.data import person
from tests.core.visits.test_ical_field31 import meeting
from tests.gui.calendar.test_time_grid import open_page, shown
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
REAL = DATA_DIR / "real"


def _visit(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="German delegation",
            start_date=dt.date(2027, 1, 31),
            end_date=dt.date(2027, 2, 5),
            timezone="Asia/Shanghai",
        )
        vs.add_participant(s, v.id, person(s, "Lena", "Hoffmann").id, "head")
        return v.id


def test_import_result_lists_skipped_events_guests_and_changes_before_save(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path
) -> None:
    visit_id = _visit(db)
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)

    assert editor.import_ics(REAL / "field31_plone_unicode_utc.ics") is not None
    report = editor.ics_report
    assert report is not None and report.isVisible()
    assert report.text() == "2 added, 0 updated, 0 unchanged, 1 skipped"
    details = report.detailedText()
    assert "Skipped:\n  (untitled): no start time" in details
    assert "2 Feb 2027 18:00  Non-ASCII Test: ÄÖÜ äöü €" in details  # 10:00 UTC in Shanghai
    report.close()

    path = tmp_path / "meeting.ics"
    path.write_bytes(meeting())
    assert editor.import_ics(path) is not None
    details = editor.ics_report.detailedText()
    assert "Not yet contacts" in details and "王芳 <wang.fang@example.com>" in details
    assert "Nothing is saved until you press Save" in editor.ics_report.informativeText()
    editor.ics_report.close()
    with db.reading() as s:
        assert vs.itinerary(s, visit_id) == []  # held until Save
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert len(vs.itinerary(s, visit_id)) == 3


def test_all_day_items_on_the_tab_and_in_the_all_day_band_and_deadlines_in_the_agenda(  # type: ignore[no-untyped-def]
    qtbot, db: Database
) -> None:
    visit_id = _visit(db)
    with db.transaction() as s:
        ical.import_into_visit(s, visit_id, (REAL / "field31_two_sequences_allday.ics").read_bytes())
        create_project(
            s, title_en="Hangzhou water", stage=ProjectStatus.SUBMITTED, deadline=dt.date(2027, 2, 3)
        )
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    model = editor.items_view.model()
    times = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert times and set(times) == {"all day"}

    page = open_page(qtbot, db, "Europe/Berlin", size=(1600, 900))
    shown(qtbot, page, WEEK, dt.date(2027, 2, 1))
    grid = page.week_grid.grid
    assert [e.title_en for e in grid.events if e.all_day and e.kind == "item"]
    assert not [e for e in grid.timed() if e.kind == "item"]  # not a 24-hour box in the hours
    page.week_grid.grab().save(str(_shot("en_week_all_day_band.png")))

    shown(qtbot, page, AGENDA, dt.date(2027, 2, 1))
    agenda = page.agenda_model
    rows = range(agenda.rowCount())
    (deadline,) = [r for r in rows if agenda.index(r, 4).data() == "Deadline: Hangzhou water"]
    assert (agenda.index(deadline, 3).data(), agenda.index(deadline, 7).data()) == ("Deadline", "Submitted")
    item_row = next(r for r in rows if agenda.index(r, 4).data().startswith("test123"))
    assert (agenda.index(item_row, 1).data(), agenda.index(item_row, 3).data()) == ("all day", "Meeting")


def _shot(name: str):  # type: ignore[no-untyped-def]
    from pathlib import Path

    folder = Path("/tmp/icsfix-shots")
    folder.mkdir(exist_ok=True)
    return folder / name


def test_the_box_in_chinese_uses_full_width_colons_and_semicolons(qtbot) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.visits.ics_report import IcsImportReport

    result = ical.ImportResult(added=["周会"], skipped=[("", "no start time")], cancelled=["旧会"])
    box = IcsImportReport(result, "zh_CN")
    qtbot.addWidget(box)
    assert "；" in box.text() and "; " not in box.text()
    assert ":" not in box.detailedText() and "：" in box.detailedText()


def test_the_box_and_its_details_take_a_share_of_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The result box was as narrow as its sentence and its details a cramped strip."""
    from petdesk.gui.qt import QTextEdit
    from petdesk.gui.screen_fit import screen_room
    from petdesk.gui.visits.ics_report import IcsImportReport

    skipped = [(f"Event {n}", "outside the visit's dates") for n in range(30)]
    box = IcsImportReport(ical.ImportResult(added=["Weekly call"], skipped=skipped), "en")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    details = box.findChild(QTextEdit)
    assert details is not None
    room = screen_room(box)
    assert room is not None
    assert box.width() >= 0.4 * room.width(), (box.width(), room.width())
    assert details.height() >= 0.25 * room.height()
    assert box.width() <= room.width() and box.height() <= room.height()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_report_groups_thousands(qtbot, translators, locale: str) -> None:  # type: ignore[no-untyped-def]
    """The box said "2000 added" and "2000 × URL" where the rest of the window says 2,000."""
    from petdesk.gui.visits.ics_report import IcsImportReport

    translators(locale)
    result = ical.ImportResult(added=["x"] * 2000, older=["y"] * 1500, dropped={"URL": 2000})
    report = IcsImportReport(result, locale)
    qtbot.addWidget(report)
    assert "2,000" in report.text() and "1,500" in report.text()
    assert "2,000 × URL" in report.detailedText()
    assert "2000" not in report.text() + report.detailedText()
