"""A city's needs list as a Development and Reform Commission sends it from WPS (field test 97):
its own headers (需求单位, 投资估算（万元）, 计划时间, 联系电话, 备注), amounts in 万元 written "约500" or
"300-500", planned months ("2027年3月"), a footnote under the table."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.db import Database
from petdesk.exchange import flat


def _workbook(path: Path, header: list[str], *rows: list[object]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "需求清单"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _needs(path: Path) -> dict[str, tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT title_zh, budget_min, budget_max, currency, deadline, problem_zh FROM city_need"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


def test_a_budget_column_in_wan_chosen_by_hand_is_still_in_wan(db: Database, tmp_path: Path) -> None:
    """Field test 97: "投资估算（万元）" mapped to budget_max by hand stored 1,200万元 as 1,200 yuan."""
    header = ["需求名称", "城市", "金额（万元）"]
    path = _workbook(tmp_path / "needs.xlsx", header, ["水质监测", "兰州市", 1200])
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs", {"金额（万元）": "budget_max"})
    assert _needs(db.path)["水质监测"][:3] == (None, 12_000_000, "CNY")


COMMISSION_HEADER = [
    "序号",
    "需求单位",
    "需求名称",
    "具体描述",
    "投资估算（万元）",
    "计划时间",
    "联系人",
    "联系电话",
    "备注",
]


def test_a_commissions_headers_are_known_and_phone_and_remarks_kept(db: Database, tmp_path: Path) -> None:
    """Field test 97: six of the commission's nine headers were "columns petdesk cannot place", and
    联系人 with 联系电话 were "two columns for contact": the list could not be imported as sent."""
    row = [
        1,
        "兰州市生态环境局",
        "黄河水质监测",
        "12个自动站",
        1200,
        "2027-03-31",
        "马军",
        "0931-8456123",
        "需配套资金",
    ]
    path = _workbook(tmp_path / "needs.xlsx", COMMISSION_HEADER, row)
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    assert report.added == ["黄河水质监测"]
    budget_min, budget_max, currency, deadline, problem = _needs(db.path)["黄河水质监测"]
    assert (budget_min, budget_max, currency, deadline) == (None, 12_000_000, "CNY", "2027-03-31")
    assert problem == "12个自动站\n联系人：马军 0931-8456123\n备注：需配套资金"
    with closing(sqlite3.connect(db.path)) as conn:
        (city,) = conn.execute(
            "SELECT name_zh FROM organisation WHERE name_zh = '兰州市生态环境局'"
        ).fetchone()
    assert city == "兰州市生态环境局"


def test_approximate_and_range_budgets_and_planned_months(db: Database, tmp_path: Path) -> None:
    """Field test 97: "约500", "300-500", "2027年3月" and "2027年" each refused the whole list. A range
    fills both ends; an approximate amount and a month or year alone are read and said, and the
    bureau's "约500" stays with the problem as written."""
    header = ["需求名称", "需求单位", "投资估算（万元）", "计划时间"]
    path = _workbook(
        tmp_path / "needs.xlsx",
        header,
        ["飞灰处置", "兰州市城市管理委员会", "约500", "2027年3月"],
        ["VOCs治理", "兰州新区管委会", "300-500", "2027年"],
        ["污泥干化", "兰州市水务局", "2,800", "46539"],  # a serial typed as text
    )
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    needs = _needs(db.path)
    assert needs["飞灰处置"][:4] == (None, 5_000_000, "CNY", "2027-03-31")
    assert needs["飞灰处置"][4] == "预算：约500万元"
    assert needs["VOCs治理"][:4] == (3_000_000, 5_000_000, "CNY", "2027-12-31")
    assert needs["污泥干化"][:4] == (None, 28_000_000, "CNY", "2027-06-01")
    assert report.warnings == [
        "needs.xlsx, row 2: the budget 约500 is approximate: 500 is taken as its upper end",
        "needs.xlsx, row 2: the deadline 2027年3月 is a month: its last day, 2027-03-31, is taken",
        "needs.xlsx, row 3: the deadline 2027年 is a year: its last day, 2027-12-31, is taken",
    ]


