"""Core i18n: language detection, babel formatting per locale, week start, core catalogue."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk import i18n

DAY = dt.date(2026, 11, 29)  # a Sunday
AT = dt.datetime(2026, 11, 29, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(autouse=True)
def english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from a British environment and sets what it needs."""
    for var in ("PETDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", i18n.FORMAT_ENV):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "fr:zh_CN:en", "LANG": "fr_FR.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"PETDESK_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
    ],
)
def test_system_locale_follows_the_environment(monkeypatch: pytest.MonkeyPatch, env, expected) -> None:  # type: ignore[no-untyped-def]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert i18n.system_locale() == expected


def test_normalize() -> None:
    assert [i18n.normalize(c) for c in ("zh-Hans", "zh_CN.UTF-8", "zh", "en_US", "de", "")] == [
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "en",
        "en",
        "en",
    ]


def test_dates_times_weekdays_in_each_locale() -> None:
    assert i18n.format_date(DAY, "en") == "29 Nov 2026"
    assert i18n.format_date(DAY, "zh_CN") == "2026年11月29日"
    assert i18n.format_date(DAY, "en_US") == "Nov 29, 2026"
    assert i18n.format_date_long_weekday(DAY, "en") == "Sunday, 29 November 2026"
    assert i18n.format_date_long_weekday(DAY, "zh_CN") == "2026年11月29日 星期日"
    assert i18n.format_date_long_weekday(DAY, "en_US") == "Sunday, November 29, 2026"
    assert i18n.format_weekday(DAY, "zh_CN") == "星期日"
    assert i18n.format_weekday(DAY, "en", "abbreviated") == "Sun"
    assert i18n.format_time(AT, "en") == "09:00"
    assert i18n.format_time(AT, "en_US").replace("\u202f", " ") == "9:00 AM"
    assert i18n.format_time(AT, "zh_CN") == "09:00"
    assert i18n.format_month_year(DAY, "zh_CN") == "2026年11月"
    assert i18n.format_month_year(DAY, "en") == "November 2026"
    first, last = dt.date(2026, 12, 1), dt.date(2026, 12, 4)
    assert i18n.format_date_range(first, last, "en") == "1\u2009–\u20094 Dec 2026"  # thin spaces
    assert i18n.format_date_range(first, last, "zh_CN") == "2026年12月1日\u2009–\u20094日"
    assert i18n.format_date_range(first, first, "en") == "1 Dec 2026"


def test_numbers_and_currencies() -> None:
    assert i18n.format_number(1234567.5, "en") == "1,234,567.5"
    assert i18n.format_number(1234567.5, "zh_CN", decimals=2) == "1,234,567.50"
    assert i18n.format_integer(100000, "en") == "100,000"
    # in Chinese yuan and yen are written with their code: CLDR gives both a "¥" (field test 16)
    assert i18n.format_currency(8000, "CNY", "zh_CN") == "CNY\u00a08,000.00"
    assert i18n.format_currency(1_852_000_000, "JPY", "zh_CN") == "JPY\u00a01,852,000,000"
    assert i18n.format_currency(4_600_000, "CNY", "zh_CN", whole=True) == "CNY\u00a04,600,000"
    assert i18n.format_currency(8000, "CNY", "en") == "CN¥8,000.00"
    assert i18n.format_currency(1250, "EUR", "en") == "€1,250.00"
    # a currency written as its code stands apart from the digits (babel wrote "SEK12,150,000.00")
    assert i18n.format_currency(12_150_000, "SEK", "en") == "SEK\u00a012,150,000.00"
    assert i18n.format_currency(500, "CHF", "zh_CN") == "CHF\u00a0500.00"
    assert i18n.format_percent(0.25, "zh_CN") == "25%"


