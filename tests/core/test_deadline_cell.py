"""projdeadline61: a deadline cell's time and UTC offset, stored as a time in a zone (the editor's)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.services import deadline_cell


@pytest.fixture(autouse=True)
def _beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2027-03-31T17:00-04:00", ("2027-03-31", "17:00", dt.timedelta(hours=-4))),
        ("2027年3月31日17:00（UTC+8）", ("2027年3月31日", "17:00", dt.timedelta(hours=8))),
        ("31/03/2027 09:30 GMT+5:30", ("31/03/2027", "09:30", dt.timedelta(hours=5, minutes=30))),
        ("2027-03-31T01:00Z", ("2027-03-31", "01:00", dt.timedelta())),
        ("2027-03-31 17:00", ("2027-03-31", "17:00", None)),
        ("2027-03-31", None),
    ],
)
def test_the_cell_s_date_time_and_offset(
    text: str, parts: tuple[str, str, dt.timedelta | None] | None
) -> None:
    assert deadline_cell.split(text) == parts


@pytest.mark.parametrize(
    ("offset", "stored"),
    [
        (dt.timedelta(hours=8), (dt.date(2027, 3, 31), "17:00", "Asia/Shanghai")),  # the office's own
        (dt.timedelta(hours=-4), (dt.date(2027, 3, 31), "17:00", "Etc/GMT+4")),  # the tz database's sign
        # half an hour off any whole-hour zone: the same moment on the office's clock
        (dt.timedelta(hours=5, minutes=30), (dt.date(2027, 3, 31), "19:30", "Asia/Shanghai")),
    ],
)
def test_the_moment_is_kept_whole(offset: dt.timedelta, stored: tuple[dt.date, str, str]) -> None:
    assert deadline_cell.stored(dt.date(2027, 3, 31), "17:00", offset) == stored


def test_an_offset_that_is_none_is_refused() -> None:
    with pytest.raises(ValueError):
        deadline_cell.split("2027-03-31T17:00+15:00")
