"""What the window opens with another program (a folder from About, a dossier's PDF, a project's
document) is started with the user's environment in the frozen Linux bundle (field test 46, defect 2)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui import help as help_menu
from petdesk.gui.dossier.dialog import open_in_viewer
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects import documents
from petdesk.gui.qt import QPushButton, Qt, QUrl
from tests.core.test_external import fake_bundle, fake_opener, wait_for

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is the Linux bundle's opener"),
]


@pytest.fixture
def opened(monkeypatch, tmp_path) -> tuple[str, Path]:
    """The window's process as the frozen bundle, with a fake ``xdg-open`` first on PATH."""
    internal = fake_bundle(monkeypatch, tmp_path)
    opener, written = fake_opener(tmp_path)
    monkeypatch.setenv("PATH", f"{opener.parent}:{os.environ['PATH']}")
    return internal, written


def test_about_opens_the_database_folder_without_the_bundles_paths(qtbot, db: Database, opened) -> None:
    internal, written = opened
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    about = help_menu.show_about(window)
    qtbot.mouseClick(about.findChild(QPushButton, "open_folder"), Qt.MouseButton.LeftButton)
    said = wait_for(written)
    assert f"ARG={db.path.resolve().parent}" in said
    assert "QT_PLUGIN_PATH" not in said and internal not in said


def test_a_dossier_and_a_link_open_without_the_bundles_paths(opened, tmp_path) -> None:
    internal, written = opened
    open_in_viewer(tmp_path / "dossier.pdf")
    said = wait_for(written)
    assert f"ARG={tmp_path / 'dossier.pdf'}" in said and internal not in said
    written.unlink()
    assert documents.open_url(QUrl("https://example.org/call.pdf"))
    assert "ARG=https://example.org/call.pdf" in wait_for(written)
