"""A Latin name written wholly in capitals, as passports and embassy lists write it, is stored in the
usual case for every kind of file (passports53): "NURLANOVA AIGERIM" was stored in capitals and printed
so on name cards. A name with its family name alone in capitals ("ZHANG Wei"), a Cyrillic name in
capitals and an organisation's acronym are left as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.name_case import name_from_capitals
from tests.core.contacts.io_helpers import DATA_DIR


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        (("NURLANOVA", "AIGERIM", "NURLANOVNA"), ("Nurlanova", "Aigerim", "Nurlanovna")),
        (("N'GUESSAN", "KOFFI", ""), ("N'Guessan", "Koffi", "")),
        (("O'BRIEN", "SEAN", ""), ("O'Brien", "Sean", "")),
        (("MCDONALD", "MARY-ANN", ""), ("McDonald", "Mary-Ann", "")),
        (("VAN DER BERG", "JAN", ""), ("van der Berg", "Jan", "")),
        (("DE LA TORRE PEÑA", "MARÍA", ""), ("de la Torre Peña", "María", "")),
        (("DE LOS RÍOS", "VALENTINA", ""), ("de los Ríos", "Valentina", "")),
        (("LA FONTAINE", "JEAN", ""), ("La Fontaine", "Jean", "")),
        (("TO'XTAYEV", "G'AYRAT", ""), ("To'xtayev", "G'ayrat", "")),
        (("TOʻXTAYEV", "GʻAYRAT", ""), ("Toʻxtayev", "Gʻayrat", "")),
        (("MÜLLER", "JÜRGEN", ""), ("Müller", "Jürgen", "")),
        (("CHAN", "WK", ""), ("Chan", "WK", "")),
        (("ZHANG", "Wei", ""), ("ZHANG", "Wei", "")),
        (("НУРЛАНОВА", "АЙГЕРИМ", ""), ("НУРЛАНОВА", "АЙГЕРИМ", "")),
    ],
)
def test_usual_case(written: tuple[str, ...], stored: tuple[str, ...]) -> None:
    assert name_from_capitals(written) == stored


def _people(db: Database) -> dict[str, tuple[str, str, str]]:
    with db.reading() as s:
        return {c.passport_number or c.family_name: (c.family_name, c.given_name, c.middle_name)
                for c in s.scalars(select(m.Contact))}  # fmt: skip


def test_the_embassy_list_is_stored_in_the_usual_case(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "field82" / "embassy_passport_list.xlsx")
    people = _people(db)
    assert people["N12345678"][:2] == ("Nurlanova", "Aigerim")
    assert all(not name.isupper() for parts in people.values() for name in parts if len(name) > 2)


def test_csv_and_vcard_alike(db: Database, tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_text(
        "Surname,Given names,Organisation\nN'GUESSAN,KOFFI,WWF CIV\nZHANG,Wei,GIZ\n", encoding="utf-8"
    )
    (tmp_path / "card.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:MCDONALD;MARY;;;\r\nFN:MARY MCDONALD\r\nORG:UNDP\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        for name in ("list.csv", "card.vcf"):
            importing.import_file(s, tmp_path / name)
    people = _people(db)
    assert people["N'Guessan"] == ("N'Guessan", "Koffi", "")
    assert people["ZHANG"] == ("ZHANG", "Wei", "")
    assert people["McDonald"] == ("McDonald", "Mary", "")
    with db.reading() as s:
        assert {o.name_en for o in s.scalars(select(m.Organisation))} == {"WWF CIV", "GIZ", "UNDP"}
        # the capitals are kept nowhere else (no nickname or note from the card's FN)
        assert all("MCDONALD" not in f"{c.nickname}{c.notes}" for c in s.scalars(select(m.Contact)))
