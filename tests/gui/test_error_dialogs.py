"""The window meets faults with a dialog of one sentence, never a traceback on the terminal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.gui import app as app_module


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(app_module.QMessageBox, "critical", staticmethod(critical))
    # run() installs the chosen language's translators on the shared application: not here.
    monkeypatch.setattr(app_module, "install_translators", lambda _app, _locale: None)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PETDESK_LANG", "en")
    return shown


def test_foreign_file_at_start_gets_a_dialog(qapp, dialogs: list[str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # (A damaged file gets the damaged-file dialog with its backups: tests/gui/backups.)
    path = tmp_path / "other_app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert app_module.run(path) == 1
    assert len(dialogs) == 1 and "another program" in dialogs[0]
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == before


def test_errors_in_the_window_become_a_dialog_and_a_log_entry(
    qapp, dialogs: list[str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    hook = app_module.error_dialog_hook("en")
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert dialogs == ["the disk is full: free some space and try again. Nothing was changed"]
    assert "Traceback" not in capsys.readouterr().err
    log = tmp_path / "data" / "petdesk" / "petdesk-errors.log"
    assert "OperationalError" in log.read_text(encoding="utf-8")


# the upgrade runs under its progress dialog (field test 30), a modal dialog offscreen
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_failed_upgrade_shows_a_plain_sentence_and_the_cause_under_details(
    qapp, dialogs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from petdesk import db as dbmod
    from tests.core.faults.v1_file import V1_DB

    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_DB, path)
    raw = "UNIQUE constraint failed: contact_method.key"

    def upgrade_that_fails(engine, target="heads", watch=None):  # type: ignore[no-untyped-def]
        raise sqlite3.IntegrityError(raw)

    monkeypatch.setattr(dbmod, "upgrade", upgrade_that_fails)
    shown: list[tuple[str, str]] = []

    def exec_(box: app_module.QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(app_module.QMessageBox, "exec", exec_)
    assert app_module.run(path) == 1
    [(text, details)] = shown
    assert "could not be upgraded" in text and "the file is unchanged" in text, text
    assert "UNIQUE" not in text and "IntegrityError" not in text
    assert details == f"IntegrityError: {raw}"
    assert dialogs == []  # no second dialog
