"""A "Title" column beside a "Position" column holds the person's title (field test 86): the
Indonesian ministry's list put "H.", "Dr." and "Ir." under "Title"; taken for a second position, the
titles were overwritten by the real positions and lost without a word."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.importing import guess_mapping
from tests.core.contacts.io_helpers import DATA_DIR


def test_title_is_the_honorific_beside_a_position_and_the_position_alone() -> None:
    headers = ["No.", "Title", "Name", "Position", "Organisation"]
    assert guess_mapping(headers) == {1: "honorific", 2: "full_name", 3: "position", 4: "organisation"}
    assert guess_mapping(["Title", "Name", "Organisation"])[0] == "position"  # a job title, alone


def test_the_delegation_list_keeps_its_titles(db: Database) -> None:
    with db.transaction() as s:
        result = importing.import_file(s, DATA_DIR / "field86" / "delegation_list.xlsx")
    assert (len(result.added), len(result.skipped)) == (12, 0)
    with db.reading() as s:
        people = {c.name_latin: c for c in s.scalars(select(m.Contact))}
        titles = {name: c.honorific_en for name, c in people.items() if c.honorific_en}
        position = people["Suharto"].current_affiliation().position_en  # type: ignore[union-attr]
    assert titles == {
        "Suharso": "H.", "Sri Mulyani Indrawati": "Dr.", "Suharto": "Ir.", "Budi Santoso": "Dr.",
        "Ahmad Fauzi": "H.", "Agus Salim": "Ir.",
    }  # fmt: skip
    assert position == "Director General of Climate Change Control"
    assert (people["Wayan"].family_name, people["Wayan"].given_name) == ("Wayan", "")
