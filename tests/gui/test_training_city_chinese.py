"""Polish 49: typing Chinese into the training editor's "City (Chinese)" box, as users do (through an
input method, or by pasting), sets the venue's zone and leaves the window alive.

``qtbot.keyClicks(editor.city_zh, "唐山")`` aborts the test process: QTest turns each character into
a key code with ``QTest::asciiToKey``, which asserts on any non-ASCII character ("ASSERT: false in
qasciikey.cpp, line 192", inside keyClicks, before any petdesk code runs). Real Chinese never comes
as key clicks: an IME commits it in a QInputMethodEvent, which is what these tests send.
"""

from __future__ import annotations

import gc

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QKeySequence
from petdesk.gui.trainings.edit import TrainingEditor
from tests.helpers.input_method import compose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def berlin_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new training starts in Berlin's zone, so that only the typed city can make it Shanghai's."""
    monkeypatch.setenv("PETDESK_DEFAULT_TZ", "Europe/Berlin")


def _editor(qtbot: QtBot, db: Database) -> TrainingEditor:
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.zone.zone() == "Europe/Berlin", timeout=10_000)  # the office's
    return editor


def test_a_chinese_city_typed_through_an_input_method_sets_the_zone(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db)
    compose(editor.city_zh, "tangshan", "唐山")
    assert editor.city_zh.text() == "唐山"
    qtbot.waitUntil(lambda: editor.zone.zone() == "Asia/Shanghai", timeout=10_000)
    gc.collect()  # where the key-click run died: nothing of petdesk's is left half-made
    assert editor.isVisible() and editor.city_zh.text() == "唐山"


def test_a_pasted_chinese_city_sets_the_zone(qtbot: QtBot, db: Database) -> None:
    editor = _editor(qtbot, db)
    QApplication.clipboard().setText("唐山")
    editor.city_zh.setFocus()
    qtbot.keySequence(editor.city_zh, QKeySequence.StandardKey.Paste)
    assert editor.city_zh.text() == "唐山"
    qtbot.waitUntil(lambda: editor.zone.zone() == "Asia/Shanghai", timeout=10_000)
    gc.collect()
    assert editor.isVisible()
