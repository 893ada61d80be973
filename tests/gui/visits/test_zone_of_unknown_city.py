"""The editors' zone follows a city petdesk does not know when its name says its country
(import49: a visit's item in Zibo, a training in Tangshan stayed in another zone or UTC)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.item import ItemDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def toronto_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PETDESK_DEFAULT_TZ", raising=False)
    monkeypatch.setenv("PETDESK_TZ", "America/Toronto")


def test_an_item_in_zibo_follows_the_city_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ItemDialog(locale="en", timezone="Europe/Berlin", day=dt.date(2027, 1, 12), people=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.city_en, "Zibo, China")
    qtbot.waitUntil(lambda: dialog.zone.zone() == "Asia/Shanghai")
    dialog.city_en.clear()
    qtbot.keyClicks(dialog.city_en, "Kobe, Japan")
    qtbot.waitUntil(lambda: dialog.zone.zone() == "Asia/Tokyo")


def test_a_training_in_tangshan_is_in_beijing_time(  # type: ignore[no-untyped-def]
    qtbot, db: Database, toronto_computer: None
) -> None:
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.zone.zone() == "America/Toronto")
    qtbot.keyClicks(editor.city_en, "Tangshan, China")
    qtbot.waitUntil(lambda: editor.zone.zone() == "Asia/Shanghai")
    editor.set_clean()
