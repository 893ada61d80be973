"""A whole name of a title and one name ("Hon. Wanjiku", "Dr. Ahmed", "Хатагтай Сарнай" under "Нэр")
was split at its space: the title became the given name and no honorific was kept (review of field
tests 117-119). The title is the honorific now; the one name stays where the split put it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import honorifics


@pytest.mark.parametrize(
    ("given", "title"),
    [("Hon.", "Hon."), ("Prof. Dr.", "Prof. Dr."), ("Хатагтай", "Хатагтай"), ("م.", "م."), ("Bi.", "Bi.")],
)
def test_a_title_alone(given: str, title: str) -> None:
    assert honorifics.title_alone(given) == title


@pytest.mark.parametrize("given", ["Bi", "Eng", "Honey", "Dr. Ali", "", "U"])
def test_no_title_alone(given: str) -> None:
    assert honorifics.title_alone(given) == ""


def test_import_of_a_title_and_one_name(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "names.csv"
    rows = "Нэр,Байгууллага\nХатагтай Сарнай,X\nHon. Wanjiku,Y\nDr. Ahmed,Z\nBi Wei,W\n"
    sheet.write_text(rows, encoding="utf-8")
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(sheet)]) == 0
    capsys.readouterr()
    with db.transaction() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
    assert (people["Сарнай"].given_name, people["Сарнай"].honorific_zh, people["Сарнай"].gender) == (
        "",
        "女士",
        "f",
    )
    assert (people["Wanjiku"].given_name, people["Wanjiku"].honorific_en) == ("", "Hon.")
    assert (people["Ahmed"].given_name, people["Ahmed"].honorific_zh) == ("", "博士")
    assert people["Wei"].given_name == "Bi" and not people["Wei"].honorific_en  # 毕 is no title


def test_a_phone_card_with_the_title_alone_as_given_name(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An Android card "N:Kiprono;Hon.;;;" (a vCard 2.1 as the phone writes it) kept "Hon." as the
    given name, as did "N:Hassan;Dr. Bi.;;;"."""
    card = tmp_path / "phone.vcf"
    card.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kiprono;Hon.;;;\r\nFN:Hon. Kiprono\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Hassan;Dr. Bi.;;;\r\nFN:Dr. Bi. Hassan\r\nEND:VCARD\r\n"
    )
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(card)]) == 0
    capsys.readouterr()
    with db.transaction() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
    assert (people["Kiprono"].given_name, people["Kiprono"].honorific_en) == ("", "Hon.")
    assert (people["Hassan"].given_name, people["Hassan"].honorific_zh, people["Hassan"].gender) == (
        "",
        "博士",
        "f",
    )


@pytest.mark.parametrize(
    ("given", "title"), [("Mr.", "Mr."), ("Mrs", "Mrs"), ("Ms.", "Ms."), ("Herr", "Herr")]
)
def test_a_courtesy_word_alone(given: str, title: str) -> None:
    assert honorifics.title_alone(given) == title


@pytest.mark.parametrize("given", ["M.", "Pak", "Bu", "Pan", "He", "Bi", "Fr.", "Mr. John", "Mister X"])
def test_no_courtesy_word_alone(given: str) -> None:
    """An initial; Pak, Bu, Pan, He, Bi (family names too: 박, 卜, 潘, 何, 毕); Fr. (Father?); two words."""
    assert honorifics.title_alone(given) == ""


def test_import_of_mr_and_one_name(db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """ "Mr. Sukarno" kept "Mr." as the given name (leftovers59): Mr. is the honorific, and Sukarno
    stays where single names go (the family name, as "Hon. Wanjiku" and "Wayan")."""
    sheet = tmp_path / "names.csv"
    sheet.write_text(
        "Name,Organisation\nMr. Sukarno,X\nMs. Megawati,Y\nPak Harto,Z\nM. Hatta,W\n", encoding="utf-8"
    )
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(sheet)]) == 0
    capsys.readouterr()
    with db.transaction() as s:
        people = {
            c.family_name: (c.given_name, c.honorific_en, c.honorific_zh, c.gender)
            for c in s.scalars(select(m.Contact))
        }
    assert people["Sukarno"] == ("", "Mr.", "先生", "m")
    assert people["Megawati"] == ("", "Ms.", "女士", "f")
    assert people["Harto"][:2] == ("Pak", "") and people["Hatta"][:2] == ("M.", "")  # a name, an initial
