"""Cairo hub office (field test 118): Outlook on Arabic Windows. Its Windows-1256 export was read as
Windows-1251 (every header Cyrillic, every column ignored), its Arabic headers named no field, the
right-to-left marks it writes around names stayed in the stored values, and "Mohammed" or
"Muhammad" did not find Mohamed El-Sayed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import encoding, honorifics, importing, search, vcard

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "field118"


def test_windows_1256_is_read_as_arabic() -> None:
    found = encoding.detect((SAMPLES / "outlook_ar_eg_cp1256.csv").read_bytes())
    assert found.encoding == "cp1256"
    assert found.text.startswith('"اللقب","الاسم الأول"')


@pytest.mark.parametrize("name", ["outlook_ar_eg_utf8_bom.csv", "outlook_ar_eg_cp1256.csv"])
def test_arabic_outlook_export_imports_whole(db: Database, name: str) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / name)
    assert len(report.added) == 5
    with db.transaction() as s:
        people = {(c.given_name, c.family_name): c for c in s.scalars(select(m.Contact))}
        assert set(people) >= {("Mohamed", "El-Sayed"), ("محمد", "عبد الرحمن"), ("Fatma", "Abdelrahman")}
        orgs = set(s.scalars(select(m.Organisation.name_en)))
    assert "وزارة البيئة" in orgs  # without the embedding marks around it


def test_right_to_left_marks_are_dropped_from_cells() -> None:
    assert importing._stripped(["\u200fمحمد ", "\u202bوزارة البيئة\u202c", "a\u200eb"]) == [
        "محمد",
        "وزارة البيئة",
        "ab",
    ]


@pytest.mark.parametrize("query", ["Mohammed", "Muhammad", "Mohammad", "mohamed elsayed"])
def test_latin_spellings_of_mohamed_find_each_other(db: Database, query: str) -> None:
    with db.transaction() as s:
        cid = cs.create_contact(s, given_name="Mohamed", family_name="El-Sayed").id
        other = cs.create_contact(s, given_name="Mohan", family_name="Kumar").id
    with db.transaction() as s:
        found = {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
    assert cid in found and other not in found


def test_whatsapp_card_title_and_direction_marks() -> None:
    """WhatsApp's card of "‫م. عمرو المصري‬" (an engineer) kept the marks and "م." in the given name."""
    cards = vcard.parse((SAMPLES / "whatsapp_contacts.vcf").read_bytes())
    people = [(r.given_name, r.family_name, r.honorific_en) for r in importing.records_from_vcards(cards)]
    assert people == [
        ("هاني", "الشريف", ""),
        ("عمرو المصري", "", "Eng."),
        ("Mohammed", "Abdelrahman", "Eng."),
    ]


@pytest.mark.parametrize(
    ("given", "title", "rest", "honorific"),
    [
        ("Eng. Mohamed", "Eng.", "Mohamed", ("Eng.", "工程师")),
        ("H.E. Ahmed", "H.E.", "Ahmed", ("H.E.", "阁下")),
        ("المهندس محمد", "المهندس", "محمد", ("Eng.", "工程师")),
        ("د. فاطمة", "د.", "فاطمة", ("Dr.", "博士")),
        ("Englebert", "", "Englebert", None),
    ],
)
def test_egyptian_titles(given: str, title: str, rest: str, honorific: tuple[str, str] | None) -> None:
    assert honorifics.title_of_given_name(given) == (title, rest)
    if honorific:
        assert honorifics.settle([title])[:2] == honorific
