"""A need's budget in a catalogue file is read as the command line reads an amount
(``petdesk.amounts``): removing every comma read a German "1.234.567,50" as 1.23456750."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.exchange.flat import CatalogueRowsError, import_catalogue


def _import(db: Database, tmp_path: Path, budget_min: str, budget_max: str) -> m.CityNeed:
    path = tmp_path / "needs.csv"
    path.write_text(
        "title_en,city,sector,budget_min,budget_max\n"
        f'Sludge drying,Qingdao,water,"{budget_min}","{budget_max}"\n',
        encoding="utf-8",
    )
    with db.transaction() as session:
        import_catalogue(session, path, "needs")
    with db.reading() as session:
        need = session.query(m.CityNeed).one()
        session.expunge(need)
        return need


def test_a_budget_with_a_decimal_comma_keeps_its_thousands(db: Database, tmp_path: Path) -> None:
    need = _import(db, tmp_path, "1.234.567,50", "2 500 000,00")
    assert (need.budget_min, need.budget_max) == (1_234_567.5, 2_500_000.0)


def test_a_budget_written_with_groups_and_a_point_reads_as_before(db: Database, tmp_path: Path) -> None:
    need = _import(db, tmp_path, "1,000,000", "2500000.5")
    assert (need.budget_min, need.budget_max) == (1_000_000.0, 2_500_000.5)


def test_a_budget_that_reads_two_ways_is_refused_not_guessed(db: Database, tmp_path: Path) -> None:
    with pytest.raises(CatalogueRowsError, match=r"1\.500 could be read two ways"):
        _import(db, tmp_path, "1.500", "")
    with db.reading() as session:
        assert session.query(m.CityNeed).count() == 0
