"""ICLEI Africa in Cape Town (field test 111): budgets as South Africans and francophone West Africans
write them, with spaces (Excel's no-break and narrow no-break ones too) between groups of three and a
decimal comma, the rand as "R" and the CFA franc as "FCFA"; the projects sheet saved by Excel in
en-ZA or fr-FR as "CSV UTF-8", which separates its fields with semicolons.

Before: "R 1 234 567,89", "1 500 000 FCFA" and "R2,5 million" were refused (three of six projects
skipped), and the semicolon file was refused whole (no row named a project's columns). A Microsoft
Forms registration export's "Dietary requirements: None" was kept as a need ("None 6" in the dossier's
meal count)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.amounts import OTHER_CURRENCY, AmountError, parse_amount
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.no_answer import says_nothing
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import importing, past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field111"
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("R 1 234 567,89", "ZAR", 1_234_567.89),
        (f"R{NBSP}1{NBSP}234{NBSP}567,89", "ZAR", 1_234_567.89),  # Excel en-ZA's currency format
        ("R1 234 567,89", "ZAR", 1_234_567.89),
        ("R 500", "ZAR", 500.0),
        ("R2,5 million", "ZAR", 2_500_000.0),
        ("ZAR 2 500 000", "ZAR", 2_500_000.0),
        ("1 500 000 FCFA", "XOF", 1_500_000.0),
        (f"1{NNBSP}500{NNBSP}000 FCFA", "XOF", 1_500_000.0),  # Excel fr-FR's narrow no-break space
        ("2 500 000 F CFA", "XOF", 2_500_000.0),
        ("FCFA 750 000", "XAF", 750_000.0),  # the Central African franc is FCFA too
        ("XOF 25 000 000", "XOF", 25_000_000.0),
    ],
)
def test_rand_and_cfa_franc_amounts_are_read(typed: str, currency: str, value: float) -> None:
    assert parse_amount(typed, currency) == value


@pytest.mark.parametrize(("typed", "currency"), [("R 500", "USD"), ("1 500 000 FCFA", "EUR")])
def test_a_rand_or_cfa_amount_is_not_taken_for_another_currency(typed: str, currency: str) -> None:
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, currency)
    assert refused.value.template == OTHER_CURRENCY


@pytest.mark.parametrize("typed", ["R$ 1.234,56", "Rs 500"])
def test_other_signs_beginning_with_r_are_not_the_rand(typed: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(typed, "ZAR")


@pytest.mark.parametrize(
    ("cell", "money"),
    [
        (f"R 1{NBSP}234{NBSP}567,89", (1_234_567.89, "ZAR")),
        ("R2,5 million", (2_500_000.0, "ZAR")),
        (f"1{NNBSP}500{NNBSP}000 FCFA", (1_500_000.0, "XOF")),
        ("2 500 000 F CFA", (2_500_000.0, "XOF")),
        ("XOF 25 000 000", (25_000_000.0, "XOF")),
    ],
)
def test_a_project_cell_in_rand_or_cfa_francs(cell: str, money: tuple[float, str]) -> None:
    assert past_projects.parse_money(cell, 1.0, "ZAR")[:2] == money


def test_the_semicolon_projects_sheet_of_excel_en_za(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="ZA"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_excel_en_za.csv")
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == [
        (1_234_567.89, "ZAR"),
        (2_500_000.0, "ZAR"),
        (1_500_000.0, "XOF"),
        (25_000_000.0, "XOF"),
        (2_500_000.0, "ZAR"),
        (3_750_000.0, "ZAR"),  # no currency written: the office's own
    ]


def test_the_microsoft_forms_registrations_keep_every_attendee_and_no_none_need(db: Database) -> None:
    """Ten answers of a form open to anyone (Email "anonymous", the address asked as a question): ten
    people, passport capitals read as the family name, particles kept small, and "None" not a need."""
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "microsoft_forms_registration.xlsx")
    assert (len(report.added), len(report.skipped)) == (10, 0)
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        assert set(people) == {
            "Diop", "Koné", "van der Merwe", "du Plessis", "Mokonyane", "le Roux", "Kamau", "Mensah",
            "Ndiaye", "Ndlovu-Dlamini",
        }  # fmt: skip
        assert (people["Diop"].given_name, people["Diop"].dietary_needs) == ("Aminata", "Halal")
        assert people["le Roux"].given_name == "Marié"
        assert [people[n].dietary_needs for n in ("Koné", "du Plessis", "Kamau")] == ["", "", ""]
        assert people["van der Merwe"].dietary_needs == "Vegetarian"
        emails = {x.value for x in people["Koné"].methods if x.channel == ContactChannel.EMAIL}
        assert emails == {"m.kone@abidjan.ci"}  # not "anonymous"
        assert people["van der Merwe"].addresses[0]["postcode"] == "8001"  # a number cell


@pytest.mark.parametrize("answer", ["None", "none.", "N/A", "Aucune", "无", " No "])
def test_answers_saying_nothing(answer: str) -> None:
    assert says_nothing(answer)


@pytest.mark.parametrize("answer", ["Halal", "No pork", "None of dairy, nuts", "Vegetarian"])
def test_answers_naming_a_need(answer: str) -> None:
    assert not says_nothing(answer)
