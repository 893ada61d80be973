"""File › Import Past Projects…: the workbook's 项目 sheet is previewed (nothing written, unknown status
said in its row's warnings), imported on Import as ``petdesk import-projects`` does, and the window says
what came in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.helpers.tree_catalogue import tree_catalogue

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.past_import import PastProjectsDialog, preview_file
from petdesk.gui.qt import QAction, QApplication, Qt
from petdesk.gui.translation import register_fonts

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

SAMPLE = Path(__file__).parents[2] / "data" / "import" / "projects" / "office_ledger_projects.xlsx"

WORDS = {
    "en": (
        "Import Past Projects: Preview",
        "暂缓 → not known: kept at the first stage, idea",
        "Past Projects Imported",
    ),
    "zh_CN": ("导入以往的项目：预览", "暂缓 → 未知：保留在第一阶段“构想”", "已导入以往的项目"),
}


def _projects(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Project)) or 0


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_past_projects_previewed_then_imported(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    book = Path(shutil.copy(SAMPLE, tmp_path / "台账.xlsx"))
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = window.findChild(QAction, "action_import_past_projects")
    assert action in window.menu("file").actions()

    op = preview_file(window, book)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_projects_preview"), timeout=5000)
    preview = window.past_projects_preview  # type: ignore[attr-defined]
    assert isinstance(preview, PastProjectsDialog)
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    title, unknown, imported = WORDS[locale]
    assert preview.windowTitle() == title
    table = preview.table.model()
    warnings = [table.index(r, table.columnCount() - 1).data(Qt.ItemDataRole.ToolTipRole) for r in range(7)]
    assert unknown in "\n".join(warnings)  # the row's warning, in the table's last column
    assert "7" in preview.summary.text() and _projects(db) == 0  # a preview writes nothing
    assert preview.width() <= 1024 and preview.height() <= 640
    if shots := os.environ.get("PETDESK_SHOTS"):
        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        preview.grab().save(str(Path(shots) / f"past_projects_preview_{locale}.png"))

    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(window, "past_projects_result"), timeout=20000)
    result = window.past_projects_result  # type: ignore[attr-defined]
    qtbot.waitUntil(result.isVisible, timeout=5000)
    assert result.windowTitle() == imported
    assert _projects(db) == 7
