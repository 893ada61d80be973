"""A couple in one name cell ("Mr. and Mrs. John Smith") and "Sr." before a whole name (names60).

A couple's cell was stored with "and Mrs." in the given name and Mr. as the honorific; now the
person named (John Smith) is stored with no honorific guessed and the cell's wording in the notes.
"Sr." is Señor at an office in a Spanish- or Portuguese-speaking country, and stays in the name
elsewhere (Sister, Senior)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.office_country import set_office_country
from petdesk.services import honorifics, importing
from petdesk.services.importing import ContactRecord, load_file
from tests.helpers.contact_form_saves import saved_contact
from tests.helpers.office_kept import office

__all__ = ["office"]


def _people(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    records = [r for r in load_file(path).iter_records() if isinstance(r, ContactRecord)]
    return [(r.family_name, r.given_name, r.honorific_en, r.honorific_zh, r.gender, r.notes) for r in records]


def _files(name: str) -> dict[str, str]:
    """The same whole name as each import path reads one (given part: all but the last word)."""
    given, _, family = name.rpartition(" ")
    return {
        "name.csv": f"Name,Organisation\n{name},X\n",
        "full_name.csv": f"Full name,Organisation\n{name},X\n",
        "fn_only.vcf": f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n",
        "n_given.vcf": f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\nEND:VCARD\r\n",
        "outlook.csv": "Title,First Name,Middle Name,Last Name,Suffix,Company,E-mail Address\n"
        f",{given},,{family},,X,j@x.org\n",
        "google.csv": "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Organization Name\n"
        f"{given},,{family},,,X\n",
        "sansan.csv": "会社名,部署名,役職,氏名,氏名（カナ）,メールアドレス\n"
        f"Acme,Sales,Manager,{name},,j@acme.example\n",
    }


COUPLES = [
    ("Mr. and Mrs. John Smith", ("Smith", "John")),
    ("Mr & Mrs John Smith", ("Smith", "John")),
    ("Dr. and Mrs. Li", ("Li", "")),
]


@pytest.mark.parametrize(("name", "split"), COUPLES)
@pytest.mark.parametrize("kind", list(_files("A B")))
def test_a_couple_is_the_person_named_with_the_wording_in_the_notes(
    tmp_path: Path, name: str, split: tuple[str, str], kind: str
) -> None:
    path = tmp_path / kind
    path.write_text(_files(name)[kind], encoding="utf-8")
    assert _people(path) == [(*split, "", "", "", f"Written as: {name}")]


def test_a_couple_in_a_spreadsheet_and_the_preview(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Full name", "Organisation"])
    sheet.append(["Mr. and Mrs. John Smith", "X"])
    book.save(tmp_path / "people.xlsx")
    [person] = _people(tmp_path / "people.xlsx")
    assert person == ("Smith", "John", "", "", "", "Written as: Mr. and Mrs. John Smith")
    # the preview's notes column, in the reader's language
    assert importing.notes_for_reader(person[-1], chinese=True) == "原写法：Mr. and Mrs. John Smith"


@pytest.mark.parametrize(
    "name", ["Dr E M Smith", "Mr. Andrew Smith", "Ms Anne Etherington", "Mrs. Andersen-Müller"]
)
def test_not_a_couple(name: str) -> None:
    assert honorifics.couple_of_name(name) == ("", name)


def test_the_editor_takes_a_couple_off_the_given_name(db: Database) -> None:
    smith = saved_contact(
        db, {"given_name": "Mr. and Mrs. John", "family_name": "Smith"}, start_date=dt.date(2026, 12, 7)
    )
    assert (smith.given_name, smith.family_name, smith.honorific_en, smith.honorific_zh) == (
        "John",
        "Smith",
        "",
        "",
    )
    assert smith.notes == "Written as: Mr. and Mrs. John Smith"


def test_the_editor_keeps_the_wording_in_chinese_beside_a_chinese_name(db: Database) -> None:
    """The import's rule (couple_names.notes_in_chinese): the editor wrote "Written as:" beside 张伟."""
    values = {
        "given_name": "Mr. and Mrs. Wei",
        "family_name": "Zhang",
        "family_name_zh": "张",
        "given_name_zh": "伟",
    }
    zhang = saved_contact(db, values, start_date=dt.date(2026, 12, 7))
    assert (zhang.given_name, zhang.notes) == ("Wei", "原写法：Mr. and Mrs. Wei Zhang")


@pytest.mark.parametrize("country", ["MX", "ES", "BR", "PT", "AR", "CL", "CO", "PE"])
@pytest.mark.parametrize("kind", list(_files("A B")))
def test_sr_is_senor_at_a_spanish_or_portuguese_office(
    tmp_path: Path, office: None, country: str, kind: str
) -> None:
    set_office_country(country)
    path = tmp_path / kind
    path.write_text(_files("Sr. Juan Pérez")[kind], encoding="utf-8")
    assert _people(path) == [("Pérez", "Juan", "Mr.", "先生", "m", "")]


@pytest.mark.parametrize("kind", ["name.csv", "outlook.csv", "fn_only.vcf"])
def test_sr_stays_in_the_name_elsewhere(tmp_path: Path, office: None, kind: str) -> None:
    set_office_country("GB")  # Sister or Senior as much as Señor
    path = tmp_path / kind
    path.write_text(_files("Sr. Mary Jones")[kind], encoding="utf-8")
    assert _people(path) == [("Jones", "Sr. Mary", "", "", "", "")]


def test_sra_and_srta_everywhere(tmp_path: Path, office: None) -> None:
    set_office_country("MX")
    path = tmp_path / "names.csv"
    path.write_text(
        "Name,Organisation\nSra. Ana López,X\nSrta. Lucía Gómez,X\nSr. Ing. Juan Pérez,X\n", encoding="utf-8"
    )
    assert _people(path) == [
        ("López", "Ana", "Ms.", "女士", "f", ""),
        ("Gómez", "Lucía", "Ms.", "女士", "f", ""),
        ("Pérez", "Juan", "Sr. Ing.", "工程师", "m", ""),  # both kept (names61)
    ]


def test_the_editor_reads_sr_at_a_mexican_office(db: Database, office: None) -> None:
    set_office_country("MX")
    juan = saved_contact(
        db, {"given_name": "Sr. Juan", "family_name": "Pérez", "gender": ""}, start_date=dt.date(2026, 12, 7)
    )
    assert (juan.given_name, juan.honorific_en, juan.honorific_zh, juan.gender) == (
        "Juan",
        "Mr.",
        "先生",
        "m",
    )
