"""layout54: the itinerary item dialog needed a scroll bar at 125 % on a 1366×768 screen (1093×614:
574 px of dialog for 680 px of fields, Link organisation… reached only by scrolling, field test 83)
and, by 25 px, at 100 % too. Where the screen is too short for one column, the people's part
(notes, protocol, attendees, organisations) stands beside the rest."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import petdesk
from petdesk.gui.qt import QDialogButtonBox, QPushButton, QScrollArea
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, screen_room
from petdesk.gui.visits.item import ItemDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
PROBE = Path(__file__).parents[2] / "helpers" / "item_dialog_probe.py"


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_item_dialog_shows_every_field_without_scrolling(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, locale: str
) -> None:
    translators(locale)
    people = [(f"c{n}", f"Delegate number {n}") for n in range(8)]
    dialog = ItemDialog(
        locale=locale,
        timezone="Asia/Shanghai",
        day=dt.date(2026, 12, 7),
        people=people,
        organisations=[("o1", "Chengdu Ecology and Environment Bureau")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(QScrollArea, "screen_fit_scroll")
    assert area is not None
    bar = area.verticalScrollBar()
    # (the bars settle after the first layouts: waited for, not read at once)
    qtbot.waitUntil(lambda: area.viewport().height() > 0 and not bar.isVisible() and bar.maximum() == 0)
    assert not area.horizontalScrollBar().isVisible()
    room = screen_room(dialog)
    assert room is not None
    assert dialog.width() + FRAME_WIDTH <= room.width() and dialog.height() + FRAME_HEIGHT <= room.height()
    bottom = area.viewport().height()
    for button in area.widget().findChildren(QPushButton):  # Link organisation… and Unlink in sight
        assert button.mapTo(area.viewport(), button.rect().bottomLeft()).y() <= bottom, button.text()
    assert dialog.findChild(QDialogButtonBox) is not None


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_no_scroll_bar_at_125_percent(tmp_path: Path, locale: str) -> None:
    source = str(Path(petdesk.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": source, "QT_SCALE_FACTOR": "1.25"}
    args = [sys.executable, str(PROBE), "1366x768", str(tmp_path), locale]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    scroll, size = done.stdout.split()[-2:]
    width, height = map(int, size.split("x"))
    assert int(scroll) == 0, done.stdout
    assert width + FRAME_WIDTH <= round(1366 / 1.25) and height + FRAME_HEIGHT <= round(768 / 1.25)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_no_scroll_bar_on_a_tall_screen(tmp_path: Path, locale: str) -> None:
    """One column on a 1400×900 screen: the Chinese fields, polished, came to a pixel more than the
    dialog was sized for, and a scroll bar stood beside them for that pixel (shots54)."""
    source = str(Path(petdesk.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": source}
    args = [sys.executable, str(PROBE), "1400x900", str(tmp_path), locale]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    scroll, size = done.stdout.split()[-2:]
    width, height = map(int, size.split("x"))
    assert int(scroll) == 0, done.stdout
    assert width < 600 and height + FRAME_HEIGHT <= 900  # one column, on the screen
