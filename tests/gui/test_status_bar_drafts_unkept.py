"""layout55: at 1024 px the status bar cut "Drafts of unsaved changes cannot be kept: the folder X
cannot be written. Your changes are kept only when you save." inside its folder's path: the
sentence that says what to do was never seen. The path is cut in its middle now, the rest whole,
and the whole message is the bar's tooltip."""

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
    editor = TechnologyEditor(db, "en", parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.name_en, "Acoustic leak detection")
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "drafts_unkept") is not None, timeout=10000)
    bar = window.statusBar()
    whole = f"Drafts of unsaved changes cannot be kept: the folder {folder} cannot be written. {LAST}"
    qtbot.waitUntil(lambda: bar.currentMessage() == whole)
    drawn = _drawn(bar)
    assert drawn != whole and drawn.endswith(LAST), drawn  # the path cut, the sentence after it whole
    assert drawn.startswith("Drafts of unsaved changes cannot be kept: the folder ")
    assert "…" in drawn and drawn.replace("…", "") != drawn
    assert folder.name in drawn  # the path's end, the folder's own name, shown
    assert bar.toolTip() == whole
    summary = window.status_label.mapTo(bar, window.status_label.rect().topLeft()).x()
    assert bar.fontMetrics().horizontalAdvance(drawn) < summary  # clear of the office summary
    # wider, more of the path is shown; narrower, less of it
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: len(_drawn(bar)) > len(drawn))
    assert _drawn(bar).endswith(LAST) and bar.toolTip() == whole
    window.resize(920, 600)
    qtbot.waitUntil(lambda: len(_drawn(bar)) < len(drawn))
    assert _drawn(bar).endswith(LAST) and bar.currentMessage() == whole
    # another message takes its place: cut at its end as ever
    bar.showMessage("x" * 400)
    assert _drawn(bar).endswith("…") and bar.toolTip() == "x" * 400
    editor.set_clean()
    editor.close()
    db.close()
