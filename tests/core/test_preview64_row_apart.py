"""preview64: the import-projects preview (File › Import Past Projects…) is a table whose first column is
the sheet's row, yet each warning began "row 4: …" ("第 4 行：…"): the number repeated in every warning
cell. The service keeps the row in the note's values, apart from the sentence; the table's rows say
the sentence alone, the command line's report (read outside any table) keeps "row 4:"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects_preview import preview_rows
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

SHEET = (
    "Project,Funder,Status,Date submitted,Deadline\n"
    "Lake sensors,GIZ,submitted,TBC,soon\n"
    "Sludge drying,GIZ,submitted,2026-02-01,2027-03-31 17:00\n"
)
#: each of the sentences that name their row, by its row and the words that tell it apart
SAID = {
    "en": {2: ("“TBC” is not a date", "the deadline “soon”"), 3: ("the deadline's time 17:00",)},
    "zh_CN": {2: ("“TBC”不是", "截止日期“soon”"), 3: ("截止日期的时间 17:00",)},
}
PLACED = {"en": r"^row \d", "zh_CN": r"^第 \d+ 行"}


@pytest.fixture(autouse=True)
def _beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_preview_says_no_row_number_the_report_does(db: Database, tmp_path: Path, locale: str) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(SHEET, "utf-8")
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert len(plan.planned) == 2 and not plan.skipped
    rows = {r.row: r for r in preview_rows(plan, locale)}
    report = past_projects.report_lines(plan, locale, dry_run=True)
    for row, words in SAID[locale].items():
        for said in words:
            cell = [w for w in rows[row].warnings if said in w]
            assert len(cell) == 1, rows[row].warnings
            assert not re.search(PLACED[locale], cell[0]), cell  # the Row column says it
            assert not re.search(r"(row|行)\W*\d|\d\W*行", cell[0]), cell
            line = [x.strip() for x in report if said in x]
            assert len(line) == 1, report
            assert re.search(PLACED[locale], line[0]) and f"{row}" in line[0], line  # read outside a table
