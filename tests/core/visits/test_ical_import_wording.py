"""The calendar import's report in the reader's language: dates as the locale writes them and the
language's own colons and brackets, on the command line and in the visit editor's box alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import ical
from tests.core.visits import test_ical_field31 as field31

REAL = field31.REAL
visit_id = field31.visit_id  # the fixture: a delegation of two in Shanghai's zone


def _dry_run(db: Database, visit_id: str, ics: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    args = ["--db", str(db.path), "calendar", "--import", str(ics), "--visit", visit_id, "--dry-run"]
    assert main([*args, "--lang", lang]) == 0
    return capsys.readouterr().out


def test_the_command_line_lists_changes_with_locale_dates_and_colons(
    db: Database, visit_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "meeting.ics"
    ics.write_bytes(field31.meeting())
    english = _dry_run(db, visit_id, ics, "en", capsys)
    assert "add: 3 Feb 2027 09:30 周会2027-02-03" in english  # not 2027-02-03 09:30
    chinese = _dry_run(db, visit_id, ics, "zh_CN", capsys)
    assert "：2027年2月3日 09:30 周会2027-02-03" in chinese  # the full-width colon, no space after it
    assert "1 added" not in chinese  # the counts in Chinese too
    # An event left out: its title (or "untitled") with the reason in brackets.
    skipped = _dry_run(db, visit_id, REAL / "field31_plone_unicode_utc.ics", "en", capsys)
    assert "  skipped: (untitled) (no start time)" in skipped


def test_the_change_says_its_day_and_time_or_all_day() -> None:
    timed = ical.Change("add", "Meeting", dt.datetime(2027, 2, 3, 9, 30), all_day=False)
    whole_day = ical.Change("add", "Holiday", dt.datetime(2027, 2, 3), all_day=True)
    assert timed.when("en", "all day") == "3 Feb 2027 09:30"
    assert whole_day.when("zh_CN", "全天") == "2027年2月3日 全天"
