"""São Paulo office (field test 110, third part): "Fundacion Macondo" of a Google export and
"Fundación Macondo" of an Excel list were two organisations, so Gabriel García Márquez had two
positions; and the duplicate finder did not pair them. Names differing only by the accents of Latin
letters, case, spacing or punctuation are one organisation's; other names stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import duplicates, importing, organisations
from petdesk.services.matching import organisation_name_key

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field110"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fundacion Macondo", "Fundación Macondo"),
        ("FUNDACIÓN  MACONDO.", "fundacion macondo"),
        ("Secretaria Distrital de Ambiente", "Secretaría Distrital de Ambiente"),
        ("Prefeitura de Sao Paulo", "Prefeitura de São Paulo"),
        ("Orsted", "Ørsted"),
    ],
)
def test_names_differing_only_by_accents_have_one_key(a: str, b: str) -> None:
    assert organisation_name_key(a) == organisation_name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Institut Pasteur", "Instituto Pasteur"),
        ("かがく研究所", "かかく研究所"),  # a kana's dakuten is a letter of its own, not an accent
        ("北京市环境保护局", "上海市环境保护局"),
        ("서울연구원", "서울연구소"),
    ],
)
def test_other_names_keep_their_keys(a: str, b: str) -> None:
    assert organisation_name_key(a) != organisation_name_key(b)


def test_the_google_export_finds_the_organisation_of_the_excel_list(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_esco_contactos.csv")
        importing.import_file(s, SAMPLES / "google_contatos_ptbr.csv")
    with db.reading() as s:
        macondo = s.scalars(select(m.Organisation).where(m.Organisation.name_en.like("Funda%Macondo"))).all()
        assert [o.name_en for o in macondo] == ["Fundación Macondo"]
        gabriel = s.scalars(select(m.Contact).where(m.Contact.given_name == "Gabriel")).one()
        assert [a.organisation_id for a in gabriel.affiliations] == [macondo[0].id]


def test_the_duplicate_finder_pairs_names_differing_only_by_accents(db: Database) -> None:
    with db.transaction() as s:
        accented = organisations.create_organisation(s, name_en="Fundación Macondo", country="CO").id
        bare = organisations.create_organisation(s, name_en="Fundacion Macondo", country="CO").id
        other = organisations.create_organisation(s, name_en="Fundación Macondo Verde", country="CO").id
    with db.reading() as s:
        pairs = {frozenset((p.first_id, p.second_id)) for p in duplicates.find_organisation_duplicates(s)}
    assert frozenset((accented, bare)) in pairs
    assert not any(other in pair for pair in pairs)
