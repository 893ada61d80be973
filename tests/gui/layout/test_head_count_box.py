"""The visit editor's Head count (visitfacts55) is a four-digit box: on the screenshots of shots55 it
ran the form's whole width (930 px at 1366×768), its arrows far from the "—" they change."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.visits.edit import VisitEditor
from tests.helpers.editors import loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_head_count_box_is_as_wide_as_its_count(
    qtbot: QtBot, db: Database, translators, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    editor = loaded(qtbot, VisitEditor(db, locale=locale))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    box = editor.head_count
    box.setValue(9999)  # the widest count it takes, whole
    assert box.width() >= box.sizeHint().width()
    assert box.lineEdit().width() >= box.fontMetrics().horizontalAdvance("9999")
    assert box.width() <= box.sizeHint().width() + 2, f"{box.width()} px for {box.sizeHint().width()}"
    assert box.width() < editor.country.width() / 3  # the country's names need the room
