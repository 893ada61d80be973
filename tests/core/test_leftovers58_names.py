"""Names left open last round (leftovers 58).

Before: "C. P. Ramesh" and "H. E. Peter" lost their initials (taken as the titles C.P., contador
público, and H.E., His Excellency); a whole name written family name first in capitals after a title
("Ноён BOLD Bat-Erdene", "Dr. DIOP Aminata") was split at the title ("BOLD" given name), and one typed
whole into a given-name column with no family name ("BOLD Bat-Erdene" under Нэр beside an empty
Овог) was kept whole as the given name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import honorifics


def _imported(db: Database, tmp_path: Path, rows: str) -> dict[str, m.Contact]:
    sheet = tmp_path / "names.csv"
    sheet.write_text(rows, encoding="utf-8")
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(sheet)]) == 0
    with db.reading() as s:
        contacts = list(s.scalars(select(m.Contact)))
        s.expunge_all()
    return {f"{c.given_name}|{c.family_name}": c for c in contacts}  # "given|family"


@pytest.mark.parametrize(
    ("given", "title", "rest"),
    [
        ("C. P. Ramesh", "", "C. P. Ramesh"),  # initials with a space between them: the name's
        ("H. E. Peter", "", "H. E. Peter"),
        ("C.P. Rosa", "C.P.", "Rosa"),  # written joined: the title
        ("H.E. Peter", "H.E.", "Peter"),
        ("Lic. Juan", "Lic.", "Juan"),
    ],
)
def test_spaced_initials_are_no_title(given: str, title: str, rest: str) -> None:
    assert honorifics.title_of_given_name(given) == (title, rest)


def test_initials_stay_in_the_imported_name(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = _imported(
        db, tmp_path, "Name,Organisation\nC. P. Ramesh,A\nH. E. Peter,B\nH.E. Amina Mohamed,C\n"
    )
    capsys.readouterr()
    assert "C. P.|Ramesh" in people and not people["C. P.|Ramesh"].honorific_en
    assert "H. E.|Peter" in people and not people["H. E.|Peter"].honorific_en
    assert people["Amina|Mohamed"].honorific_en == "H.E."


def test_capitals_first_after_a_title_and_in_a_given_name_column(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "Name,Organisation\nНоён BOLD Bat-Erdene,A\nDr. DIOP Aminata,B\n"
    people = _imported(db, tmp_path, rows)
    capsys.readouterr()
    assert people["Bat-Erdene|Bold"].honorific_en == "Mr."
    assert people["Aminata|Diop"].honorific_en == "Dr."


def test_capitals_first_typed_whole_into_the_given_name(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "Овог,Нэр,Байгууллага\n,BOLD Bat-Erdene,A\n,Ноён GANBAATAR Bold,B\nБатын,Болд,C\n,Сарнай,D\n"
    people = _imported(db, tmp_path, rows)
    capsys.readouterr()
    assert people["Bat-Erdene|Bold"].name_order == "family_first"
    assert people["Bold|Ganbaatar"].honorific_en == "Mr."
    assert "Болд|Батын" in people and "Сарнай|" in people  # as before


def test_a_card_with_a_title_and_one_name_in_fn_alone(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A card with no N ("FN:Хатагтай Оюун", "FN:Hon. Achieng") kept the title as the given name and no
    honorific: the one name goes where a sheet's "Хатагтай Сарнай" and a card's "N:Kiprono;Hon.;;;" put
    it (the family name), the title to the honorific."""
    card = tmp_path / "phone.vcf"
    cards = ("Хатагтай Оюун", "Ноён Болд", "Hon. Achieng", "Ноён BOLD Bat-Erdene")
    card.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{fn}\r\nEND:VCARD\r\n" for fn in cards), "utf-8"
    )
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(card)]) == 0
    capsys.readouterr()
    with db.reading() as s:
        people = {
            f"{c.given_name}|{c.family_name}": (c.honorific_en, c.honorific_zh)
            for c in s.scalars(select(m.Contact))
        }
    assert people == {
        "|Оюун": ("Ms.", "女士"),
        "|Болд": ("Mr.", "先生"),
        "|Achieng": ("Hon.", ""),
        "Bat-Erdene|Bold": ("Mr.", "先生"),
    }
