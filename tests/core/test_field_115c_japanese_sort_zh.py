"""Field test 115, follow-up: how Japanese names sort and are found with the Chinese interface.

Decided: with the Chinese interface a Japanese name in kanji sorts by the pinyin of its kanji, as a
Chinese reader says it (佐藤大輔 is Zuǒténg Dàfǔ, as 安倍晋三 is Ānbèi Jìnsān in Chinese news), and the
furigana reading's romanisation (Satō) orders it in the English interface. Search agrees with both:
"zuoteng" and "sato" find the person, so a name is found by the key it is sorted by. A name written in
kana alone has no pinyin and files by its reading among the Latin names."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, search
from tests.core.contacts.io_helpers import DATA_DIR


def test_a_japanese_name_sorts_by_pinyin_in_chinese_and_is_found_by_it_and_by_its_reading(
    db: Database,
) -> None:
    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "field115" / "outlook_ja_jp_contacts.csv")
    with db.reading() as s:
        sato = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "佐藤")).one().id
        takahashi = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "高橋")).one().id
        for query in ("zuoteng", "sato", "佐藤"):
            assert sato in {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}, query
        zh = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language="zh_CN")]
        en = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language="en")]
    assert zh.index(takahashi) < zh.index(sato)  # Gāoqiáo before Zuǒténg
    assert en.index(sato) < en.index(takahashi)  # Satō before Takahashi
