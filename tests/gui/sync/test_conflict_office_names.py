"""The Sync page's conflicts name an office as the offices table does: 成都中心 in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.sync.page import SyncPage
from tests.core.sync.helpers import make_office
from tests.core.sync.test_time_conflicts import chengdu_named_in_chinese

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_conflicts_name_the_office_in_chinese(qtbot, translators, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    offices = tuple(make_office(tmp_path / "dbs", name) for name in ("Chengdu", "Bonn", "Nairobi"))
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        bonn = chengdu_named_in_chinese(offices, packages)
        translators("zh_CN")
        page = SyncPage(bonn)
        page.ui_locale = "zh_CN"
        qtbot.addWidget(page)
        page.conflicts.refresh()
        view = page.conflicts
        cells = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
        assert "成都中心" in cells and "Chengdu Hub" not in cells, cells
        page.resize(1300, 500)
        page.show()
        page.grab().save(str(tmp_path / "conflicts_zh.png"))
    finally:
        for db in offices:
            db.close()
