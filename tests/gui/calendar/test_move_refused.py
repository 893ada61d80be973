"""A calendar drag the disk refuses (errors53): the move bar showed ``str(exc)``, SQLite's UPDATE
statement in English in a Chinese window. It now says, in the window's language, that writing to
the database (named) failed, and the item stays where it was. The disk is really out of room: a
file-size limit refuses the write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.calendar.page import WEEK
from petdesk.gui.qt import Qt
from petdesk.models import ItineraryItem
from tests.gui.calendar.test_time_grid import MONDAY, SHANGHAI, open_page, schedule, shown  # noqa: F401
from tests.helpers.file_limit import file_size_limit, no_room_for_a_write
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(("lang", "said"), [("en", "writing to the database"), ("zh_CN", "写入数据库")])
def test_a_move_on_a_full_disk_names_the_database(  # type: ignore[no-untyped-def]
    qtbot,
    translators,
    db: Database,
    schedule: dict,  # noqa: F811 (the fixture imported)
    tmp_path: Path,
    monkeypatch,
    lang: str,
    said: str,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the error log goes there
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    translators(lang)
    page = open_page(qtbot, db, "Asia/Shanghai", lang, size=(1366, 700))
    shown(qtbot, page, WEEK, MONDAY)
    grid = page.week_grid.grid
    corner = grid.event_rect(schedule["port"]).topLeft()
    grip = corner + type(corner)(10, 2)
    target = grid.point_for(MONDAY, dt.time(11, 0))
    target.setY(target.y() + 2)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grip)
    qtbot.mouseMove(grid, pos=target)
    with file_size_limit(no_room_for_a_write(db.path)):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
        qtbot.waitUntil(lambda: page.move_bar.isVisible(), timeout=10_000)
    message = page.move_message.text()
    assert said in message and str(db.path) in message, message
    assert "UPDATE" not in message and "sqlite3" not in message and "Errno" not in message, message
    assert not page.undo_move.isVisible()
    with db.reading() as s:
        item = s.get(ItineraryItem, schedule["port"])
        assert item is not None and item.starts_at.astimezone(SHANGHAI).hour == 9  # not moved
