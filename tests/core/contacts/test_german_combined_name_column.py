"""A German list with one column for the whole name written "family, given" ("Name, Vorname" holding
"Müller, Hans"), and "Name der Organisation" / "Firma" / "Institution" columns: the combined column
gives the family and the given name, the person keeps the German name order (given name first), and
the organisation is read. The column named nothing petdesk knew, so every row was skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing


@pytest.mark.parametrize(
    ("name_header", "organisation_header"),
    [
        ("Name, Vorname", "Name der Organisation"),
        ("Nachname, Vorname", "Firma"),
        ("Familienname, Vornamen", "Institution"),
    ],
)
def test_family_comma_given_column(
    db: Database, tmp_path: Path, name_header: str, organisation_header: str
) -> None:
    sheet = tmp_path / "teilnehmer.csv"
    sheet.write_text(
        f"{name_header};{organisation_header};E-Mail\n"
        "Müller, Hans;Stadtwerke Karlsruhe GmbH;h.mueller@example.de\n"
        '"Weiß, Anna Maria";Karlsruher Institut für Technologie;a.weiss@example.de\n'
        "Jonas Becker;KIT;j.becker@example.de\n",  # no comma: a whole name as any other
        encoding="utf-8",
    )
    with db.transaction() as s:
        report = importing.import_file(s, sheet)
    assert (len(report.added), len(report.skipped)) == (3, 0)
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        hans, anna, jonas = people["Müller"], people["Weiß"], people["Becker"]
        assert (hans.given_name, anna.given_name, jonas.given_name) == ("Hans", "Anna Maria", "Jonas")
        assert hans.display_name("en") == "Hans Müller"
        assert hans.name_order != NameOrder.FAMILY_FIRST
        assert hans.current_affiliation().organisation.name_en == "Stadtwerke Karlsruhe GmbH"
        assert anna.current_affiliation().organisation.name_en == "Karlsruher Institut für Technologie"
