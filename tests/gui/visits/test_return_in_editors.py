"""Return in a text box of the visit or training editor does not press a picker's Choose…
button (field test F5: it opened the Host/Organiser picker and the typed title went unsaved)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QPushButton, Qt
from petdesk.gui.record_editor import RecordEditor
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.gui.visits.edit import VisitEditor
from petdesk.gui.visits.widgets import RecordField

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("kind", [VisitEditor, TrainingEditor])
def test_return_in_the_title_opens_no_picker(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, kind: type[RecordEditor]
) -> None:
    chosen: list[RecordField] = []
    monkeypatch.setattr(RecordField, "choose", lambda field: chosen.append(field))
    editor = kind(db, locale="en")  # type: ignore[call-arg]
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.is_busy())
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    title = editor.title_en  # type: ignore[attr-defined]
    assert editor.focusWidget() is title
    qtbot.keyClicks(title, "Hamburg")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert chosen == []
    assert editor.isVisible()
    # No button of the form is the dialog's default: Return is not a click on any of them.
    pushes = [b for b in editor.findChildren(QPushButton) if b.isVisibleTo(editor)]
    assert pushes and not any(b.autoDefault() or b.isDefault() for b in pushes)
