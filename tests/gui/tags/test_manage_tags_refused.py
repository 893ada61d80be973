"""Manage Tags on a disk with no room (errors53): a refused rename showed ``str(exc)``, SQLite's
statement with the tags' JSON. It now says that writing to the database (named) failed, in the
window's language; the tags are as they were. The disk is really out of room: a file-size limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from tests.gui.tags.test_manage_tags import _all_tags, _open, asked, window  # noqa: F401 (fixtures)
from tests.helpers.file_limit import file_size_limit, no_room_for_a_write

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.mark.usefixtures("asked")
def test_a_rename_on_a_full_disk_names_the_database(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 (the fixture imported)
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the error log goes there
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    shown: list[str] = []
    # The box is modal (exec): its text is kept, and it is answered at once.
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a, **_k: shown.append(text))
    before = _all_tags(db)
    dialog = _open(qtbot, window)
    dialog.select_tags("媒体")
    dialog.new_name.setText("media")
    with file_size_limit(no_room_for_a_write(db.path)):
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert len(shown) == 1 and str(db.path) in shown[0], shown
    assert shown[0].startswith("Could not change the tags: writing to the database"), shown
    assert "UPDATE" not in shown[0] and "sqlite3" not in shown[0] and "媒体" not in shown[0], shown
    assert _all_tags(db) == before
    qtbot.waitUntil(lambda: dialog.rename_button.isEnabled())  # ready to try again


@pytest.mark.usefixtures("asked")
def test_the_refusal_is_a_whole_sentence_in_chinese(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 (the fixture imported)
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tree_window_catalogue: None,
) -> None:
    """shots53b: the box showed plain_error's clause bare, "writing to the database … failed: …" in
    lower case without a full stop; it is now said as a sentence of the dialog's own."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a, **_k: shown.append(text))
    window.ui_locale = "zh_CN"  # type: ignore[attr-defined]
    dialog = _open(qtbot, window)
    dialog.ui_locale = "zh_CN"  # type: ignore[attr-defined]
    dialog.select_tags("媒体")
    dialog.new_name.setText("media")
    with file_size_limit(no_room_for_a_write(db.path)):
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    (said,) = shown
    assert said.startswith("无法更改标签：写入数据库 ") and said.endswith("。"), said
    qtbot.waitUntil(lambda: dialog.rename_button.isEnabled())
