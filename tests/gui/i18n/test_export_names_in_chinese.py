"""Field test 92: the Chinese window's save dialogs suggest Chinese file names. A Chinese-only intern
exporting a training's participants for her manager was offered "participants.xlsx" (the contacts
export already said "联系人.vcf"); the hotel list, projects, a visit's calendar and registration list,
the yearly archive and a person's data were English too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.archive import ArchiveDialog
from petdesk.gui.qt import QApplication, QFileDialog, QThreadPool
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.trainings.lodging import LodgingTab
from petdesk.gui.visits.edit import VisitEditor
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _background_done() -> Iterator[None]:
    """The dialogs load fonts and word lists in the background: let that end with the test (a later
    test crashed when the thread finished after the dialog was gone)."""
    yield
    _settle()


def _settle() -> None:
    """Called at a test's end too: what the background work shows is then shown inside the test."""
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()


def _first(db: Database, table: str) -> str:
    with db.reading() as s:
        return str(s.execute(text(f"select id from {table} where deleted_at is null limit 1")).scalar_one())


def test_save_dialogs_suggest_chinese_names(
    qtbot, demo_db: Database, tree_window_catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def cancelled(_parent: Any, _title: str, suggested: str, *_rest: Any, **_k: Any) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return "", ""  # the user cancels: only the suggestion is looked at

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    training = loaded(qtbot, TrainingEditor(demo_db, locale="zh_CN", training_id=_first(demo_db, "training")))
    visit = loaded(qtbot, VisitEditor(demo_db, locale="zh_CN", visit_id=_first(demo_db, "visit")))
    lodging = LodgingTab(demo_db, _first(demo_db, "training"), "zh_CN")
    archive = ArchiveDialog(demo_db, "zh_CN")
    for widget in (training, visit, lodging, archive):
        qtbot.addWidget(widget)
    training.export_attendees_dialog()
    lodging.export_dialog()
    visit.export_ics_dialog()
    visit.export_registration_list_dialog()
    archive.path.clear()
    archive._browse()
    for widget in (training, visit, lodging, archive):
        widget.close()  # closed here: a window shown after the test warns in the next one
    _settle()
    year = archive.year.value()
    assert offered == [
        "参加人员.xlsx", "住宿名单.xlsx", "访问日程.ics", "登记名单.xlsx",
        f"年度归档-{year}.xlsx",
    ]  # fmt: skip
