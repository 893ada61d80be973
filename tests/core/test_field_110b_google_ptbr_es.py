"""Field test 110, second half: Google Contacts exports in Portuguese and Spanish.

Before: Google writes its headers in the account's language ("E-mail 1 - Rótulo", "Teléfono 1 -
Valor", "Nome da organização"), and the Google header pattern matched unaccented letters only, so
the file was read as a plain list: the labels "* Trabalho" and "Celular" were taken for an e-mail and
a phone and refused, and the organisation, position, addresses and labels were dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.services import csv_dialects, importing
from petdesk.services.importing import _split_latin_name
from petdesk.services.names import latin_name

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field110"


def _headers(name: str) -> list[str]:
    return (SAMPLES / name).read_text(encoding="utf-8").splitlines()[0].split(",")


def test_portuguese_and_spanish_google_headers_are_recognised() -> None:
    assert csv_dialects.detect(_headers("google_contatos_ptbr.csv")) == "google"
    assert csv_dialects.detect(_headers("google_contactos_es.csv")) == "google"
    assert csv_dialects.is_type_column("Endereço 1 - Rótulo")
    assert csv_dialects.is_type_column("Correo electrónico 1 - Etiqueta")
    assert not csv_dialects.is_type_column("Telefone 1 - Valor")


def test_the_brazilian_google_export_keeps_organisation_addresses_and_labels(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "google_contatos_ptbr.csv")
    assert len(report.added) == 3
    assert not report.dropped
    with db.reading() as s:
        ana = s.scalars(select(m.Contact).where(m.Contact.given_name == "Ana Beatriz")).one()
        assert ana.family_name == "dos Santos Oliveira"
        assert ana.nickname == "Bia"
        job = ana.current_affiliation()
        assert job is not None and job.organisation.name_en == "ICLEI América do Sul"
        assert job.position_en == "Coordenadora"
        methods = {(x.channel, x.label, x.value) for x in ana.methods}
        assert (ContactChannel.EMAIL, ChannelLabel.WORK, "ana.oliveira@iclei.test") in methods
        assert (ContactChannel.PHONE, ChannelLabel.MOBILE, "(11) 98765-4321") in methods
        assert (ContactChannel.PHONE, ChannelLabel.WORK, "+55 11 3456-7890") in methods
        assert [(a["city"], a["region"], a["postcode"]) for a in ana.addresses] == [
            ("São Paulo", "SP", "01223-000")
        ]
        luiz = s.scalars(select(m.Contact).where(m.Contact.given_name == "Luiz")).one()
        assert luiz.middle_name == "Inácio"
        assert "FECO" in luiz.tags


def test_the_colombian_google_export_in_spanish(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "google_contactos_es.csv")
    assert not report.dropped
    with db.reading() as s:
        maria = s.scalars(select(m.Contact)).one()
        assert (maria.given_name, maria.family_name, maria.nickname) == (
            "María José",
            "García de la Cruz",
            "Majo",
        )
        job = maria.current_affiliation()
        assert job is not None and job.organisation.name_en == "Secretaría Distrital de Ambiente"
        methods = {(x.channel, x.label, x.value) for x in maria.methods}
        assert (ContactChannel.PHONE, ChannelLabel.MOBILE, "+57 310 555 0101") in methods
        assert (ContactChannel.PHONE, ChannelLabel.WORK, "+57 601 377 8899") in methods
        assert [(a["city"], a["postcode"], a["country"]) for a in maria.addresses] == [
            ("Bogotá", "110231", "Colombia")
        ]


def test_a_portuguese_apelido_without_sobrenome_is_the_surname() -> None:
    headers = ["Nome", "Apelido", "E-mail 1 - Rótulo", "E-mail 1 - Valor"]
    assert csv_dialects.mapping(headers, csv_dialects.detect(headers))[1] == "family_name"
    assert (
        csv_dialects.mapping(["Nome", "Sobrenome", "Apelido", "E-mail 1 - Valor"], "google")[2] == "nickname"
    )


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("García Márquez, Gabriel", "Gabriel García Márquez"),
        ("dos Santos Oliveira, Ana Beatriz", "Ana Beatriz dos Santos Oliveira"),
        ("Garcia Marquez, Gabriel", "Gabriel Garcia Marquez"),
        ("Zhang, Wei", "Zhang Wei"),  # as before: a Chinese name stays family name first
        ("Müller, Hans", "Hans Müller"),  # a Western name given name first too (field test 110c)
    ],
)
def test_a_family_comma_given_cell_shows_an_iberian_name_given_name_first(cell: str, shown: str) -> None:
    family, given, order = _split_latin_name(cell)
    assert latin_name(family, given, order) == shown


def test_the_colombian_list_shows_gabriel_garcia_marquez_given_name_first(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_esco_contactos.csv")
    with db.reading() as s:
        gabo = s.scalars(select(m.Contact).where(m.Contact.given_name == "Gabriel")).one()
        assert gabo.family_name == "García Márquez"
        assert gabo.display_name("en") == "Gabriel García Márquez"
        assert gabo.name_order == NameOrder.GIVEN_FIRST