def test_a_cell_that_says_its_own_wan_is_not_multiplied_again(db: Database, tmp_path: Path) -> None:
    """A 万元 column's cell "500万元" was 500万 × 10,000 (50亿), and a range "300-500万元" read its
    lower end as 300 yuan beside an upper end of 5,000,000 (the unit after the range is both ends')."""
    path = _workbook(
        tmp_path / "needs.xlsx",
        ["需求名称", "需求单位", "投资估算（万元）"],
        ["飞灰处置", "兰州市城市管理委员会", "500万元"],
        ["VOCs治理", "兰州新区管委会", "300-500万元"],
        ["污泥干化", "兰州市水务局", "约 1.2亿元"],
    )
    plain = _workbook(
        tmp_path / "yuan.xlsx", ["需求名称", "需求单位", "投资估算"], ["河道治理", "兰州市", "300-500万"]
    )
    with db.transaction() as s:
        flat.import_catalogue(s, path, "needs")
        flat.import_catalogue(s, plain, "needs")
    needs = _needs(db.path)
    assert needs["飞灰处置"][:2] == (None, 5_000_000)
    assert needs["VOCs治理"][:2] == (3_000_000, 5_000_000)
    assert needs["污泥干化"][1] == 120_000_000 and needs["污泥干化"][4] == "预算：约 1.2亿元"
    assert needs["河道治理"][:2] == (3_000_000, 5_000_000)


def test_a_deadline_that_is_no_date_is_still_refused(db: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "needs.xlsx", ["需求名称", "计划时间"], ["飞灰处置", "尽快"], ["污泥", "2027年13月"]
    )
    with db.transaction() as s, pytest.raises(flat.CatalogueRowsError) as caught:
        flat.import_catalogue(s, path, "needs")
    assert len(caught.value.problems) == 2


def test_a_footnote_under_the_table_is_said_not_dropped_in_silence(db: Database, tmp_path: Path) -> None:
    """Field test 97: the commission's footnote (in the 序号 column, which is left out) vanished without
    a word; the user is told what was skipped."""
    path = _workbook(
        tmp_path / "needs.xlsx",
        ["序号", "需求名称", "需求单位"],
        [1, "飞灰处置", "兰州市城市管理委员会"],
        ["注：投资估算单位为万元，以最终批复为准。"],
    )
    with db.transaction() as s:
        report = flat.import_catalogue(s, path, "needs")
    assert report.added == ["飞灰处置"]
    assert report.warnings == [
        "needs.xlsx, row 3: only columns left out are filled (注：投资估算单位为万元，以最终批复为准。), "
        "not imported"
    ]


def test_the_needs_lists_say_each_budget_and_sort_by_it(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Field test 97: neither `petdesk needs` nor the window's list said any amount, so the city's
    largest needs could not be found to prepare the delegation's meeting."""
    from petdesk.cli import main
    from petdesk.services import pipeline_lists

    path = _workbook(
        tmp_path / "needs.xlsx",
        ["需求名称", "需求单位", "投资估算（万元）"],
        ["飞灰处置", "兰州市城市管理委员会", "约500"],
        ["污泥干化", "兰州市水务局", "2,800"],
        ["VOCs治理", "兰州新区管委会", "300-500"],
    )
    assert main(["--db", str(db.path), "import-needs", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "needs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("至多2,800万元  污泥干化" in line for line in lines), lines
    assert any("300万元 – 500万元  VOCs治理" in line for line in lines), lines
    query = pipeline_lists.needs("zh_CN")
    title, budget = (1 + [c.key for c in query.columns].index(k) for k in ("title", "budget"))
    with db.reading() as s:
        rows = query.page(s, offset=0, limit=10, sort_key="budget", descending=True)
    listed = [(r[title], r[budget]) for r in rows]
    assert listed[0] == ("污泥干化", 28_000_000)  # the largest first; the two of 500万 in either order
    assert sorted(listed[1:]) == [("VOCs治理", 5_000_000), ("飞灰处置", 5_000_000)]
