"""A name typed in kanji with a kana reading is Japanese (field test 56, defect 1).

A protocol officer typed 佐藤 / 浩 with the reading さとう / ひろし in the contact form; the contact was
left "Chinese" (kanji alone are ambiguous), so with the Latin name Hiroshi Satō every list, the
dossier and the name card printed the transliteration order 浩·佐藤. The importers already read a kana
reading as the sign of a Japanese name; the form and the services now do too.
"""

from __future__ import annotations

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.dossier.namecards import chinese_first
from petdesk.services import contacts as cs
from petdesk.services import names
from petdesk.services import visits as vs

SATO = {"family_name": "Satō", "given_name": "Hiroshi", "family_name_zh": "佐藤", "given_name_zh": "浩"}


def _shown(c: object) -> str:
    return names.person_display_name(
        "zh_CN",
        family=c.family_name,  # type: ignore[attr-defined]
        given=c.given_name,  # type: ignore[attr-defined]
        order=c.name_order,  # type: ignore[attr-defined]
        family_zh=c.family_name_zh,  # type: ignore[attr-defined]
        given_zh=c.given_name_zh,  # type: ignore[attr-defined]
        native_name_language=c.native_name_language,  # type: ignore[attr-defined]
    )


def test_a_kana_reading_makes_the_kanji_name_japanese(db: Database) -> None:
    with db.transaction() as s:
        sato = cs.create_contact(s, **SATO, phonetic_family_name="さとう", phonetic_given_name="ひろし")
        assert sato.native_name_language == "ja"
        assert _shown(sato) == "佐藤浩"
        # katakana readings, as Outlook's Japanese form takes them, say the same
        kato = cs.create_contact(
            s, family_name="Kato", given_name="Yui", family_name_zh="加藤", given_name_zh="結衣",
            phonetic_family_name="カトウ", phonetic_given_name="ユイ",
        )  # fmt: skip
        assert kato.native_name_language == "ja"


def test_a_reading_added_later_makes_it_japanese(db: Database) -> None:
    with db.transaction() as s:
        sato = cs.create_contact(s, **SATO)
        assert _shown(sato) == "浩·佐藤"  # kanji alone: read as a transliterated Western name
        cs.update_contact(s, sato.id, phonetic_family_name="さとう")
        assert sato.native_name_language == "ja"
        assert _shown(sato) == "佐藤浩"


def test_a_latin_reading_changes_nothing(db: Database) -> None:
    """Pinyin or romaji in the reading boxes are no sign of the name's language."""
    with db.transaction() as s:
        c = cs.create_contact(s, **SATO, phonetic_family_name="Sato")
        assert c.native_name_language == ""


def test_dossier_and_card_print_the_japanese_order(db: Database) -> None:
    import datetime as dt

    with db.transaction() as s:
        sato = cs.create_contact(s, **SATO, phonetic_family_name="さとう", phonetic_given_name="ひろし")
        day = dt.date(2027, 3, 29)
        v = vs.create_visit(s, title_en="Kurita", start_date=day, end_date=day)
        vs.add_participant(s, v.id, sato.id, "delegate")
        visit_id = v.id
    with db.reading() as s:
        data = gather_visit(s, visit_id)
    (person,) = [p.person for p in data.participants]
    assert person.name_zh == "佐藤浩"
    assert chinese_first(person)
