"""Surnames spelled almost the same (field test 27, defect 3): "Anna Lindquist" beside "Anna
Lindqvist" is a pair, found the same way in memory and through the scratch database, while short
and pinyin surnames one letter apart (Li / Lu, Wang / Wan, Zhang / Zheng) are left alone."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import duplicates as d
from petdesk.services.matching import one_edit_apart, surnames_one_edit_apart
from tests.core.contacts.io_helpers import add_contact

BOTH_WAYS = pytest.mark.parametrize(
    "in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch database"]
)


def _email(value: str) -> list[tuple[ContactChannel, ChannelLabel, str]]:
    return [(ContactChannel.EMAIL, ChannelLabel.WORK, value)]


def _pairs(db: Database, min_score: float) -> dict[frozenset[str], d.DuplicatePair]:
    with db.reading() as s:
        return {
            frozenset((p.first_name, p.second_name)): p
            for p in d.find_contact_duplicates(s, min_score=min_score)
        }


def test_one_edit_apart() -> None:
    assert one_edit_apart("lindquist", "lindqvist")  # changed
    assert one_edit_apart("muller", "mueller")  # added
    assert one_edit_apart("schmidt", "schmid")  # dropped at the end
    assert not one_edit_apart("schmidt", "schmidt")
    assert not one_edit_apart("lindquist", "lindqvists")
    assert not one_edit_apart("abcd", "badc")


def test_close_surnames_leave_pinyin_syllables_apart() -> None:
    pairs = surnames_one_edit_apart(
        ["lindquist", "lindqvist", "zhang", "zheng", "zhong", "muller", "mueller"]
    )
    assert pairs == [("lindquist", "lindqvist"), ("mueller", "muller")]


@BOTH_WAYS
def test_a_surname_one_letter_apart_is_a_pair(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    with db.transaction() as s:
        add_contact(
            s, family_name="Lindquist", given_name="Anna", methods=_email("anna.lindqvist@ka.example")
        )
        add_contact(
            s, family_name="Lindqvist", given_name="Anna", methods=_email("anna.lindqvist@uba.example")
        )
        add_contact(s, family_name="Lindqvist", given_name="Karin")  # another given name: no pair
        add_contact(s, family_name="Schmidt", given_name="Jonas", methods=_email("info@a.example"))
        add_contact(s, family_name="Schmid", given_name="Jonas", methods=_email("info@b.example"))
    pairs = _pairs(db, min_score=0.05)
    anna = pairs[frozenset(("Anna Lindquist", "Anna Lindqvist"))]
    assert anna.score == 0.615  # boosted by the e-mail names: shown at the usual 0.5
    first, second = (
        ("Lindquist", "Lindqvist") if anna.first_name == "Anna Lindquist" else ("Lindqvist", "Lindquist")
    )
    assert anna.reasons[1] == f"surname spelled almost the same: {first} / {second}"
    assert anna.reasons[0].startswith("e-mail names alike: anna.lindqvist@")
    jonas = pairs[frozenset(("Jonas Schmidt", "Jonas Schmid"))]
    # "info@" at two firms says nothing of the person: the surname alone, weak
    assert (jonas.score, len(jonas.reasons)) == (0.3, 1)
    assert not any("Karin" in (p.first_name + p.second_name) for p in pairs.values())
    assert frozenset(("Anna Lindquist", "Anna Lindqvist")) in _pairs(db, min_score=0.5)


@BOTH_WAYS
def test_short_and_pinyin_surnames_do_not_flood_the_list(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    with db.transaction() as s:
        for family in ("Li", "Lu", "Wang", "Wan", "Zhang", "Zheng", "Zhong", "Chang", "Huang"):
            for given in ("Wei", "Na", "Jing"):
                for _ in range(3):
                    add_contact(s, family_name=family, given_name=given)
        # a surname shared by many people beside its variant: namesakes, not one person typed twice
        for _ in range(20):
            add_contact(s, family_name="Meyer", given_name="Hans")
        for _ in range(6):
            add_contact(s, family_name="Meier", given_name="Hans")
    reasons = [r for p in _pairs(db, min_score=0.0).values() for r in p.reasons]
    assert reasons  # the namesakes are there (same name)
    assert not [r for r in reasons if r.startswith("surname spelled")]
