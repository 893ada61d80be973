"""projdeadline61: ``import-projects`` read a funder's "Application deadline" column not at all, and
skipped every row whose deadline carried a time with its UTC offset (as petdesk's own overview writes
it since round 60) or could not be read: the pipeline's deadline warnings never fired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import deadline_time, past_projects
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DATA = Path(__file__).parents[1] / "data" / "import" / "projdeadline61"
EXCEL = DATA / "funder_call_excel.xlsx"
WPS = DATA / "colleague_wps.xlsx"


@pytest.fixture(autouse=True)
def _beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's clock in Beijing, whatever the machine's."""
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def _deadlines(db: Database, path: Path) -> dict[str, tuple[dt.date | None, str, str]]:
    with db.transaction() as s:
        past_projects.import_past_projects(s, path)
    with db.reading() as s:
        rows = s.execute(select(m.Project)).scalars()
        return {p.title_en or p.title_zh: (p.deadline, p.deadline_time, p.deadline_zone) for p in rows}


def test_an_application_deadline_column_is_stored_where_the_editor_keeps_it(db: Database) -> None:
    got = _deadlines(db, EXCEL)
    assert got == {
        "Mekong river monitoring": (dt.date(2027, 3, 31), "", ""),
        # 17:00 at UTC-04:00 is 05:00 next morning in Beijing; the moment is kept whole
        "Hanoi landfill gas": (dt.date(2027, 3, 31), "17:00", "Etc/GMT+4"),
        "Da Nang sludge drying": (None, "", ""),  # no date in the cell: kept, without a deadline
        "Hue rainwater harvesting": (None, "", ""),
    }
    at = deadline_time.moment(*got["Hanoi landfill gas"])
    assert at is not None and at.astimezone(dt.UTC) == dt.datetime(2027, 3, 31, 21, 0, tzinfo=dt.UTC)


def test_wps_sheet_in_chinese_with_a_beijing_offset(db: Database) -> None:
    got = _deadlines(db, WPS)
    assert got == {
        "苏州河底泥修复": (dt.date(2027, 3, 31), "", ""),
        "昆明滇池蓝藻监测": (dt.date(2027, 3, 31), "", ""),
        "成都餐厨垃圾处理": (dt.date(2027, 3, 31), "17:00", "Asia/Shanghai"),  # UTC+8 is the office's
        "兰州污水再生利用": (None, "", ""),
    }


def test_each_header_names_the_deadline(db: Database, tmp_path: Path) -> None:
    """ "Application deadline" was not read at all; the others were, and still are."""
    read = {}
    for header in ("Deadline", "Application deadline", "截止日期", "申报截止", "申报截止日期"):
        sheet = tmp_path / "projects.csv"
        sheet.write_text(f"项目名称,资金来源,{header}\n甲,GIZ,2027年3月31日\n", "utf-8")
        with db.reading() as s:
            read[header] = [p.deadline for p in past_projects.plan_past_projects(s, sheet).planned]
    assert set(map(tuple, read.values())) == {(dt.date(2027, 3, 31),)}, read


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_an_unread_deadline_is_said_with_its_row_and_text_and_the_row_kept(db: Database) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, EXCEL)
    assert not plan.skipped
    assert len(plan.planned) == 4
    en = past_projects.report_lines(plan, "en", dry_run=True)
    unread = "row 4: the deadline “TBC (spring)” is not a date petdesk can read: added without a deadline"
    assert f"        {unread}" in en
    zh = "\n".join(past_projects.report_lines(plan, "zh_CN", dry_run=True))
    assert "第 4 行" in zh and "TBC (spring)" in zh


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_preview_shows_each_deadline_in_both_languages(db: Database) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, EXCEL)
    en = "\n".join(past_projects.report_lines(plan, "en", dry_run=True))
    assert "deadline 31 Mar 2027" in en
    assert "deadline 1 Apr 2027 05:00 (31 Mar 17:00 UTC−04:00)" in en
    zh = "\n".join(past_projects.report_lines(plan, "zh_CN", dry_run=True))
    assert "截止日期 2027年4月1日 05:00（3月31日 17:00 UTC−04:00）" in zh


def test_a_time_without_an_offset_keeps_the_day_and_says_so(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text("Project,Funder,Deadline\nA,GIZ,2027-03-31 17:00\n", "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    (got,) = plan.planned
    assert (got.deadline, got.deadline_time, got.deadline_zone) == (dt.date(2027, 3, 31), "", "")
    (line,) = [x for x in past_projects.report_lines(plan, "en") if "UTC offset" in x]
    assert "row 2" in line and "17:00" in line


def test_importing_the_same_sheet_again_adds_and_changes_nothing(db: Database) -> None:
    first = _deadlines(db, EXCEL)
    assert first["Hanoi landfill gas"] == (dt.date(2027, 3, 31), "17:00", "Etc/GMT+4")
    with db.reading() as s:
        changed = {p.id: p.updated_at for p in s.execute(select(m.Project)).scalars()}
    with db.transaction() as s:
        again = past_projects.import_past_projects(s, EXCEL)
    assert again.added == [] and len(again.skipped) == 4
    lines = past_projects.report_lines(again, "en")
    assert not any("updated" in line for line in lines)
    with db.reading() as s:
        assert {p.id: p.updated_at for p in s.execute(select(m.Project)).scalars()} == changed
    assert _deadlines_now(db) == first


def _deadlines_now(db: Database) -> dict[str, tuple[dt.date | None, str, str]]:
    with db.reading() as s:
        rows = s.execute(select(m.Project)).scalars()
        return {p.title_en or p.title_zh: (p.deadline, p.deadline_time, p.deadline_zone) for p in rows}


def test_a_deadline_that_reads_two_ways_keeps_its_row_and_says_why(db: Database, tmp_path: Path) -> None:
    """05/08/2027 with no office country to tell the day from the month: the row was skipped whole."""
    sheet = tmp_path / "projects.csv"
    sheet.write_text("Project,Funder,Deadline\nA,GIZ,05/08/2027\n", "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert not plan.skipped
    (got,) = plan.planned
    assert got.deadline is None
    said = [n.sentence for n in got.notes]
    assert said[0] == past_projects.DEADLINE_UNREAD and len(said) == 2  # and why it cannot be read
