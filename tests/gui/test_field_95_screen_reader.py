"""Field test 95: Ms. Li Na (Kunming hub office, low vision, Orca) adds an itinerary item and walks
every window the menus open; every input must have a name a screen reader can say, in both languages.

A spoken name is what Qt's accessibility exposes (``QAccessible … text(Name)``): the accessible name,
the text, or the label whose buddy the widget is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt, QTabWidget, QWidget
from petdesk.gui.visits.item import ItemDialog
from petdesk.gui.visits.logistics import VehicleItemsDialog
from tests.helpers.accessible_names import spoken_name, unnamed
from tests.helpers.window_walk import walk_window

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


def unnamed_in_tabs(qtbot: QtBot, window: QWidget) -> list[str]:
    """``unnamed`` of ``window`` with each tab of its tab widgets shown in turn."""
    found = unnamed(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                found += [f"{tabs.tabText(index)}: {what}" for what in unnamed(window)]
        tabs.setCurrentIndex(first)
    return sorted(set(found))


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_window_the_menus_open_names_its_inputs(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, request: pytest.FixtureRequest, demo_db: Database, locale: str
) -> None:
    """The walk: every page, the editor of each list's first row and every menu action's window.
    The import history's list, the export log's lines and the print preview's page number were read
    as nothing."""
    if locale == "en":
        translators("en")
    else:
        request.getfixturevalue("tree_window_catalogue")  # this tree's new names
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    problems: dict[str, list[str]] = {}

    def check(widget: QWidget, label: str) -> None:
        if found := unnamed_in_tabs(qtbot, widget):
            problems[label] = found

    walk = walk_window(window, qtbot=qtbot, on_page=lambda _p, label: check(window, label), on_window=check)
    dialogs = [v for v in walk.visited if not v.startswith("page ")]
    assert len(dialogs) >= 20 and any("ImportHistoryDialog" in v for v in dialogs), walk.visited
    assert any("PrintPreview" in v for v in dialogs) and any("ExportLogDialog" in v for v in dialogs)
    assert problems == {}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_vehicle_items_list_is_named(qtbot: QtBot, translators, locale: str) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    dialog = VehicleItemsDialog([("i1", "1 Jul 09:00 Airport pick-up")], set())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    assert spoken_name(dialog.items) == dialog.windowTitle()


def test_tab_walks_the_itinerary_items_place_fields_row_by_row(qtbot: QtBot, translators) -> None:  # type: ignore[no-untyped-def]
    """With the keyboard only, Tab goes English then Chinese along each row (place, address, city),
    then to the notes: the order Li Na hears the names in."""
    translators("en")
    dialog = item_dialog(qtbot, "en")
    dialog.place_en.setFocus()
    qtbot.waitUntil(dialog.place_en.hasFocus)
    heard = [spoken_name(dialog.focusWidget())]
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        heard.append(spoken_name(dialog.focusWidget()))
    assert heard == [
        "Place (English)", "Place (Chinese)", "Address (English)", "Address (Chinese)",
        "City (English)", "City (Chinese)", "Notes",
    ]  # fmt: skip
