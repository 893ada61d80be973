"""The item dialog's "Your time" names the viewer's zone as the zone box does, "北京时间
（UTC+08:00）", not the code "(Asia/Shanghai)" in ASCII brackets (field test 40, defect 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.qt import QSettings
from petdesk.gui.viewer_zone import ZONE_KEY, set_viewer_zone
from petdesk.gui.visits.item import ItemDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "2026年10月26日 16:00 – 17:00 北京时间（UTC+08:00）"),
        ("en", "26 Oct 2026 16:00 – 17:00 Beijing time (UTC+08:00)"),
    ],
)
def test_your_time_names_the_zone_as_the_zone_box_does(qtbot: QtBot, locale: str, expected: str) -> None:
    assert set_viewer_zone("Asia/Shanghai")
    try:
        dialog = ItemDialog(locale=locale, timezone="Europe/Berlin", day=dt.date(2026, 10, 26), people=[])
        qtbot.addWidget(dialog)
        dialog.zone.set_zone("Europe/Berlin")
        dialog.show()
        assert dialog.viewer_time.text() == expected
        dialog.grab().save(f"/tmp/tzfix-shots/item_your_time_{locale}.png")
    finally:
        QSettings().remove(ZONE_KEY)


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_your_time_needs_no_sideways_scrolling(qtbot: QtBot, locale: str, translators) -> None:  # type: ignore[no-untyped-def]
    """The dialog is sized with "Your time" written (screenshots, round 51: it was sized before the
    line was, and "2026年10月26日 16:00 – 17:00 北京时间（UTC+08:00）" gave it a sideways scroll bar)."""
    from petdesk.gui.qt import QScrollArea

    translators(locale)
    assert set_viewer_zone("Asia/Shanghai")
    try:
        dialog = ItemDialog(locale=locale, timezone="Asia/Shanghai", day=dt.date(2026, 10, 26), people=[])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.viewer_time.text()), timeout=5000)
        area = dialog.findChild(QScrollArea, "screen_fit_scroll")

        def fits() -> bool:
            return area.widget().minimumSizeHint().width() <= area.viewport().width()

        assert fits(), (area.widget().minimumSizeHint(), area.viewport().size())
    finally:
        QSettings().remove(ZONE_KEY)
