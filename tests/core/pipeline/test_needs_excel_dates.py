"""A needs file saved by Excel on Chinese Windows writes its date cells as "2027/6/30" (the cell's
display format) and a bureau types "2027.6.30" or "2027年6月30日": all are deadlines (field test 81:
every row of Lanzhou's file was refused for its deadline). A date that reads two ways is not guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.services.needs import list_needs


def _gbk(path: Path, deadline: str) -> Path:
    rows = ["需求名称,城市,领域,截止日期", f"荒漠化防治,兰州市,土壤,{deadline}"]
    path.write_bytes("\r\n".join(rows).encode("gbk") + b"\r\n")
    return path


@pytest.mark.parametrize(
    "cell", ["2027/6/30", "2027.6.30", "2027年6月30日", "2027-06-30", "2027-06-30 00:00:00"]
)
def test_deadlines_as_excel_and_bureaus_write_them(db: Database, tmp_path: Path, cell: str) -> None:
    with db.transaction() as session:
        flat.import_catalogue(session, _gbk(tmp_path / "needs.csv", cell), "needs")
    with db.transaction() as session:
        assert [n.deadline for n in list_needs(session)] == [dt.date(2027, 6, 30)]


@pytest.mark.parametrize("cell", ["5/6/2027", "6月30日", "next June"])
def test_a_deadline_that_reads_two_ways_or_has_no_year_is_refused(
    db: Database, tmp_path: Path, cell: str
) -> None:
    with db.transaction() as session, pytest.raises(flat.CatalogueRowsError) as refused:
        flat.import_catalogue(session, _gbk(tmp_path / "needs.csv", cell), "needs")
    assert refused.value.problems == [
        f"needs.csv, line 2: deadline must be a date like 2027-03-31, not “{cell}”"
    ]
