"""``petdesk visits`` and ``petdesk report events`` count a visit's people by one rule when it has
an announced head count besides the participants entered: the participants, and those of the
delegation not named among its delegates. The list said 8 (the participants) and its totals by
country 8 (the head count) where the report said 11."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits as vs
from petdesk.services.year_events import year_events
from petdesk.services.year_events_report import country_table


def _visit(db: Database, title: str, *, head_count: int | None, roles: list[str], day: int) -> None:
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en=title, start_date=dt.date(2027, 3, day), end_date=dt.date(2027, 3, day + 2)
        )
        visit.country, visit.head_count = "VN", head_count
        for n, role in enumerate(roles):
            person = m.Contact(family_name=f"{title}{n}", given_name="Anna")
            s.add(person)
            s.flush()
            vs.add_participant(s, visit.id, person.id, role=role)


def test_the_list_and_the_report_count_the_same_people(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 8 announced, 5 of them entered with 2 hosts and an interpreter: 8 entered, 3 unnamed
    _visit(db, "Hanoi", head_count=8, roles=["head", *["delegate"] * 4, "host", "host", "interpreter"], day=2)
    # announced fewer than entered: the participants
    _visit(db, "Hue", head_count=2, roles=["head", "delegate", "delegate", "host"], day=10)
    _visit(db, "Danang", head_count=None, roles=["head", "host"], day=20)
    assert main(["--db", str(db.path), "visits", "--from", "2027-01-01", "--to", "2027-12-31"]) == 0
    listed = capsys.readouterr().out
    in_list = {
        title: int(n) for title, n in re.findall(r"(Hanoi|Hue|Danang).*\(0 items, (\d+) people\)", listed)
    }
    out = tmp_path / "events.csv"
    assert main(["--db", str(db.path), "report", "events", "--year", "2027", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as fh:
        in_report = {row["Title (English)"]: int(row["People"]) for row in csv.DictReader(fh)}
    assert in_list == in_report == {"Hanoi": 11, "Hue": 4, "Danang": 2}
    # and the totals by country: 3 visits, 17 people in both
    assert re.search(r"Vietnam\s+3 visits, 17 people", listed), listed
    with db.reading() as s:
        _header, rows = country_table(year_events(s, date_from=dt.date(2027, 1, 1)), "en")
    assert [row[1:] for row in rows] == [[3, 17]]
