"""The Chinese window's detail pane writes a Korean title after the name with a space (박지훈 부장), a
Chinese one glued (张伟主任), as the dossier does (field test 51, defect 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts

SHOTS = Path("/tmp/korfix2")

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_detail_title_spaces_a_korean_title(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        park = contacts.create_contact(s, family_name_zh="박", given_name_zh="지훈", honorific_zh="부장").id
        zhang = contacts.create_contact(s, family_name_zh="张", given_name_zh="伟", honorific_zh="主任").id
    _fonts()
    win = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.show_page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 2, timeout=10_000)
    for who, shown in ((park, "박지훈 부장"), (zhang, "张伟主任")):
        page.select_id(who)
        qtbot.waitUntil(lambda who=who: page.detail.contact_id == who, timeout=10_000)  # type: ignore[misc]
        qtbot.waitUntil(lambda shown=shown: shown in page.detail.title.text(), timeout=10_000)  # type: ignore[misc]
        if who == park:
            SHOTS.mkdir(exist_ok=True)
            win.grab().save(str(SHOTS / "detail_park_zh.png"))


def _fonts() -> None:
    """The bundled fonts, so that the screenshot shows Hangul, not boxes."""
    from petdesk.gui.qt import QApplication
    from petdesk.gui.translation import register_fonts

    register_fonts(QApplication.instance())  # type: ignore[arg-type]
