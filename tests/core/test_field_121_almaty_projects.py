"""Almaty hub office (field test 121): the projects sheet Excel (ru-RU) saves as "CSV UTF-8". Its
Russian headers ("Название проекта", "Финансирование", "Сумма", "Статус", "Дата начала", "Срок")
named no project column; tenge amounts ("₸ 12 500 000", "12,5 млн тенге", "3 млрд ₸", "KZT 250 тыс.")
were refused as not a number, and Russian dates in words ("15 марта 2027 г.") as unreadable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.amounts import parse_amount
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.written_days import written_day

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field121"


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("₸ 12 500 000", 12_500_000.0),
        ("12,5 млн тенге", 12_500_000.0),
        ("3 млрд ₸", 3e9),
        ("KZT 250 тыс.", 250_000.0),
        ("12 500 000 тенге", 12_500_000.0),
    ],
)
def test_tenge_amounts(cell: str, amount: float) -> None:
    assert past_projects.parse_money(cell, currency="CNY")[:2] == (amount, "KZT")
    assert parse_amount(cell, "KZT") == amount  # typed in an amount box


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15 марта 2027 г.", dt.date(2027, 3, 15)),
        ("1 сентября 2027 г.", dt.date(2027, 9, 1)),
        ("3 мая 2027", dt.date(2027, 5, 3)),
        ("15 наурыз 2027 ж.", dt.date(2027, 3, 15)),
        # Kazakh year first: unreadable before
        ("2027 жылғы 15 наурыз", dt.date(2027, 3, 15)),
        ("2027 ж. 1 қыркүйек", dt.date(2027, 9, 1)),
        ("2027 жылы 31 желтоқсан", dt.date(2027, 12, 31)),
    ],
)
def test_russian_and_kazakh_dates_in_words(text: str, day: dt.date) -> None:
    assert written_day(text) == day


def test_the_almaty_projects_sheet(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="KZ"))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_ru_utf8_bom.csv")
    assert not result.skipped
    by_title = {p.title: p for p in result.planned}
    air = by_title["Мониторинг воздуха Алматы"]
    assert (air.amount, air.currency, air.started) == (12_500_000.0, "KZT", dt.date(2027, 3, 15))
    assert by_title["Зелёный транспорт"].amount == 3e9
    assert result.statuses == {
        "Выполняется": ProjectStatus.RUNNING,
        "Завершён": ProjectStatus.CLOSED,
        "Подана заявка": ProjectStatus.SUBMITTED,
        "Одобрен": ProjectStatus.APPROVED,
    }


def test_a_submitted_row_is_not_dated_on_its_deadline_ahead(db: Database) -> None:
    # Before: "Зелёный транспорт" (Подана заявка, no submission date) moved to submitted on its
    # deadline, 1 September 2027, a day still ahead; now on the import's day
    today = dt.date(2027, 5, 1)
    stage, moves, _notes = past_projects.stage_moves(
        ProjectStatus.SUBMITTED, submitted=None, deadline=dt.date(2027, 9, 1), stage_date=None, ended=None,
        today=today, started=dt.date(2027, 3, 15),
    )  # fmt: skip
    assert (stage, moves) == (ProjectStatus.SUBMITTED, ((ProjectStatus.SUBMITTED, today),))
    with db.reading() as s:
        result = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_ru_utf8_bom.csv")
    green = next(p for p in result.planned if p.title == "Зелёный транспорт")
    assert green.moves and all(day <= dt.date.today() for _stage, day in green.moves)
    assert green.deadline == dt.date(2027, 9, 1)  # the deadline itself is kept
