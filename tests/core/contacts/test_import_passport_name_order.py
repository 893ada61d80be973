"""A passport list's whole name in capitals is surname first (round 54): "NURLANOVA AIGERIM SERIKOVNA"
is Nurlanova, Aigerim Serikovna, not Serikovna. Told by a passport number column in the file or a name
column headed as a passport's ("NAME/SURNAME", "ФИО", "FULL NAME AS IN PASSPORT"); other files keep
the usual rule. Invented people."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing


def _names(db: Database, path: Path) -> list[tuple[str, str, NameOrder | None]]:
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        rows = s.execute(select(m.Contact.family_name, m.Contact.given_name, m.Contact.name_order))
        return sorted(tuple(r) for r in rows)


def test_a_passport_number_column_makes_the_first_word_the_surname(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "delegation.csv"
    path.write_text(
        "Full name,Passport No.,Nationality\n"
        "NURLANOVA AIGERIM SERIKOVNA,N12345678,KAZ\n"
        "Dana Seitkali,N87654321,KAZ\n",  # not in capitals: the usual rule
        encoding="utf-8",
    )
    assert _names(db, path) == [
        ("Nurlanova", "Aigerim Serikovna", NameOrder.FAMILY_FIRST),
        ("Seitkali", "Dana", NameOrder.GIVEN_FIRST),
    ]


@pytest.mark.parametrize("header", ["NAME/SURNAME", "ФИО", "FULL NAME AS IN PASSPORT"])
def test_a_passport_name_header_makes_the_first_word_the_surname(
    db: Database, tmp_path: Path, header: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"{header},Organisation\nYUSUPOV BAKHTIYOR,Ministry of Ecology\n", encoding="utf-8")
    assert _names(db, path) == [("Yusupov", "Bakhtiyor", NameOrder.FAMILY_FIRST)]


def test_other_lists_keep_the_usual_rule(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    # no patronymic: since field test 121 "NURLANOVA AIGERIM SERIKOVNA" reads family name first by it
    path.write_text("Full name,Organisation\nNURLANOVA AIGERIM DANA,Ministry\n", encoding="utf-8")
    assert _names(db, path) == [("Dana", "Nurlanova Aigerim", NameOrder.GIVEN_FIRST)]
