"""A conflict over an amount shows it as money in its record's currency, in both languages (field
test 16, defect 8: `sync conflicts` said now "620000", other "650000")."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import projects as project_service
from petdesk.sync import service
from tests.core.sync.helpers import make_office, send


def cofinancing_clash(folder: Path) -> tuple[Database, Database]:
    """Munich and Chengdu each change a EUR project's co-financing before they exchange again."""
    munich, chengdu = make_office(folder / "dbs", "Munich"), make_office(folder / "dbs", "Chengdu")
    with munich.transaction() as s:
        project_id = project_service.create_project(
            s, title_en="Waste-to-energy plant Chengdu", currency="EUR", amount=1_800_000, cofinancing=600_000
        ).id
    send(munich, chengdu, folder)
    with munich.transaction() as s:
        project_service.update_project(s, project_id, cofinancing=620_000)
    with chengdu.transaction() as s:
        project_service.update_project(s, project_id, cofinancing=650_000)
    send(chengdu, munich, folder)
    return munich, chengdu


def test_a_money_conflict_shows_amounts_with_their_currency(tmp_path: Path) -> None:
    munich, chengdu = cofinancing_clash(tmp_path)
    try:
        [en] = service.list_conflicts(munich, locale="en")
        [zh] = service.list_conflicts(munich, locale="zh_CN")
    finally:
        munich.close()
        chengdu.close()
    # Chengdu's later edit wins; Munich's is the one overridden
    assert (en.winner_text, en.loser_text) == ("€650,000.00", "€620,000.00")
    assert (zh.winner_text, zh.loser_text) == ("€650,000.00", "€620,000.00")
