"""ICLEI South Asia in New Delhi (field test 107): the office's partner list (Excel and its "CSV UTF-8"
Save as) and its projects sheet, with budgets in lakh and crore.

Before: the "Designation", "Landline" and "PIN Code" columns were dropped (every job title, office
number and postcode lost); "Smt." and "Shri" stayed in the given name; "INR 2.5 crore", "₹ 45,00,000"
and "Rs. 12 lakh" were refused (three of four projects skipped) and the fourth's number in a
"Budget (INR)" column was stored as yuan."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.amounts import parse_amount
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import importing, past_projects

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field107"


@pytest.mark.parametrize(
    ("typed", "currency", "value"),
    [
        ("INR 2.5 crore", "INR", 25_000_000.0),
        ("₹ 45,00,000", "INR", 4_500_000.0),
        ("Rs. 12 lakh", "INR", 1_200_000.0),
        ("Rs 12,00,000", "INR", 1_200_000.0),
        ("1,23,45,678.50", None, 12_345_678.5),  # lakh and crore grouping
        ("12,34,567", None, 1_234_567.0),  # refused as no form before: it is the Indian one
        ("12 lakhs", None, 1_200_000.0),
        ("2.5 cr", None, 25_000_000.0),
        ("1,234,567", None, 1_234_567.0),  # groups of three still read
    ],
)
def test_lakh_crore_and_the_rupee_are_read(typed: str, currency: str | None, value: float) -> None:
    assert parse_amount(typed, currency) == value


@pytest.mark.parametrize("name", ["iclei_sa_partners.xlsx", "iclei_sa_partners.csv"])
def test_the_partner_list_keeps_titles_landlines_postcodes_and_honorifics(db: Database, name: str) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / name)
    assert (len(report.added), len(report.skipped)) == (9, 0)
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        meena, verma, sharma = people["Kumari"], people["Verma"], people["Sharma"]
        assert (meena.given_name, meena.honorific_en, meena.honorific_zh) == ("Meena", "Smt.", "女士")
        assert (verma.given_name, verma.honorific_en, verma.honorific_zh) == ("Rajesh Kumar", "Shri", "先生")
        assert (sharma.given_name, sharma.honorific_en) == ("R. K.", "Dr.")
        assert people["Sridhar"].given_name == ""  # one name alone, kept whole
        phones = {(x.label, x.value) for x in sharma.methods if x.channel == ContactChannel.PHONE}
        assert phones == {("mobile", "98765 43210"), ("work", "011-2468 2100")}
        assert sharma.addresses[0]["postcode"] == "110003"
        assert people["Joshi"].addresses[0]["postcode"] == "110016"  # a number cell in Excel
        jobs = {
            a.position_en
            for c in (meena, sharma)
            for a in s.scalars(select(m.Affiliation).filter_by(contact_id=c.id))
        }
        assert jobs == {"Deputy Commissioner", "Director"}


def test_sri_is_not_taken_for_a_title() -> None:
    from petdesk.services.honorifics import title_of_given_name

    assert title_of_given_name("Sri Mulyani") == ("", "Sri Mulyani")
    assert title_of_given_name("Smt. Meena") == ("Smt.", "Meena")


def test_the_projects_sheet_in_rupees(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="IN"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "iclei_sa_projects.xlsx")
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == [
        (25_000_000.0, "INR"),
        (4_500_000.0, "INR"),
        (1_200_000.0, "INR"),
        (3_500_000.0, "INR"),  # a number in the "Budget (INR)" column: not yuan
    ]


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Budget (INR)", (1.0, "INR")),
        ("Amount (Rs. in lakh)", (100_000.0, "INR")),
        ("Budget (₹ crore)", (10_000_000.0, "INR")),
        ("Budget (THB)", (1.0, "THB")),
        ("Budget", (1.0, "INR")),  # the office's own currency
        ("申报金额（万元）", (10_000.0, "CNY")),
    ],
)
def test_an_amount_header_names_its_unit(header: str, unit: tuple[float, str]) -> None:
    assert past_projects.header_unit(header, "INR" if header == "Budget" else "CNY") == unit


def test_a_rupee_amount_in_a_lakh_column_says_its_own_amount() -> None:
    assert past_projects.parse_money("₹ 45,00,000", 100_000.0, "INR")[:2] == (4_500_000.0, "INR")
    assert past_projects.parse_money(2.5, 100_000.0, "INR")[:2] == (250_000.0, "INR")
