"""Which shared numbers are a switchboard (round 63, after round 62's shared lines): the import asks
the stored record how it holds the number, and a foreign mobile is known by its country code
without an office country."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.office_country import set_office_country
from petdesk.services import contacts as cs
from petdesk.services import duplicates as d
from petdesk.services import importing
from petdesk.services import organisations as orgs
from petdesk.services.contacts import Method
from tests.helpers.office_kept import office

__all__ = ["office"]

SWITCHBOARD = "052-000-1111"
WAYS = pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch"])


def _import_colleague(db: Database, tmp_path: Path, stored_label: str, column: str) -> importing.ImportReport:
    """Kobayashi Kenta is known with SWITCHBOARD under ``stored_label``; a row of his colleague Mori
    Yumi brings the same number in a ``column`` column."""
    with db.transaction() as s:
        company = orgs.create_organisation(s, name_en="Midori Water KK").id
        cs.create_contact(
            s,
            family_name="Kobayashi",
            given_name="Kenta",
            organisation_id=company,
            methods=[Method("phone", SWITCHBOARD, stored_label)],
        )
    path = tmp_path / "colleague.csv"
    path.write_text(
        f"Family name,Given name,Organisation,{column}\nMori,Yumi,Midori Water KK,{SWITCHBOARD}\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        return importing.import_file(s, path)


def test_the_import_takes_a_line_stored_as_work_for_the_office_s_whatever_the_row_calls_it(
    db: Database, tmp_path: Path
) -> None:
    report = _import_colleague(db, tmp_path, "work", "Mobile")
    assert [(o.action, o.possible_match) for o in report.outcomes] == [("added", False)]


def test_the_import_takes_a_stored_mobile_as_evidence(db: Database, tmp_path: Path) -> None:
    report = _import_colleague(db, tmp_path, "mobile", "Phone")
    (row,) = report.outcomes
    assert (row.action, row.possible_match) == ("added", True)
    assert f"same phone {SWITCHBOARD} as Kenta Kobayashi" in row.reason


@WAYS
@pytest.mark.parametrize(
    "number", ["0049 151 23456789", "0044 7911 123456", "0081 90 1234 5678", "+1 202 555 0143"]
)
def test_a_foreign_mobile_of_colleagues_counts_without_an_office_country(
    db: Database, office: None, number: str, in_memory_limit: int
) -> None:
    set_office_country("")
    with db.transaction() as s:
        company = orgs.create_organisation(s, name_en="Acme GmbH").id
        for family, given in (("Müller", "Hans"), ("Schmidt", "Eva")):
            cs.create_contact(
                s,
                family_name=family,
                given_name=given,
                organisation_id=company,
                methods=[Method("phone", number)],
            )
    with db.reading() as s:
        (pair,) = d.rank_contact_duplicates(s, min_score=0.0, in_memory_limit=in_memory_limit).pairs
    assert any(number in reason for reason in pair.reasons)


@WAYS
def test_a_north_american_number_of_more_than_three_people_is_a_switchboard(
    db: Database, office: None, in_memory_limit: int
) -> None:
    """ "+1" numbers may be mobiles or not; shared by four it is an office's."""
    set_office_country("")
    with db.transaction() as s:
        for given in ("Ann", "Bob", "Cy", "Di"):
            cs.create_contact(
                s, family_name="Smith", given_name=given, methods=[Method("phone", "+1 202 555 0143")]
            )
    with db.reading() as s:
        assert d.rank_contact_duplicates(s, min_score=0.0, in_memory_limit=in_memory_limit).pairs == []
