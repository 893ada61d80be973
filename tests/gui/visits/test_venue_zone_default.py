"""New trainings and visits start in the venue's zone, not Shanghai (field test 7, defect 3): the
office's place, then the city typed; a zone chosen by hand stays when the city changes."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import office as office_service

#: The offscreen platform cannot resize native windows to fit a toolbar; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def toronto_computer(monkeypatch) -> None:
    monkeypatch.delenv("PETDESK_DEFAULT_TZ", raising=False)
    monkeypatch.setenv("PETDESK_TZ", "America/Toronto")


def stored_zone(db: Database, table: str) -> str:
    return str(db.raw().execute(f"SELECT timezone FROM {table}").fetchone()[0])


def test_a_new_training_follows_the_city_typed(qtbot, db: Database, toronto_computer) -> None:
    with db.transaction() as s:
        office_service.set_identity(s, region="Europe")  # names no zone: the computer's decides
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    assert editor.zone.zone() == "America/Toronto"
    qtbot.keyClicks(editor.title_en, "Sludge treatment")
    qtbot.keyClicks(editor.city_en, "Stuttgart")
    assert editor.zone.zone() == "Europe/Berlin"
    with qtbot.waitSignal(editor.save_finished, timeout=10000):
        editor.save()
    assert stored_zone(db, "training") == "Europe/Berlin"


def test_a_zone_chosen_by_hand_stays_when_the_city_changes(qtbot, db: Database, toronto_computer) -> None:
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.city_en, "Stuttgart")
    tokyo = editor.zone.findData("Asia/Tokyo")
    editor.zone.setCurrentIndex(tokyo)
    editor.zone.activated.emit(tokyo)  # picked from the list
    editor.city_en.clear()
    qtbot.keyClicks(editor.city_en, "Paris")
    assert editor.zone.zone() == "Asia/Tokyo"
    editor.set_clean()


def test_a_new_visit_starts_in_the_offices_zone(qtbot, db: Database, toronto_computer) -> None:
    with db.transaction() as s:
        office_service.set_identity(s, name="Stuttgart Hub Office", region="Europe")
    editor = VisitEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.zone.zone() == "Europe/Berlin", timeout=10000)
    assert not editor.is_dirty()  # a suggested zone is not something typed
