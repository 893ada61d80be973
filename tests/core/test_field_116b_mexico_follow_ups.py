"""Field test 116, follow-ups: a bare "$" at a Mexican office wherever an amount is typed or read.

Before: only the projects import read "$12,500,000" at a Mexico City office as pesos; on the command
line ``projects add --amount "$12,500,000"`` and "$12.5 mdp" were refused as no amounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
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


def test_the_needs_import_reads_dollar_signs_and_peso_words_at_a_mexican_office(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MX"))
    path = tmp_path / "necesidades.csv"
    path.write_text(
        "title_en,city,budget_max,currency\n"
        'Iztapalapa solar,Mexico City,"$12,500,000",\n'
        "Milpa Alta biogas,Mexico City,$12.5 mdp,\n"
        "CDMX e-buses,Mexico City,3 MDD,\n"
        "Bordo waste,Mexico City,US$ 250000,USD\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    with db.reading() as s:
        budgets = {(n.title_en, n.budget_max, n.currency) for n in s.scalars(select(m.CityNeed))}
    assert budgets == {
        ("Iztapalapa solar", 12_500_000.0, "MXN"),
        ("Milpa Alta biogas", 12_500_000.0, "MXN"),
        ("CDMX e-buses", 3_000_000.0, "USD"),
        ("Bordo waste", 250_000.0, "USD"),
    }
    assert any("$ taken as MXN" in w for w in report.warnings)


def test_a_dollar_sign_that_contradicts_the_currency_column_is_refused(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MX"))
    path = tmp_path / "necesidades.csv"
    path.write_text('title_en,city,budget_max,currency\nBordo,Mexico City,"$5,000",EUR\n', encoding="utf-8")
    with db.transaction() as s, pytest.raises(flat.CatalogueRowsError, match="is in MXN, not in EUR"):
        flat.import_catalogue(s, path, "needs")


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Presupuesto (mdp)", (1e6, "MXN")),
        ("Monto (MDD)", (1e6, "USD")),
        ("Monto (dólares)", (1.0, "USD")),
        ("Monto (pesos)", (1.0, "MXN")),
        ("Monto (M.N.)", (1.0, "MXN")),
        ("Budget (USD mn)", (1e6, "USD")),  # the English rule, as before
        ("Presupuesto", (1.0, "MXN")),
    ],
)
def test_spanish_column_headers_give_the_columns_currency_and_unit(
    header: str, unit: tuple[float, str]
) -> None:
    from petdesk.services.past_projects import header_unit

    assert header_unit(header, "MXN") == unit


def test_the_needs_imports_dollar_sentences_are_said_in_chinese() -> None:
    # read from this checkout's catalogue: the installed one may be another checkout's
    from petdesk.core_catalogue import read_po
    from petdesk.messages import _patterns

    said = "the budget $12,500,000: $ taken as MXN, the office's currency ($ is its sign)"
    template = next(t for pattern, t in _patterns() if pattern.match(said))
    chinese = read_po(Path(__file__).parents[2] / "translations" / "core" / "zh_CN.po")
    assert "{currency}" in str(chinese[(template, None)])


@pytest.mark.parametrize(
    ("typed", "kept_in", "amount"),
    [
        ("$12,500,000", "MXN", 12_500_000.0),
        ("$12.5 mdp", "MXN", 12_500_000.0),
        ("3 MDD", "USD", 3_000_000.0),
        ("US$ 5,000", "USD", 5_000.0),
        ("1,250.50", "USD", 1_250.5),
    ],
)
def test_the_editors_amount_box_reads_as_a_mexican_office_writes(
    typed: str, kept_in: str, amount: float
) -> None:
    from petdesk.peso_signs import typed_amount

    assert typed_amount(typed, kept_in, "MXN") == amount


@pytest.mark.parametrize(("typed", "kept_in"), [("$5,000", "USD"), ("$12.5 mdp", "USD"), ("3 MDD", "MXN")])
def test_the_editors_amount_box_refuses_another_currency(typed: str, kept_in: str) -> None:
    from petdesk.amounts import OTHER_CURRENCY, AmountError
    from petdesk.peso_signs import typed_amount

    with pytest.raises(AmountError) as refused:
        typed_amount(typed, kept_in, "MXN")
    assert refused.value.template == OTHER_CURRENCY


def test_the_project_editors_box_takes_a_bare_dollar_sign_as_pesos_at_a_mexican_office(qtbot: Any) -> None:
    from petdesk.gui.projects.project_dialog import AmountBox

    box = AmountBox()
    qtbot.addWidget(box)
    box.currency, box.own = "USD", "MXN"
    with pytest.raises(ValueError, match="not in USD"):
        box.valueFromText("$5,000")  # was stored as 5,000 US dollars
    box.currency = "MXN"
    assert box.valueFromText("$12.5 mdp") == 12_500_000.0
