"""A row whose only name is in Devanagari (a Hindi list): its Latin reading becomes the name, which
lists, search and letters use, and the Devanagari is kept whole as the native name beside it, as
Khmer, Burmese and Thai names have a Latin reading. Before, the Devanagari stayed in the Latin name's
fields and no native name was kept."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, names_indic, search


def test_a_hindi_only_row_gets_a_latin_reading_and_keeps_the_devanagari(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Email\nराजेश शर्मा,rajesh@example.in\nAnna Berg,anna@example.se\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        rajesh = people["Sharma"]
        assert (rajesh.given_name, rajesh.family_name) == ("Rajesh", "Sharma")
        assert (rajesh.family_name_zh, rajesh.native_name_language) == ("राजेश शर्मा", "hi")
        assert people["Berg"].family_name_zh == ""
        for query in ("sharma", "rajesh", "शर्मा"):
            assert [r.entity_id for r in search.search(s, query)] == [rajesh.id], query


def test_only_a_devanagari_name_has_a_reading() -> None:
    assert names_indic.latin_reading("शर्मा", "प्रिया") == ("Sharma", "Priya")
    assert names_indic.latin_reading("Sharma", "Priya") is None
    assert names_indic.latin_reading("สมชาย", "") is None
