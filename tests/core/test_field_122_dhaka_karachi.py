"""Field test 122: the hub offices in Dhaka (BD) and Karachi (PK)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import ContactChannel
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import duplicates, invitation, past_projects, search

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field122"


@pytest.mark.parametrize(
    ("typed", "sheet", "country", "expected"),
    [
        ("Rs. 12 lakh", "PKR", "PK", (1_200_000.0, "PKR")),  # was kept as Indian rupees
        ("Rs 12,00,000", "CNY", "PK", (1_200_000.0, "PKR")),  # the office's country says whose
        ("Rs. 12 lakh", "CNY", "IN", (1_200_000.0, "INR")),
        ("Rs. 12 lakh", "CNY", "", (1_200_000.0, "INR")),  # India's, the likeliest, as before
        ("Tk 2.5 crore", "BDT", "BD", (25_000_000.0, "BDT")),  # was refused
        ("৳ 45,00,000", "CNY", "", (4_500_000.0, "BDT")),
        ("৳৪৫,০০,০০০", "BDT", "BD", (4_500_000.0, "BDT")),  # Bengali digits
        ("২.৫ কোটি টাকা", "BDT", "BD", (25_000_000.0, "BDT")),
    ],
)
def test_rupees_and_taka_are_read_as_the_office_writes_them(
    typed: str, sheet: str, country: str, expected: tuple[float, str]
) -> None:
    assert past_projects.parse_money(typed, currency=sheet, country=country)[:2] == expected


@pytest.mark.parametrize(
    ("country", "sample", "expected"),
    [
        ("PK", "karachi_projects.xlsx", [(1_200_000.0, "PKR"), (45_000_000.0, "PKR")]),
        ("BD", "dhaka_projects.xlsx", [(25_000_000.0, "BDT"), (4_500_000.0, "BDT")]),
    ],
)
def test_the_project_sheets_keep_their_currency(
    db: Database, country: str, sample: str, expected: list[tuple[float, str]]
) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value=country))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / sample)
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == expected


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's dates are not this office's


def _import_at(db: Database, capsys: pytest.CaptureFixture[str], country: str, sample: str) -> str:
    with db.transaction() as s:
        invitation.set_office_settings(s, country=country)
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(SAMPLES / sample)]) == 0
    said = capsys.readouterr()
    return said.out + said.err


def _phones(db: Database, family: str, given: str) -> tuple[list[str], str]:
    with db.transaction() as s:
        person = s.scalars(
            select(m.Contact).where(m.Contact.family_name == family, m.Contact.given_name.contains(given))
        ).one()
        return [x.value for x in person.methods if x.channel == ContactChannel.PHONE], person.notes


def test_a_cnic_in_the_phone_column_goes_to_the_notes(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Engr. Muhammad Rahman's CNIC 35202-1234567-1 in the Phone column was stored as his work phone."""
    out = _import_at(db, capsys, "PK", "karachi_contacts_excel_cp1256.csv")
    phones, notes = _phones(db, "Rahman", "Muhammad")
    assert phones == ["0300-1234567"]
    assert "35202-1234567-1" in notes
    assert "“35202-1234567-1” cannot be a phone number in Pakistan" in out


def test_bengali_digits_in_a_mobile_are_stored_as_digits_and_md_is_mohammad(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "০১৭১১-১২৩৪৫৬" was stored in Bengali digits, and Md. Abdur Rahman (মোঃ) and Mohammad Abdur
    Rahman (মোহাম্মদ), one man with one mobile, were no likely duplicates ("different names", 0.44)."""
    _import_at(db, capsys, "BD", "dhaka_contacts_excel_utf8_bom.csv")
    assert _phones(db, "Rahman", "Mohammad")[0] == ["01711-123456"]
    with db.reading() as s:
        pairs = duplicates.find_contact_duplicates(s)
    assert len(pairs) == 1 and pairs[0].score >= 0.5


def test_engr_is_a_title_and_md_finds_mohammad(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Engr. Muhammad Rahman" kept "Engr." in his given name; "Mohammad" did not find Md. Rahman."""
    _import_at(db, capsys, "PK", "karachi_contacts_excel_cp1256.csv")
    with db.reading() as s:
        people = {c.id: c for c in s.scalars(select(m.Contact).where(m.Contact.family_name == "Rahman"))}
        assert sorted((c.given_name, c.honorific_en) for c in people.values()) == [
            ("Md.", ""),
            ("Muhammad", "Engr."),
        ]
        for query in ("Mohammad", "Muhammad", "Rahman"):
            assert {r.entity_id for r in search.search(s, query, kind=search.CONTACT)} == set(people), query


def test_bangladeshi_and_pakistani_cities_in_chinese() -> None:
    """ "Dhaka" and "Karachi" stayed Latin on the Chinese side, and 达卡 named no city."""
    from petdesk.city_names import in_both_languages

    assert in_both_languages("Dhaka", "") == ("Dhaka", "达卡")
    assert in_both_languages("Chittagong", "")[1] == "吉大港"
    assert in_both_languages("", "卡拉奇") == ("Karachi", "卡拉奇")
    assert in_both_languages("Lahore", "")[1] == "拉合尔"
    assert in_both_languages("Islamabad", "")[1] == "伊斯兰堡"


def test_a_range_of_two_whole_dates_is_read_day_first() -> None:
    """Dhaka's trainings sheet "05/11/2027 - 07/11/2027" was skipped: "no date that can be read"."""
    import datetime as dt

    from petdesk.day_order import DAY_FIRST
    from petdesk.services.past_visits import parse_dates

    days = (dt.date(2027, 11, 5), dt.date(2027, 11, 7))
    assert parse_dates("05/11/2027 - 07/11/2027", order=DAY_FIRST) == days
    assert parse_dates("05/11/2027–07/11/2027", order=DAY_FIRST) == days
    assert parse_dates("05/11/2027 to 07/11/2027", order=DAY_FIRST) == days
    assert parse_dates("07/11/2027 - 05/11/2027", order=DAY_FIRST) is None  # the end before the start
