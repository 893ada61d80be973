"""A Hangul or kana name typed in the editor is Korean or Japanese, not Chinese (field test 51 #4):
its vCard said LANGUAGE=zh-Hans with the Hangul as "pinyin", and re-importing petdesk's own export
"updated" the people."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, exporting, importing, organisations, vcard


def _people(db: Database) -> dict[str, str]:
    """Each person's ``id`` by native name."""
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_zh="부산광역시청", name_en="Busan Metropolitan City")
        park = contacts.create_contact(
            s,
            family_name="Park",
            given_name="Ji Hoon",
            family_name_zh="박",
            given_name_zh="지훈",
            organisation_id=org.id,
            position_zh="부장",
        )
        sato = contacts.create_contact(s, family_name_zh="佐藤", given_name_zh="さくら", position_zh="通訳")
        hong = contacts.create_contact(s, family_name_zh="홍", given_name_zh="길동")
        zhang = contacts.create_contact(s, family_name_zh="张", given_name_zh="伟", family_name="Zhang")
        return {"박지훈": park.id, "佐藤さくら": sato.id, "홍길동": hong.id, "张伟": zhang.id}


def test_a_typed_hangul_or_kana_name_gets_its_language(db: Database) -> None:
    ids = _people(db)
    with db.reading() as s:
        language = {name: s.get(m.Contact, cid).native_name_language for name, cid in ids.items()}
    assert language == {"박지훈": "ko", "佐藤さくら": "ja", "홍길동": "ko", "张伟": ""}


def test_an_edit_to_a_hangul_name_sets_korean(db: Database) -> None:
    with db.transaction() as s:
        cid = contacts.create_contact(s, family_name="Lee").id
    with db.transaction() as s:
        contacts.update_contact(s, cid, family_name_zh="이", given_name_zh="서연")
    with db.reading() as s:
        assert s.get(m.Contact, cid).native_name_language == "ko"


def test_a_han_only_japanese_name_stays_japanese(db: Database) -> None:
    with db.transaction() as s:
        cid = contacts.create_contact(
            s, family_name_zh="山田", given_name_zh="太郎", native_name_language="ja"
        ).id
        contacts.update_contact(s, cid, given_name_zh="次郎")
    with db.reading() as s:
        assert s.get(m.Contact, cid).native_name_language == "ja"


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_the_vcard_tags_hangul_korean_with_no_pinyin(db: Database, tmp_path: Path, version: str) -> None:
    ids = _people(db)
    out = tmp_path / "part.vcf"
    with db.reading() as s:
        exporting.export_contacts(
            s, out, "vcf", ids=[ids["박지훈"], ids["佐藤さくら"]], vcard_version=version
        )
    text = out.read_text(encoding="utf-8")
    assert "zh-Hans" not in text
    assert "X-PHONETIC-LAST-NAME:박" not in text and "X-PHONETIC-LAST-NAME:佐藤" not in text
    assert "LANGUAGE=ko" in text and "LANGUAGE=ja" in text
    if version == "4.0":  # the Hangul in Latin letters, as a transcription
        assert "PHONETIC=script;SCRIPT=Latn;LANGUAGE=ko:Park;Jihun;;;" in text


def test_a_stored_hangul_name_without_a_language_is_not_written_as_chinese(db: Database) -> None:
    """Records saved before the editor set the language: the export reads the script."""
    ids = _people(db)
    with db.transaction() as s:
        s.get(m.Contact, ids["홍길동"]).native_name_language = ""
    with db.reading() as s:
        card = vcard.serialize([exporting.contact_to_vcard(s.get(m.Contact, ids["홍길동"]))])
    assert "zh-Hans" not in card and "LANGUAGE=ko" in card


@pytest.mark.parametrize(
    ("fmt", "version"), [("vcf", "4.0"), ("vcf", "3.0"), ("csv", "4.0"), ("xlsx", "4.0")]
)
def test_re_importing_the_own_export_changes_nothing(
    db: Database, tmp_path: Path, fmt: str, version: str
) -> None:
    _people(db)
    out = tmp_path / f"all.{fmt}"
    with db.reading() as s:
        written = exporting.export_contacts(s, out, fmt, vcard_version=version)  # type: ignore[arg-type]
    with db.transaction() as s:
        report = importing.import_file(s, out)
    changes = [(o.name, o.changes) for o in report.outcomes if o.action != "skipped"]
    assert changes == [] and report.count("skipped") == written


def test_a_korean_or_japanese_title_is_not_the_english_position(db: Database, tmp_path: Path) -> None:
    card = tmp_path / "kim.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN;LANGUAGE=ko:김;민준;;;\r\nFN;LANGUAGE=ko:김민준\r\n"
        "ORG;LANGUAGE=ko:부산광역시청;환경정책과\r\nTITLE;LANGUAGE=ko:국장\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN;LANGUAGE=ja:佐藤;さくら;;;\r\nFN;LANGUAGE=ja:佐藤さくら\r\n"
        "ORG;LANGUAGE=ja:横浜市\r\nTITLE;LANGUAGE=ja:課長\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, card)
    with db.reading() as s:
        jobs = {
            (a.position_en, a.position_zh, a.department_en, a.department_zh)
            for a in s.scalars(select(m.Affiliation))
        }
    assert jobs == {("", "국장", "", "환경정책과"), ("", "課長", "", "")}
