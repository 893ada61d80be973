"""China's zone is "Beijing time" / "北京时间" wherever petdesk names it (field test 77, follow-up).

The window, the command line and the dossier said "上海，中国（UTC+08:00）", "上海时间" and babel's
"中国标准时间": Chinese readers say 北京时间, and English writers "Beijing time". The links to
Asia/Shanghai in tzdata name the same clock; Asia/Urumqi is Xinjiang's own (UTC+06:00) and keeps
its city, as every other zone does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import labels
from petdesk.dossier.layout import zone_name

DAY = dt.date(2027, 3, 22)


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"])
def test_chinas_zone_and_its_links_are_beijing_time(zone: str) -> None:
    moment = dt.datetime(2027, 3, 22, tzinfo=dt.UTC)
    assert labels.zone_label(zone, "zh_CN", moment) == "北京时间（UTC+08:00）"
    assert labels.zone_label(zone, "en", moment) == "Beijing time (UTC+08:00)"
    assert (labels.zone_place(zone, "zh_CN"), labels.zone_place(zone, "en")) == ("北京", "Beijing")
    assert zone_name(zone, DAY, "zh") == "北京时间（UTC+08:00）"
    assert zone_name(zone, DAY, "en") == "Beijing time (UTC+08:00)"


def test_other_zones_keep_their_names() -> None:
    moment = dt.datetime(2027, 3, 22, tzinfo=dt.UTC)
    assert labels.zone_label("Asia/Urumqi", "zh_CN", moment) == "乌鲁木齐，中国（UTC+06:00）"
    assert labels.zone_label("Asia/Hong_Kong", "en", moment).startswith("Hong Kong")
    assert labels.zone_label("Europe/Berlin", "zh_CN", moment) == "柏林，德国（UTC+01:00）"
    assert zone_name("Europe/Berlin", DAY, "en") == "Central European Standard Time (UTC+01:00)"


def test_the_zone_box_still_finds_it_by_shanghai_and_by_beijing() -> None:
    for locale in ("zh_CN", "en"):
        found = [c for c in labels.zone_choices(locale) if c.zone == "Asia/Shanghai"]
        assert found and all(w in found[0].keywords for w in ("shanghai", "上海", "beijing", "北京"))
    assert labels.zones_matching("上海") == labels.zones_matching("北京") == ["Asia/Shanghai"]
