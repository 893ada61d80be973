"""The 18 cities of the hub office's region that posted needs for the matchmaking fair come in with
both names (field test 76: nine of them, 无锡市, 常州市, 合肥市 …, had no English name, so English
lists and the fair guide named them in Chinese)."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.city_names import both_names, shown_city
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.enums import OrgKind
from petdesk.services import needs

CITIES = {
    "南京市": "Nanjing", "苏州市": "Suzhou", "无锡市": "Wuxi", "常州市": "Changzhou", "扬州市": "Yangzhou",
    "镇江市": "Zhenjiang", "南通市": "Nantong", "盐城市": "Yancheng", "淮安市": "Huai'an",
    "宿迁市": "Suqian", "徐州市": "Xuzhou", "连云港市": "Lianyungang", "合肥市": "Hefei", "芜湖市": "Wuhu",
    "杭州市": "Hangzhou", "宁波市": "Ningbo", "嘉兴市": "Jiaxing",
}  # fmt: skip


def test_each_city_government_gets_its_english_name(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    lines = ["title_zh,city,sector"] + [f"{city}污泥处置,{city},wastewater" for city in CITIES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs")
    with db.reading() as s:
        shown = {n.city("zh"): n.city("en") for n in needs.list_needs(s)}
    assert shown == {zh.removesuffix("市"): en for zh, en in CITIES.items()}  # the city, as lists show it


def test_taizhou_names_neither_of_the_two() -> None:
    # 泰州 (Jiangsu) and 台州 (Zhejiang) are both Taizhou: a guess would name the wrong one
    assert both_names("泰州市") == ("", "泰州市", None)
    assert shown_city("", "无锡", "en") == "Wuxi"


def test_a_city_added_before_petdesk_knew_it_gets_its_english_name_at_the_next_import(
    db: Database, tmp_path: Path
) -> None:
    """Cities a needs import added before field test 76 have no English name; the next import that
    names them fills it (and an empty city) from the known cities, and leaves a name the office wrote."""
    with db.transaction() as s:
        old = m.Organisation(name_zh="无锡市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        named = m.Organisation(name_zh="常州市", name_en="Changzhou City Hall", kind=OrgKind.CITY_GOVERNMENT)
        unknown = m.Organisation(name_zh="泰州市", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        s.add_all([old, named, unknown])
        s.flush()
        ids = {"old": old.id, "named": named.id, "unknown": unknown.id}
    path = tmp_path / "needs.csv"
    rows = [f"{city}黑臭水体治理,{city},water" for city in ("无锡市", "常州市", "泰州市")]
    path.write_text("\n".join(["title_zh,city,sector", *rows]) + "\n", encoding="utf-8-sig")
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    assert report.new_organisations == []  # the same three cities, not new ones
    with db.reading() as s:
        wuxi, changzhou, taizhou = (s.get(m.Organisation, ids[k]) for k in ("old", "named", "unknown"))
        assert (wuxi.name_en, wuxi.city_en, wuxi.city_zh) == ("Wuxi", "Wuxi", "无锡")
        assert changzhou.name_en == "Changzhou City Hall"
        assert taizhou.name_en == ""  # two cities of that name: no guess
