"""The same phone number is the same line, compared whole (field test 35): "138 0013 8004" and
"158 0013 8004" are two people's mobiles, though their last nine digits agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import duplicates, duplicates_on_save, importing
from petdesk.services import duplicates as d
from petdesk.services.contacts import Method
from petdesk.services.matching import phone_key, same_method_key
from tests.core.contacts.io_helpers import add_contact

#: One line written two ways.
SAME_LINE = [
    ("+86 138 0013 8004", "13800138004"),
    ("0086 138 0013 8004", "13800138004"),
    ("86 138 0013 8004", "+86 138-0013-8004"),
    ("+86 10 6512 3456", "010-6512-3456"),
    ("(010) 65123456", "0086 10 6512 3456"),
    ("+49 30 1234567", "030 1234567"),
    ("0049 30 1234567", "+49 (0)30 1234567"),
    ("+49 030 1234567", "+49 30 1234567"),
    ("+49 170 1234567", "0170 1234567"),
    ("1065123456", "+86 10 6512 3456"),  # a trunk zero a spreadsheet dropped
]


@pytest.mark.parametrize("one, other", SAME_LINE)
def test_one_line_written_several_ways_has_one_key(one: str, other: str) -> None:
    assert phone_key(one) == phone_key(other)
    assert d._phone_key(one) == d._phone_key(other) == phone_key(one)


@pytest.mark.parametrize(
    "one, other",
    [
        ("138 0013 8004", "158 0013 8004"),  # two Chinese mobiles, same last nine digits
        ("+86 138 0013 8004", "+86 158 0013 8004"),
        ("13800138004", "0086 158 0013 8004"),
        ("010 6512 3456", "020 6512 3456"),  # Beijing and Guangzhou
        ("+86 10 6512 3456", "+86 20 6512 3456"),
        ("+49 30 1234567", "+49 40 1234567"),  # Berlin and Hamburg
        ("6512 3456", "+86 10 6512 3456"),  # a local number without its area code
    ],
)
def test_different_lines_have_different_keys(one: str, other: str) -> None:
    assert phone_key(one) != phone_key(other)
    assert d._phone_key(one) != d._phone_key(other)
    assert same_method_key("phone", one) != same_method_key("phone", other)


def _two_mobiles(db: Database) -> tuple[str, str, str]:
    """Two people whose mobiles share their last nine digits, and a third with the first's number
    written with its country code."""
    with db.transaction() as s:
        first = add_contact(
            s,
            family_name="Zhao",
            given_name="Min",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "138 0013 8004")],
        ).id
        second = add_contact(
            s,
            family_name="Zhao",
            given_name="Mingyu",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "158 0013 8004")],
        ).id
        same = add_contact(
            s,
            family_name="Zhao",
            given_name="M.",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 138 0013 8004")],
        ).id
    return first, second, same


def _phone_pairs(pairs: list[duplicates.DuplicatePair]) -> set[frozenset[str]]:
    return {frozenset(p.key) for p in pairs if any("same phone" in r for r in p.reasons)}


@pytest.mark.parametrize("at_scale", [False, True])
def test_two_mobiles_alike_in_nine_digits_are_no_duplicate(
    db: Database, monkeypatch: pytest.MonkeyPatch, at_scale: bool
) -> None:
    if at_scale:
        monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    first, second, same = _two_mobiles(db)
    with db.reading() as s:
        pairs = duplicates.find_contact_duplicates(s)
        of_second = duplicates.duplicates_of(s, "contact", second)
        of_first = duplicates.duplicates_of(s, "contact", first)
    assert _phone_pairs(pairs) == {frozenset((first, same))}
    assert not _phone_pairs(of_second)
    assert _phone_pairs(of_first) == {frozenset((first, same))}


def test_both_ways_of_finding_duplicates_agree_on_phones(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In memory and in a scratch database, over numbers that are one line or only look alike."""
    numbers = [
        "138 0013 8004",
        "158 0013 8004",
        "+86 138 0013 8004",
        "0086 158 0013 8004",
        "+86 10 6512 3456",
        "010 6512 3456",
        "020 6512 3456",
        "+49 30 1234567",
        "030 1234567",
        "+49 40 1234567",
    ]
    with db.transaction() as s:
        for i, number in enumerate(numbers):
            add_contact(
                s,
                family_name="Person",
                given_name=f"Number{i}",
                methods=[(ContactChannel.PHONE, ChannelLabel.WORK, number)],
            )
    with db.reading() as s:
        in_memory = [(p.key, p.score, p.reasons) for p in duplicates.find_contact_duplicates(s)]
    monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    with db.reading() as s:
        at_scale = [(p.key, p.score, p.reasons) for p in duplicates.find_contact_duplicates(s)]
    assert in_memory == at_scale
    # 138 written twice, 158 twice, Beijing's line twice, Berlin's twice: no pair across lines
    assert sorted(reasons[0] for _, _, reasons in in_memory) == [
        "same phone +49 30 1234567",
        "same phone +86 10 6512 3456",
        "same phone 138 0013 8004",
        "same phone 158 0013 8004",
    ]


def test_the_import_does_not_take_another_mobile_for_a_possible_match(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        known = add_contact(
            s,
            family_name="Zhao",
            given_name="Min",
            methods=[(ContactChannel.PHONE, ChannelLabel.MOBILE, "138 0013 8004")],
        ).id
    path = tmp_path / "people.csv"
    path.write_text("Family name,Given name,Mobile\nZhao,Mingyu,158 0013 8004\n", encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert not report.updated and len(report.added) == 1
    added = report.added[0]
    assert not added.possible_match and known not in added.candidates
    with db.reading() as s:
        assert [cm.value for cm in s.get(m.Contact, known).methods] == ["138 0013 8004"]


def test_the_check_on_save_does_not_take_another_mobile_for_a_duplicate(db: Database) -> None:
    """A new contact's number meets the known one written with its country code, not another
    mobile with the same last nine digits."""
    first, second, same = _two_mobiles(db)

    def likely(number: str) -> set[str]:
        with db.reading() as s:
            found = duplicates_on_save.likely_duplicates(
                s,
                {"family_name_zh": "钱", "given_name_zh": "敏"},  # no namesake: found by the phone
                [Method(ContactChannel.PHONE, number)],
                None,
            )
        return {f.contact_id for f in found if any("same phone" in r for r in f.reasons)}

    assert likely("158 0013 8004") == {second}
    assert likely("0086 138 0013 8004") == {first, same}


def test_search_finds_every_spelling_the_phone_key_calls_the_same(db: Database) -> None:
    """Search folds the country code and trunk zero of a query; whatever the duplicate finder calls
    one number, searching one spelling finds the other."""
    from petdesk.services import search

    spellings = [pair for pair in SAME_LINE if phone_key(pair[0]) == phone_key(pair[1])]
    with db.transaction() as s:
        stored = {
            other: add_contact(
                s,
                family_name="Line",
                given_name=f"Nr{i}",
                methods=[(ContactChannel.PHONE, ChannelLabel.WORK, other)],
            ).id
            for i, (_, other) in enumerate(spellings)
        }
    with db.reading() as s:
        for one, other in spellings:
            found = {row.entity_id for row in search.search(s, one, kind=search.CONTACT)}
            assert stored[other] in found, (one, other)
