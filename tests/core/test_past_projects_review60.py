"""review60: a Chinese office's own project sheet read by ``import-projects`` after fieldcoop60 added
the currency and co-financing columns. Such sheets write the currency as a word ("人民币", "美元",
"RMB") and the co-financing in the same 万元 as the amount requested."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import past_projects


def test_a_currency_written_as_a_word_is_read_not_skipped(db: Database, tmp_path: Path) -> None:
    """Before fieldcoop60 the 币种 column was not read and these rows came in (as the office's yuan);
    after it every row was skipped as 'no currency code'."""
    sheet = tmp_path / "projects.csv"
    sheet.write_text(
        "项目名称,资金来源,币种,申报金额\n甲,GIZ,人民币,100\n乙,GIZ,美元,200\n丙,GIZ,RMB,300\n丁,GIZ,US$,400\n",
        "utf-8",
    )
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert not plan.skipped
    assert [(p.title, p.currency) for p in plan.planned] == [
        ("甲", "CNY"),
        ("乙", "USD"),
        ("丙", "CNY"),
        ("丁", "USD"),
    ]


def test_co_financing_in_wan_is_read_in_its_header_s_unit(db: Database, tmp_path: Path) -> None:
    """"配套资金（万元）" 50 is 500,000 yuan, as "申报金额（万元）" 100 is 1,000,000: it was read as 50."""
    sheet = tmp_path / "projects.csv"
    sheet.write_text("项目名称,资金来源,申报金额（万元）,配套资金（万元）\n甲,GIZ,100,50\n", "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert [(p.amount, p.cofinancing, p.currency) for p in plan.planned] == [(1_000_000, 500_000, "CNY")]
