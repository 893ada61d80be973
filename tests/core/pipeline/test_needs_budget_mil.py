"""A need's budget in Czech millions (money64): the projects import reads "5 mil. Kč" and, at a Czech
office, "EUR 2 mil."; the city-needs import refused both as no number. It now reads a cell its own
reader refuses as the projects import does; "mil." where nothing says it is Czech is said to read
two ways (a million in Czech, a thousand in Spanish and Portuguese), not "must be a number"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import amounts
from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.office import Setting
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services.past_projects import parse_money


def _import(db: Database, tmp_path: Path, budget: str, *, currency: str = "", office: str = "") -> None:
    path = tmp_path / "needs.csv"
    path.write_text(f'title_en,city,budget_max,currency\nSludge drying,Brno,"{budget}",{currency}\n', "utf-8")
    if office:
        with db.transaction() as s:
            s.add(Setting(key=COUNTRY_SETTING, value=office))
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs")


def _budget(db: Database) -> tuple[float | None, str]:
    with db.reading() as s:
        need = s.scalars(select(m.CityNeed)).one()
        return need.budget_max, need.currency


@pytest.mark.parametrize(
    ("budget", "currency", "office", "read"),
    [
        ("5 mil. Kč", "", "", (5_000_000.0, "CZK")),
        ("2,5 mil. Kč", "", "CZ", (2_500_000.0, "CZK")),
        ("CZK 5 mil.", "", "", (5_000_000.0, "CZK")),
        ("5 mil.", "CZK", "", (5_000_000.0, "CZK")),
        ("EUR 2 mil.", "", "CZ", (2_000_000.0, "EUR")),
        ("EUR 2 mil.", "EUR", "CZ", (2_000_000.0, "EUR")),
    ],
)
def test_the_needs_import_reads_mil_as_the_projects_import_does(
    db: Database, tmp_path: Path, budget: str, currency: str, office: str, read: tuple[float, str]
) -> None:
    assert parse_money(budget, 1.0, currency or "CNY", country=office)[:2] == read
    _import(db, tmp_path, budget, currency=currency, office=office)
    assert _budget(db) == read


def test_a_budget_in_koruna_and_another_currency_column_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(flat.CatalogueRowsError, match=r"“5 mil\. Kč” is in CZK, not in EUR"):
        _import(db, tmp_path, "5 mil. Kč", currency="EUR")


@pytest.mark.parametrize("budget", ["2 mil.", "EUR 2 mil.", "2,5 mil.", "2 mil. €"])
def test_mil_where_nothing_says_czech_reads_two_ways_in_plain_words(
    db: Database, tmp_path: Path, budget: str
) -> None:
    """Outside Czechia and koruna "mil." could be a million or a thousand: refused, and said so."""
    with pytest.raises(amounts.AmountError, match="could be read two ways"):
        amounts.parse_amount(budget)
    with pytest.raises(flat.CatalogueRowsError, match=f"{re.escape(budget)} could be read two ways"):
        _import(db, tmp_path, budget, office="DE")
    with db.reading() as s:
        assert s.scalars(select(m.CityNeed)).first() is None
