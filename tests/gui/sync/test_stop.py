"""The sync windows' Stop button ends an export with no package written and an import with nothing
imported (a first exchange at a hub's scale takes minutes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.gui.qt import Qt
from petdesk.gui.sync.export_dialog import ExportDialog
from petdesk.gui.sync.import_dialog import ImportDialog
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import TEST_KDF_N  # a cheap key: the stop is what is tested, not scrypt
from tests.helpers.held import hold

PASSPHRASE = "shared by both offices"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _office(path: Path, name: str, *, people: int = 0) -> Database:
    db = open_database(path)
    with db.transaction() as session:
        office_service.set_identity(session, name=name)
        session.add_all(m.Contact(family_name=f"Zhao{i}", given_name="Lei") for i in range(people))
    return db


def test_stop_ends_a_sync_export_with_no_package(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _office(tmp_path / "beijing.sqlite", "Beijing", people=3)
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    out = tmp_path / "out" / "all.petdesk-sync"
    out.parent.mkdir()
    dialog.path.setText(str(out))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.recipient.setCurrentIndex(0)
    started, release = hold(monkeypatch, service, "export_changes")
    assert not dialog.stop_button.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert dialog.stop_button.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: dialog.message.text() == "Stopped; no package was written.", timeout=20_000)
    assert list(out.parent.iterdir()) == [] and dialog.result is None
    assert dialog.export_button.isEnabled() and not dialog.stop_button.isVisibleTo(dialog)
    # exporting again, not stopped, writes it
    monkeypatch.undo()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert out.exists()
    db.close()


def test_stop_ends_a_sync_import_with_nothing_imported(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing = _office(tmp_path / "beijing.sqlite", "Beijing", people=3)
    bonn = _office(tmp_path / "bonn.sqlite", "Bonn")
    package = tmp_path / "all.petdesk-sync"
    service.export_changes(beijing, package, PASSPHRASE, durable=False, kdf_n=TEST_KDF_N)
    dialog = ImportDialog(bonn)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(package))
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    started, release = hold(monkeypatch, service, "import_package")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.message.text() == "Stopped; nothing was imported.", timeout=20_000)
    with bonn.reading() as session:
        assert session.query(m.Contact).count() == 0
    assert dialog.import_button.isEnabled()  # the preview stands: Import again
    monkeypatch.undo()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with bonn.reading() as session:
        assert session.query(m.Contact).count() == 3
    beijing.close()
    bonn.close()
