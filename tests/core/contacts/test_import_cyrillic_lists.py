"""Russian, Kazakh and Uzbek contact lists (field test 82): a 1C / Bitrix24 export in Windows-1251 with
Russian headers named no column petdesk knew, so every row was skipped; the patronymic (Отчество)
is the middle name, never the family name. A passport list's "GIVEN NAMES" was dropped too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field82"


def test_the_bitrix24_export_maps_its_russian_headers() -> None:
    table = importing.read_table(SAMPLES / "bitrix24_contacts_cp1251.csv")
    mapping = importing.guess_mapping(table.headers)
    assert {table.headers[i]: key for i, key in mapping.items()} == {
        "Фамилия": "family_name",
        "Имя": "given_name",
        "Отчество": "middle_name",
        "Должность": "position",
        "Организация": "organisation",
        "Телефон": "phone",
        "E-mail": "email",
        "Дата рождения": "birthday",
    }
    assert not importing.lacks_a_name(mapping)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Тегі", "Аты", "Әкесінің аты", "Лауазымы"], ["family_name", "given_name", "middle_name",
                                                     "position"]),
        (["Familiya", "Ism", "Otasining ismi", "Tashkilot"], ["family_name", "given_name", "middle_name",
                                                            "organisation"]),
        (["ФИО", "Компания", "Мобильный телефон", "Рабочий e-mail"], ["full_name", "organisation", "mobile",
                                                                     "email"]),
        (["SURNAME", "GIVEN NAMES", "DATE OF BIRTH"], ["family_name", "given_name", "birthday"]),
    ],
)  # fmt: skip
def test_kazakh_uzbek_and_passport_headers(headers: list[str], expected: list[str]) -> None:
    mapping = importing.guess_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_the_bitrix24_export_imports_every_row_with_the_patronymic_as_middle_name(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "bitrix24_contacts_cp1251.csv")
    assert [o.action for o in report.outcomes] == ["added"] * 4
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        assert set(people) == {"Нурланова", "Сейткали", "Иванов", "Ким"}
        aigerim = people["Нурланова"]
        assert (aigerim.given_name, aigerim.middle_name, aigerim.birthday) == (
            "Айгерим",
            "Нурлановна",
            "1987-03-12",
        )
        assert [(a.position_en, a.organisation.name_en) for a in aigerim.affiliations] == [
            ("Главный специалист", "Акимат города Алматы")
        ]


def test_the_passport_list_keeps_the_given_names(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "embassy_passport_list.xlsx")
    with db.reading() as s:
        names = {(c.family_name, c.given_name) for c in s.scalars(select(m.Contact))}
    assert ("Nurlanova", "Aigerim") in names and ("Tokhtaev", "Gayrat") in names  # capitals: passports53


def test_the_passport_list_keeps_numbers_nationalities_and_expiry_dates(db: Database) -> None:
    """The registration list asks for passports; the embassy's list had them but no field took them
    (only "--map 'PASSPORT No=notes'"). KAZ and UZB are the passport's own three-letter codes."""
    table = importing.read_table(SAMPLES / "embassy_passport_list.xlsx")
    mapping = importing.guess_mapping(table.headers)
    assert {table.headers[i]: key for i, key in mapping.items()} == {
        "SURNAME": "family_name",
        "GIVEN NAMES": "given_name",
        "DATE OF BIRTH": "birthday",
        "PASSPORT No": "passport_number",
        "DATE OF EXPIRY": "passport_expiry",
        "NATIONALITY": "nationality",
    }
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "embassy_passport_list.xlsx")
    assert set(report.dropped) == {"No"}  # only the row number left out
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        aigerim, gayrat = people["Nurlanova"], people["Tokhtaev"]
        assert (aigerim.nationality, aigerim.passport_number, aigerim.passport_expiry) == (
            "KZ",
            "N12345678",
            "2031-09-01",
        )
        assert (gayrat.nationality, gayrat.passport_number) == ("UZ", "FA1234567")


def test_a_nationality_petdesk_does_not_know_stays_in_the_notes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Surname,Given names,Nationality\nDoe,Jane,Atlantis\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        jane = s.scalars(select(m.Contact)).one()
        assert jane.nationality == "" and "Atlantis" in jane.notes
