"""layout55: at 1024 px the status bar cut "Drafts of unsaved changes cannot be kept: the folder X
cannot be written. Your changes are kept only when you save." inside its folder's path: the
sentence that says what to do was never seen. The path is cut in its middle now, the rest whole;
where even that does not fit beside the office summary, a short form says what to do; the whole
message is the bar's tooltip (and the editor's own note)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import drafts
from petdesk.db import open_database
from petdesk.gui import record_editor
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QStatusBar
from petdesk.gui.technologies.editors import TechnologyEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LAST = "Your changes are kept only when you save."
SHORT = "Drafts cannot be kept: your changes are kept only when you save."


def _drawn(bar: QStatusBar) -> str:
    return QStatusBar.currentMessage(bar)  # as drawn (cut), not as given


def test_the_drafts_notice_keeps_its_last_sentence_at_1024(
    qtbot: QtBot, tmp_path: Path, empty_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an office's database on a shared drive, several folders deep
    office = tmp_path / "Shared drive" / "Environmental technology cooperation" / "Beijing office"
    office.mkdir(parents=True)
    shutil.copy(empty_template, office / "petdesk.sqlite")
    db = open_database(office / "petdesk.sqlite")
    monkeypatch.setattr(record_editor.RecordEditor, "DRAFT_DELAY_MS", 100)
    folder = drafts.folder_for(db.path)
    folder.write_bytes(b"not a folder")  # no draft can be written there, even by root
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.status_label.text()), timeout=10000)  # the office summary
    editor = TechnologyEditor(db, "en", parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.name_en, "Acoustic leak detection")
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "drafts_unkept") is not None, timeout=10000)
    bar = window.statusBar()
    whole = f"Drafts of unsaved changes cannot be kept: the folder {folder} cannot be written. {LAST}"
    qtbot.waitUntil(lambda: bar.currentMessage() == whole)

    def clear_of_the_summary() -> bool:
        summary = window.status_label.mapTo(bar, window.status_label.rect().topLeft()).x()
        return bar.fontMetrics().horizontalAdvance(_drawn(bar)) < summary

    # At 1024 px beside the office summary even "…drafts" leaves no room: the short form, whole.
    qtbot.waitUntil(lambda: _drawn(bar) == SHORT and clear_of_the_summary())
    assert bar.toolTip() == whole and bar.currentMessage() == whole
    # Wider, the sentence with its path cut in the middle, the folder's own name still shown.
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: _drawn(bar) not in (SHORT, whole))
    drawn = _drawn(bar)
    assert drawn.startswith("Drafts of unsaved changes cannot be kept: the folder ") and "…" in drawn
    assert drawn.endswith(LAST) and folder.name in drawn, drawn
    assert bar.toolTip() == whole and clear_of_the_summary()
    # another message takes its place: cut at its end as ever
    bar.showMessage("x" * 400)
    assert _drawn(bar).endswith("…") and bar.toolTip() == "x" * 400
    editor.set_clean()
    editor.close()
    db.close()
