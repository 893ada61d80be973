"""A workbook of several sheets (field test 101: the Changsha hub's 合作机构, 联系人, 来访记录 … in one file):
import-contacts read the first sheet only, so the people of 联系人 could not be imported at all, and
reading 合作机构 as people skipped every row without saying the workbook had other sheets."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.helpers.changsha_workbook import write_workbook


def test_the_sheet_named_is_read(tmp_path: Path) -> None:
    book = write_workbook(tmp_path / "hub.xlsx")
    loaded = importing.load_file(book, sheet="联系人")
    names = [r.family_name_zh + r.given_name_zh for r in loaded.iter_records()]
    assert names == ["王建国", "李芳", "陈志强"]
    assert "姓名" in importing.read_table(book, sheet="联系人").headers
    with pytest.raises(importing.ImportFileError, match="no worksheet named “People”"):
        importing.load_file(book, sheet="People")


def test_cli_sheet_option_and_the_other_sheets_said(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = write_workbook(tmp_path / "hub.xlsx")
    cli = ["--db", str(db.path), "--lang", "en"]
    assert main([*cli, "import-contacts", "--dry-run", str(book)]) == 0
    err = capsys.readouterr().err
    assert (
        "hub.xlsx: read the first worksheet, 合作机构, of 5 (联系人, 来访记录, 培训, 项目: --sheet NAME)"
        in err
    )
    assert main([*cli, "import-contacts", "--sheet", "联系人", str(book)]) == 0
    capsys.readouterr()
    with closing(sqlite3.connect(db.path)) as conn:
        people = sorted(r[0] for r in conn.execute("SELECT family_name_zh || given_name_zh FROM contact"))
    assert people == sorted(["王建国", "李芳", "陈志强"])
