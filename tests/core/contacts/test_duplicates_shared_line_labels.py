"""Which shared numbers are a switchboard (round 63, after round 62's shared lines): the import asks
the stored record how it holds the number, and a foreign mobile is known by its country code
without an office country."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.office_country import set_office_country
from petdesk.services import contacts as cs
from petdesk.services import duplicates as d
from petdesk.services import organisations as orgs
from petdesk.services.contacts import Method
from tests.helpers.office_kept import office

__all__ = ["office"]

WAYS = pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch"])


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
