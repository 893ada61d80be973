"""A match that came in a 3iPET exchange file shows the hub's note in the match view, as typed
(carried note: "match notes not in the 3iPET exchange")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.technologies.import_file import run_exchange_import
from tests.core.pipeline.test_exchange_match_notes import NOTE, _export, _hub_match


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_an_imported_match_shows_the_hub_s_note(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, new_database_file: Callable[[Path], Path], locale: str
) -> None:
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        path = _export(hub, tmp_path / "hub.json")
    finally:
        hub.close()
    here = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        window = MainWindow(here, locale=locale)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("needs")
        run_exchange_import(page, here, path, page.refresh)  # as the window's "Import an exchange file"
        qtbot.waitUntil(lambda: page.list.table.model().rowCount() == 1, timeout=5000)
        page.list.table.selectRow(0)
        view = page.match_view
        qtbot.waitUntil(lambda: view.matches.rowCount() == 1, timeout=5000)
        view.matches.selectRow(0)
        qtbot.waitUntil(lambda: view.notes_edit.toPlainText() == NOTE, timeout=5000)
        assert view.notes_edit.isEnabled() and not view.save_note_button.isEnabled()  # nothing to save
        window.close()
    finally:
        here.close()
