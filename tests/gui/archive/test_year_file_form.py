"""The parts the File menu's export dialogs share (dedup54 made them one): the suffix a file chosen
in the save dialog gets from its filter, the suffix of a typed name, and Export asking for a file
only when the box is empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.qt import QFileDialog, QLineEdit, QWidget
from petdesk.gui.year_file_form import file_to_write, save_as, with_suffix

SUFFIXES = (".json", ".xlsx", ".csv")
FILTERS = ("Exchange file (*.json)", "Workbook (*.xlsx)", "CSV files (*.csv)")


@pytest.mark.parametrize(
    ("given", "chosen", "named"),
    [
        ("/tmp/out", "CSV files (*.csv)", "/tmp/out.csv"),
        ("/tmp/out", "Workbook (*.xlsx)", "/tmp/out.xlsx"),
        ("/tmp/out", "", "/tmp/out.json"),
        ("/tmp/out.XLSX", "CSV files (*.csv)", "/tmp/out.XLSX"),
        ("", "CSV files (*.csv)", ""),
    ],
)
def test_a_chosen_name_gets_its_filters_suffix(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, given: str, chosen: str, named: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def dialog(_parent: object, _title: str, _suggested: str, filters: str) -> tuple[str, str]:
        seen.append(filters)
        return given, chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert save_as(parent, "Save As", "out.json", FILTERS, SUFFIXES) == named
    assert seen == [";;".join(FILTERS)]


def test_a_typed_name_without_a_known_suffix_gets_the_first() -> None:
    assert with_suffix("report", (".xlsx", ".csv")) == Path("report.xlsx")
    assert with_suffix("report.csv", (".xlsx", ".csv")) == Path("report.csv")
    assert with_suffix("report.txt", (".xlsx",)) == Path("report.txt.xlsx")


def test_export_asks_for_a_file_only_when_the_box_is_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QLineEdit()
    qtbot.addWidget(box)
    asked: list[bool] = []
    box.setText("  typed  ")
    assert file_to_write(box, lambda: asked.append(True), (".xlsx",)) == Path("typed.xlsx")
    assert asked == []
    box.setText("")
    assert file_to_write(box, lambda: asked.append(True), (".xlsx",)) is None  # cancelled
    assert file_to_write(box, lambda: box.setText("chosen.csv"), (".xlsx", ".csv")) == Path("chosen.csv")
    assert asked == [True]
