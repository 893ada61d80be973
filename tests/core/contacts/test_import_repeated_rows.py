"""A row that repeats an earlier row of the same file says so (field test 57: the partner's list had
王磊 twice, and the import called the second "already up to date", as if he had been in petdesk before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.chengdu_lists import wps_attendees


def test_the_repeated_row_is_named_as_one(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = wps_attendees(tmp_path / "参会人员名单.xlsx")
    assert main(["--db", str(db.path), "import-contacts", "--dry-run", "-v", str(book)]) == 0
    lines = capsys.readouterr().out.splitlines()
    repeated = next(line for line in lines if " row     8 " in line)
    assert "skipped" in repeated and "as line 3 of the file (王磊): the row repeats it" in repeated
    assert main(["--db", str(db.path), "import-contacts", str(book)]) == 0
    out = capsys.readouterr().out
    assert "6 added, 0 updated, 1 skipped" in out
    assert "skipped 1: repeats an earlier row of the file" in out and "up to date" not in out
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Contact)) == 6
    # imported again: now every row is in petdesk before, and says so
    assert main(["--db", str(db.path), "import-contacts", str(book)]) == 0
    assert "skipped 7: already up to date" in capsys.readouterr().out
