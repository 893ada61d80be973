"""``petdesk import-needs`` and ``petdesk needs`` after this round's field tests: a refused budget names
the field in the reader's words in both languages (the Chinese said "budget_max 须为数字"), "约300-500" is
the range 300 to 500, said to be approximate as "约500" is, a problem's later lines stay under its first
line, and the list's deadline column holds "2027年12月31日" without pushing the budgets out of line."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.columns import width
from petdesk.db import Database
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

HEADER = "city,sector,title_zh,problem_zh,budget_max,deadline\n"


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("tree_catalogue")
def test_a_refused_budget_is_named_in_words(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "needs.csv"
    file.write_text(HEADER + "深圳,水处理,管网漏损,漏损率高,面议,2027-12-31\n", encoding="utf-8")
    code, _out, err = _run(db, capsys, "import-needs", str(file))
    assert code != 0 and "the budget's upper end must be a number, not “面议”" in err
    assert "budget_max" not in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "import-needs", str(file))
    assert code != 0 and "预算上限须为数字" in err and "budget_max" not in err


@pytest.mark.usefixtures("tree_catalogue")
def test_an_approximate_range_and_the_need_shown(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "needs.csv"
    file.write_text(
        HEADER
        + '深圳,水处理,管网漏损,"漏损率高\n老城区管网",约300-500,2027-12-31\n'
        + "深圳,大气污染防治,VOCs治理,,80,2027-01-05\n",
        encoding="utf-8",
    )
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "import-needs", str(file))
    assert code == 0, err
    assert "预算 约300-500 为约数：按 300 至 500 的范围计" in err
    code, out, _err = _run(db, capsys, "needs", "--json")
    needs = {n["title_zh"]: n for n in __import__("json").loads(out)["needs"]}
    assert (needs["管网漏损"]["budget_min"], needs["管网漏损"]["budget_max"]) == (300, 500)

    code, out, _err = _run(db, capsys, "--lang", "zh_CN", "needs")
    rows = [line for line in out.splitlines() if "管网漏损" in line or "VOCs" in line]
    assert len(rows) == 2 and "2027年12月31日" in rows[0] + rows[1]
    # the budget column ends at the same terminal column on every row
    ends = [width(row[: row.index(" 管网漏损" if "管网漏损" in row else " VOCs治理")]) for row in rows]
    assert ends[0] == ends[1]

    code, out, _err = _run(db, capsys, "needs", needs["管网漏损"]["id"][:8])
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  problem (Chinese): 漏损率高"))
    indent = " " * width("  problem (Chinese): ")
    assert lines[first + 1] == f"{indent}老城区管网"
    assert lines[first + 2] == f"{indent}预算：约300-500"
