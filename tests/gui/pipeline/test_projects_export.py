"""The Projects page exports what its list shows as XLSX or CSV (field test 37, §7): the file
``petdesk report projects --out`` writes, with the page's filters applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.csv_separators import separator
from petdesk.db import Database
from petdesk.gui import csv_separator
from petdesk.gui.csv_separator import SEPARATOR_KEY, SeparatorDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialogButtonBox, QFileDialog, QLocale, QSettings, QWidget
from petdesk.services import projects as project_service
from tests.helpers import german_excel
from tests.helpers.project_filters import make_due_projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot, db: Database, locale: str = "en"):  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    return page


def test_the_list_is_exported_as_csv_with_its_filter(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_due_projects(db)
    page = _page(qtbot, db)
    assert page.export_button.text() == "E&xport…"
    page.due_filter.setCurrentIndex(page.due_filter.findData("30d"))
    out = tmp_path / "due.csv"
    with qtbot.waitSignal(page.export_to(out).finished, timeout=20_000):
        pass
    with out.open(encoding="utf-8-sig", newline="") as fh:
        titles = {row["Project"] for row in csv.DictReader(fh)}
    assert titles == {"Overdue", "Soon"}
    assert page.export_message == "Projects exported to due.csv"


def test_the_list_is_exported_as_xlsx_in_chinese_with_money_formats(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        project_service.create_project(s, title_en="Biogas", title_zh="沼气", amount=1234.5, currency="EUR")
    page = _page(qtbot, db, "zh_CN")
    out = tmp_path / "projects.xlsx"
    with qtbot.waitSignal(page.export_to(out).finished, timeout=20_000):
        pass
    sheet = load_workbook(out)["projects"]
    row = dict(zip([c.value for c in sheet[1]], sheet[2], strict=True))
    assert (row["项目"].value, row["币种"].value, row["申请金额"].value) == ("沼气", "EUR", 1234.5)
    assert row["申请金额"].number_format == "#,##0.00"


def test_a_german_window_exports_amounts_german_excel_reads_as_money(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The separator the window offers on a German system is the semicolon; the file then has a
    decimal comma, so that Excel there sums the amounts rather than showing text (csv53)."""
    with db.transaction() as s:
        project_service.create_project(s, title_en="Biogas", amount=1234.5, currency="EUR")
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    QSettings().remove(SEPARATOR_KEY)

    def answered(parent: QWidget | None) -> str:
        dialog = SeparatorDialog(parent)
        qtbot.addWidget(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return separator(dialog.chosen())

    out = tmp_path / "projekte.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), "CSV file (*.csv)"))
    monkeypatch.setattr(csv_separator, "ask_separator", answered)
    try:
        page = _page(qtbot, db)
        page.export_dialog()
        qtbot.waitUntil(lambda: getattr(page, "export_message", "") == "Projects exported to projekte.csv")
    finally:
        QLocale.setDefault(default)
        QSettings().remove(SEPARATOR_KEY)
    (row,) = german_excel.rows(out)
    assert (row["Project"], row["Currency"], row["Requested"]) == ("Biogas", "EUR", 1234.5)
