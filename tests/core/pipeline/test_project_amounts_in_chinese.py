"""Field projfollow60: the Chinese project list showed €80,000.50 as "8万欧元" above a total of
"330,000.50欧元" (the row rounded to 万, the total did not); one rule now, every cent in both, and the
project's own lines read "编号：", with the full-width colon of a Chinese sentence."""

from __future__ import annotations

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service


def test_rows_and_totals_show_the_same_cents(db: Database, capsys) -> None:
    with db.transaction() as s:
        small = project_service.create_project(s, title_zh="污泥干化", amount=80_000.50, currency="EUR").id
        project_service.create_project(s, title_zh="热泵", amount=250_000, currency="EUR")
    assert main(["--db", str(db.path), "--lang", "zh_CN", "projects"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "污泥干化" in line)
    assert "80,000.50欧元" in row and "8万" not in row
    assert "330,000.50欧元" in out
    assert "25万欧元" in out  # a round amount keeps its 万: it loses nothing
    assert main(["--db", str(db.path), "--lang", "zh_CN", "project", small[:8]]) == 0
    shown = capsys.readouterr().out
    assert f"编号：{small}" in shown and "编号:" not in shown
    assert "80,000.50欧元" in shown
