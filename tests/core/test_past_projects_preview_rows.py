"""projpreview62: the window's ``import-projects`` preview is a table, so the service gives it rows: one per
project (its name in the reader's language, funder, stage, amount in the reader's style, deadline) and
one per row skipped, each with the warnings the report printed under it, the rows with warnings first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects_preview import preview_rows
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DATA = Path(__file__).parents[1] / "data" / "import"


@pytest.fixture(autouse=True)
def _beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def _plan(db: Database, path: Path) -> past_projects.PastProjects:
    with db.reading() as s:
        return past_projects.plan_past_projects(s, path)


def test_rows_with_warnings_come_first_and_say_what_was_not_read(db: Database) -> None:
    rows = preview_rows(_plan(db, DATA / "projdeadline61" / "funder_call_excel.xlsx"), "en")
    assert [(r.row, r.name, bool(r.warnings)) for r in rows] == [
        (4, "Da Nang sludge drying", True),
        (2, "Mekong river monitoring", False),
        (3, "Hanoi landfill gas", False),
        (5, "Hue rainwater harvesting", False),
    ]
    assert rows[0].warnings == (
        # no "row 4: " before it: the table's Row column says it (preview64)
        "the deadline “TBC (spring)” is not a date petdesk can read: added without a deadline",
    )
    assert rows[0].amount == 120000 and rows[0].amount_text == "US$120,000.00"
    assert rows[1].deadline == dt.date(2027, 3, 31) and rows[1].deadline_text == "31 Mar 2027"
    assert rows[0].funder == "ADB (new)" and rows[0].stage == "Idea"
    assert all(r.stage and not r.skipped for r in rows)


def test_the_chinese_reader_gets_chinese_names_money_and_dates(db: Database, tree_catalogue: Path) -> None:  # noqa: F811
    plan = _plan(db, DATA / "projdeadline61" / "colleague_wps.xlsx")
    zh = preview_rows(plan, "zh_CN")
    en = {r.row: r for r in preview_rows(plan, "en")}
    for row in zh:
        assert row.title == en[row.row].title  # the same project, said in each reader's language
        if row.amount is not None:
            assert row.amount_text and row.amount_text != en[row.row].amount_text
        if row.deadline is not None:
            assert isinstance(row.deadline, dt.date) and "年" in row.deadline_text
    assert any(r.deadline is not None for r in zh)
    assert {r.funder for r in zh} == {"亚洲开发银行（新）"}
    assert [r.stage for r in zh] == ["概念说明"] * 4


def test_an_unknown_status_and_a_skipped_row_are_warnings_of_their_row(db: Database) -> None:
    plan = _plan(db, DATA / "projects" / "office_ledger_projects.xlsx")
    rows = preview_rows(plan, "en")
    unknown = [r for r in rows if "暂缓 → not known: kept at the first stage, idea" in r.warnings]
    assert unknown and all(r.stage == "Idea" for r in unknown)
    assert len([r for r in rows if r.skipped]) == len(plan.skipped)
    assert len([r for r in rows if not r.skipped]) == len(plan.planned)
    warned = [bool(r.warnings) for r in rows]
    assert warned == sorted(warned, reverse=True)
