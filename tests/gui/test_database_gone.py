"""The window tells when its database file went away (a stick pulled out) and where the rescued
copy is, at a write, at the idle checkpoint and at closing (field test 39, defect 2: edits saved to
a deleted file, the window closed without a word)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import database_gone
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import Changes, background_busy, write_op
from petdesk.gui.qt import QApplication, QMessageBox

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="a file open elsewhere cannot be removed on Windows"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The database on a "stick"; rescued copies go to a data folder of the test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    database_gone._told.clear()
    (tmp_path / "stick").mkdir()
    return tmp_path / "stick" / "petdesk.sqlite"


def _window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    window.idle_checkpoint.every.stop()
    with qtbot.waitSignal(_add(db, "Before").finished):
        pass
    # The pages' first reads hold the pool's connections while they run (long under CI load): the
    # rescue copies from an idle one, so the file goes once they are done.
    qtbot.waitUntil(lambda: not background_busy(), timeout=30_000)
    return window


def _add(db: Database, family: str):  # type: ignore[no-untyped-def]
    return write_op(
        db, lambda s: s.add(m.Contact(family_name=family, given_name="Ada")), changes=Changes.of("contact")
    )


def _gone_dialog(qtbot) -> database_gone.DatabaseGoneDialog:  # type: ignore[no-untyped-def]
    def shown() -> database_gone.DatabaseGoneDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, database_gone.DatabaseGoneDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=20_000)  # the rescue copy is made first
    dialog = shown()
    assert dialog is not None
    return dialog


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT family_name FROM contact")}


def test_a_write_after_the_stick_is_pulled_out_warns_once_and_saves_the_copy(
    qtbot, db: Database, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, db)
    shutil.rmtree(db_path.parent)
    with qtbot.waitSignal(_add(db, "After").failed):
        pass
    dialog = _gone_dialog(qtbot)
    assert f"The database file {db_path} is no longer there (was the stick removed?)" in dialog.text()
    assert dialog.copy is not None and _names(dialog.copy) == {"Before"}
    assert dialog.save_button is not None
    # A folder that is not there (the other stick pulled out too): said plainly, naming the file,
    # without the system's "[Errno 2] No such file or directory" (errors53).
    nowhere = tmp_path / "second-stick" / "copy.sqlite"
    dialog.save_to(nowhere)
    said = dialog.informativeText()
    assert "the folder is not there" in said and f"({nowhere})" in said and "Errno" not in said, said
    target = tmp_path / "elsewhere.sqlite"
    dialog.save_to(target)
    assert _names(target) == {"Before"} and target.stat().st_mode & 0o077 == 0
    assert "The copy was saved as" in dialog.informativeText() and dialog.isVisible()
    with qtbot.waitSignal(_add(db, "Again").failed):  # told once, not at every write
        pass
    assert sum(isinstance(w, database_gone.DatabaseGoneDialog) for w in QApplication.topLevelWidgets()) == 1
    dialog.done(QMessageBox.StandardButton.Close)
    window.close()


def test_the_idle_checkpoint_notices_and_closing_waits_for_the_warning(
    qtbot, db: Database, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, db)
    shutil.rmtree(db_path.parent)
    window.idle_checkpoint.run()
    dialog = _gone_dialog(qtbot)
    assert dialog.copy is not None and _names(dialog.copy) == {"Before"}
    dialog.done(QMessageBox.StandardButton.Close)


def test_closing_the_window_on_a_removed_file_warns_first(qtbot, db: Database, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, db)
    shutil.rmtree(db_path.parent)
    window.close()
    assert window.isVisible()  # the warning first
    dialog = _gone_dialog(qtbot)
    assert dialog.copy is not None and _names(dialog.copy) == {"Before"}
    dialog.done(QMessageBox.StandardButton.Close)
    qtbot.waitUntil(lambda: not window.isVisible())
