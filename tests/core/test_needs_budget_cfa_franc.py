"""A need's budget in CFA francs (money57): the needs import refused "1 500 000 FCFA" as no number;
it is now read, and which franc it is is decided as the projects import decides it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.models.office import Setting
from petdesk.office_country import COUNTRY_SETTING

HEADER = "title_en,city,budget_max,currency\n"


def _needs(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "needs.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _budgets(db: Database) -> set[tuple[str, float | None, str]]:
    with db.reading() as s:
        return {(n.title_en, n.budget_max, n.currency) for n in s.scalars(select(m.CityNeed))}


def test_fcfa_is_the_franc_of_the_office_country(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(Setting(key=COUNTRY_SETTING, value="CM"))  # Cameroon: the Central African franc
    with db.transaction() as s:
        flat.import_catalogue(s, _needs(tmp_path, "Douala drainage,Douala,1 500 000 FCFA,\n"), "needs")
    assert _budgets(db) == {("Douala drainage", 1_500_000.0, "XAF")}


def test_the_currency_column_names_the_franc_and_no_country_means_xof_said(
    db: Database, tmp_path: Path
) -> None:
    rows = (
        "Dakar water,Dakar,FCFA 2 000 000,XOF\n"
        "Yaoundé waste,Yaoundé,900 000 FCFA,XAF\n"
        "Lomé solar,Lomé,1 000 FCFA,\n"
    )
    with db.transaction() as s:
        report = flat.import_catalogue(s, _needs(tmp_path, rows), "needs")
    assert _budgets(db) == {
        ("Dakar water", 2_000_000.0, "XOF"),
        ("Yaoundé waste", 900_000.0, "XAF"),
        ("Lomé solar", 1_000.0, "XOF"),
    }
    assert any("FCFA taken as the West African CFA franc" in w for w in report.warnings)
