"""Ethiopian-calendar dates converted to Gregorian ones (field test 117, Nairobi hub)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.ethiopian_dates import ethiopian_day, gregorian


@pytest.mark.parametrize(
    ("ethiopian", "day"),
    [
        ((2016, 1, 1), dt.date(2023, 9, 12)),  # new year after Pagume's sixth day
        ((2015, 13, 6), dt.date(2023, 9, 11)),  # that sixth day
        ((2015, 1, 1), dt.date(2022, 9, 11)),
        ((2012, 1, 1), dt.date(2019, 9, 12)),
        ((2016, 4, 29), dt.date(2024, 1, 8)),  # Genna (Christmas) in a Gregorian leap year
        ((2017, 4, 29), dt.date(2025, 1, 7)),
        ((1963, 4, 23), dt.date(1971, 1, 1)),
    ],
)
def test_known_pairs(ethiopian: tuple[int, int, int], day: dt.date) -> None:
    assert gregorian(*ethiopian) == day


@pytest.mark.parametrize("text", ["22/07/2019 E.C.", "22/07/2019 EC", "22.07.2019 ዓ.ም."])
def test_marked_dates_are_read_day_first(text: str) -> None:
    assert ethiopian_day(text) == dt.date(2027, 3, 31)


def test_unmarked_dates_are_not_ethiopian() -> None:
    assert ethiopian_day("22/07/2019") is None


@pytest.mark.parametrize("text", ["31/01/2016 E.C.", "06/13/2016 E.C.", "01/14/2016 E.C."])
def test_a_day_the_calendar_has_not_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        ethiopian_day(text)
