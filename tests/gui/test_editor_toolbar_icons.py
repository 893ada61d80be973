"""polish53: Name cards (visit editor), Export participants and Certificates (training editor), and
the Trainings list's Name cards had no icon while every other entry beside them had one."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QToolBar, QWidget
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _entries(toolbar: QToolBar) -> list[QAction]:
    return [a for a in toolbar.actions() if not a.isSeparator() and a.isVisible()]


def _without_icon(toolbar: QToolBar) -> list[str]:
    return [a.text() for a in _entries(toolbar) if a.icon().isNull()]


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    """The window registers the features' toolbar entries (Dossier, Name cards, the icons)."""
    main = MainWindow(demo_db, locale="en")
    qtbot.addWidget(main)
    return main


def _shown(qtbot: QtBot, editor: QWidget) -> None:
    qtbot.addWidget(editor)
    editor.show()
    loaded(qtbot, editor)


def test_every_visit_editor_entry_has_an_icon(qtbot: QtBot, window: MainWindow) -> None:
    with window.db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Bonn study visit", title_zh="波恩考察", start_date=dt.date(2027, 6, 1),
            end_date=dt.date(2027, 6, 4),
        )  # fmt: skip
        visit_id = visit.id
    editor = VisitEditor(window.db, locale="en", visit_id=visit_id)
    _shown(qtbot, editor)
    assert editor.namecards_action in _entries(editor.toolbar)
    assert not _without_icon(editor.toolbar)
    editor.close()


def test_every_training_editor_entry_has_an_icon(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("trainings")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    training_id = page.model.row_id(0)
    editor = TrainingEditor(window.db, locale="en", training_id=training_id)
    _shown(qtbot, editor)
    entries = _entries(editor.toolbar)
    for action in (editor.export_attendees_action, editor.certificates_action, editor.namecards_action):
        assert action in entries
    assert not _without_icon(editor.toolbar)
    editor.close()
    # The list's Name cards beside its Dossier too.
    assert not page.namecards_action.icon().isNull()
