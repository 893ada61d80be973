"""Row ids: UUIDs in 22 characters (petdesk.ids), readable back, sorting as their numbers."""

from __future__ import annotations

import random
import uuid

import pytest

from petdesk import ids
from petdesk.models.types import new_id
from petdesk.sync.validate import _ID


def test_compact_ids_round_trip_and_sort_as_their_numbers() -> None:
    rng = random.Random(17)
    numbers = [0, 1, (1 << 128) - 1, 1 << 127, *(rng.getrandbits(128) for _ in range(3000))]
    written = [ids.compact(n) for n in numbers]
    assert all(len(w) == ids.LENGTH and w[0] in "0123" for w in written)
    assert [ids.as_uuid(w).int for w in written] == numbers  # type: ignore[union-attr]
    assert sorted(written) == [ids.compact(n) for n in sorted(numbers)]
    # SQLite compares text byte by byte, as Python does for ASCII
    assert sorted(written, key=str.encode) == sorted(written)


def test_every_compact_id_is_an_id_packages_accept() -> None:
    assert sorted(ids.ALPHABET) == list(ids.ALPHABET) and len(set(ids.ALPHABET)) == 64
    assert all(_ID.match(ids.new_id()) for _ in range(1000))


def test_new_rows_get_compact_version_8_uuids() -> None:
    made = {new_id() for _ in range(1000)}
    assert len(made) == 1000
    uuids = [ids.as_uuid(i) for i in made]
    assert all(len(i) == 22 for i in made)
    assert all(u.version == 8 and u.variant == uuid.RFC_4122 for u in uuids)  # type: ignore[union-attr]
    # 122 random bits: every one of them varies across a thousand ids
    varying = 0
    for u in uuids:
        varying |= u.int ^ uuids[0].int  # type: ignore[union-attr]
    assert varying == ((1 << 128) - 1) & ~((0xF000 << 64) | (0xC000 << 48))


def test_a_uuid_from_a_file_keeps_the_form_its_row_was_made_in() -> None:
    """What sync knows a row by: compact for version 8 (made compact), canonical for the rest."""
    made_compact = new_id()
    made_before = str(uuid.uuid4())
    assert ids.stored_form(ids.uuid_text(made_compact)) == made_compact
    assert ids.stored_form(made_compact) == made_compact  # a CSV carries the id as stored
    assert ids.stored_form(made_before) == made_before
    assert ids.stored_form(made_before.upper()) == made_before
    # a compact id of version 4 (made before version 8) stays compact when it comes as it is stored
    early = ids.compact(uuid.uuid4().int)
    assert ids.stored_form(early) == early
    assert ids.stored_form("not a uuid") is None and ids.stored_form("") is None


def test_the_canonical_form_comes_back_for_formats_that_carry_a_uuid() -> None:
    u = uuid.uuid4()
    assert ids.uuid_text(ids.compact(u.int)) == str(u)
    assert ids.uuid_text(str(u)) == str(u)
    assert ids.uuid_text("self") == "self"  # a fixed word stays as it is
    assert ids.forms(str(u).upper()) == (str(u).upper(), str(u), ids.compact(u.int))
    assert ids.forms(ids.compact(u.int)) == (ids.compact(u.int), str(u))
    assert ids.forms("self") == ("self",)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4" + "-" * 21,  # more than 128 bits
        "0" + "-" * 20 + "!",  # not of the alphabet
        "0" + "-" * 20 + "é",
        "0" * 36,  # canonical length, not a UUID
        "shorter",
    ],
)
def test_other_texts_are_no_uuid(text: str) -> None:
    assert ids.as_uuid(text) is None
    assert ids.uuid_text(text) == text
