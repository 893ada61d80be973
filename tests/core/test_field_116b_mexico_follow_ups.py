"""Field test 116, follow-ups: a bare "$" at a Mexican office wherever an amount is typed or read.

Before: only the projects import read "$12,500,000" at a Mexico City office as pesos; on the command
line ``projects add --amount "$12,500,000"`` and "$12.5 mdp" were refused as no amounts."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import projects as ps


def _projects(db: Database) -> dict[str, tuple[float | None, float | None, str]]:
    with db.reading() as s:
        return {p.title_en: (p.amount_requested, p.amount_approved, p.currency) for p in ps.list_projects(s)}


def test_a_bare_dollar_sign_on_the_command_line_is_the_mexican_offices_peso(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MX"))
    at = ["--db", str(db.path), "projects", "add", "--title-en"]
    assert main([*at, "Iztapalapa", "--amount", "$12,500,000", "--approved", "$12.5 mdp"]) == 0
    assert main([*at, "CDMX", "--amount", "3 MDD"]) == 0
    assert main([*at, "Ajusco", "--amount", "$ 1,234,567 M.N."]) == 0
    assert _projects(db) == {
        "Iztapalapa": (12_500_000.0, 12_500_000.0, "MXN"),
        "CDMX": (3_000_000.0, None, "USD"),
        "Ajusco": (1_234_567.0, None, "MXN"),
    }
    # "$" is pesos there: a project kept in dollars refuses it rather than storing pesos as dollars
    assert main([*at, "Bordo", "--currency", "USD", "--amount", "$5,000"]) != 0
    assert "$5,000 is not in USD" in capsys.readouterr().err


def test_a_bare_dollar_sign_in_beijing_stays_the_us_dollar(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="CN"))
    assert main(["--db", str(db.path), "projects", "add", "--title-en", "Wuhan", "--amount", "$1,200"]) == 0
    assert _projects(db) == {"Wuhan": (1200.0, None, "USD")}


@pytest.mark.parametrize(("sheet", "said"), [("MXN", True), ("CNY", False), ("USD", False)])
def test_the_projects_preview_says_when_a_bare_dollar_sign_was_taken_as_pesos(sheet: str, said: bool) -> None:
    from petdesk.services.past_projects import DOLLAR_TAKEN_AS, parse_money

    notes = parse_money("$12,500,000.00", 1.0, sheet)[2]
    sentences = [n.sentence for n in notes]
    assert (DOLLAR_TAKEN_AS in sentences) is said
    assert not said or notes[0].values == {"text": "$12,500,000.00", "currency": "MXN"}
