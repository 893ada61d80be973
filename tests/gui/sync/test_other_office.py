"""A package addressed to another office is imported in the window only when the user agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.helpers.sync_dialog import previewed_import

PASSPHRASE = "shared by both offices"
KDF_N = 2**10
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _office(path: Path, name: str):  # type: ignore[no-untyped-def]
    db = open_database(path)
    with db.transaction() as session:
        office_service.set_identity(session, name=name)
    return db


def test_package_for_another_office_asks_first(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    beijing, bonn, malmo = (_office(tmp_path / f"{n}.sqlite", n) for n in ("Beijing", "Bonn", "Malmo"))
    first = tmp_path / "first.petdesk-sync"
    service.export_changes(beijing, first, PASSPHRASE, kdf_n=KDF_N)
    service.import_package(bonn, first, PASSPHRASE)
    service.export_changes(bonn, tmp_path / "b.petdesk-sync", PASSPHRASE, kdf_n=KDF_N)
    service.import_package(beijing, tmp_path / "b.petdesk-sync", PASSPHRASE)
    for_bonn = tmp_path / "for-bonn.petdesk-sync"
    service.export_changes(beijing, for_bonn, PASSPHRASE, to="Bonn", kdf_n=KDF_N)

    answers: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        answers.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = MainWindow(malmo, locale="en")
    qtbot.addWidget(window)
    dialog = previewed_import(qtbot, window, for_bonn, PASSPHRASE)
    assert dialog.preview_result is not None and dialog.preview_result.addressed_to_other == "Bonn"
    assert dialog.start_import() is None  # the user said No: nothing happens
    assert answers and "Bonn" in answers[0]
    assert service.journal(malmo) == []
    dialog.close()
    for db in (beijing, bonn, malmo):
        db.close()
