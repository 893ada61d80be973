"""São Paulo office (field test 110, third part): the projects sheet of a Brazilian office. Its
"01/03/2027" was refused as a date reading two ways though Brazil writes the day first (the visits
import read it so), and a sheet with Portuguese or Spanish headers ("Projeto", "Orçamento",
"Situação"; "Proyecto", "Presupuesto", "Fecha límite") named no project column at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.services.past_visits import TWO_WAYS_NO_COUNTRY, PastVisitsError

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field110"


def _office_in(db: Database, country: str) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value=country))


def test_a_brazilian_office_reads_its_sheet_day_first(db: Database) -> None:
    _office_in(db, "BR")
    with db.transaction() as s:
        result = past_projects.import_past_projects(s, SAMPLES / "projetos_excel_ptbr.csv")
    by_title = {p.title: p for p in result.planned}
    brt = by_title["BRT Curitiba Elétrico"]
    assert (brt.submitted, brt.deadline) == (dt.date(2027, 3, 1), dt.date(2027, 4, 30))
    assert by_title["Resíduos Sólidos SP"].submitted == dt.date(2027, 1, 10)
    assert by_title["Saneamento Paraná"].submitted == dt.date(2027, 4, 1)
    assert not [x for x in result.skipped if "date" in x.reason]


def test_without_an_office_country_the_sheet_says_why_a_date_is_refused(db: Database) -> None:
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projetos_excel_ptbr.csv")
    # the row is kept without its submitted date since projfollow61 (it was skipped), said with why
    assert not [x for x in result.skipped if x.row in (2, 3)]
    said = {p.row: {n.sentence: n.values for n in p.notes} for p in result.planned}
    assert said[2][TWO_WAYS_NO_COUNTRY]["date"] == "01/03/2027"
    assert said[2][past_projects.DATE_UNREAD]["column"] == "Submitted"
    assert TWO_WAYS_NO_COUNTRY not in said[3]  # 15/02/2027 reads one way only


def test_an_american_office_reads_the_same_cell_month_first(db: Database) -> None:
    _office_in(db, "US")
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projetos_excel_ptbr.csv")
    assert {p.title: p.submitted for p in result.planned}["BRT Curitiba Elétrico"] == dt.date(2027, 1, 3)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Projeto", "title"),
        ("Título", "title"),
        ("Titulo", "title"),
        ("Orçamento", "amount"),
        ("Orcamento", "amount"),
        ("Valor", "amount"),
        ("Financiador", "funder"),
        ("Fonte de recursos", "funder"),
        ("Situação", "status"),
        ("Prazo", "deadline"),
        ("Proyecto", "title"),
        ("Presupuesto", "amount"),
        ("Monto", "amount"),
        ("Estado", "status"),
        ("Fecha límite", "deadline"),
        ("Fecha limite", "deadline"),
    ],
)
def test_portuguese_and_spanish_headers_are_known(header: str, field: str) -> None:
    assert past_projects.column_map([header]) == {field: 0}


def test_a_sheet_with_portuguese_headers(db: Database) -> None:
    _office_in(db, "BR")
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projetos_ptbr_cabecalhos.csv")
    assert not result.skipped
    brt, residuos, parques = result.planned
    assert (brt.title, brt.funder, brt.amount, brt.currency) == (
        "BRT Curitiba Elétrico",
        "BID",
        1234567.89,
        "BRL",
    )
    assert (brt.stage, brt.submitted, brt.deadline) == (
        ProjectStatus.SUBMITTED,
        dt.date(2027, 3, 1),
        dt.date(2027, 4, 30),
    )
    assert residuos.stage == ProjectStatus.RUNNING
    assert residuos.remark == "cofinanciamento municipal"
    assert (parques.stage, parques.deadline) == (ProjectStatus.PREPARING, dt.date(2027, 8, 5))
    assert [x.name for x in brt.partners] == ["Prefeitura de Curitiba"]


def test_a_sheet_with_spanish_headers(db: Database) -> None:
    _office_in(db, "CO")
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "proyectos_esco.csv")
    assert not result.skipped
    cicloruta, cerros = result.planned
    assert (cicloruta.funder, cicloruta.amount, cicloruta.currency) == ("CAF", 45_000_000, "COP")
    assert (cicloruta.stage, cicloruta.submitted) == (ProjectStatus.APPROVED, dt.date(2027, 3, 2))
    assert (cerros.stage, cerros.deadline) == (ProjectStatus.PREPARING, dt.date(2027, 8, 7))
    assert [x.name for x in cerros.partners] == ["Alcaldía de Bogotá"]


def test_a_sheet_naming_no_project_column_is_still_refused(db: Database) -> None:
    with db.reading() as s, pytest.raises(PastVisitsError):
        past_projects.plan_past_projects(s, SAMPLES / "excel_ptbr_contatos.csv")
