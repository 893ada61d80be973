"""Field test 116: the hub office in Mexico City.

Before: the projects import kept "$12,500,000.00" of a Mexico City sheet as US dollars (there "$"
is the peso's sign), refused "$12.5 mdp", "25 MDP", "3 MDD" (millones de pesos / de dólares) and
"$ 1,234,567 M.N." (moneda nacional) as not amounts, and skipped rows dated "15-mar-2027" or
"marzo 15, 2027" as unreadable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money
from petdesk.written_days import written_day

DATA = Path(__file__).parents[1] / "data" / "import" / "field116"


@pytest.mark.parametrize(
    ("typed", "own", "amount", "currency"),
    [
        ("$12,500,000.00", "MXN", 12_500_000.0, "MXN"),  # a bare "$" in Mexico: pesos
        ("$12,500,000.00", "CNY", 12_500_000.0, "USD"),  # in Beijing: dollars, as before
        ("$12.5 mdp", "MXN", 12_500_000.0, "MXN"),
        ("25 MDP", "MXN", 25_000_000.0, "MXN"),
        ("US$3 millones", "MXN", 3_000_000.0, "USD"),
        ("3 MDD", "MXN", 3_000_000.0, "USD"),
        ("3 MDD", "CNY", 3_000_000.0, "USD"),
        ("MXN 4,000,000", "MXN", 4_000_000.0, "MXN"),
        ("$ 1,234,567 M.N.", "MXN", 1_234_567.0, "MXN"),
        ("1.5 mn", "EUR", 1_500_000.0, "EUR"),  # an English million stays one, not moneda nacional
    ],
)
def test_mexican_amounts_are_read_in_their_currency(
    typed: str, own: str, amount: float, currency: str
) -> None:
    assert parse_money(typed, 1.0, own)[:2] == (amount, currency)


def test_a_sign_that_contradicts_the_word_is_refused() -> None:
    with pytest.raises(ValueError, match="US"):
        parse_money("US$ 3 mdp", 1.0, "MXN")


@pytest.mark.parametrize(
    "typed",
    ["15/03/2027", "15-mar-2027", "15-Mar-2027", "marzo 15, 2027", "15 de marzo de 2027", "March 15, 2027"],
)
def test_spanish_and_month_first_days_are_read(typed: str) -> None:
    assert written_day(typed, "dmy") == dt.date(2027, 3, 15)


def test_the_google_sheets_projects_of_mexico_city_are_all_read_in_pesos_or_dollars(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="MX"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, DATA / "proyectos_google_sheets.csv")
    assert not plan.skipped
    read = {p.title: (p.amount, p.currency) for p in plan.planned}
    assert read["Calentadores solares Iztapalapa"] == (12_500_000.0, "MXN")
    assert read["Captación pluvial Xochimilco"] == (12_500_000.0, "MXN")
    assert read["Biodigestores Milpa Alta"] == (25_000_000.0, "MXN")
    assert read["Movilidad eléctrica CDMX"] == (3_000_000.0, "USD")
    assert read["Residuos Bordo Poniente"] == (3_000_000.0, "USD")
    assert read["Eficiencia energética Monterrey"] == (4_000_000.0, "MXN")
    assert read["Reforestación Ajusco"] == (1_234_567.0, "MXN")


@pytest.mark.parametrize(
    ("typed", "country", "today"),
    [
        ("+52 1 55 1234 5678", "MX", "+52 55 1234 5678"),  # the mobile "1" Mexico dropped in 2019
        ("+521 33 3333 2222", "DE", "+52 33 3333 2222"),  # whatever the contact's country
        ("5215512349876", "MX", "+52 55 1234 9876"),  # a WhatsApp id, no "+"
        ("044 55 8765 4321", "MX", "+52 55 8765 4321"),  # the old local mobile prefix
        ("+52 55 5345 8000", "MX", "+52 55 5345 8000"),  # today's form stays as typed
        ("+1 212 555 0100", "US", "+1 212 555 0100"),
    ],
)
def test_old_mexican_mobile_forms_are_tidied_to_todays(typed: str, country: str, today: str) -> None:
    from petdesk.phone_dialling import international_form

    assert international_form(typed, country) == today


@pytest.mark.parametrize("written", ["Mexico City", "Ciudad de México", "CDMX", "México, D.F."])
def test_mexico_city_has_its_chinese_name_on_the_dossiers_chinese_side(written: str) -> None:
    from petdesk.city_names import in_both_languages

    assert in_both_languages(written, "") == (written, "墨西哥城")
    assert in_both_languages("", "墨西哥城") == ("Mexico City", "墨西哥城")
