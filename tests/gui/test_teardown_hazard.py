"""A GUI test that ends with a changed editor open must not hang pytest-qt's teardown.

Closing a changed editor asks "save changes?"; offscreen nobody answers, so before the teardown
hook in ``tests/helpers/fixtures.py`` such a test hung the whole run. The inner test below leaves
an editor with typed text open; the outer one runs it in its own pytest and needs it to finish.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

INNER = "PETDESK_TEARDOWN_HAZARD_INNER"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

_kept: list[object] = []


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by the test below, in its own pytest")
def test_ends_with_a_changed_editor_open(qtbot: QtBot) -> None:
    from petdesk.gui.qt import QLineEdit, QVBoxLayout
    from petdesk.gui.record_editor import RecordEditor

    class NameEditor(RecordEditor):
        def __init__(self) -> None:
            super().__init__()
            self.name = QLineEdit(self)
            QVBoxLayout(self).addWidget(self.name)
            self.watch_form(self)

        def save_changes(self) -> bool:
            raise AssertionError("nothing is saved at the end of a test")

    editor = NameEditor()
    _kept.append(editor)  # as a page keeps its editor: alive when pytest-qt closes its widgets
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.name, "Typed and never saved")
    assert editor.is_dirty()


def test_a_changed_editor_left_open_does_not_hang_the_teardown() -> None:
    env = {**os.environ, INNER: "1"}
    test = f"{Path(__file__).relative_to(ROOT)}::test_ends_with_a_changed_editor_open"
    try:
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the teardown waited for an answer to the unsaved-changes box")
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout + run.stderr
