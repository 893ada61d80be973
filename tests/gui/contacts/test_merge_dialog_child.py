"""The Duplicates dialog searching a large file through a child process (issue 17): its pairs,
its steps in the progress bar, Stop, and a child that fails."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.gui.qt import Qt
from petdesk.services import duplicates, duplicates_child
from tests.core.contacts.test_duplicates_blocking import _address_book
from tests.core.contacts.test_duplicates_child import children_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def through_child(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small address book searched as a large one is (the threshold lowered); returns the
    temporary folder the child's own folder is made in."""
    _address_book(db, n=60)
    monkeypatch.setattr(duplicates_child, "CHILD_FROM", 1)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_the_dialog_lists_the_pairs_the_child_finds(qtbot, db: Database, through_child: Path) -> None:
    with db.reading() as s:
        everything = duplicates.find_contact_duplicates(s)
    assert len(everything) >= 3
    dialog = MergeDialog(db, "en")
    qtbot.addWidget(dialog)
    steps: list[str] = []
    dialog.find_progress.valueChanged.connect(lambda _value: steps.append(dialog.status_label.text()))
    dialog.show()
    assert dialog.stop_button.isVisible()
    qtbot.waitUntil(lambda: children_of(os.getpid()) != [], timeout=5000)  # the child runs
    with qtbot.waitSignal(dialog.pairs_loaded, timeout=20000) as loaded:
        pass
    assert loaded.args == [len(everything)] and dialog.pairs == everything
    assert any("comparing names" in text for text in steps)  # its steps reached the bar
    assert "same" in dialog.reasons_label.text()
    assert not dialog.stop_button.isVisible() and dialog.find_button.isEnabled()
    qtbot.waitUntil(lambda: children_of(os.getpid()) == [], timeout=5000)
    assert list(through_child.iterdir()) == []


def test_stop_kills_the_child_and_leaves_nothing(qtbot, db: Database, through_child: Path) -> None:
    dialog = MergeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: children_of(os.getpid()) != [], timeout=5000)
    loaded: list[int] = []
    dialog.pairs_loaded.connect(loaded.append)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Stopped; the search for duplicates was not finished."
    assert dialog.find_progress.isHidden() and dialog.stop_button.isHidden()
    assert dialog.find_button.isEnabled()
    qtbot.waitUntil(lambda: children_of(os.getpid()) == [], timeout=5000)  # killed and reaped
    qtbot.waitUntil(lambda: list(through_child.iterdir()) == [], timeout=5000)
    assert loaded == [] and dialog.pairs == []


def test_a_failing_child_is_told_in_plain_words(
    qtbot, db: Database, through_child: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fails = "import sys\nsys.exit('petdesk: error: the disk is full')\n"
    monkeypatch.setattr(duplicates_child, "petdesk_command", lambda: [sys.executable, "-c", fails])
    dialog = MergeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        pass
    expected = "The search for duplicates failed: petdesk: error: the disk is full"
    assert failed.args == [expected]
    assert dialog.status_label.text() == f"Failed: {expected}"
    assert dialog.find_button.isEnabled() and dialog.stop_button.isHidden()
    assert list(through_child.iterdir()) == []
