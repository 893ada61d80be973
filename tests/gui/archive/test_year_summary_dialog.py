"""File > Export Annual Summary… (field test 103): the year chosen, a PDF written by the same service
as ``petdesk report year``, its figures those of the year's lists; the dialog whole on a 1024×640
screen, in either language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.year_summary_dialog import YearSummaryDialog
from tests.gui.archive.test_events_report_dialog import _year
from tests.helpers.fit_check import cut_texts
from tests.helpers.tree_window import tree_window_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "heading"), [("en", "Annual summary 2025"), ("zh_CN", "2025年度工作总结")]
)
def test_the_year_chosen_is_written_as_a_pdf(
    qtbot: QtBot, db: Database, tmp_path: Path, request: pytest.FixtureRequest, locale: str, heading: str
) -> None:
    _year(db)  # 2025: a training of three attendees, a visit of two delegates; one visit in 2026
    tree_window_language(request.getfixturevalue("translators"), locale, request)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_year_summary")
    action.trigger()
    dialog = window.year_summary_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, YearSummaryDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not cut_texts(dialog)
    dialog.year.setValue(2025)
    out = tmp_path / "summary-2025.pdf"
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert str(out) in dialog.result_label.text()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert heading in text
    total = next(line for line in text.splitlines() if line.split()[:1] in (["Total"], ["合计"]))
    assert total.split()[1:3] == ["1", "2"], total  # one visit of 2025, its two delegates
