"""Birthdays and anniversaries typed in the editor (field test 38, defect 1): "5/12/2026" was
stored silently as 12 May (US month first) even in the Chinese window, and "2026.12.5", common in
China, was refused. Year-first dates with any separator are read; a slash date that reads both
ways is refused with the form to write; Outlook's CSV import keeps its own US rule."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services.partial_dates import normalize_date, normalize_typed_date
from petdesk.services.validation import ValidationError


@pytest.mark.parametrize(
    "text",
    [
        "2026.12.5",
        "2026/12/5",
        "2026-12-5",
        "2026-12-05",
        "2026年12月5日",
        "２０２６．１２．５",
        "2026. 12. 5",
    ],
)
def test_year_first_dates_are_read_with_any_separator(text: str) -> None:
    assert normalize_typed_date(text) == "2026-12-05"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("15/3/1980", "1980-03-15"),
        ("3/15/1980", "1980-03-15"),
        ("15-3-1980", "1980-03-15"),
        ("4/4/1980", "1980-04-04"),
        ("15.3.1980", "1980-03-15"),
    ],
)
def test_a_date_that_reads_one_way_is_accepted(text: str, stored: str) -> None:
    assert normalize_typed_date(text) == stored


@pytest.mark.parametrize("text", ["5/12/2026", "12/5/2026", "5-12-2026"])
def test_a_date_that_reads_both_ways_is_not_guessed(text: str) -> None:
    assert normalize_typed_date(text) == ""


def test_outlook_csv_keeps_its_us_rule() -> None:
    assert normalize_date("5/12/2026") == "2026-05-12"
    assert normalize_date("5/12/2026", day_first=True) == "2026-12-05"


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en", "“5/12/2026” could be 2026-12-05 or 2026-05-12: write the year first, as 2026-12-05."),
        ("zh_CN", "“5/12/2026”可能是 2026-12-05，也可能是 2026-05-12：请把年份写在前面，例如 2026-12-05。"),
    ],
)
def test_the_ambiguous_birthday_is_refused_in_plain_words(db: Database, locale: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        cs.create_contact(s, family_name_zh="张", given_name_zh="伟", birthday="5/12/2026")
    assert refused.value.fields() == {"birthday"}
    assert refused.value.text(locale) == words


def test_the_chinese_dotted_date_is_saved(db: Database) -> None:
    with db.transaction() as s:
        contact = cs.create_contact(s, family_name_zh="张", given_name_zh="伟", anniversary="2026.12.5")
        assert contact.anniversary == "2026-12-05"
