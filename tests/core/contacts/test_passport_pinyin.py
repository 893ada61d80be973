"""Names61, defect 1: a hotel list abroad gave 吕伟 the pinyin "Lu Wei", a different surname (卢, 鲁,
陆): the plain reading drops ü. A Latin name petdesk derives from Chinese characters for a list of
travellers is spelled as a Chinese passport spells it, ü as "yu" (LYU, NYU); search keys are as they
were."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from petdesk.chinese_names import pinyin_syllables
from petdesk.db import Database
from petdesk.services import names
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from petdesk.services.pinyin_name import pinyin_name
from tests.core.visits.data import person


def test_the_hotel_lists_pinyin_spells_u_umlaut_as_the_passport_does() -> None:
    assert pinyin_name("吕伟") == "Lyu Wei"
    assert pinyin_name("女娲") == "Nyu Wa"
    assert pinyin_name("李略") == "Li Lyue"
    assert pinyin_name("卢伟") == "Lu Wei"  # 卢 is Lu
    assert pinyin_name("徐居") == "Xu Ju"  # after x and j pinyin writes u already


def test_the_stand_in_latin_name_too() -> None:
    assert names.pinyin_name("吕", "西安") == "Lyu Xian"
    assert names.latin_stand_in(family_zh="吕", given_zh="晓女") == "Lyu Xiaonyu"


def test_search_keys_are_as_they_were() -> None:
    assert pinyin_syllables("吕伟", surname=True) == ["lu", "wei"]
    assert names.person_sort_key_en(family="", given="", family_zh="吕", given_zh="伟").startswith("lu")


def test_the_hotel_list_prints_lyu_wei(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Water study tour",
            title_zh="水务考察培训",
            start_date=dt.date(2027, 6, 1),
            end_date=dt.date(2027, 6, 2),
            city_en="Vienna",
            city_zh="维也纳",
            timezone="Europe/Vienna",
        )
        lyu = person(s, "", "", "吕伟")
        ts.register(s, t.id, lyu.id)
        tl.set_lodging(s, t.id, lyu.id, needed=True, hotel="Hotel Wien", room=tl.SINGLE)
        tid = t.id
    with db.reading() as s:
        found = tl.lodging_list(s, tid)
    out = tmp_path / "hotel.csv"
    tl.write(found, out, "en")
    with out.open(encoding="utf-8-sig", newline="") as f:
        _header, *rows = list(csv.reader(f))
    assert [(r[0], r[1]) for r in rows] == [("Lyu Wei", "吕伟")]
