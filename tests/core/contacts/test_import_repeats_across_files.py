"""A row of one file about a person another file of the same import adds says so (field test: 李静 on
the partner's XLSX and on the GBK CSV, imported together, was "already up to date" in the second file,
as if she had been in petdesk before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.chengdu_lists import gbk_attendees, wps_attendees
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def test_a_person_on_both_files_is_a_repeat_of_the_first(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = wps_attendees(tmp_path / "参会人员名单.xlsx")
    sheet = gbk_attendees(tmp_path / "第二批.csv")
    at = ["--db", str(db.path), "import-contacts"]
    assert main([*at, "--dry-run", "-v", str(book), str(sheet)]) == 0
    lines = capsys.readouterr().out.splitlines()
    li_jing = next(line for line in lines if line.startswith("第二批.csv") and "李静" in line)
    assert "skipped" in li_jing
    assert "as line 4 of 参会人员名单.xlsx (李静): the row repeats it" in li_jing
    assert main([*at, str(book), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "8 added, 0 updated, 2 skipped" in out  # 王磊 twice in the XLSX, 李静 on both
    assert "skipped 1: repeats a row of an earlier file" in out and "up to date" not in out
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 8
    # imported again: everyone was in petdesk before, in each file
    assert main([*at, str(book), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert "skipped 3: already up to date" in out and "earlier file" not in out


def test_a_chinese_reader_reads_it_in_chinese(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    book = wps_attendees(tmp_path / "a.xlsx")
    sheet = gbk_attendees(tmp_path / "b.csv")
    at = ["--db", str(db.path), "--lang", "zh_CN", "import-contacts"]
    assert main([*at, "--dry-run", "-v", str(book), str(sheet)]) == 0
    li_jing = next(
        line for line in capsys.readouterr().out.splitlines() if line.startswith("b.csv") and "李静" in line
    )
    assert "与文件 a.xlsx 第 4 行（李静）" in li_jing and "此行与之重复" in li_jing
    assert main([*at, str(book), str(sheet)]) == 0
    assert "跳过 1 条：与此前另一文件中的一行重复" in capsys.readouterr().out
