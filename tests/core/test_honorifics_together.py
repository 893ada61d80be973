"""Two titles written together before a name, as Nairobi's and Cairo's lists write them ("Hon. Eng.
Daniel", "Dr. Bi. Amina"): both were taken off the given name, but together they were no known title,
so the Chinese side printed none (not 工程师 / 博士) and the gender of Bi. was lost (review of field
tests 117 and 118)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import honorifics


@pytest.mark.parametrize(
    ("written", "settled"),
    [
        (["Hon. Eng."], ("Hon. Eng.", "工程师", "")),
        (["Dr. Bi."], ("Dr. Bi.", "博士", "f")),
        (["Mr.", "Hon. Eng."], ("Hon. Eng.", "工程师", "m")),
        (["م. د."], ("م. د.", "工程师", "")),  # kept as written: not "Eng." alone
        (["Prof. Dr."], ("Prof. Dr.", "教授", "")),  # one known title, as before
        (["Bi. Xyz."], ("Bi. Xyz.", "", "")),  # a word petdesk does not know: kept as written
    ],
)
def test_titles_written_together(written: list[str], settled: tuple[str, str, str]) -> None:
    assert honorifics.settle(written) == settled


def test_import_of_two_titles_in_the_given_name(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "attendees.csv"
    rows = "First Name,Last Name\nHon. Eng. Daniel,Kiprono\nDr. Bi. Amina,Hassan\n"
    sheet.write_text(rows, encoding="utf-8")
    i18n.set_office_country("")
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", str(sheet)]) == 0
    capsys.readouterr()
    with db.transaction() as s:
        people = {c.given_name: c for c in s.scalars(select(m.Contact))}
    assert (people["Daniel"].honorific_en, people["Daniel"].honorific_zh) == ("Hon. Eng.", "工程师")
    assert (people["Amina"].honorific_zh, people["Amina"].gender) == ("博士", "f")
