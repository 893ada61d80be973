"""A contact with only a Chinese name (张伟 from a WeCom or DingTalk list, no Latin columns) is
"Zhang Wei" where English needs a Latin name: the English list, search and the dossier. The pinyin
is computed when read, never stored as the person's spelling: a real one typed later wins, and the
dossier says that the pinyin is not the person's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.visit import names_cell
from petdesk.services import contacts as cs
from petdesk.services import names, search
from petdesk.services import visits as vs
from petdesk.services.first_rows import read_first_rows


def test_the_pinyin_of_a_chinese_name() -> None:
    assert names.pinyin_name("张", "伟") == "Zhang Wei"
    assert names.pinyin_name("欧阳", "修") == "Ouyang Xiu"  # a two-character family name
    assert names.pinyin_name("單", "雄信") == "Shan Xiongxin"  # the surname reading, Traditional too
    assert names.pinyin_name("吕", "西安") == "Lyu Xian"  # ü as a passport spells it (names61)


def test_no_stand_in_for_a_latin_japanese_korean_or_transliterated_name() -> None:
    stand_in = names.latin_stand_in
    assert stand_in(family_zh="张", given_zh="伟") == "Zhang Wei"
    assert stand_in(family="Zhang", given="Wei", family_zh="张", given_zh="伟") == ""
    assert stand_in(family_zh="佐藤", given_zh="浩", native_name_language="ja") == ""
    assert stand_in(family_zh="金", given_zh="敏俊", native_name_language="ko") == ""
    assert stand_in(family_zh="艾买提", given_zh="阿卜杜拉·") == ""  # its pinyin is no one's spelling
    assert stand_in(family_zh="김", given_zh="민준") == ""


def test_the_english_list_shows_the_pinyin_and_a_real_spelling_wins(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        zhang = cs.create_contact(s, family_name_zh="张", given_name_zh="伟").id
    with db.reading() as s:
        (row,) = search.search(s, "", kind=search.CONTACT)
        assert (row.name("en"), row.other_name("en")) == ("Zhang Wei", "张伟")
        assert (row.name("zh_CN"), row.other_name("zh_CN")) == ("张伟", "")
        assert row.for_scripts()["name_en"] == ""  # the JSON says there is no Latin name
        (found,) = search.search(s, "zhang wei", kind=search.CONTACT)
        assert found.name("en") == "Zhang Wei"
    first = read_first_rows(db.path, "contacts", "en")
    assert first is not None and first.rows[0][1][:2] == ("Zhang Wei", "张伟")
    with db.transaction() as s:
        stored = cs.get_contact(s, zhang)
        assert (stored.family_name, stored.given_name) == ("", "")  # nothing written
        cs.update_contact(s, zhang, family_name="Cheung", given_name="Wai")  # his own, from Hong Kong
    with db.reading() as s:
        (row,) = search.search(s, "", kind=search.CONTACT)
        assert row.name("en") == "Cheung Wai"  # family first, as the Chinese-only name was stored


def test_the_english_dossier_prints_the_pinyin_marked_as_such(db: Database) -> None:
    day = dt.date(2027, 4, 12)
    with db.transaction() as s:
        zhang = cs.create_contact(s, family_name_zh="张", given_name_zh="伟", honorific_zh="主任")
        li = cs.create_contact(s, family_name="Li", given_name="Na", family_name_zh="李", given_name_zh="娜")
        visit = vs.create_visit(s, title_en="Chengdu", start_date=day, end_date=day)
        for person in (zhang, li):
            vs.add_participant(s, visit.id, person.id, "delegate")
        visit_id = visit.id
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    people = {p.person.name("zh"): p.person for p in data.participants}
    zhang_info, li_info = people["张伟"], people["李娜"]
    assert zhang_info.both_scripts("en") == "Zhang\u00a0Wei (张伟)"
    assert zhang_info.formal_name("zh") == "张伟主任"
    assert zhang_info.stand_in_note("en") == "pinyin; no spelling of their own on record"
    assert zhang_info.stand_in_note("zh") == "拼音；未记录本人的拼写"
    english = [text for text, _style in names_cell(zhang_info)("en")]
    assert english[0] == "Zhang\u00a0Wei (张伟)" and english[-1] == zhang_info.stand_in_note("en")
    assert li_info.stand_in_note("en") == "" and li_info.both_scripts("en") == "Na\u00a0Li (李娜)"
