"""Field test 78: Mr. Chen Jie, the Japan desk of the Dalian hub office, prepares a city-to-city
cooperation visit from Kitakyushu (waste management, eco-town, JICA-funded): nine delegates, city
officials, two companies and a JICA expert.

Their data comes as Japanese offices make it (``tests/data/import/field78/``, imitations, see SOURCES.md
there): Kitakyushu City's Outlook CSV (CP932, 姓/名/姓 (フリガナ)/名 (フリガナ), 敬称 様), the JICA
expert's iPhone vCard (X-PHONETIC-* in katakana) and the companies' business-card app CSV (UTF-8 with
BOM, 氏名 "佐藤 大輔", 氏名（カナ）, 部署名). He searches by romaji and kana, builds the visit with the
city as the visiting organisation and the flight in Japan time, and prints the Chinese-first dossier.

Defects found and fixed: the Outlook CSV was refused (髙橋 and 渡邊 are CP932-only: read as GB18030
mojibake, "no header"); the card app's names were Chinese (佐 / 藤大輔, printed "Zuo Tengdafu") with
their readings and departments dropped; a 名簿's bare 漢字 header was taken for Korean Hanja (every
row skipped); "かとう" found nobody whose reading is カトウ; the English side printed the kanji alone
(now "Kato Yumi" from the reading, marked as no spelling of her own). Not fixed: one visiting
organisation per visit (JICA only as the expert's employer), queries of one or two kana.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.enums import ParticipantRole
from petdesk.services import importing, search
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

FIELD78 = DATA_DIR / "field78"
LIVE = m.Contact.deleted_at.is_(None)


def _find(db: Database, query: str) -> list[str]:
    with db.transaction() as s:
        return [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]


def test_kitakyushu_delegation_from_japanese_files(db: Database, tmp_path: Path) -> None:
    # 1. the three files, as the Japanese side sent them
    with db.transaction() as s:
        outlook = importing.import_file(s, FIELD78 / "outlook_ja_kitakyushu.csv")
        card = importing.import_file(s, FIELD78 / "iphone_jica.vcf")
        cards = importing.import_file(s, FIELD78 / "sansan_cards.csv")
    assert (outlook.counts, card.counts, cards.counts) == ({"added": 4}, {"added": 1}, {"added": 4})
    assert not cards.dropped and set(outlook.dropped) == {"電子メールの表示名"}  # a copy of name and address
    with db.reading() as s:
        people = {c.family_name_zh + c.given_name_zh: c for c in s.scalars(select(m.Contact).where(LIVE))}
        assert len(people) == 9
        for name, reading in (
            ("加藤由美", ("カトウ", "ユミ")), ("髙橋翔太", ("タカハシ", "ショウタ")),
            ("中村健太", ("ナカムラ", "ケンタ")), ("佐藤大輔", ("サトウ", "ダイスケ")),
        ):  # fmt: skip
            person = people[name]
            assert (person.phonetic_family_name, person.phonetic_given_name) == reading, name
            assert person.native_name_language == "ja", name
            # 様 is a courtesy of the letter, not the person's honorific: nothing shown in Chinese
            assert "様" not in person.honorific_zh + person.honorific_en, name
        kato = people["加藤由美"].id
        ids = {name: p.id for name, p in people.items()}
    # 2. search by romaji and by kana, in either kana script
    for query, who in (
        ("kato", "加藤由美"), ("suzuki", "鈴木一郎"), ("kato yumi", "加藤由美"), ("カトウ", "加藤由美"),
        ("かとう", "加藤由美"), ("sato", "佐藤大輔"), ("さとう", "佐藤大輔"), ("nakamura", "中村健太"),
        ("takahashi", "髙橋翔太"), ("ito misaki", "伊藤美咲"),
    ):  # fmt: skip
        assert ids[who] in _find(db, query), query
    # 3. the visit: Kitakyushu City visiting, the JICA expert among the delegates, the flight in JST
    with db.transaction() as s:
        city = s.scalars(select(m.Organisation).where(m.Organisation.name_zh == "北九州市")).one()
        os_.update_organisation(s, city.id, name_en="City of Kitakyushu")
        visit = vs.create_visit(
            s, title_en="Kitakyushu city-to-city cooperation visit", title_zh="北九州市城市间合作访问",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 13), timezone="Asia/Shanghai",
            visiting_organisation_id=city.id,
        )  # fmt: skip
        for cid in sorted(ids.values(), key=lambda c: c != kato):
            role = ParticipantRole.HEAD if cid == kato else ParticipantRole.DELEGATE
            vs.add_participant(s, visit.id, cid, role)
        vs.add_item(
            s, visit.id, start=dt.datetime(2027, 5, 10, 9, 30), end=dt.datetime(2027, 5, 10, 10, 40),
            timezone="Asia/Tokyo", kind="transfer", title_en="Flight Kitakyushu → Dalian",
            title_zh="航班 北九州→大连",
        )  # fmt: skip
        vs.add_item(
            s, visit.id, start=dt.datetime(2027, 5, 11, 9), end=dt.datetime(2027, 5, 11, 11),
            title_en="Eco-town cooperation meeting", title_zh="生态城合作会谈",
            attendee_ids=list(ids.values()),
        )  # fmt: skip
        visit_id = visit.id
    # 4. the Chinese-first dossier: kanji and kana embedded, readings printed, no pinyin of a Japanese name
    with fonts.collect_warnings() as warnings:
        pdf = build_visit_dossier(db, visit_id, tmp_path / "dossier.pdf", DossierOptions(first_lang="zh_CN"))
    assert warnings == []
    assert all(r.embedded and r.unicode for r in pdffonts(pdf))
    pages = pdftotext_pages(pdf)
    text = flat("".join(pages))
    shown = ("髙橋翔太", "渡邊恵子", "サトウダイスケ", "カトウユミ", "CityofKitakyushu", "UTC+09:00")
    for words in (*shown, "9名团员", "KatoYumi"):
        assert words in text, words
    for wrong in ("ZuoTengdafu", "YiTengmeixiao", "XiaoLinzhishu", "[U+", "様"):
        assert wrong not in text, wrong
    assert pages[0].index("北九州市城市间合作访问") < pages[0].index("Kitakyushu city-to-city")
