"""The visit editor's calendar import reads Google's export whose folds split a Chinese character
(it said "not UTF-8 text" and imported nothing), and Apple's LOCATION in lines becomes the place and
its address on one line of the itinerary (field test 85)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
FILES = DATA_DIR / "field85"


def test_google_and_apple_programmes_into_the_editor(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s,
            title_en="Hamburg delegation",
            start_date=dt.date(2027, 3, 25),
            end_date=dt.date(2027, 3, 31),
            timezone="Asia/Shanghai",
        ).id
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    for name, counts in (
        ("google_hamburg_delegation.ics", "2 added, 0 updated, 0 unchanged, 0 skipped"),
        ("apple_tongji.ics", "1 added, 0 updated, 0 unchanged, 0 skipped"),
    ):
        assert editor.import_ics(FILES / name) is not None, name
        assert editor.ics_report.text() == counts
        editor.ics_report.close()
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        items = {i.title_en or i.title_zh: i for i in vs.itinerary(s, visit_id)}
    assert "请携带护照和名片。" in items["Workshop Schwammstadt"].notes
    tongji = items["Besuch Tongji-Universität"]
    assert (tongji.place_zh, tongji.address_zh) == ("同济大学", "四平路1239号 上海")


def test_the_chinese_report_says_meetings_as_the_import_does(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tree_window_catalogue
) -> None:
    """shots53: the import read 导入会谈 (the glossary's 会谈 for an itinerary meeting) and its report's
    title 会议已导入, two words for the same meetings."""
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2027, 3, 25), end_date=dt.date(2027, 3, 31)
        ).id
    editor = VisitEditor(db, locale="zh_CN", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.import_ics(FILES / "google_hamburg_delegation.ics") is not None
    assert editor.import_action.toolTip().startswith("导入会谈")
    assert editor.ics_report.windowTitle() == "会谈已导入"
    editor.ics_report.close()


def test_the_report_says_a_meeting_deleted_here_stays_deleted(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Round 54: a meeting deleted in the itinerary (no file cancelled it) was "already cancelled"
    when its file came again."""
    from petdesk.services import ical

    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2027, 3, 25), end_date=dt.date(2027, 3, 31)
        ).id
        ical.import_into_visit(s, visit_id, (FILES / "outlook_hamburg_programme_v2.ics").read_bytes())
        [dinner] = [i for i in vs.itinerary(s, visit_id) if i.title_en == "Abendessen mit Partnern"]
        vs.delete_item(s, dinner.id)
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.import_ics(FILES / "outlook_hamburg_programme.ics") is not None
    details = editor.ics_report.detailedText()
    from petdesk.i18n import format_date

    said = f"Abendessen mit Partnern: deleted here on {format_date(dt.date.today(), 'en')}; not added again"
    assert said in details, details
    assert "already cancelled" not in editor.ics_report.text().casefold()
    editor.ics_report.close()
