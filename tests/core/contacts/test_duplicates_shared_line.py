"""A company's switchboard, shared by colleagues, makes no pair of duplicates (round 62: the Eight
sample's two colleagues at 株式会社ミドリ水処理, both with its TEL会社 number 052-000-1111, were
offered as one person). The names decide; a mobile number still counts."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates as d
from petdesk.services import importing
from petdesk.services import organisations as orgs
from petdesk.services.contacts import Method
from petdesk.services.duplicates_on_save import likely_duplicates
from tests.core.contacts.io_helpers import DATA_DIR

SWITCHBOARD = "052-000-1111"
#: Both ways of finding duplicates: in memory, and through the scratch database.
WAYS = pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch"])


def _company(db: Database, *people: tuple[str, str, str]) -> tuple[str, list[str]]:
    """The company's id and its contacts (family, given, phone label), each with its switchboard number."""
    with db.transaction() as s:
        company = orgs.create_organisation(s, name_zh="株式会社ミドリ水処理").id
        return company, [
            cs.create_contact(
                s,
                family_name_zh=family,
                given_name_zh=given,
                organisation_id=company,
                methods=[Method("phone", SWITCHBOARD, label)],
            ).id
            for family, given, label in people
        ]


def _pairs(db: Database, in_memory_limit: int) -> list[d.DuplicatePair]:
    with db.reading() as s:
        return d.rank_contact_duplicates(s, min_score=0.0, in_memory_limit=in_memory_limit).pairs


@WAYS
def test_colleagues_with_one_switchboard_are_no_pair(db: Database, in_memory_limit: int) -> None:
    company, (kobayashi, _) = _company(db, ("小林", "健太", "work"), ("森", "由美", "work"))
    assert _pairs(db, in_memory_limit) == []
    with db.reading() as s:
        assert d.duplicates_of(s, "contact", kobayashi) == []
        new = {"family_name_zh": "田中", "given_name_zh": "花子"}  # a new colleague
        assert likely_duplicates(s, new, [Method("phone", SWITCHBOARD)], company) == []


@WAYS
def test_the_same_person_twice_on_the_office_line_is_still_a_pair(db: Database, in_memory_limit: int) -> None:
    _company(db, ("小林", "健太", "work"), ("小林", "健太", "work"), ("森", "由美", "work"))
    (pair,) = _pairs(db, in_memory_limit)
    assert (pair.first_name, pair.second_name) == ("小林健太", "小林健太")
    assert pair.score >= 0.7
    assert not any(SWITCHBOARD in reason for reason in pair.reasons)  # the line is not cited


@WAYS
def test_a_mobile_shared_by_colleagues_still_counts(db: Database, in_memory_limit: int) -> None:
    _company(db, ("小林", "健太", "mobile"), ("森", "由美", "mobile"))
    (pair,) = _pairs(db, in_memory_limit)
    assert any(SWITCHBOARD in reason for reason in pair.reasons)


@WAYS
def test_a_number_of_more_than_three_people_is_a_switchboard(db: Database, in_memory_limit: int) -> None:
    with db.transaction() as s:  # no organisation recorded: the number alone says it is shared
        for given in ("一", "二", "三", "四"):
            cs.create_contact(
                s, family_name_zh="田中", given_name_zh=given, methods=[Method("phone", SWITCHBOARD)]
            )
    assert _pairs(db, in_memory_limit) == []


def test_the_import_no_longer_asks_about_the_eight_colleagues(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, DATA_DIR / "japancols62" / "eight_cards.csv")
    assert [(o.action, o.possible_match) for o in report.added] == [("added", False), ("added", False)]
    assert report.possible == 0


@WAYS
def test_a_mobile_of_four_records_still_counts(db: Database, in_memory_limit: int) -> None:
    """One person entered four times keeps their mobile on each record (labelled "work", the default)."""
    with db.transaction() as s:
        for given in ("一", "二", "三", "四"):
            cs.create_contact(
                s, family_name_zh="田中", given_name_zh=given, methods=[Method("phone", "13800138000")]
            )
    pairs = _pairs(db, in_memory_limit)
    assert len(pairs) == 6
    assert all(any("13800138000" in reason for reason in pair.reasons) for pair in pairs)
