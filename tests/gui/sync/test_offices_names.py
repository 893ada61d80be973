"""Sync › Offices names each office by the window's one rule (``language.office_name``): its
Chinese name in a Chinese window, else its English one; the other name is in the tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.qt import Qt
from petdesk.gui.sync.page import SyncPage
from petdesk.services import office as office_service
from tests.core.sync.helpers import make_office

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "shown", "other"),
    [("en", "Bonn Office", "波恩办公室"), ("zh_CN", "波恩办公室", "Bonn Office")],
)
def test_an_office_is_named_once_in_the_windows_language(
    qtbot, tmp_path: Path, locale: str, shown: str, other: str
) -> None:  # type: ignore[no-untyped-def]
    db = make_office(tmp_path, "Bonn Office")
    with db.transaction() as session:
        office_service.set_identity(session, name_zh="波恩办公室")
    try:
        page = SyncPage(db)
        page.ui_locale = locale  # type: ignore[attr-defined]  # as the main window's pages have it
        qtbot.addWidget(page)
        page.offices.refresh()
        model = page.offices.model
        name = model.index(0, 0).data()
        assert name.startswith(shown) and other not in name, name
        assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == other
    finally:
        db.close()
