"""A laptop restored from an older backup takes back its own office's newer package in the window
too (Sync › Import offered no way past "written by this office itself", field test 28)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.services import backups
from petdesk.services import contacts as contact_service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, values
from tests.helpers.sync_dialog import previewed_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _restored_laptop(tmp_path: Path) -> tuple[Database, Path, str]:
    """An office restored on a new laptop from a backup older than its lost laptop's last package;
    returns the restored database, that package and the id of a contact written after the backup."""
    lost = make_office(tmp_path / "lost", "Stuttgart")
    try:
        backup = backups.create(lost.path, backups.MANUAL, out=tmp_path / "usb" / "stuttgart.gz").path
        with lost.transaction() as s:
            late = contact_service.create_contact(s, family_name="Latecomer", given_name="Lena").id
        package = tmp_path / "usb" / "last.petdesk-sync"
        export(lost, package)
    finally:
        lost.close()
    new_path = tmp_path / "new" / "petdesk.sqlite"
    new_path.parent.mkdir()
    assert main(["--db", str(new_path), "restore", str(backup)]) == 0
    return open_database(new_path), package, late


def test_own_newer_package_is_offered_explained_and_imported_after_a_yes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db, package, late = _restored_laptop(tmp_path)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    try:
        window = MainWindow(db, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, package, PASSPHRASE)
        assert dialog.preview_result is not None, dialog.message.text()
        assert dialog.own_recovery and dialog.import_button.isEnabled()
        assert "restored from an older backup" in dialog.warning.text()
        assert not dialog.warning.isHidden()
        assert dialog.start_import() is None  # the user said No: nothing happens
        assert "restored from a backup" in questions[0]
        assert values(db, "contact", late) == {}
        answer[0] = QMessageBox.StandardButton.Yes
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            dialog.start_import()
        assert values(db, "contact", late)["family_name"] == "Latecomer"
        assert "Imported" in dialog.message.text()
        dialog.close()
    finally:
        db.close()


def test_own_package_nothing_newer_is_refused_in_plain_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _package, _late = _restored_laptop(tmp_path)
    try:
        written_here = tmp_path / "here.petdesk-sync"
        export(db, written_here)
        window = MainWindow(db, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, written_here, PASSPHRASE)
        assert dialog.preview_result is None and not dialog.import_button.isEnabled()
        assert "holds nothing newer than this database" in dialog.message.text()
        assert "--own-package" not in dialog.message.text()
        dialog.close()
    finally:
        db.close()
