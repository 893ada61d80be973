"""A courtesy title before a whole name: "Mr. John Smith" in one name cell imported as given name
"Mr. John" with no honorific (only a title and one name, "Mr. Sukarno", was read; names59). Every
path a user has now takes the title off through ``honorifics.title_of_given_name``: a sheet's
Name / Full name / 姓名 column, a vCard's FN alone or its N, Outlook's and Google's First Name, a
business-card app's 氏名, and the editor's (and ``petdesk contact add``'s) given name box."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import honorifics
from petdesk.services.importing import ContactRecord, load_file
from tests.helpers.contact_form_saves import saved_contact

#: (family, given, English and Chinese honorific, gender) of "Mr. John Smith" read right.
JOHN_SMITH = ("Smith", "John", "Mr.", "先生", "m")


def _people(path: Path) -> list[tuple[str, str, str, str, str]]:
    records = [r for r in load_file(path).iter_records() if isinstance(r, ContactRecord)]
    return [(r.family_name, r.given_name, r.honorific_en, r.honorific_zh, r.gender) for r in records]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("name.csv", "Name,Organisation\nMr. John Smith,X\n"),
        ("full_name.csv", "Full name,Organisation\nMr. John Smith,X\n"),
        ("xingming.csv", "姓名,单位\nMr. John Smith,X\n"),
        ("fn_only.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. John Smith\r\nEND:VCARD\r\n"),
        ("n_empty.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Mr. John Smith\r\nEND:VCARD\r\n"),
        (
            "n_given.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Mr. John;;;\r\nFN:Mr. John Smith\r\nEND:VCARD\r\n",
        ),
        (
            "outlook.csv",
            "Title,First Name,Middle Name,Last Name,Suffix,Company,E-mail Address\n"
            ",Mr. John,,Smith,,X,j@x.org\n",
        ),
        (
            "google.csv",
            "Name,Given Name,Additional Name,Family Name,Name Prefix,Name Suffix,Organization 1 - Name\n"
            "Mr. John Smith,Mr. John,,Smith,,,X\n",
        ),
        ("google_name_only.csv", "Name,Given Name,Family Name,Organization 1 - Name\nMr. John Smith,,,X\n"),
        (
            "google_new.csv",
            "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Organization Name\n"
            "Mr. John,,Smith,,,X\n",
        ),
        (
            "sansan.csv",
            "会社名,部署名,役職,氏名,氏名（カナ）,メールアドレス\n"
            "Acme,Sales,Manager,Mr. John Smith,,j@acme.example\n",
        ),
    ],
)
def test_every_import_path_takes_mr_off_a_whole_name(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _people(path) == [JOHN_SMITH]


def test_a_spreadsheet_full_name_column(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Full name", "Organisation"])
    sheet.append(["Mr. John Smith", "X"])
    book.save(tmp_path / "people.xlsx")
    assert _people(tmp_path / "people.xlsx") == [JOHN_SMITH]


def test_titles_kept_and_names_left_alone(tmp_path: Path) -> None:
    """Each title with its Chinese form; initials, Pak / Bu / He (names too) and Jr. stay as they were."""
    path = tmp_path / "names.csv"
    rows = [
        "Mrs. Mary Ann Jones", "Miss Lucy Brown", "Ms Anna Berg", "Herr Jürgen Müller",
        "Atty. Juan dela Cruz", "Mr. ZHANG Wei", "Mr. John Smith Jr.", "C. P. Ramesh",
        "Pak Harto Wibowo", "He Wei", "Bu Lan", "MS Dhoni", "Dr. Jane Doe", "H.E. Amina Mohamed",
    ]  # fmt: skip
    path.write_text("Name,Organisation\n" + "".join(f"{r},X\n" for r in rows), encoding="utf-8")
    assert _people(path) == [
        ("Jones", "Mary Ann", "Mrs.", "女士", "f"),
        ("Brown", "Lucy", "Miss", "女士", "f"),
        ("Berg", "Anna", "Ms.", "女士", "f"),
        ("Müller", "Jürgen", "Mr.", "先生", "m"),
        ("dela Cruz", "Juan", "Atty.", "律师", ""),
        ("Zhang", "Wei", "Mr.", "先生", "m"),
        ("Smith Jr.", "John", "Mr.", "先生", "m"),
        ("Ramesh", "C. P.", "", "", ""),
        ("Wibowo", "Pak Harto", "", "", ""),
        ("Wei", "He", "", "", ""),
        ("Lan", "Bu", "", "", ""),
        ("Dhoni", "MS", "", "", ""),  # initials in capitals, not Ms.
        ("Doe", "Jane", "Dr.", "博士", ""),
        ("Mohamed", "Amina", "H.E.", "阁下", ""),
    ]


@pytest.mark.parametrize(
    ("given", "split"),
    [
        ("Mr. John", ("Mr.", "John")),
        ("Mrs Mary Ann", ("Mrs", "Mary Ann")),
        ("Atty. Juan", ("Atty.", "Juan")),
        ("Madame Claire", ("Madame", "Claire")),
        ("MS Dhoni", ("", "MS Dhoni")),
        ("Pak Harto", ("", "Pak Harto")),
        ("M. Hatta", ("", "M. Hatta")),
        ("Fr. Jose", ("", "Fr. Jose")),
        ("Missy", ("", "Missy")),
    ],
)
def test_title_of_given_name(given: str, split: tuple[str, str]) -> None:
    assert honorifics.title_of_given_name(given) == split


def test_the_editor_and_contact_add_take_mr_off_the_given_name(db: Database) -> None:
    def save(values: dict[str, str]) -> m.Contact:
        return saved_contact(db, values, start_date=dt.date(2026, 12, 7))

    smith = save({"given_name": "Mr. John", "family_name": "Smith", "gender": ""})
    stored = (smith.family_name, smith.given_name, smith.honorific_en, smith.honorific_zh, smith.gender)
    assert stored == JOHN_SMITH
    typed = save({"given_name": "Mr. John", "family_name": "Doe", "honorific_en": "Dr."})
    assert (typed.honorific_en, typed.given_name) == ("Dr.", "Mr. John")  # the user's own title wins
