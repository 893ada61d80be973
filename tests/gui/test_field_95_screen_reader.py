"""Field test 95: Ms. Li Na (Kunming hub office, low vision, Orca) adds an itinerary item and walks
every window the menus open; every input must have a name a screen reader can say, in both languages.

A spoken name is what Qt's accessibility exposes (``QAccessible … text(Name)``): the accessible name,
the text, or the label whose buddy the widget is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.visits.item import ItemDialog
from tests.helpers.accessible_names import spoken_name, unnamed

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def item_dialog(qtbot: QtBot, locale: str) -> ItemDialog:
    dialog = ItemDialog(
        locale=locale, timezone="Asia/Shanghai", day=dt.date(2026, 7, 1), people=[("c1", "Li Na")]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_itinerary_item_names_every_field_in_english(qtbot: QtBot, translators) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    dialog = item_dialog(qtbot, "en")
    # the place, address and city pairs, dress code, seating and the attendees were read as nothing
    assert unnamed(dialog) == []
    assert spoken_name(dialog.place_en) == "Place (English)"
    assert spoken_name(dialog.city_zh) == "City (Chinese)"
    assert spoken_name(dialog.dress_code) == "Dress code"
    assert spoken_name(dialog.attendees) == "Attendees"


def test_the_itinerary_item_names_every_field_in_chinese(qtbot: QtBot, tree_window_catalogue) -> None:  # type: ignore[no-untyped-def]
    dialog = item_dialog(qtbot, "zh_CN")
    assert unnamed(dialog) == []
    assert spoken_name(dialog.place_en) == "地点（英文）"
    assert spoken_name(dialog.address_zh) == "地址（中文）"
    assert spoken_name(dialog.seating_note) == "座次"
    pairs = ("place_en", "place_zh", "address_en", "address_zh", "city_en", "city_zh")
    assert all(not spoken_name(getattr(dialog, name)).isascii() for name in pairs)
