"""Birthday and anniversary fields read every date form the window shows, in either language
(field test 14, defect 3: "2027年3月8日", the Chinese window's own format, was refused), and a
birthday in the future is refused in plain words."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.i18n import format_date, format_date_long_weekday
from petdesk.services import contacts as cs
from petdesk.services.partial_dates import normalize_date
from petdesk.services.validation import ValidationError

DAY = dt.date(2027, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        "2027年3月8日",
        "2027年3月8日星期一",
        "2027年3月8日 星期一",
        "２０２７年３月８日",
        "2027/3/8",
        "2027-03-08",
        "8 Mar 2027",
        "8 March 2027",
        "Mar 8, 2027",
        "March 8, 2027",
        "Monday, 8 March 2027",
        "Monday, March 8, 2027",
        "8 mar 2027",
    ],
)
def test_each_form_the_window_writes_is_read(text: str) -> None:
    assert normalize_date(text) == "2027-03-08"


@pytest.mark.parametrize("locale", ["zh_CN", "en", "en_GB", "en_US"])
@pytest.mark.parametrize("style", ["short", "long"])
def test_the_windows_own_formatting_reads_back(locale: str, style: str) -> None:
    assert normalize_date(format_date(DAY, locale, style)) == "2027-03-08"
    assert normalize_date(format_date_long_weekday(DAY, locale)) == "2027-03-08"


@pytest.mark.parametrize(
    ("text", "stored"), [("3月8日", "--03-08"), ("8 March", "--03-08"), ("Mar 8", "--03-08")]
)
def test_a_date_without_a_year_is_a_month_and_day(text: str, stored: str) -> None:
    assert normalize_date(text) == stored


@pytest.mark.parametrize("text", ["2027年2月30日", "8 Foo 2027", "32 March 2027", "March"])
def test_impossible_dates_are_still_refused(text: str) -> None:
    assert normalize_date(text) == ""


def test_a_contact_saves_the_chinese_date_as_iso(db: Database) -> None:
    with db.transaction() as s:
        contact = cs.create_contact(s, family_name_zh="李", given_name_zh="明", anniversary="2027年3月8日")
        assert contact.anniversary == "2027-03-08"


def test_a_birthday_in_the_future_is_refused_in_plain_words(db: Database) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        cs.create_contact(s, family_name="Li", birthday=tomorrow.isoformat())
    assert refused.value.fields() == {"birthday"}
    assert "is in the future" in refused.value.text("en")
    assert f"--{tomorrow:%m-%d}" in refused.value.text("en")
    with db.transaction() as s:  # today, a past year or no year at all are fine
        cs.create_contact(s, family_name="Li", birthday=dt.date.today().isoformat())
        cs.create_contact(s, family_name="Wang", birthday=f"--{tomorrow:%m-%d}")
