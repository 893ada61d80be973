"""Field test 125 (Tehran): a numeric Hijri date is read in the calendar the sheet or the country
says, never taken as Solar Hijri everywhere; rials and tomans are stored as IRR; Persian honorifics
are known; the import summaries say "1 new organisation", "1 row skipped"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.hijri_numeric_dates import TwoCalendars
from petdesk.i18n import translator
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import honorifics, past_projects
from petdesk.services.importing import ImportReport
from petdesk.services.past_projects import HIJRI_TAKEN, JALALI_TAKEN, TOMANS_AS_RIALS, parse_day, parse_money
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field125"
RAMADAN_15_1448 = dt.date(2027, 2, 21)  # by the arithmetic calendar


@pytest.mark.parametrize("country", ["SA", "EG", "PK"])
def test_a_lunar_hijri_date_in_numbers_is_not_taken_for_a_solar_one(country: str) -> None:
    assert parse_day("1448/09/15", country=country) == (
        RAMADAN_15_1448,
        past_projects.Note(HIJRI_TAKEN, {"text": "1448/09/15", "date": RAMADAN_15_1448}),
    )


@pytest.mark.parametrize(
    ("written", "country", "header", "day", "sentence"),
    [
        ("1406/01/01", "IR", "", dt.date(2027, 3, 21), JALALI_TAKEN),
        ("1406/01/01", "AF", "", dt.date(2027, 3, 21), JALALI_TAKEN),  # Afghanistan's calendar too
        ("1406/01/01 هـ.ش", "SA", "", dt.date(2027, 3, 21), JALALI_TAKEN),  # the cell says
        ("1406/01/01 SH", "", "", dt.date(2027, 3, 21), JALALI_TAKEN),
        ("1406/01/01", "", "تاریخ شروع (شمسی)", dt.date(2027, 3, 21), JALALI_TAKEN),  # the header says
        ("1406/01/01", "", "Start (Jalali)", dt.date(2027, 3, 21), JALALI_TAKEN),
        ("1448/09/15 هـ", "IR", "", RAMADAN_15_1448, HIJRI_TAKEN),
        ("1448/09/15 AH", "", "", RAMADAN_15_1448, HIJRI_TAKEN),
        ("1448/09/15", "", "Date (AH)", RAMADAN_15_1448, HIJRI_TAKEN),
    ],
)
def test_the_cell_header_or_country_names_the_calendar(
    written: str, country: str, header: str, day: dt.date, sentence: str
) -> None:
    taken, note = parse_day(written, country=country, header=header)
    assert taken == day and note is not None and note.sentence == sentence


@pytest.mark.usefixtures("tree_catalogue")
def test_a_date_nothing_places_is_refused_with_both_readings(db: Database) -> None:
    with pytest.raises(TwoCalendars) as refused:
        parse_day("1448/09/15")  # no country: 15 Ramadan 1448 or 15 Azar 1448?
    assert (refused.value.solar, refused.value.lunar) == (dt.date(2069, 12, 5), RAMADAN_15_1448)
    # the Tehran sheet at an office whose country is not set: its Solar Hijri rows are refused, said
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_tehran_excel.xlsx")
    assert not plan.skipped  # kept, each without its submitted date (projfollow61: they were skipped)
    unread = [p for p in plan.planned if past_projects.DATE_UNREAD in [n.sentence for n in p.notes]]
    assert len(unread) == 2
    assert all(
        p.submitted is None and past_projects.TWO_CALENDARS in [n.sentence for n in p.notes] for p in unread
    )
    # a deadline that reads two ways keeps its row, said with both readings (projdeadline61)
    landfill = next(p for p in plan.planned if p.title == "Tehran Landfill Gas")
    assert landfill.deadline is None
    assert past_projects.TWO_CALENDARS in [n.sentence for n in landfill.notes]
    said = past_projects.report_lines(plan, "en", dry_run=True)
    assert any("in the Solar Hijri (Persian) calendar but" in line for line in said)
    zh = past_projects.report_lines(plan, "zh_CN")
    assert any("按伊朗太阳历（波斯历）是" in line and "跳过 3 行" not in line for line in zh), zh


def test_the_tehran_sheet_in_rials_and_tomans(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="IR"))
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLES / "projects_tehran_excel.xlsx")
    assert plan.skipped == []
    assert [(p.amount, p.currency) for p in plan.planned] == [
        (12_500_000_000.0, "IRR"),
        (25_000_000_000.0, "IRR"),  # 2.5 میلیارد تومان: ten rials to the toman
        (3_500_000_000.0, "IRR"),
        (8_000_000_000.0, "IRR"),
    ]
    assert plan.planned[0].submitted == dt.date(2027, 2, 9)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("۱۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال", 12_500_000_000.0),
        ("IRR 3,000,000", 3_000_000.0),
        ("3 میلیون تومان", 30_000_000.0),
        ("2.5 میلیارد تومان", 25_000_000_000.0),
        ("۵۰۰ هزار ریال", 500_000.0),
        ("۱۲٬۵۰۰ تومان", 125_000.0),
    ],
)
def test_rials_and_tomans_are_kept_in_rials(typed: str, value: float) -> None:
    amount, currency, notes = parse_money(typed)
    assert (amount, currency) == (value, "IRR")
    assert [n.sentence for n in notes] == ([TOMANS_AS_RIALS] if "تومان" in typed else [])


def test_a_windows_1256_amount_with_the_arabic_ye() -> None:
    # Excel's cp1256 CSV writes ي for ی: ميليون is Persian still; ريال is Iran's only in Iran
    assert parse_money("3 ميليون تومان")[:2] == (30_000_000.0, "IRR")
    assert parse_money("12,500,000 ريال", country="IR")[:2] == (12_500_000.0, "IRR")
    with pytest.raises(ValueError):
        parse_money("12,500,000 ريال", country="SA")  # a Saudi riyal is not taken for a rial


@pytest.mark.parametrize(
    ("written", "english", "chinese"),
    [("خانم", "Ms.", "女士"), ("آقای", "Mr.", "先生"), ("دکتر", "Dr.", "博士"), ("مهندس", "Eng.", "工程师")],
)
def test_persian_honorifics(written: str, english: str, chinese: str) -> None:
    assert honorifics.settle([written])[:2] == (english, chinese)


def test_one_is_said_in_the_singular() -> None:
    report = ImportReport()
    report.organisations_added.append("x")
    assert report.summary().endswith("; 1 new organisation")
    assert report.summary(translator("en")).endswith("; 1 new organisation")
    plan = past_projects.PastProjects("Sheet", "book.xlsx")
    plan.skipped.append(past_projects.Skipped(3, "no project named: '{text}'", {"text": "x"}))
    assert past_projects.report_lines(plan, "en", dry_run=True)[-1] == (
        "Dry run, nothing changed: 0 projects would be added from Sheet (0 new funders, 0 new partners), "
        "1 row skipped."
    )