def test_relative_times() -> None:
    assert i18n.format_relative(dt.timedelta(days=3), "en") == "in 3 days"
    assert i18n.format_relative(dt.timedelta(days=3), "zh_CN") == "3天后"
    assert i18n.format_relative(dt.timedelta(days=-2), "zh_CN") == "2天前"
    today = dt.date(2026, 11, 29)
    assert [
        i18n.format_relative_date(today + dt.timedelta(days=d), "zh_CN", today) for d in (-1, 0, 1, 2, 10)
    ] == [
        "昨天",
        "今天",
        "明天",
        "后天",
        "10天后",
    ]
    assert [i18n.format_relative_date(today + dt.timedelta(days=d), "en", today) for d in (-3, 0, 1, 45)] == [
        "3 days ago",
        "today",
        "tomorrow",
        "in 45 days",
    ]
    assert i18n.format_duration(dt.timedelta(hours=2), "zh_CN") == "2小时"


def test_week_start_follows_the_region(monkeypatch: pytest.MonkeyPatch) -> None:
    # Babel's bare "en" would start on Monday but write US dates; petdesk completes the region instead.
    assert i18n.first_weekday("en") == 0  # en_GB environment
    assert i18n.weekday_names("en")[0] == "Mon"
    assert i18n.first_weekday("zh_CN") == 0
    assert i18n.weekday_names("zh_CN") == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    assert i18n.first_weekday("en_US") == 6
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert str(i18n.babel_locale("en")) == "en_US"
    assert i18n.first_weekday("en") == 6
    assert i18n.weekday_names("en")[0] == "Sun"
    assert i18n.format_date(DAY, "en") == "Nov 29, 2026"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # English interface on a German machine
    assert str(i18n.babel_locale("en")) == "en_DE"
    assert i18n.first_weekday("en") == 0
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")  # English interface on a Chinese machine
    assert str(i18n.babel_locale("en")) == "en_GB"
    assert str(i18n.babel_locale("zh_CN")) == "zh_Hans_CN"
    monkeypatch.setenv(i18n.FORMAT_ENV, "en_AU")
    assert str(i18n.babel_locale("en")) == "en_AU"


def test_core_catalogue_translates_and_falls_back() -> None:
    zh = i18n.translator("zh_CN")
    assert zh("today") == "今天"
    assert zh("No clashes.") == "未发现冲突。"
    assert zh("A sentence nobody wrote") == "A sentence nobody wrote"
    en = i18n.translator("en")
    assert en("today") == "today"
    assert en.ngettext("{n} visit", "{n} visits", 1) == "{n} visit"
    assert en.ngettext("{n} visit", "{n} visits", 3) == "{n} visits"
    assert i18n.translator("zh_CN.UTF-8") is zh


def test_core_catalogue_is_complete() -> None:
    """Every entry of the shipped catalogue is translated (the CI check says which one is not)."""
    from babel.messages.pofile import read_po

    with open(i18n.core_catalogue_dir() / "zh_CN.po", "rb") as fh:
        catalog = read_po(fh)
    missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert missing == []


def test_list_join() -> None:
    assert i18n.list_join(["Beijing", "Qingdao", "Malmö"], "en") == "Beijing, Qingdao and Malmö"
    assert i18n.list_join(["北京", "青岛", "马尔默"], "zh_CN") == "北京、青岛和马尔默"


def test_currency_in_whole_units_where_room_is_short() -> None:
    """A board's card at 1024 px has room for "SEK 25,830,000", not for its ".00"."""
    assert i18n.format_currency(25_830_000, "SEK", "en", whole=True) == "SEK\u00a025,830,000"
    assert i18n.format_currency(13_280_000, "USD", "zh_CN", whole=True) == "US$13,280,000"
    assert i18n.format_currency(12.5, "EUR", "en", whole=True) == "€12.50"  # cents are kept


def test_currency_digits_follow_cldr_within_what_is_stored() -> None:
    assert i18n.currency_digits("EUR") == 2 and i18n.currency_digits("cny") == 2
    assert i18n.currency_digits("JPY") == 0 and i18n.currency_digits("KRW") == 0
    assert i18n.currency_digits("KWD") == 2  # 3 in CLDR; the database keeps 2
    assert i18n.currency_digits("") == 2 and i18n.currency_digits("XYZ") == 2
