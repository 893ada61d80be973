"""Persian letters found and paired with the Arabic ones a sheet writes them with (field test 125,
Tehran): علی کریمی typed on a Persian keyboard is علي كريمي from an Arabic keyboard or a
Windows-1256 file (which has no ی), and نیک‌پور with its ZWNJ is نیکپور without it."""

from __future__ import annotations

import pytest

from petdesk import arabic_names
from petdesk.db import Database
from petdesk.persian_letters import as_arabic_letters
from petdesk.services import contacts as cs
from petdesk.services import duplicates, search

#: (given, family): the Persian keyboard's, then an Arabic keyboard's or Windows-1256's spelling
PERSIAN = ("علی", "کریمی")
ARABIC = ("علي", "كريمي")


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            f"{g} {f}": cs.create_contact(s, given_name=g, family_name=f).id
            for g, f in (PERSIAN, ARABIC, ("مریم", "نیک\u200cپور"), ("Mary", "Cooper"))
        }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("علی", {"علی کریمی", "علي كريمي"}),
        ("علي", {"علی کریمی", "علي كريمي"}),
        ("على كريمى", {"علی کریمی", "علي كريمي"}),  # final ى as Arabic keyboards type it
        ("کریمی", {"علی کریمی", "علي كريمي"}),
        ("نیکپور", {"مریم نیک\u200cپور"}),
        ("نيك\u200cپور", {"مریم نیک\u200cپور"}),
    ],
)
def test_persian_and_arabic_letters_find_each_other(db: Database, query: str, expected: set[str]) -> None:
    ids = _people(db)
    with db.transaction() as s:
        found = {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}
    assert {n for n, i in ids.items() if i in found} == expected


def test_the_same_name_in_persian_and_arabic_letters_pairs_as_a_duplicate(db: Database) -> None:
    ids = _people(db)
    with db.transaction() as s:
        pairs = duplicates.find_duplicates(s, entity="contact")
    pair = {ids["علی کریمی"], ids["علي كريمي"]}
    (found,) = [p for p in pairs if {p.first_id, p.second_id} == pair]
    assert any("same name" in r for r in found.reasons), found.reasons


def test_persian_letters_read_as_the_listed_arabic_names() -> None:
    assert as_arabic_letters("نیک\u200cپور کریمی") == "نيكپور كريمي"
    assert "ali" in arabic_names.spellings("علی")[0].split()


def test_an_organisation_in_persian_and_arabic_letters_is_one() -> None:
    from petdesk.services.matching import organisation_name_key

    persian, cp1256 = "سازمان حفاظت محیط زیست", "سازمان حفاظت محيط زيست"
    assert organisation_name_key(persian) == organisation_name_key(cp1256)
