"""A German delegation list in Excel (field test 99): "Name" beside "Vorname" is the family name, and
"Reisepassnummer", "Staatsangehörigkeit" ("deutsch") and "Gültig bis" are the passport's columns.
They were dropped (every passport number lost) and "Name" was read as a display name, so every
family name was lost with a warning nobody could act on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR


def test_karlsruhe_list_keeps_names_and_passports(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, DATA_DIR / "field99" / "karlsruhe_delegation.xlsx")
    assert (len(report.added), len(report.skipped)) == (8, 0)
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
    assert sorted(people) == sorted(
        ["Schäfer", "Weiß", "Öztürk", "Brenner", "Hoffmann", "Nguyen", "Keller", "Lang"]
    )
    schaefer = people["Schäfer"]
    assert (schaefer.given_name, schaefer.gender, schaefer.birthday) == ("Katrin", "f", "1972-04-18")
    assert (schaefer.passport_number, schaefer.passport_expiry) == ("C01X00T47", "2031-05-02")
    # German nationality adjectives, as such lists write them
    assert {n: p.nationality for n, p in people.items()} == {
        "Schäfer": "DE", "Weiß": "DE", "Öztürk": "DE", "Brenner": "DE", "Hoffmann": "DE", "Nguyen": "VN",
        "Keller": "CH", "Lang": "DE",
    }  # fmt: skip
    assert people["Lang"].passport_number == ""  # none yet: nothing made up


def test_name_alone_is_still_the_whole_name(db: Database, tmp_path: Path) -> None:
    """Without a "Vorname" column, "Name" is the whole name, as before."""
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,E-Mail\nKatrin Schäfer,k@example.org\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
    assert (person.given_name, person.family_name) == ("Katrin", "Schäfer")
