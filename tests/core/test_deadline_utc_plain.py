"""projfollow61: on a computer whose clock is UTC (``/etc/localtime`` → Etc/UTC) an imported
"17:00Z" deadline was stored in the zone "Etc/UTC", and a UTC deadline was said "UTC+00:00" beside
the office's time; the editor shows and stores "UTC". Now UTC by any name is stored and said "UTC"."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.services import deadline_cell, deadline_time

DAY = dt.date(2027, 3, 31)


@pytest.mark.parametrize("machine", ["Etc/UTC", "UTC", "Etc/Zulu"])
def test_a_utc_moment_on_a_utc_clock_is_stored_as_utc(monkeypatch: pytest.MonkeyPatch, machine: str) -> None:
    monkeypatch.setenv("PETDESK_TZ", machine)
    assert deadline_cell.stored(DAY, "17:00", dt.timedelta()) == (DAY, "17:00", "UTC")
    # half an hour off the hour: the moment on the office's clock, in the same plain zone
    assert deadline_cell.stored(DAY, "17:00", dt.timedelta(hours=5, minutes=30)) == (DAY, "11:30", "UTC")


def test_utc_typed_by_another_name_is_stored_as_utc() -> None:
    assert deadline_time.check_zone("Etc/UTC") == "UTC"
    assert deadline_time.check_pair(DAY, "17:00", "Zulu") == ("17:00", "UTC")
    assert deadline_time.check_zone("Etc/GMT+4") == "Etc/GMT+4"  # a fixed offset stays itself


@pytest.mark.parametrize(
    ("locale", "said"),
    [("en", "1 Apr 2027 01:00 (31 Mar 17:00 UTC)"), ("zh_CN", "2027年4月1日 01:00（3月31日 17:00 UTC）")],
)
@pytest.mark.parametrize("zone", ["Etc/UTC", "UTC"])
def test_an_office_with_its_own_zone_says_a_utc_deadline_as_utc(
    monkeypatch: pytest.MonkeyPatch, zone: str, locale: str, said: str
) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    assert deadline_time.describe(DAY, "17:00", zone, locale) == said


def test_a_fixed_offset_keeps_its_offset() -> None:
    assert deadline_time.zone_place("Etc/GMT+4", "en") == "UTC−04:00"
