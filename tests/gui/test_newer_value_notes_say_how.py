"""A status or stage a newer petdesk stored, on a field the editor does not change by choosing in it
(a visit's or training's status is moved by the toolbar's buttons, an existing project's stage on the
board): the note says how it changes, not "kept unless you change this field" (shots56: the user
looked for a box to change)."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from tests.helpers import editors
from tests.helpers.newer_values import NEWER

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DAY = dt.date(2027, 3, 8)


def _plant(db: Database, table: str, column: str, row_id: str) -> None:
    with closing(db.raw()) as conn, conn:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (NEWER, row_id))


def _says_how(text: str, how: str) -> None:
    assert f"“{NEWER}”" in text and how in text
    assert "unless you change this field" not in text


def test_visit_status(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits

    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY).id
    _plant(db, "visit", "status", visit_id)
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.status_note.isVisible()
    _says_how(editor.status_note.text(), "confirm, mark done or cancel the visit with the buttons above")


def test_training_status(qtbot: QtBot, db: Database) -> None:
    from petdesk.gui.trainings.edit import TrainingEditor
    from petdesk.services import trainings

    with db.transaction() as s:
        training_id = trainings.create_training(s, title_en="Sludge course", start_date=DAY, end_date=DAY).id
    _plant(db, "training", "status", training_id)
    editor = TrainingEditor(db, locale="en", training_id=training_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.status_note.isVisible()
    _says_how(editor.status_note.text(), "cancel the training with the buttons above")


def _project_note(qtbot: QtBot, db: Database, locale: str) -> str:
    from petdesk.gui.projects.project_dialog import ProjectDialog
    from petdesk.services import projects

    with db.transaction() as s:
        project_id = projects.create_project(s, title_en="Sponge city").id
    _plant(db, "project", "status", project_id)
    dialog = ProjectDialog(db, locale, project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.title_en.text() != "")
    assert not dialog.stage.isEnabled()  # why the note cannot say "change this field"
    assert dialog.stage_note.isVisible()
    return dialog.stage_note.text()


def test_project_stage(qtbot: QtBot, db: Database) -> None:
    _says_how(_project_note(qtbot, db, "en"), "moved to another stage on the Projects board")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_project_stage_in_chinese(qtbot: QtBot, db: Database) -> None:
    text = _project_note(qtbot, db, "zh_CN")
    assert f"“{NEWER}”" in text and "看板" in text and "board" not in text


def test_the_note_is_as_high_as_its_lines(qtbot: QtBot, db: Database) -> None:
    """The note is as high as its wrapped lines at its width: it had the height of four lines at a
    narrow guessed width, a gap above and below a single line between Direction and Dates (shots56)."""
    from petdesk.gui.visits.edit import VisitEditor
    from petdesk.services import visits

    with db.transaction() as s:
        visit_id = visits.create_visit(s, title_en="Stuttgart delegation", start_date=DAY, end_date=DAY).id
    _plant(db, "visit", "status", visit_id)
    editor = VisitEditor(db, locale="en", visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    note = editor.status_note
    qtbot.waitUntil(lambda: note.isVisible() and note.width() > 600)
    lines = note.heightForWidth(note.width()) // note.fontMetrics().lineSpacing()
    assert lines <= 2, (note.geometry(), note.heightForWidth(note.width()))
    qtbot.waitUntil(lambda: note.height() <= note.heightForWidth(note.width()) + 2, timeout=2000)
