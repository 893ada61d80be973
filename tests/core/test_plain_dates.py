"""The quick commands' dates written without babel (:mod:`petdesk.plain_dates`) are babel's, for
many dates, both languages and the environments that choose each formatting locale."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import i18n, plain_dates

#: Every month's first and last days over several years, leap days, and far years.
DATES = [
    dt.date(year, month, day)
    for year in (1, 999, 1999, 2024, 2026, 2027, 9999)
    for month in range(1, 13)
    for day in (1, 9, 10, 28)
] + [dt.date(2024, 2, 29), dt.date(2026, 12, 31), dt.date.min, dt.date.max]

#: Environments (``LANG``, ``PETDESK_FORMAT_LOCALE``) and the formatting locale each gives English.
ENVIRONMENTS = [
    ("C.UTF-8", "", "en_GB"),
    ("", "", "en_GB"),
    ("en_GB.UTF-8", "", "en_GB"),
    ("en_US.UTF-8", "", "en_US"),
    ("zh_CN.UTF-8", "", None),  # en_CN may exist: babel decides
    ("de_DE.UTF-8", "", None),
    ("en_GB.UTF-8", "en_US", None),
]


@pytest.fixture(params=ENVIRONMENTS, ids=lambda env: f"{env[0] or 'none'}-{env[1] or 'none'}")
def environment(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    lang, override, spelled = request.param
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang or "C")
    if not lang:
        monkeypatch.delenv("LANG")
        monkeypatch.setattr("locale.getlocale", lambda *_: (None, None))
    monkeypatch.delenv(i18n.FORMAT_ENV, raising=False)
    if override:
        monkeypatch.setenv(i18n.FORMAT_ENV, override)
    return spelled


@pytest.mark.parametrize("locale", ["en", "zh_CN", "en_US", "en_GB", "zh", "en_DE"])
def test_short_dates_are_babels(environment: str | None, locale: str) -> None:
    spelled = plain_dates.spelled_locale(locale)
    if spelled is not None:
        chosen = i18n.babel_locale(locale)
        assert spelled == f"{chosen.language}_{chosen.territory}", locale
    if locale == "en":
        assert spelled == environment
    for day in DATES:
        assert plain_dates.short_date(day, locale) == i18n.format_date(day, locale), (day, locale)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_relative_days_are_babels(environment: str | None, locale: str) -> None:
    today = dt.date(2026, 12, 6)
    for days in [*range(-400, 401), 999, 1000, 6999, 7000, 7001, 36500, -6999, -7000, -36500]:
        day = today + dt.timedelta(days=days)
        assert plain_dates.relative_date(day, locale, today) == i18n.format_relative_date(
            day, locale, today
        ), (days, locale)


def test_the_chinese_spelling_is_used_without_babel_for_a_chinese_command() -> None:
    """What the tests above compare would pass by asking babel each time: the spelled locales must
    answer without it."""
    assert plain_dates.spelled_locale("zh_CN") == "zh_CN"
    assert plain_dates.short_date(dt.date(2026, 9, 5), "zh_CN") == "2026年9月5日"
    assert plain_dates.relative_date(dt.date(2026, 9, 5), "zh_CN", dt.date(2026, 9, 8)) == "3天前"
