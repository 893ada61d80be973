"""The visit editor's itinerary fits the editor at 1366×768 (field test 6, defect 19): 翻译 and 车辆
were off to the right, and the time zone showed "上海，中国..." (its offset elided away)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk import labels
from petdesk.db import Database
from petdesk.gui.qt import Qt, QTableView
from petdesk.gui.visits.edit import ITEM_ZONE, VisitEditor
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors
from tests.helpers.settled import settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_zone_in_a_table_cell_is_its_offset() -> None:
    december = dt.datetime(2026, 12, 14, 10, tzinfo=dt.UTC)
    assert labels.zone_offset_label("Asia/Shanghai", december) == "UTC+08:00"
    assert labels.zone_offset_label("Europe/Berlin", december.replace(month=7)) == "UTC+02:00"
    assert labels.zone_offset_label("Not/AZone", december) == "Not/AZone"


@pytest.fixture
def visit_id(db: Database) -> str:
    """A visit to Chengdu with items that have an interpreter, a host, a dress code and a car."""
    day = dt.date(2026, 12, 14)
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Study tour to Chengdu and Chongqing",
            title_zh="成都、重庆考察",
            start_date=day,
            end_date=day + dt.timedelta(days=4),
            timezone="Asia/Shanghai",
        )
        host, interpreter = person(s, "Lei", "Li", "李磊"), person(s, "Min", "Wu", "吴敏")
        for key, who in (("host", host), ("interpreter", interpreter)):
            vs.add_participant(s, v.id, who.id, key)
        car = ls.add_vehicle(s, v.id, vehicle="Black Buick GL8 (川A·12345)", driver_name="Zhao")
        items = []
        for n, title in enumerate(("会见成都市生态环境局", "参观成都第九污水处理厂", "欢迎晚宴")):
            start = dt.datetime(2026, 12, 14 + n, 10)
            item = vs.add_item(
                s,
                v.id,
                title_zh=title,
                title_en=f"Meeting {n}",
                place_zh="成都市生态环境局",
                city_zh="成都",
                start=start,
                end=start + dt.timedelta(hours=2),
            )
            ls.set_item_protocol(
                s,
                item.id,
                host_contact_id=host.id,
                interpreter_contact_id=interpreter.id,
                dress_code="Business attire",
            )
            items.append(item.id)
        ls.set_vehicle_items(s, car.id, items)
    return v.id


def _cut(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    right = table.viewport().width()
    out = [
        f"{table.model().headerData(c, Qt.Orientation.Horizontal)} ends at {end} px of {right}"
        for c in range(header.count())
        if (end := header.sectionPosition(c) + header.sectionSize(c)) > right
    ]
    return out + (["horizontal scroll bar"] if table.horizontalScrollBar().isVisible() else [])


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_itinerary_fits_the_editor(
    qtbot: QtBot, translators, db: Database, visit_id: str, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    assert editor.width() <= 1366
    editor.tabs.setCurrentIndex(2)  # the itinerary
    table = editor.items_view
    qtbot.waitUntil(lambda: table.isVisible() and editor.items_model.rowCount() == 3)
    # the column fitter's deferred pass and the scroll bars follow the layout: under load, later
    assert settled(qtbot, lambda: _cut(table)) == []
    zone = editor.items_model.index(0, ITEM_ZONE)
    assert zone.data() == "UTC+08:00"  # whole, not "上海，中国..."
    assert table.horizontalHeader().sectionSize(ITEM_ZONE) >= table.sizeHintForColumn(ITEM_ZONE)
    assert ("北京时间" if locale == "zh_CN" else "Beijing time") in zone.data(Qt.ItemDataRole.ToolTipRole)
    for column in (0, 1, 3):  # dates and times are never elided
        assert table.horizontalHeader().sectionSize(column) >= table.sizeHintForColumn(column)
