"""The window opens a file in which a newer petdesk stored values this release does not know (a role,
a status, a kind …): every list and the record editors open, and saving an edit of another field
keeps the stored value."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from tests.gui.test_accessible_names import all_editors
from tests.helpers.editors import loaded, save
from tests.helpers.newer_values import NEWER, plant_newer_values, stored


@pytest.fixture
def newer_db(demo_db: Database) -> Database:
    plant_newer_values(demo_db, every=1)  # every row: the first record of each kind has them
    return demo_db


def test_every_list_opens(qtbot: QtBot, newer_db: Database) -> None:
    window = MainWindow(newer_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in ("organisations", "contacts", "visits", "trainings"):
        page = window.show_page(key)
        qtbot.waitUntil(lambda page=page: page.count_label.text() != "", timeout=10_000)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10_000)


def test_every_editor_opens(qtbot: QtBot, newer_db: Database) -> None:
    for make in all_editors(newer_db, "en"):
        editor = make()
        qtbot.addWidget(editor)
        if hasattr(editor, "is_busy"):
            loaded(qtbot, editor)
        editor.close()


def test_saving_another_field_keeps_the_stored_values(qtbot: QtBot, newer_db: Database) -> None:
    with newer_db.reading() as s:
        training_id = s.execute(text("SELECT id FROM training LIMIT 1")).scalar_one()
        visit_id = s.execute(text("SELECT id FROM visit LIMIT 1")).scalar_one()
    training = loaded(qtbot, TrainingEditor(newer_db, locale="en", training_id=training_id))
    qtbot.addWidget(training)
    training.title_en.setText("Renamed at an older office")
    assert save(qtbot, training)
    visit = loaded(qtbot, VisitEditor(newer_db, locale="en", visit_id=visit_id))
    qtbot.addWidget(visit)
    visit.title_en.setText("Renamed at an older office")
    assert save(qtbot, visit)
    assert stored(newer_db, "training", "title_en", training_id) == "Renamed at an older office"
    assert stored(newer_db, "training", "status", training_id) == NEWER
    assert stored(newer_db, "visit", "title_en", visit_id) == "Renamed at an older office"
    assert (
        stored(newer_db, "visit", "status", visit_id),
        stored(newer_db, "visit", "direction", visit_id),
    ) == (
        NEWER,
        NEWER,
    )
