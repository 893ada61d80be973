"""The notices kept in the status bar at start (read only, the demo's, an upgrade) are joined as
the language joins sentences: shots59 found a space after the Chinese "。" of the read-only one."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import connection
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize(("locale", "space"), [("en", True), ("zh_CN", False)])
def test_the_read_only_and_demo_notices_are_joined_as_the_language_does(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch, translators, locale: str, space: bool
) -> None:
    from petdesk.services import office

    translators(locale)
    monkeypatch.setattr(office, "demo_db_path", lambda: demo_db.path)
    monkeypatch.setattr(connection, "read_only", lambda _path: True)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=10000)
    notices = [window._read_only_notice(), window._demo_notice()]
    joint = " " if space else ""
    assert window.statusBar().currentMessage() == joint.join(notices)
