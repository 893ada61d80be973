"""Field test 30, defect 1: an older file is upgraded in the background under a dialog that says
which step runs, with a bar, the elapsed time and where the backup is; closing it asks, then stops
the upgrade safely (rolled back: the file as it was)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from petdesk import db as database
from petdesk.db import (
    MIGRATE_STEP,
    UpgradeStopped,
    UpgradeWatch,
    code_heads,
    inspect_file,
    make_upgrade_engine,
    needs_upgrade,
    upgrade,
)
from petdesk.gui.qt import QDialog, QMessageBox
from petdesk.gui.upgrade_dialog import UpgradeDialog

# modal dialogs shown offscreen
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OLD = "0035_substitutes"
real_upgrade = upgrade


@pytest.fixture(scope="module")
def old_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file at OLD, made once per module: its 35 migrations took seconds in each test."""
    path = tmp_path_factory.mktemp("old") / "office.sqlite"
    engine = make_upgrade_engine(path)
    try:
        real_upgrade(engine, OLD)
    finally:
        engine.dispose()
    return path


@pytest.fixture
def old_file(old_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the file at OLD: each test upgrades (or stops upgrading) its own."""
    path = tmp_path / "office.sqlite"
    shutil.copy(old_template, path)  # copy, not copyfile: the file keeps its mode
    return path


@pytest.fixture
def slow_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deliberately slow first migration step (about 3 s, asking often whether to stop), then the
    real migrations."""

    def slow(engine: Any, target: str = "heads", watch: UpgradeWatch | None = None) -> None:
        assert watch is not None
        for _ in range(150):
            watch.step(MIGRATE_STEP, 0, 3, "0099_slow_step")
            time.sleep(0.02)
        real_upgrade(engine, target, watch)

    monkeypatch.setattr(database, "upgrade", slow)


def _shot(dialog: UpgradeDialog, name: str) -> None:
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.grab().save(f"{shots}/{name}.png")


def test_the_dialog_shows_the_steps_and_opens_the_upgraded_file(
    qtbot, old_file: Path, slow_upgrade: None
) -> None:  # type: ignore[no-untyped-def]
    assert needs_upgrade(old_file)
    dialog = UpgradeDialog(old_file)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.step_label.toolTip() == "0099_slow_step", timeout=20_000)
    # plain words for the user, the migration's code only in the tooltip for IT (polish 49)
    assert dialog.step_label.text() == "Upgrading: step 1 of 3…"
    assert dialog.bar.maximum() == 0  # busy
    assert Path(dialog.backup_path.text()).is_file()
    assert dialog.elapsed_label.text().startswith("Elapsed: 0:0")
    _shot(dialog, "upgrade_dialog_en")
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        pass
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.database is not None
    dialog.database.close()
    assert inspect_file(old_file).revisions == code_heads()
    assert not needs_upgrade(old_file)


def test_closing_asks_then_stops_and_leaves_the_file_as_it_was(
    qtbot, old_file: Path, slow_upgrade: None
) -> None:  # type: ignore[no-untyped-def]
    dialog = UpgradeDialog(old_file)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.step_label.toolTip() == "0099_slow_step", timeout=20_000)
    dialog.close()
    assert dialog.isVisible()  # not closed before the user answers
    question = dialog.findChild(QMessageBox, "stop_question")
    assert question is not None and question.isVisible()
    _shot(dialog, "upgrade_dialog_stop_question")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        question.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert isinstance(dialog.error, UpgradeStopped)
    assert dialog.database is None
    assert inspect_file(old_file).revisions == {OLD}  # rolled back
    assert needs_upgrade(old_file)  # the next start upgrades it again


def test_answering_no_lets_the_upgrade_go_on(qtbot, old_file: Path, slow_upgrade: None) -> None:  # type: ignore[no-untyped-def]
    dialog = UpgradeDialog(old_file)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.step_label.toolTip() == "0099_slow_step", timeout=20_000)
    dialog.close()
    question = dialog.findChild(QMessageBox, "stop_question")
    question.button(QMessageBox.StandardButton.No).click()
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        pass
    assert dialog.database is not None
    dialog.database.close()
    assert inspect_file(old_file).revisions == code_heads()
