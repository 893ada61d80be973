"""Bangkok hub office (field test 120): Outlook on Thai Windows. Its Windows-874 export was read as
Windows-1251 (every header Cyrillic, every column ignored), its Thai headers named no field but one
("ชื่อ", taken for a whole native name), and a list naming the Industrial Estate Authority (การนิคม
อุตสาหกรรม…) or a cooperative (สหกรณ์) ended the import with an error while its Latin search spelling
was made (a ห closing a syllable had no Latin value)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk import thai_latin
from petdesk.db import Database
from petdesk.services import encoding, importing, search

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "field120"


def test_windows_874_is_read_as_thai() -> None:
    found = encoding.detect((SAMPLES / "outlook_th_cp874.csv").read_bytes())
    assert found.encoding == "cp874"
    assert found.text.startswith('"คำนำหน้าชื่อ","ชื่อ"')


@pytest.mark.parametrize("name", ["outlook_th_utf8_bom.csv", "outlook_th_cp874.csv"])
def test_thai_outlook_export_imports_whole(db: Database, name: str) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / name)
    assert len(report.added) == 4
    with db.transaction() as s:
        people = {(c.given_name, c.family_name): c for c in s.scalars(select(m.Contact))}
        assert set(people) == {("สมชาย", "ใจดี"), ("ศิริพร", "วงศ์สวัสดิ์"), ("ประเสริฐ", "ทองคำ"), ("วิชัย", "ศรีสุข")}
        assert people[("วิชัย", "ศรีสุข")].nickname == "Som"
        orgs = set(s.scalars(select(m.Organisation.name_en)))
        assert "การนิคมอุตสาหกรรมแห่งประเทศไทย" in orgs
        found = {r.entity_id for r in search.search(s, "siriporn", kind=search.CONTACT)}
    assert found == {people[("ศิริพร", "วงศ์สวัสดิ์")].id}


@pytest.mark.parametrize(
    ("word", "rtgs"),
    [("อุตสาหกรรม", "utsahakam"), ("สหกรณ์", "sahakon"), ("มหาชัย", "mahachai")],
)
def test_h_never_ends_a_syllable(word: str, rtgs: str) -> None:
    assert thai_latin.spellings(word)[0] == rtgs


@pytest.mark.parametrize(
    ("word", "rtgs"),
    [
        ("อุตสาหกรรม", "utsahakam"),  # read letter by letter "utsahakonrom" before
        ("กรรม", "kam"),
        ("พรรณ", "phan"),
        ("บรรดา", "banda"),  # รร before a consonant with its own vowel: "an"
        ("สุวรรณ", "suwan"),  # the consonant before รร opens the syllable
        ("วรรณา", "wanna"),
    ],
)
def test_ro_han_reads_a(word: str, rtgs: str) -> None:
    assert thai_latin.spellings(word) == [rtgs]
