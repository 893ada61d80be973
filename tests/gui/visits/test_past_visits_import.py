"""File › Import Past Visits… (field test 101): the office's record sheet of past delegation visits comes
in from the window as from ``petdesk import-visits``, and the window says what was skipped and why, in
its language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QApplication, QLabel
from petdesk.gui.translation import register_fonts
from petdesk.gui.visits.past_import import PastVisitsResultDialog, import_file
from tests.helpers.changsha_workbook import VISITS, write_workbook
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

WORDS = {
    "en": (
        "Past Visits Imported",
        "row 10 skipped: no date that can be read: “待定”",
        "7 visits added from 来访记录, 2 rows skipped.\nDone: 7 · planned (dated after today): 0",
    ),
    "zh_CN": (
        "已导入以往的访问",
        "第 10 行已跳过：日期无法读取：“待定”",
        "已从“来访记录”添加 7 条访问，跳过 2 行。\n已完成：7 · 计划中（日期在今天之后）：0",
    ),
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_past_visits_imported_from_the_file_menu(
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
    book = write_workbook(tmp_path / "hub.xlsx")
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    action = window.findChild(QAction, "action_import_past_visits")
    assert action in window.menu("file").actions()

    op = import_file(window, book)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_visits_result"), timeout=5000)
    dialog = window.past_visits_result  # type: ignore[attr-defined]
    assert isinstance(dialog, PastVisitsResultDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    title, skipped, counts = WORDS[locale]
    assert dialog.windowTitle() == title
    assert skipped in dialog.text.toPlainText()
    assert counts in dialog.summary.text()
    done = counts.split("\n")[-1]
    assert done not in dialog.text.toPlainText()  # said once, above the lines (window walk 58)
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    if locale == "en":  # since 0070 a visit's country and head count are fields (the hint said notes)
        assert any("in each visit's own fields" in hint for hint in hints), hints
    assert dialog.width() <= 1024 and dialog.height() <= 640
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Visit)) == len(VISITS)
    if shots := os.environ.get("PETDESK_SHOTS"):
        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        dialog.grab().save(str(Path(shots) / f"past_visits_{locale}.png"))


def test_past_trainings_from_the_file_menu(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translators: Any,
    tree_catalogue: Path,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators("en")  # the English plural forms
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QAction, "action_import_past_trainings") in window.menu("file").actions()
    op = import_file(window, write_workbook(tmp_path / "hub.xlsx"), "trainings")
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_visits_result"), timeout=5000)
    dialog = window.past_visits_result  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Past Trainings Imported"
    assert (
        dialog.summary.text()
        == "2 trainings added from 培训, 0 rows skipped.\nDone: 2 · planned (dated after today): 0"
    )
    assert "城市污水处理技术培训" in dialog.text.toPlainText()
    assert any("each record's notes" in label.text() for label in dialog.findChildren(QLabel))
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Training)) == 2


def test_a_refused_trainings_sheet_is_titled_as_trainings(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook without a training sheet: the refusal's box said 'Import Past Visits' (review54c)."""
    from petdesk.gui.qt import QMessageBox

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    path = tmp_path / "people.csv"
    path.write_text("Name,E-mail\nLi Na,li@example.org\n", encoding="utf-8")
    import_file(window, path, "trainings")
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0][0] == "Import Past Trainings" and "training" in said[0][1]


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "1 visit added from 来访记录, 1 row skipped.\nDone: 1 · planned (dated after today): 0"),
        ("zh_CN", "已从“来访记录”添加 1 条访问，跳过 1 行。\n已完成：1 · 计划中（日期在今天之后）：0"),
    ],
)
def test_one_row_skipped_is_said_in_one_sentence(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    translators: Any,
    tree_catalogue: Path,
    locale: str,
    said: str,
) -> None:
    """The summary said "1 visit added from 来访记录." and "1 row skipped." apart: one sentence now, as
    the command line says it, with each count's own plural."""
    import datetime as dt

    from petdesk.services.past_visits import Added, PastVisitsResult, Skipped

    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    day = dt.date(2019, 5, 12)
    result = PastVisitsResult(
        sheet="来访记录", added=[Added(2, "v", "Visit", day, day, "DE", 6)], skipped=[Skipped(3, "empty row")]
    )
    dialog = PastVisitsResultDialog(result, [])
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == said
