"""File > Export contacts… with a row selected asks whether to export it or all contacts
(field test 14: clicking a contact to read it selected it, and the export wrote 1 of 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication, QFileDialog, QMessageBox, QPushButton, QTimer
from petdesk.services import contacts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        contacts.create_contact(s, family_name_zh="李", given_name_zh="明")
        contacts.create_contact(s, family_name="Müller", given_name="Jürgen")
        contacts.create_contact(s, family_name="Adams", given_name="Zoe")
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    return win


def _export_with(
    qtbot: QtBot, window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> tuple[list[str], list[str]]:
    """Trigger File > Export contacts…, press ``answer`` in the question (if one comes), save to
    ``out``; the question's default button and the save dialog's title are returned."""
    titles: list[str] = []
    defaults: list[str] = []

    def save_as(_parent: Any, title: str, *_args: Any) -> tuple[str, str]:
        titles.append(title)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        defaults.append(box.defaultButton().objectName())
        button = box.findChild(QPushButton, answer or "")
        box.reject() if button is None else button.click()

    if answer is not None:
        QTimer.singleShot(0, press)
    window.findChild(QAction, "action_export_contacts").trigger()
    if answer is not None:  # the question comes once the contacts are counted
        qtbot.waitUntil(lambda: bool(defaults), timeout=5000)
    if titles:  # a save dialog came: wait for the file and the status bar
        qtbot.waitUntil(lambda: "exported to" in window.statusBar().currentMessage(), timeout=10000)
    return defaults, titles


def _select_rows(qtbot: QtBot, window: MainWindow, rows: list[int]) -> Any:
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=5000)
    page.table.clearSelection()
    model = page.table.selectionModel()
    for row in rows:
        model.select(page.model.index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)
    return page


def test_one_clicked_row_offers_all_contacts_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select_rows(qtbot, window, [0])
    out = tmp_path / "all.vcf"
    defaults, titles = _export_with(qtbot, window, out, monkeypatch, "export_all")
    assert defaults == ["export_all"] and titles == ["Export all contacts"]
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    assert window.statusBar().currentMessage().startswith("3 contacts exported to")


def test_the_selected_rows_when_she_chooses_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select_rows(qtbot, window, [0, 2])
    out = tmp_path / "two.vcf"
    defaults, titles = _export_with(qtbot, window, out, monkeypatch, "export_selected")
    assert defaults == ["export_selected"] and titles == ["Export the selected contacts (2)"]
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert window.statusBar().currentMessage().startswith("2 contacts exported to")


def test_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select_rows(qtbot, window, [1])
    out = tmp_path / "none.vcf"
    defaults, titles = _export_with(qtbot, window, out, monkeypatch, "cancel")
    assert defaults == ["export_all"]
    assert titles == [] and not out.exists()


def test_nothing_selected_exports_all_without_asking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select_rows(qtbot, window, [])
    out = tmp_path / "all.vcf"
    defaults, titles = _export_with(qtbot, window, out, monkeypatch, None)
    assert defaults == []  # no question
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    assert titles == ["Export all contacts"]
