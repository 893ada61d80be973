"""The visit editor's calendar import lists, under Skipped, a flight whose leg a cancellation removed
when its invitation comes again (round 62: it came back as a new leg), and adds no leg on Save."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import logistics as lg
from tests.core.visits.test_ical_leg_cancelled import OUTLOOK_CANCEL, removed_on
from tests.core.visits.test_ical_leg_uid import NEXT_DAY, _import, visit_id
from tests.helpers import editors

__all__ = ["visit_id"]  # the fixture
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_report_lists_the_cancelled_flight_as_skipped(qtbot, db: Database, visit_id: str) -> None:  # type: ignore[no-untyped-def]
    _import(db, visit_id, NEXT_DAY.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    day = removed_on(db, visit_id)
    shown = i18n.format_date(dt.date.fromisoformat(day), "en")  # "7 Dec 2026"
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.import_ics(NEXT_DAY) is not None
    report = editor.ics_report
    assert report is not None and report.text() == "0 added, 0 updated, 0 unchanged, 1 skipped"
    assert (
        "Skipped:\n  Flight LH 729 Shanghai - Frankfurt: the flight LH 729 was cancelled in a calendar file "
        f"on {shown}; not added again"
    ) in report.detailedText()
    report.close()
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert not lg.logistics(s, visit_id).legs


def test_the_report_says_a_leg_deleted_here_was_deleted(qtbot, db: Database, visit_id: str) -> None:  # type: ignore[no-untyped-def]
    """Round 63: the Skipped list told "cancelled or deleted"; a leg deleted here is said deleted."""
    _import(db, visit_id, NEXT_DAY.read_bytes())
    with db.transaction() as s:
        [leg] = lg.logistics(s, visit_id).legs
        lg.delete_travel_leg(s, leg.id)
    shown = i18n.format_date(dt.date.fromisoformat(removed_on(db, visit_id)), "en")
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.import_ics(NEXT_DAY) is not None
    report = editor.ics_report
    assert report is not None
    assert (
        f"Skipped:\n  Flight LH 729 Shanghai - Frankfurt: the flight LH 729 was deleted here on {shown}; "
        "not added again"
    ) in report.detailedText()
    report.close()
