"""File › Export Exchange File… (exchange54b): the window writes the file ``petdesk exchange export``
writes, the format by the name's suffix, contact persons when their box is ticked, in the background
with a bar, says the command line's sentence and logs a file with contacts to the export log; the
Chinese window suggests a Chinese file name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.db import Database
from petdesk.exchange.export import Exported, result_sentence
from petdesk.gui.exchange_export import ExchangeExportDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QFileDialog, Qt
from petdesk.i18n import translator
from tests.core.pipeline.test_exchange_flat_contacts import _weber

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot, db: Database, locale: str) -> ExchangeExportDialog:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_exchange")
    action.trigger()
    dialog = window.exchange_export_dialog
    assert isinstance(dialog, ExchangeExportDialog)
    return dialog


def _export(qtbot, dialog: ExchangeExportDialog) -> Exported:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    dialog.bar.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None and dialog.export_button.isEnabled(), timeout=30_000)
    assert seen and max(seen) == 3, "the bar went to the end"
    assert dialog.exported is not None
    return dialog.exported


def _logged(db: Database) -> list[tuple[str, str, int]]:
    from petdesk.connection import session_sqlite

    with db.reading() as s:
        return session_sqlite(s).execute("SELECT kind, file_name, count FROM export_log").fetchall()


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_window_exports_json_with_contacts_and_says_the_command_lines_sentence(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, locale: str, request: pytest.FixtureRequest
) -> None:
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")
    person, org = _weber(db)
    dialog = _open(qtbot, db, locale)
    out = tmp_path / "hub"  # no suffix: a JSON file, as the command line's default format
    qtbot.keyClicks(dialog.path, str(out))
    dialog.with_contacts.setChecked(True)
    exported = _export(qtbot, dialog)
    written = tmp_path / "hub.json"
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert [c["id"] for c in doc["contacts"]] == [person] and [o["id"] for o in doc["organisations"]] == [org]
    assert exported.counts == {"technologies": 0, "needs": 0, "matches": 0, "organisations": 1, "contacts": 1}
    said = dialog.result_label.text()
    assert said == result_sentence(exported, translator(locale)) and str(written) in said
    assert ("已导出" in said and "1 位联系人" in said) if locale == "zh_CN" else said.startswith("Exported ")
    assert _logged(db) == [("exchange", "hub.json", 1)]


def test_a_workbook_without_contacts_is_not_logged(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _weber(db)
    dialog = _open(qtbot, db, "en")
    qtbot.keyClicks(dialog.path, str(tmp_path / "hub.xlsx"))
    exported = _export(qtbot, dialog)
    assert exported.files == [tmp_path / "hub.xlsx"] and "contacts" not in exported.counts
    book = load_workbook(tmp_path / "hub.xlsx", read_only=True)
    try:
        assert "contacts" not in book.sheetnames
    finally:
        book.close()
    assert _logged(db) == []


@pytest.mark.parametrize(("locale", "name"), [("en", "exchange.json"), ("zh_CN", "交换文件.json")])
def test_the_save_dialog_suggests_a_name_in_the_windows_language(  # type: ignore[no-untyped-def]
    qtbot,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    name: str,
    request: pytest.FixtureRequest,
) -> None:
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")
    dialog = _open(qtbot, db, locale)
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog._browse()
    assert [Path(s).name for s in asked] == [name]


def test_the_kinds_ticked_are_the_kinds_written(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _weber(db)
    dialog = _open(qtbot, db, "en")
    qtbot.keyClicks(dialog.path, str(tmp_path / "needs.json"))
    for box in dialog.kinds.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Tick at least one kind of record to export."
    assert not (tmp_path / "needs.json").exists()
    dialog.kinds["needs"].setChecked(True)
    exported = _export(qtbot, dialog)
    assert exported.counts == {"needs": 0, "organisations": 0}, "as exchange export --what needs"
