"""The Warsaw and Prague hubs' EU-funds projects sheet (field test 124), saved by Excel (pl-PL) as
Windows-1250 with ";": ``import-projects`` refused it whole ("no row names the columns of a
project"): Polish and Czech headers named no column, their months in the genitive ("15 marca 2027",
"31. prosince 2029") were unreadable, and so were their statuses (złożony, schváleno)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.written_days import written_day

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field124"
SHEET = SAMPLES / "projects_excel_pl_cs_cp1250.csv"

POLISH_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
)
CZECH_MONTHS = "ledna února března dubna května června července srpna září října listopadu prosince"


@pytest.mark.parametrize("months", [POLISH_MONTHS, CZECH_MONTHS])
def test_every_month_in_the_genitive(months: str) -> None:
    for number, name in enumerate(months.split(), start=1):
        assert written_day(f"15 {name} 2027") == dt.date(2027, number, 15), name
        assert written_day(f"15. {name} 2027") == dt.date(2027, number, 15), name


@pytest.mark.parametrize("text", ["30 czerwca 2030 r.", "30 czerwca 2030 roku", "30. června 2030"])
def test_the_year_may_be_followed_by_r_or_roku(text: str) -> None:
    assert written_day(text) == dt.date(2030, 6, 30)


def test_june_and_july_are_two_months_in_czech() -> None:
    # června and července share their first three letters
    assert written_day("1. července 2027") == dt.date(2027, 7, 1)
    assert written_day("1. června 2027") == dt.date(2027, 6, 1)


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        ("złożony", ProjectStatus.SUBMITTED),
        ("w ocenie", ProjectStatus.SUBMITTED),
        ("zatwierdzony", ProjectStatus.APPROVED),
        ("odrzucony", ProjectStatus.REJECTED),
        ("podáno", ProjectStatus.SUBMITTED),
        ("v hodnocení", ProjectStatus.SUBMITTED),
        ("schváleno", ProjectStatus.APPROVED),
        ("zamítnuto", ProjectStatus.REJECTED),
    ],
)
def test_polish_and_czech_statuses(status: str, stage: ProjectStatus) -> None:
    assert past_projects.stage_of(status) == stage


def test_czech_mil_is_a_million_only_in_a_czech_row_or_in_koruna() -> None:
    assert past_projects.parse_money("2,5 mil. Kč", currency="PLN", country="CZ")[:2] == (2_500_000.0, "CZK")
    # money63: Kč says the koruna, whose "mil." is a million in any row (it was refused in a Polish one)
    assert past_projects.parse_money("2,5 mil. Kč", currency="PLN", country="PL")[:2] == (2_500_000.0, "CZK")
    with pytest.raises(ValueError):
        past_projects.parse_money("2,5 mil.", currency="PLN", country="PL")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nazwa projektu", "title"),
        ("Wnioskodawca", "partners"),
        ("Źródło finansowania", "funder"),
        ("Budżet", "amount"),
        ("Data złożenia", "submitted"),
        ("Termin", "deadline"),
        ("Název projektu", "title"),
        ("Žadatel", "partners"),
        ("Zdroj financování", "funder"),
        ("Částka", "amount"),
        ("Rozpočet", "amount"),
        ("Termín", "deadline"),
        ("Stav", "status"),
    ],
)
def test_polish_and_czech_headers(header: str, field: str) -> None:
    assert past_projects.column_map([header]) == {field: 0}


def test_a_programme_is_the_funder_only_without_a_funder_column() -> None:
    assert past_projects.column_map(["Nazwa projektu", "Program"])["funder"] == 1
    both = past_projects.column_map(["Nazwa projektu", "Program", "Źródło finansowania"])
    assert both["funder"] == 2


def test_the_warsaw_and_prague_sheet_imports_every_row(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="PL"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SHEET)
    assert not result.skipped
    got = {
        p.title: (p.amount, p.currency, p.funder, p.started, p.ended, p.stage) for p in result.planned
    }
    assert got == {
        "Oczyszczalnia ścieków Łódź": (
            1_234_567.89, "PLN", "FEnIKS 2021-2027", dt.date(2027, 3, 15), dt.date(2029, 12, 31),
            ProjectStatus.SUBMITTED,
        ),
        "Ciepło z biomasy": (
            2_500_000.0, "PLN", "Fundusz Spójności", dt.date(2027, 3, 15), dt.date(2028, 10, 1),
            ProjectStatus.SUBMITTED,
        ),
        "Smog Kraków": (
            3e9, "PLN", "LIFE", dt.date(2027, 3, 15), dt.date(2030, 6, 30), ProjectStatus.APPROVED
        ),
        "Čistírna Brno": (
            12_500_000.0, "CZK", "OP ŽP", dt.date(2027, 3, 15), dt.date(2029, 3, 15), ProjectStatus.SUBMITTED
        ),
        "Vodík Praha": (
            2_500_000.0, "CZK", "Modernizační fond", dt.date(2027, 7, 1), dt.date(2030, 6, 30),
            ProjectStatus.SUBMITTED,
        ),
        "Ovzduší Ostrava": (
            3e9, "CZK", "LIFE", dt.date(2027, 3, 15), dt.date(2029, 12, 31), ProjectStatus.APPROVED
        ),
    }  # fmt: skip
    assert [p.country for p in result.planned[3].partners] == ["CZ"]
