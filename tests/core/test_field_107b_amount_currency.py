"""The command line's amounts with their currency sign (field test 107, second half).

Before: ``projects add --amount "Rs. 12 lakh"`` was refused as no amount while "12 lakh" was read,
and without ``--currency`` a project added at the New Delhi office was kept in US dollars
(US$1,200,000.00 for 12 lakh rupees). Now the sign sets the currency when none is given, is refused
when it says another, and a new project without either is in the office country's currency."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.amounts import currency_marked
from petdesk.cli import main
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import projects as ps


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Rs. 12 lakh", "INR"), ("₹ 45,00,000", "INR"), ("INR 2.5 crore", "INR"), ("1.250.000,50 €", "EUR"),
        ("Rp 1,5 miliar", "IDR"), ("12 lakh", ""), ("$1,200", ""), ("1,5 Mio.", ""), ("RMB 5", ""),
    ],
)  # fmt: skip
def test_the_currency_a_sign_names(typed: str, code: str) -> None:
    assert currency_marked(typed) == code


def _projects(db: Database) -> dict[str, tuple[float | None, float | None, str]]:
    with db.reading() as s:
        return {p.title_en: (p.amount_requested, p.amount_approved, p.currency) for p in ps.list_projects(s)}


def test_a_rupee_sign_sets_the_currency_and_the_office_gives_it_otherwise(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="IN"))
    at = ["--db", str(db.path), "projects", "add", "--title-en"]
    assert main([*at, "Pune", "--amount", "Rs. 12 lakh", "--approved", "₹ 10,00,000"]) == 0
    assert main([*at, "Indore", "--amount", "12 lakh"]) == 0
    assert main([*at, "Bonn", "--amount", "€ 5000"]) == 0
    assert _projects(db) == {
        "Pune": (1_200_000.0, 1_000_000.0, "INR"),
        "Indore": (1_200_000.0, None, "INR"),  # was US dollars
        "Bonn": (5000.0, None, "EUR"),
    }


def test_a_sign_that_says_another_currency_is_refused(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ["--db", str(db.path), "projects", "add", "--title-en"]
    assert main([*at, "Pune", "--currency", "EUR", "--amount", "Rs. 12 lakh"]) != 0
    assert "Rs. 12 lakh is not in EUR" in capsys.readouterr().err
    assert main([*at, "Pune", "--amount", "€ 12", "--approved", "Rs. 4 lakh"]) != 0
    assert "Rs. 4 lakh is not in EUR as the other amounts are" in capsys.readouterr().err
    assert main([*at, "Pune", "--currency", "USD", "--amount", "12 lakh"]) == 0
    assert _projects(db) == {"Pune": (1_200_000.0, None, "USD")}  # no country set: as given


def test_changing_a_project_keeps_its_currency(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    at = ["--db", str(db.path), "projects"]
    assert main([*at, "add", "--title-en", "Pune", "--currency", "INR", "--amount", "12 lakh"]) == 0
    with db.reading() as s:
        [pid] = [p.id for p in ps.list_projects(s)]
    assert main([*at, "set", pid, "--approved", "Rs. 10 lakh"]) == 0
    assert main([*at, "set", pid, "--cofinancing", "€ 5000"]) != 0
    assert "€ 5000 is not in INR" in capsys.readouterr().err
    assert _projects(db) == {"Pune": (1_200_000.0, 1_000_000.0, "INR")}
