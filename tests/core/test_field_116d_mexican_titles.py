"""Field test 116, follow-up: Mexican professional titles. "Lic. Juan Carlos" in Outlook's first
name kept "Lic." as a given name, and the Tratamiento "Ing." was printed as written on the Chinese
side. Ing. is 工程师 there; Lic., Mtro./Mtra., C.P. and Arq. have no Chinese form of address, so
none is printed (先生 / 女士 when the file also gives Sr. / Sra.)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import honorifics, importing


@pytest.mark.parametrize(
    ("written", "settled"),
    [
        (["Ing."], ("Ing.", "工程师", "")),
        (["Lic."], ("Lic.", "", "")),
        (["Sr.", "Lic."], ("Lic.", "先生", "m")),
        (["Mtra."], ("Mtra.", "", "f")),
        (["C.P."], ("C.P.", "", "")),
        (["Arq."], ("Arq.", "", "")),
    ],
)
def test_mexican_titles_have_their_chinese_form_or_none(
    written: list[str], settled: tuple[str, str, str]
) -> None:
    assert honorifics.settle(written) == settled


@pytest.mark.parametrize(
    ("given", "split"),
    [
        ("Lic. Juan Carlos", ("Lic.", "Juan Carlos")),
        ("Ing. Ana", ("Ing.", "Ana")),
        ("Mtro. Luis", ("Mtro.", "Luis")),
        ("C.P. Rosa", ("C.P.", "Rosa")),
        ("Arq. Pedro", ("Arq.", "Pedro")),
        ("Ingrid", ("", "Ingrid")),  # a name that begins so is no title
        ("Licia", ("", "Licia")),
    ],
)
def test_a_title_typed_into_the_given_name_is_taken_off(given: str, split: tuple[str, str]) -> None:
    assert honorifics.title_of_given_name(given) == split


def test_outlook_rows_of_a_mexico_city_office(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "contactos.csv"
    path.write_text(
        '"Tratamiento","Nombre","Apellidos","Organización"\n'
        '"","Lic. Juan Carlos","Hernández López","SEDEMA"\n'
        '"Ing.","Ana","Ruiz Torres","SACMEX"\n',
        encoding="utf-8-sig",
    )
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        people = {(c.given_name, c.honorific_en, c.honorific_zh) for c in s.scalars(select(m.Contact))}
    assert people == {("Juan Carlos", "Lic.", ""), ("Ana", "Ing.", "工程师")}
