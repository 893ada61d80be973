"""projstage62: File › Import Past Projects… previews a sheet whose 批复日期 / "Approval date" cannot be
read with the row kept and the same warning the command prints (the row was listed as skipped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.helpers.tree_catalogue import tree_catalogue

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.past_import import PastProjectsDialog, preview_file

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

DATA = Path(__file__).parents[2] / "data" / "import" / "projstage62"

SAID = {
    "en": (
        DATA / "approvals_excel.xlsx",
        # no "row 3, " before it: the table's Row column says it (preview64)
        "column “Approval date”: “Q3 (board meeting)” is not a date petdesk can read: "
        "added without this date",
    ),
    "zh_CN": (
        DATA / "colleague_wps.xlsx",
        "“批复日期”列：“待定”不是 petdesk 能识别的日期：该项目已添加，但未填此日期",
    ),
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_preview_keeps_the_row_and_says_why(
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    sheet, said = SAID[locale]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    op = preview_file(window, sheet)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_projects_preview"), timeout=5000)
    preview = window.past_projects_preview  # type: ignore[attr-defined]
    assert isinstance(preview, PastProjectsDialog)
    table = preview.table.model()
    warnings = [table.index(r, table.columnCount() - 1).data() for r in range(table.rowCount())]
    assert said in warnings  # in its row's warning column (projpreview62: the preview is a table)
    assert "3" in preview.summary.text()  # all three rows to be added, none skipped
