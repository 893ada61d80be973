"""Solar Hijri (Jalali) dates of Iranian sheets are converted and said, not read as the year 1406 AD
(field test 125, Tehran: "1406/01/01" was taken as 1 January 1406)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.jalali_dates import jalali_day, to_gregorian
from petdesk.services.past_projects import JALALI_TAKEN, parse_day


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("1406/01/01", dt.date(2027, 3, 21)),  # Nowruz 1406
        ("۱۴۰۶/۰۱/۰۱", dt.date(2027, 3, 21)),  # in Persian digits
        ("1402/10/11", dt.date(2024, 1, 1)),
        ("1403/12/30", dt.date(2025, 3, 20)),  # 1403 is a leap year
        ("1408/01/01", dt.date(2029, 3, 20)),  # 1407 is not: the leap year after 1403 is 1408
        ("۱۴۰۵/۱۱/۲۰", dt.date(2027, 2, 9)),
        ("1406/06/31 ه.ش.", dt.date(2027, 9, 22)),
    ],
)
def test_solar_hijri_dates_are_converted_and_said(written: str, day: dt.date) -> None:
    taken, note = parse_day(written, country="IR")  # an Iranian office's or row's date
    assert taken == day
    assert note is not None and note.sentence == JALALI_TAKEN and note.values["text"] == written


def test_a_day_the_month_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="1405/12/30"):
        parse_day("1405/12/30", country="IR")  # 1405 is a common year: Esfand has 29 days
    with pytest.raises(ValueError):
        to_gregorian(1406, 7, 31)


def test_gregorian_and_other_dates_are_not_taken_for_solar_ones() -> None:
    assert jalali_day("2027/03/21") is None
    assert jalali_day("15 رمضان 1448") is None
    assert parse_day("2027/03/21") == (dt.date(2027, 3, 21), None)
