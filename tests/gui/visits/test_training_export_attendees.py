"""The training editor's Export participants… writes what ``export-contacts --training`` writes, in
the format of the file name chosen, and says how many it wrote: attendees and organisers, as the
dossier's participant list, not the trainers (field test 23, §5: "18 attendees" counted the
organiser)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.enums import TrainingRole
from petdesk.gui import csv_separator
from petdesk.gui.qt import QFileDialog
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import importing
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_editor(qtbot: Any, db: Database, tid: str | None) -> TrainingEditor:
    editor = TrainingEditor(db, locale="en", training_id=tid)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    return editor


def test_export_attendees_writes_the_file_named(
    qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translators: Any
) -> None:
    translators("en")
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        ts.register(s, ids["training"], person(s, "Yang", "Liu").id, TrainingRole.ORGANISER)
    editor = open_editor(qtbot, db, ids["training"])
    out = tmp_path / "course.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    # the field separator asked before a CSV (tests/gui/test_csv_separator.py): a German office's
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ";")
    action = editor.export_attendees_action
    assert action.isEnabled() and action.text() == "Export participants…"
    action.trigger()
    qtbot.waitUntil(lambda: "exported" in editor.message.text(), timeout=10000)
    # (the English plural form comes with the catalogues, made at merge)
    said = editor.message.text()
    assert said.startswith("3 participant") and "(attendees and organisers)" in said and "course.csv" in said
    table = importing.read_table(out)  # a CSV, by the name's ending
    assert table.delimiter == ";"
    assert len(table.rows) == 3
    assert any("Liu" in " ".join(row) for _n, row in table.rows)  # the organiser
    assert not any("Andersson" in " ".join(row) for _n, row in table.rows)  # not the trainer


def test_the_command_line_help_says_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    from petdesk.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "en", "export-contacts", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "only this training's participants: attendees and organisers (not its trainers)" in said


def test_a_new_training_has_no_attendees_to_export(qtbot: Any, db: Database) -> None:
    editor = TrainingEditor(db, locale="en")
    qtbot.addWidget(editor)
    assert not editor.export_attendees_action.isEnabled()
