"""Money defects of the projects import (money57): a header's factor in words, whose "juta", and a
closed row whose end date lies ahead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import past_projects
from petdesk.services.past_projects import header_unit, parse_money, stage_moves


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Budget (USD mn)", (1e6, "USD")),
        ("Amount (EUR m)", (1e6, "EUR")),
        ("Funding (RMB 10k)", (1e4, "CNY")),
        ("金额（万元）", (1e4, "CNY")),
        ("Budget (in thousands)", (1e3, "CNY")),
        ("Budget (INR lakh)", (1e5, "INR")),
        ("Budget (IDR juta)", (1e6, "IDR")),
    ],
)
def test_a_header_states_currency_and_factor(header: str, unit: tuple[float, str]) -> None:
    assert header_unit(header, "CNY") == unit


def test_the_preview_says_the_factor_applied(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    path.write_text("Title,Funder,Budget (USD mn),Status\nSolar Pumps,GEF,12.5,approved\n", encoding="utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, path)
    (row,) = plan.planned
    assert (row.amount, row.currency) == (12_500_000.0, "USD")
    assert [n.values for n in row.notes if n.sentence == past_projects.FACTOR_APPLIED] == [
        {"text": "12.5", "header": "Budget (USD mn)", "factor": "1,000,000", "amount": "12,500,000.00"}
    ]


def test_juta_is_ringgit_by_sign_or_country_and_refused_when_nothing_tells() -> None:
    assert parse_money("RM 1,5 juta", 1.0, "CNY")[:2] == (1_500_000.0, "MYR")
    assert parse_money("750 juta", 1.0, "CNY", country="MY")[:2] == (750_000_000.0, "MYR")
    assert parse_money("750 juta", 1.0, "CNY", country="ID")[:2] == (750_000_000.0, "IDR")
    assert parse_money("Rp 750 juta", 1.0, "CNY", country="MY")[:2] == (750_000_000.0, "IDR")  # sign first
    with pytest.raises(ValueError) as refused:
        parse_money("750 juta", 1.0, "CNY")
    assert getattr(refused.value, "reason", "") == past_projects.JUTA_OF_WHICH


def test_a_closed_row_with_an_end_date_ahead_is_closed_now() -> None:
    today, ahead = dt.date(2026, 12, 7), dt.date(2030, 6, 30)
    for status in ("closed", "已结题", "结项", "selesai", "concluído", "cerrado"):
        assert past_projects.stage_of(status) == ProjectStatus.CLOSED, status
    stage, moves, notes = stage_moves(
        ProjectStatus.CLOSED,
        submitted=dt.date(2024, 1, 1),
        deadline=None,
        stage_date=None,
        ended=ahead,
        today=today,
    )
    assert stage == ProjectStatus.CLOSED
    assert all(day <= today for _stage, day in moves)
    assert moves[-1] == (ProjectStatus.CLOSED, today)
    assert [(n.sentence, n.values) for n in notes] == [(past_projects.END_AHEAD, {"date": ahead})]
