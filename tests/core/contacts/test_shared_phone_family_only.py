"""A phone shared with a known person whose family name alone agrees is no proof of one person
(review 50b): an office switchboard is shared by colleagues, and Korean family names are few. 박지훈
"PARK Ji-hoon" on the number of the known "Minho Pak" renamed Minho into Ji-hoon, since 박's spellings
made "Pak" his family name too; "Jihoon Park" beside "Minho Park" did the same. Another spelling of
the same person (박서준 "PARK Seo-joon" / "Seojun Pak") still updates him."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import importing

PHONE = "+82 2 3456 7890"


def _import(
    db: Database, tmp_path: Path, known: tuple[str, str], row: tuple[str, str]
) -> importing.ImportReport:
    with db.transaction() as s:
        cs.create_contact(
            s, family_name=known[0], given_name=known[1], methods=[cs.Method(channel="phone", value=PHONE)]
        )
    path = tmp_path / "list.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["성명(국문)", "성명(영문)", "Phone"])
        w.writerow([row[0], row[1], PHONE])
    with db.transaction() as s:
        return importing.import_file(s, path)


def _names(db: Database) -> set[tuple[str, str]]:
    with db.reading() as s:
        return {(c.family_name, c.given_name) for c in s.scalars(select(m.Contact))}


@pytest.mark.parametrize(
    ("known", "row"),
    [(("Pak", "Minho"), ("박지훈", "PARK Ji-hoon")), (("Park", "Minho"), ("", "Jihoon Park"))],
)
def test_a_colleague_on_the_same_phone_is_added_not_renamed_into(
    db: Database, tmp_path: Path, known: tuple[str, str], row: tuple[str, str]
) -> None:
    report = _import(db, tmp_path, known, row)
    assert report.counts == {"added": 1}, report.counts
    names = _names(db)
    assert known in names and len(names) == 2, names


def test_the_same_person_under_another_spelling_is_still_updated(db: Database, tmp_path: Path) -> None:
    report = _import(db, tmp_path, ("Pak", "Seojun"), ("박서준", "PARK Seo-joon"))
    assert report.counts == {"updated": 1}, report.counts
    assert _names(db) == {("PARK", "Seo-joon")}
