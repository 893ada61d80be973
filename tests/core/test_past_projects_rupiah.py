"""A partner's project sheet from Jakarta (field test 108, tests/data/import/field108): budgets in
rupiah as Indonesians write them were skipped as "not a number", and a "Budget (IDR)" column's
numbers were kept as yuan."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import past_projects

DATA = Path(__file__).parents[1] / "data" / "import" / "field108"


def test_rupiah_budgets_are_read_at_their_magnitude(db: Database) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, DATA / "projects_google_sheets.csv")
    assert plan.skipped == []
    assert [(p.title, p.amount, p.currency) for p in plan.planned] == [
        ("Surabaya Low Emission Transport", 1_500_000_000.0, "IDR"),
        ("Bali Coastal Resilience", 1_500_000_000.0, "IDR"),
        ("Semarang Waste Bank Scale-up", 750_000_000.0, "IDR"),
        ("Makassar Urban Heat Action", 1_200_000.0, "USD"),
        ("Bappenas Low Carbon Cities Dialogue", 250_000_000.0, "IDR"),
        ("Jakarta Rooftop Solar Survey", 500_000.0, "IDR"),
    ]


def test_a_budget_column_in_idr_keeps_its_currency(db: Database) -> None:
    with db.transaction() as s:
        past_projects.import_past_projects(s, DATA / "projects_budget_idr_column.csv")
    with db.reading() as s:
        kept = {(p.title_en or p.title_zh, p.amount, p.currency) for p in s.scalars(select(m.Project))}
    assert kept == {
        ("Cilacap Mangrove Restoration", 2_000_000_000.0, "IDR"),
        ("Pekalongan Flood Early Warning", 850_000_000.0, "IDR"),
    }
