"""The window's side of 3iPET exchange versions: the export dialog's "Format version" writes a 1.0
file for a hub that reads only 1.0 and says how many match notes it left out; the import summary
of a newer minor version's file names the fields that were not read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.technologies.import_file import run_exchange_import
from tests.core.pipeline.test_exchange_match_notes import NOTE, _hub_match
from tests.core.pipeline.test_exchange_versions import _newer
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese (the new sentences of exchver62)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "said"), [("en", "Left out 1 match note"), ("zh_CN", "未写入 1 条技术对接备注")]
)
def test_the_export_dialog_writes_1_0_and_says_what_it_left_out(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, new_database_file: Callable[[Path], Path], locale: str, said: str, tree_catalogue
) -> None:
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        window = MainWindow(hub, locale=locale)
        qtbot.addWidget(window)
        action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_exchange")
        action.trigger()
        dialog = window.exchange_export_dialog
        assert dialog.version.accessibleName()
        assert dialog.version.currentData() == "1.1", "the current version stays the default"
        dialog.version.setCurrentIndex(dialog.version.findData("1.0"))
        qtbot.keyClicks(dialog.path, str(tmp_path / "old_hub.json"))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.exported is not None and dialog.export_button.isEnabled(), timeout=30_000
        )
        doc = json.loads((tmp_path / "old_hub.json").read_text(encoding="utf-8"))
        assert doc["version"] == "1.0" and "notes" not in doc["matches"][0]
        assert said in dialog.result_label.text()
        window.close()
    finally:
        hub.close()


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "4 records imported.\nfrom_1.5.json comes from a newer petdesk"),
        ("zh_CN", "来自更新版本的 petdesk"),
    ],
)
def test_the_import_summary_names_the_fields_a_newer_file_had(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path: Path,
    new_database_file: Callable[[Path], Path],
    locale: str,
    said: str,
    tree_catalogue,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    from petdesk.gui import translation

    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")
    else:
        request.getfixturevalue("translators")("en")
    monkeypatch.setattr(translation, "chosen_locale", lambda: locale)  # as the settings would say
    # a refused file says so in a modal box: that would wait for a click, not fail
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: None)
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        path = _newer(hub, tmp_path, "1.5")
    finally:
        hub.close()
    here = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        window = MainWindow(here, locale=locale)
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("needs")
        run_exchange_import(page, here, path, page.refresh)  # as the window's "Import an exchange file"
        qtbot.waitUntil(lambda: getattr(page, "import_summary", None) is not None, timeout=10_000)
        text = page.import_summary.text()
        assert said in text and "signature" in text and "matches.rating" in text
        assert page.import_summary.accessibleName()
        qtbot.waitUntil(lambda: page.list.table.model().rowCount() == 1, timeout=5000)
        page.import_summary.close()
        window.close()
    finally:
        here.close()
