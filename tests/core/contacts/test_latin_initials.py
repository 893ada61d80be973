"""Given names written as initials, as Hong Kong writes them ("W.K. Chan", "WK Chan" for Chan Wai
Kin) and as English does ("J. P. Morgan"): an import took "WK" and "J.P." for the family name (a word
in capitals is a surname, as in "CHAN Tai Man"), and search found "W.K. Chan" by none of the ways
colleagues type it."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import contacts as cs
from petdesk.services import search
from petdesk.services.importing import _split_latin_name

SPLITS = {
    "J. P. Morgan": ("Morgan", "J. P.", NameOrder.GIVEN_FIRST),
    "J.P. Morgan": ("Morgan", "J.P.", NameOrder.GIVEN_FIRST),
    "W.K. Chan": ("Chan", "W.K.", NameOrder.GIVEN_FIRST),
    "WK Chan": ("Chan", "WK", NameOrder.GIVEN_FIRST),
    "HK Lee": ("Lee", "HK", NameOrder.GIVEN_FIRST),
    "Hk Lee": ("Lee", "Hk", NameOrder.GIVEN_FIRST),
    "CHAN W.K.": ("Chan", "W.K.", NameOrder.FAMILY_FIRST),
    "Chan WK": ("Chan", "WK", NameOrder.FAMILY_FIRST),
    # still a family name in capitals first, "NG" too though it has no vowel
    "CHAN Tai Man": ("Chan", "Tai Man", NameOrder.FAMILY_FIRST),
    "NG Wai Kin": ("Ng", "Wai Kin", NameOrder.FAMILY_FIRST),
}


@pytest.mark.parametrize(("written", "split"), SPLITS.items())
def test_initials_are_the_given_name(written: str, split: tuple[str, str, NameOrder]) -> None:
    assert _split_latin_name(written) == split


def test_a_name_is_found_by_its_given_names_initials(db: Database) -> None:
    with db.transaction() as s:
        for family, given in (("Chan", "W.K."), ("Chan", "Wai Kin"), ("Lee", "HK"), ("Morgan", "J. P.")):
            cs.create_contact(s, family_name=family, given_name=given)
        cs.create_contact(s, family_name="Chan", given_name="Mei")

    def found(query: str) -> set[str]:
        with db.reading() as s:
            return {r.name_en for r in search.search(s, query, kind="contact")}

    for query in ("WK Chan", "W.K. Chan", "Chan WK", "wk chan"):
        assert found(query) == {"W.K. Chan", "Wai Kin Chan"}, query
    assert found("W K Chan") == {"W.K. Chan", "Wai Kin Chan"}
    assert found("H.K. Lee") == {"HK Lee"}
    assert found("JP Morgan") == found("J.P. Morgan") == {"J. P. Morgan"}
