"""The importer's one-number-once rule parses only what it must (phones58) and settles as before."""

from __future__ import annotations

import random
from collections.abc import Iterator

import phonenumbers
import pytest

# the importer's first _settle_phones (every number parsed), kept as it was for the benchmark
from benchmarks.settle_phones import settle_phones_before

from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import importing
from petdesk.services.importing import ContactRecord

PHONE, FAX, EMAIL = ContactChannel.PHONE, ContactChannel.FAX, ContactChannel.EMAIL

#: Numbers as lists type them: one line in several forms, IDs for phones, words, extensions.
VALUES = [
    "0740 285 268",
    "254740285268",
    "+254 740 285 268",
    "23456789",
    "12345678",
    "0712345678",
    "+86 138 0013 8004",
    "13800138004",
    "(010) 6512 3456",
    "010-65123456",
    "65123456",
    "+86 10 6512 3456",
    "030 1234567",
    "+49 30 1234567",
    "+49 (0)30 1234567",
    "0151 2345678",
    "+1 (415) 555-0132",
    "415-555-0132 ext. 12",
    "1-800-FLOWERS",
    "n/a",
    "",
    "+",
    "0911 234567",
    "+251 911 234 567",
    "912345678",
    "020 7946 0018",
    "+44 20 7946 0018",
]


def mixed_rows(n: int) -> Iterator[tuple[str, list[tuple[ContactChannel, ChannelLabel, str]]]]:
    draw = random.Random(58)
    for _ in range(n):
        country = draw.choice(["KE", "ET", "CN", "DE", "US", "GB", ""])
        methods = [
            (draw.choice([PHONE, PHONE, FAX, EMAIL]), draw.choice(list(ChannelLabel)), draw.choice(VALUES))
            for _ in range(draw.randint(0, 4))
        ]
        yield country, methods


def test_the_results_are_those_of_parsing_every_number_on_a_mixed_sample() -> None:
    for country, methods in mixed_rows(1500):
        ours, theirs = ContactRecord(methods=list(methods)), ContactRecord(methods=list(methods))
        importing._settle_phones(ours, country)
        settle_phones_before(theirs, country)
        assert (ours.methods, ours.rejected, [repr(w) for w in ours.warnings]) == (
            theirs.methods,
            theirs.rejected,
            [repr(w) for w in theirs.warnings],
        ), (country, methods)


def test_a_number_alone_in_its_channel_or_a_shared_switchboard_is_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[str] = []
    parse = phonenumbers.parse
    monkeypatch.setattr(
        phonenumbers, "parse", lambda value, *a, **k: parsed.append(value) or parse(value, *a, **k)
    )
    if cached := getattr(importing, "_phone_reading", None):
        cached.cache_clear()  # numbers of other tests read before
    for i in range(3):  # three people of one organisation: a mobile each and its switchboard, and a fax
        rec = ContactRecord(
            methods=[
                (PHONE, ChannelLabel.MOBILE, f"138 0013 800{i}"),
                (PHONE, ChannelLabel.WORK, "(010) 6512 3456"),
                (FAX, ChannelLabel.WORK, "(010) 6512 3457"),
            ]
        )
        importing._settle_phones(rec, "CN")
        assert len(rec.methods) == 3
    assert sorted(parsed) == ["(010) 6512 3456", "138 0013 8000", "138 0013 8001", "138 0013 8002"]
