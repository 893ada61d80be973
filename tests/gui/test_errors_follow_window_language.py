"""Core sentences in the window's errors speak the window's language, not the settings' (round 63):
``--lang`` runs in another language for once, and a switch that waits for the next start stores its
choice at once; the frame around the sentence comes from the installed catalogue, so the sentence
followed the settings and the box mixed two languages."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.db import DatabaseGone
from petdesk.gui import app as app_module
from petdesk.gui import database_gone
from petdesk.gui.backups.damaged import DamagedFileDialog
from petdesk.gui.operations import show_failure
from petdesk.gui.qt import QWidget
from petdesk.gui.translation import chosen_setting, store_choice
from petdesk.messages import GONE_LOST, NONE_OPEN

#: (the language the settings store, the language the window speaks)
BOTH_WAYS = [("en", "zh_CN"), ("zh_CN", "en")]


@pytest.fixture
def settings_say(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    before = chosen_setting()
    yield store_choice
    store_choice(before)


def _speaks(text: str, locale: str) -> bool:
    """Chinese for a Chinese window; no Han character at all for an English one."""
    han = re.search(r"[\u4e00-\u9fff]", text) is not None
    return han if locale == "zh_CN" else not han


@pytest.mark.parametrize(("stored", "window"), BOTH_WAYS)
def test_a_failed_operation_speaks_the_window_language(
    qtbot, translators, settings_say, stored, window
) -> None:  # type: ignore[no-untyped-def]
    settings_say(stored)
    translators(window)
    owner = QWidget()
    qtbot.addWidget(owner)
    box = show_failure(owner, sqlite3.OperationalError("database or disk is full"))
    want = "磁盘已满" if window == "zh_CN" else "the disk is full"
    assert want in box.text()
    box.close()


@pytest.mark.parametrize(("stored", "window"), BOTH_WAYS)
def test_the_database_gone_speaks_the_window_language(
    qtbot, translators, settings_say, stored, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings_say(stored)
    translators(window)
    path = tmp_path / "petdesk.sqlite"
    database_gone._told.discard(path)
    exc = DatabaseGone(GONE_LOST.format(path=path, reason=NONE_OPEN), path, None)
    dialog = database_gone.DatabaseGoneDialog(exc)
    qtbot.addWidget(dialog)
    assert _speaks(dialog.text().replace(str(path), ""), window), dialog.text()


@pytest.mark.parametrize(("stored", "window"), BOTH_WAYS)
def test_a_refused_restore_of_a_damaged_file_speaks_the_window_language(
    qtbot, translators, settings_say, stored, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings_say(stored)
    translators(window)
    damaged = tmp_path / "petdesk.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    not_a_backup = tmp_path / "notes.gz"
    not_a_backup.write_bytes(b"no backup either")
    dialog = DamagedFileDialog(damaged, "damaged")
    qtbot.addWidget(dialog)
    dialog.restore_from(not_a_backup)
    said = dialog.message.text()
    assert said and _speaks(said.replace(str(tmp_path), ""), window), said


@pytest.mark.parametrize(("stored", "window"), BOTH_WAYS)
def test_the_error_hook_follows_a_switch_made_after_the_start(
    qapp, translators, settings_say, stored, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shown: list[str] = []
    critical = staticmethod(lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(app_module.QMessageBox, "critical", critical)
    settings_say(stored)
    hook = app_module.error_dialog_hook(stored)  # the start's language
    translators(window)  # then Settings › Language
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and _speaks(shown[0], window), shown
