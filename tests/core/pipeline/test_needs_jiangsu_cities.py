"""The 18 cities of the hub office's region that posted needs for the matchmaking fair come in with
both names (field test 76: nine of them, 无锡市, 常州市, 合肥市 …, had no English name, so English
lists and the fair guide named them in Chinese)."""

from __future__ import annotations

from pathlib import Path

from petdesk.city_names import both_names, shown_city
from petdesk.db import Database
from petdesk.exchange import flat
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
