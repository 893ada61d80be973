"""File > Export Yearly Events Report… (field test 89: the agency's report of the year's visits and
trainings was ``petdesk report events`` only): the year chosen, a workbook or a CSV file written by
the same services, in the window's language, the dialog whole on a 1024×640 screen."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.enums import ParticipantRole, VisitDirection
from petdesk.gui import csv_separator
from petdesk.gui.events_report import EventsReportDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import visits as vs
from tests.core.dossier.test_certificate_verify import _training
from tests.core.visits.data import person
from tests.helpers.fit_check import cut_texts
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _year(db: Database) -> dict[str, str]:
    """2025: the training (three attendees) and a visit of two; a visit of 2026 left out."""
    tid, _people = _training(db)
    ids = {"training": tid}
    with db.transaction() as s:
        for key, start in (("visit", dt.date(2025, 6, 2)), ("later", dt.date(2026, 2, 3))):
            v = vs.create_visit(
                s, title_en=f"Delegation {key}", title_zh=f"代表团{key}", start_date=start,
                end_date=start + dt.timedelta(days=2), direction=VisitDirection.INBOUND,
            )  # fmt: skip
            ids[key] = v.id
        vs.add_participant(s, ids["visit"], person(s, "Dora", "Weber", "多拉").id, ParticipantRole.HEAD)
        vs.add_participant(s, ids["visit"], person(s, "Emil", "Weber", "埃米尔").id)
    return ids


def _dialog(qtbot: QtBot, db: Database, locale: str, request: pytest.FixtureRequest) -> EventsReportDialog:
    tree_window_language(request.getfixturevalue("translators"), locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_events_report")
    action.trigger()
    dialog = window.events_report_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, EventsReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.mark.parametrize(
    ("locale", "sheets", "said"),
    [
        # the visits by country (0070) have their own sheet
        ("en", ["events", "totals", "countries"], "1 visit, 1 training"),
        ("zh_CN", ["活动", "合计", "国家"], "1 次代表团访问、1 次培训"),
    ],
)
def test_the_year_chosen_is_written_as_a_workbook(
    qtbot: QtBot, db: Database, tmp_path: Path, request: pytest.FixtureRequest, locale: str,
    sheets: list[str], said: str,
) -> None:  # fmt: skip
    ids = _year(db)
    dialog = _dialog(qtbot, db, locale, request)
    dialog.year.setValue(2025)
    out = tmp_path / "agency-2025"  # no suffix: a workbook
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == (1, 1)
    book = out.with_suffix(".xlsx")
    assert str(book) in dialog.result_label.text() and said in dialog.result_label.text()
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        assert wb.sheetnames == sheets
        rows = list(wb[sheets[0]].iter_rows(values_only=True))
    finally:
        wb.close()
    listed = {r[1]: r for r in rows if r and r[1] in ids.values()}
    assert set(listed) == {ids["training"], ids["visit"]}, "2026's visit is another year's"
    assert cut_texts(dialog) == []  # and no larger than 1024×640
    dialog.close()


def test_a_csv_file_with_the_separator_asked(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _year(db)
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ";")
    dialog = _dialog(qtbot, db, "en", request)
    dialog.year.setValue(2026)
    out = tmp_path / "agency-2026.csv"
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written == (1, 0)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:2] == ["Kind", "ID"] and [r[1] for r in rows[1:]] == [ids["later"]]
    dialog.close()
