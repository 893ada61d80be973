"""ICLEI South America in São Paulo (field test 110): Excel pt-BR and es-CO contact lists (semicolons,
Windows-1252, UTF-8 with BOM) and a Google Contacts export with Portuguese headers.

Before: a Spanish or Portuguese name in one column, two given names and two surnames, was split at the
last word: "María José García de la Cruz" became family name "de la Cruz", given name "María José
García"; "Ana Beatriz dos Santos Oliveira" Ms Oliveira, given name "Ana Beatriz dos Santos". And a
Curitiba mobile typed as digits ("41998765432", no "+55") was stored as the Swiss "+41 998765432"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import importing
from petdesk.services.importing import _split_latin_name
from petdesk.services.matching import international_from_digits

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field110"


@pytest.mark.parametrize(
    ("whole", "family", "given"),
    [
        ("María José García de la Cruz", "García de la Cruz", "María José"),
        ("Juan Carlos Rodríguez Pérez", "Rodríguez Pérez", "Juan Carlos"),
        ("Juan Carlos Rodriguez Perez", "Rodriguez Perez", "Juan Carlos"),  # typed without accents
        ("Ana Beatriz dos Santos Oliveira", "dos Santos Oliveira", "Ana Beatriz"),
        ("João Pedro da Silva Neto", "da Silva Neto", "João Pedro"),
        ("Gabriel García Márquez", "García Márquez", "Gabriel"),
        ("Gabriel Garcia Marquez", "Garcia Marquez", "Gabriel"),
        ("Luiz Inácio Lula da Silva", "Lula da Silva", "Luiz Inácio"),
        # not Iberian, or one surname: as before
        ("John Paul Smith", "Smith", "John Paul"),
        ("David Miller Jones", "Jones", "David Miller"),
        ("Anna Maria Schmidt", "Schmidt", "Anna Maria"),
        ("Jean-François de Souza", "de Souza", "Jean-François"),
        ("Bartolomé de las Casas", "de las Casas", "Bartolomé"),
        ("García Márquez, Gabriel", "García Márquez", "Gabriel"),
    ],
)
def test_two_given_names_and_two_surnames_are_split_between_them(whole: str, family: str, given: str) -> None:
    assert _split_latin_name(whole)[:2] == (family, given)


def test_a_brazilian_number_typed_as_digits_is_not_made_foreign() -> None:
    assert international_from_digits("41998765432") == ""  # (41) 99876-5432, not +41
    assert international_from_digits("4921145661234") == "+49 211 4566 1234"  # still read: "+" lost


def test_the_colombian_list_splits_full_names_in_two_surnames(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "excel_esco_contactos.csv")
    assert len(report.added) == 3
    with db.reading() as s:
        names = {(c.given_name, c.family_name) for c in s.scalars(select(m.Contact))}
    assert names == {
        ("María José", "García de la Cruz"),
        ("Gabriel", "García Márquez"),
        ("Juan Carlos", "Rodríguez Pérez"),
    }


def test_the_google_export_keeps_the_curitiba_mobile_as_typed(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_contatos_ptbr.csv")
    with db.reading() as s:
        luiz = s.scalars(select(m.Contact).where(m.Contact.given_name == "Luiz")).one()
        phones = {x.value for x in luiz.methods if x.channel == ContactChannel.PHONE}
    assert "41998765432" in phones
    assert not any(p.startswith("+41") for p in phones)


def test_the_landline_and_the_state_columns_are_kept(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_esco_contactos.csv")
        importing.import_file(s, SAMPLES / "excel_ptbr_contatos.csv")
    with db.reading() as s:
        people = {c.given_name: c for c in s.scalars(select(m.Contact))}
        juan, joao = people["Juan Carlos"], people["João Pedro"]
        juan_phones = {x.value for x in juan.methods if x.channel == ContactChannel.PHONE}
        assert "601 3778899" in juan_phones  # "Teléfono fijo"
        assert joao.addresses[0]["region"] == "PR"  # "Estado"
        assert joao.addresses[0]["postcode"] == "80010-000"
