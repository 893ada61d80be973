"""A deadline time the funder's clock skips (the spring change) or shows twice (the autumn change):
a skipped 02:30 is refused when typed, in plain words naming the clock change; a doubled 01:30 is
the earlier of the two, and said so wherever the deadline is shown."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import deadline_time
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

NEW_YORK = "America/New_York"
SPRING = dt.date(2027, 3, 14)  # 02:00 → 03:00 in New York
AUTUMN = dt.date(2027, 11, 7)  # 02:00 → 01:00 in New York


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def test_the_clock_changes_are_told_apart() -> None:
    assert deadline_time.clock_change(SPRING, "02:30", NEW_YORK) == deadline_time.SKIPPED
    assert deadline_time.clock_change(AUTUMN, "01:30", NEW_YORK) == deadline_time.TWICE
    assert deadline_time.clock_change(SPRING, "03:30", NEW_YORK) == ""
    assert deadline_time.clock_change(dt.date(9999, 12, 31), "23:00", "America/Los_Angeles") == ""


@pytest.mark.usefixtures("tree_catalogue")
def test_a_skipped_time_is_refused_in_both_languages(db: Database) -> None:
    with db.transaction() as s, pytest.raises(PipelineError) as refused:
        project_service.create_project(
            s, title_en="GEF call", deadline=SPRING, deadline_time="02:30", deadline_zone=NEW_YORK
        )
    assert "does not exist in America/New_York" in str(refused.value)
    assert "clocks go forward" in str(refused.value)
    assert "03:30" in str(refused.value)
    chinese = localize(str(refused.value), "zh_CN")
    assert "时钟拨快" in chinese and "2027年3月14日" in chinese, chinese


def test_a_doubled_time_is_the_earlier_and_says_so() -> None:
    beijing = ZoneInfo("Asia/Shanghai")
    at = deadline_time.moment(AUTUMN, "01:30", NEW_YORK)
    assert at is not None and at.utcoffset() == dt.timedelta(hours=-4)  # still summer time: the earlier
    words = deadline_time.describe(AUTUMN, "01:30", NEW_YORK, "en", beijing)
    assert words.startswith("7 Nov 2027 13:30 (01:30 New York)")
    assert "comes twice" in words and "the earlier" in words
    assert "较早" in deadline_time.describe(AUTUMN, "01:30", NEW_YORK, "zh_CN", beijing)


def test_a_skipped_time_from_another_office_is_kept_and_flagged() -> None:
    """Stored by an older petdesk or another office: kept as it came (no data lost), read as the
    moment the clock shows after the change, and said so."""
    words = deadline_time.describe(SPRING, "02:30", NEW_YORK, "en", ZoneInfo("Asia/Shanghai"))
    assert words.startswith("14 Mar 2027 15:30 (03:30 New York)"), words
    assert "does not exist" in words and "read as 03:30" in words


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_refuses_a_skipped_time_and_notes_a_doubled_one(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ("projects", "add", "--title-en", "GEF call", "--deadline-zone", NEW_YORK)
    code, _out, err = _run(db, capsys, *add, "--deadline", "2027-03-14", "--deadline-time", "02:30")
    assert code != 0 and "clocks go forward" in err, err
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", *add, "--deadline", "2027-03-14", "--deadline-time", "02:30"
    )
    assert code != 0 and "时钟拨快" in err, err
    with db.reading() as s:
        assert s.query(m.Project).count() == 0
    code, out, err = _run(db, capsys, *add, "--deadline", "2027-11-07", "--deadline-time", "01:30")
    assert code == 0, err
    assert "comes twice in New York" in out and "the earlier one" in out
    with db.reading() as s:
        pid = s.query(m.Project).one().id
    code, _out, err = _run(
        db, capsys, "projects", "set", pid[:8], "--deadline", "2027-03-14", "--deadline-time", "02:30"
    )
    assert code != 0 and "clocks go forward" in err, err
