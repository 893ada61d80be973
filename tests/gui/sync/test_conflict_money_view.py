"""The Sync page shows a conflict over an amount as money with its currency (field test 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.sync.page import SyncPage
from tests.core.sync.test_conflict_money import cofinancing_clash

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_sync_page_shows_amounts_as_money(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    munich, chengdu = cofinancing_clash(tmp_path)
    try:
        page = SyncPage(munich)
        qtbot.addWidget(page)
        page.conflicts.refresh()
        model = page.conflicts.model
        cells = [str(model.index(0, c).data()) for c in range(model.columnCount())]
        assert "€620,000.00" in cells and "€650,000.00" in cells, cells
        page.resize(1300, 500)
        page.show()
        page.grab().save(str(tmp_path / "conflict_money.png"))
    finally:
        munich.close()
        chengdu.close()
