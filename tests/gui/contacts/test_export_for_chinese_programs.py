"""File > Export contacts… offers a CSV in GB18030 for older Chinese Excel, Outlook and Foxmail,
and writes the full-name column they read a name from (field test 35, D3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import csv_separator
from petdesk.gui.contacts import import_dialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QFileDialog
from petdesk.services import contacts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_window_exports_a_gb18030_csv(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        contacts.create_contact(s, family_name_zh="上官", given_name_zh="婉儿")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    out = tmp_path / "for_foxmail.csv"
    offered: list[str] = []

    def save_as(_parent: Any, _title: str, _where: str, filters: str) -> tuple[str, str]:
        offered.extend(filters.split(";;"))
        return str(out), next(f for f in offered if "GB18030" in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ",")  # the separator asked
    window.findChild(QAction, "action_export_contacts").trigger()
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=10000)
    assert "CSV in GB18030 for older Chinese Excel, Outlook and Foxmail (*.csv)" in offered
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # no UTF-8 mark: GB18030 throughout
    header, row = data.decode("gb18030").splitlines()[:2]
    # the full name, then the name's language (empty: Chinese) and its Hanja (empty)
    assert header.endswith(",Full name,Name language,Hanja") and row.endswith(",上官婉儿,,")


def test_a_csv_chosen_as_utf8_or_a_workbook_has_no_gb18030() -> None:
    gb = next(label for _, options, label in import_dialog.EXPORT_FILTERS if "encoding" in options)
    assert import_dialog.export_options("a.csv", gb) == {"encoding": "gb18030"}
    assert import_dialog.export_options("a.xlsx", gb) == {}  # the name's ending chose Excel
    assert import_dialog.export_options("a.csv", "CSV for Excel (*.csv)") == {}


def test_the_window_offers_vcard_3(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only vCard 4.0 was offered; older Huawei/Xiaomi and feature phones read 3.0 best."""
    with db.transaction() as s:
        contacts.create_contact(s, family_name_zh="马", given_name_zh="伟")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    out = tmp_path / "phone.vcf"

    def save_as(_parent: Any, _title: str, _where: str, filters: str) -> tuple[str, str]:
        return str(out), "vCard 3.0 for older phones (*.vcf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.findChild(QAction, "action_export_contacts").trigger()
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=10000)
    text = out.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "VERSION:4.0" not in text and "马伟" in text
