"""Portuguese headers (field test 90): a Brazilian contacts CSV names its columns "Nome",
"Sobrenome", "Apelido" (the nickname), "Aniversário" with dates day first; before, no column gave a
name and every row was skipped. Portugal's "Nome" + "Apelido" is given and family name."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing

DATA = Path(__file__).parents[2] / "data" / "import" / "field90"


def test_the_brazilian_csv_maps_its_portuguese_columns() -> None:
    table = importing.read_table(DATA / "google_contacts_pt_br.csv")
    mapping = importing.guess_mapping(table.headers)
    named = {table.headers[i]: key for i, key in mapping.items()}
    assert named == {
        "Nome": "given_name",
        "Nome do meio": "middle_name",
        "Sobrenome": "family_name",
        "Apelido": "nickname",
        "Empresa": "organisation",
        "Cargo": "position",
        "E-mail 1 - Valor": "email",
        "Telefone 1 - Valor": "phone",
        "Aniversário": "birthday",
        "Observações": "notes",
    }
    assert not importing.lacks_a_name(mapping)


def test_the_brazilian_csv_imports_everyone_with_the_whole_family_name(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, DATA / "google_contacts_pt_br.csv")
    assert (report.count("added"), report.count("skipped")) == (3, 0)
    with db.reading() as s:
        people = {c.given_name: c for c in s.scalars(select(m.Contact))}
        joao = people["João Pedro"]
        assert (joao.family_name, joao.nickname) == ("Gonçalves da Costa Júnior", "Joãozinho")
        assert joao.birthday == "1980-03-31"  # day first, as Brazil writes it
        assert "Chega 31/03/2027" in joao.notes
        assert people["Luiz Fernando"].family_name == "Araújo Filho"
        assert people["Conceição"].family_name == "Ribeiro Neto"


def test_a_list_from_portugal_has_the_family_name_in_apelido(tmp_path: Path) -> None:
    path = tmp_path / "participantes.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["Nome", "Apelido", "Telemóvel"], ["Inês", "Carvalho", "+351 912 345 678"]])
    table = importing.read_table(path)
    named = {table.headers[i]: key for i, key in importing.guess_mapping(table.headers).items()}
    assert named == {"Nome": "given_name", "Apelido": "family_name", "Telemóvel": "mobile"}
