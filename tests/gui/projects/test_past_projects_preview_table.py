"""projpreview62: File › Import Past Projects… previewed a sheet as one block of text, where the other
imports show a table of the rows to be imported with each row's warnings. Now it is a table too: a row
per project (name, funder, stage, amount and deadline in the reader's language and style) with a
warning column, the rows with warnings first and a check box to show them alone; the counts above."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from tests.helpers.shortcut_map import ambiguous_keys
from tests.helpers.tree_catalogue import tree_catalogue

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.past_import import PastProjectsDialog, preview_file
from petdesk.gui.qt import QApplication, QCheckBox, Qt, QTableView
from petdesk.gui.translation import register_fonts

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support", "OpenType support")]

DATA = Path(__file__).parents[2] / "data" / "import" / "projdeadline61"

# the sheet, the headers, the first row (its warning), an amount and a deadline as the reader reads them
SEEN = {
    "en": (
        DATA / "funder_call_excel.xlsx",
        ["Row", "Project", "Funder", "Partners", "Stage", "Amount", "Deadline", "Notes", "Warnings"],
        [
            "4",
            "Da Nang sludge drying",
            "ADB (new)",
            "",
            "Idea",
            "US$120,000.00",
            "",
            "",
            # no "row 4: " before it: the first cell says it (preview64)
            "the deadline “TBC (spring)” is not a date petdesk can read: added without a deadline",
        ],
        "31 Mar 2027",
        "Only the row with warnings (1)",
    ),
    "zh_CN": (
        DATA / "colleague_wps.xlsx",
        ["行号", "项目", "资助方", "合作伙伴", "阶段", "金额", "截止日期", "备注", "警告"],
        [
            "2",
            "苏州河底泥修复",
            "亚洲开发银行（新）",
            "",
            "概念说明",
            "80万元",
            "2027年3月31日",
            "",
            "“申报金额(万元)”列中的 80 以 10,000 为单位：取 800,000.00",
        ],
        "2027年3月31日 17:00（上海）",
        "仅显示有警告的行（4）(O)",
    ),
}


@pytest.fixture(autouse=True)
def _beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def _cells(table: QTableView, row: int) -> list[str]:
    model = table.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_projects_preview_is_a_table_with_its_warnings(
    qtbot: QtBot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    sheet, headers, first, deadline, only = SEEN[locale]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    op = preview_file(window, sheet)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_projects_preview"), timeout=5000)
    preview = window.past_projects_preview  # type: ignore[attr-defined]
    assert isinstance(preview, PastProjectsDialog)
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    table = preview.findChild(QTableView, "past_projects_table")
    assert table is not None and table.accessibleName()
    model = table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == headers
    assert model.rowCount() == 4  # a row per project, none skipped
    assert _cells(table, 0) == first
    assert deadline in [_cells(table, r)[6] for r in range(4)]
    assert "4" in preview.summary.text()  # the counts stay above the table

    # the rows with warnings alone, from the keyboard: the check box's Alt shortcut
    check = preview.findChild(QCheckBox, "past_projects_only_warned")
    assert check is not None and check.accessibleName() and check.text().replace("&", "") == only
    assert ambiguous_keys(preview, [preview]) == {}
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=5000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(check.isChecked, timeout=2000)  # a button's letter clicks it after a moment
    warned = 1 if locale == "en" else 4
    assert model.rowCount() == warned and all(_cells(table, r)[8] for r in range(warned))

    # sorted by amount, as numbers
    check.setChecked(False)
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    amounts = [model.index(r, 5).data(Qt.ItemDataRole.UserRole + 2) for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True) and len(set(amounts)) == 4
    if shots := os.environ.get("PETDESK_SHOTS"):
        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        preview.grab().save(str(Path(shots) / f"past_projects_table_{locale}.png"))
