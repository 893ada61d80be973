"""The window's refusal of a 3iPET exchange file in Chinese quotes the allowed values with “…” and
lists them with "、", as the command line does (round 63: "suggested", "introduced" stayed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.gui.qt import QMessageBox
from petdesk.gui.technologies.import_file import run_exchange_import
from tests.core.pipeline.test_exchange_match_notes import NOTE, _hub_match
from tests.gui.pipeline.test_import_follows_the_window_language import chinese_window
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["chinese_window", "tree_catalogue"]  # the fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_windows_refusal_quotes_the_allowed_values_in_chinese(  # type: ignore[no-untyped-def]
    qtbot,
    tmp_path: Path,
    new_database_file: Callable[[Path], Path],
    chinese_window,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, here = chinese_window
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        path = tmp_path / "hub.json"
        assert main(["--db", str(hub.path), "exchange", "export", "--out", str(path)]) == 0
    finally:
        hub.close()
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["matches"][0]["state"] = "done"
    path.write_text(json.dumps(doc), encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _page, _title, text: said.append(text))
    page = window.show_page("needs")
    run_exchange_import(page, here, path, page.refresh)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "值“done”不在允许的取值之中：“suggested”、“introduced”" in said[0], said
    assert '"' not in said[0], said
