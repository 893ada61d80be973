"""Keys made from other fields (``contact_method.normalized``) are made by the importing office from
the values it receives, not taken from the package: an office on older code sends older keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.enums import ContactChannel
from petdesk.models import ContactMethod
from petdesk.services import contacts, search
from petdesk.services.matching import normalize_email, normalize_phone
from petdesk.sync import service
from petdesk.sync.derived import method_key, method_keys
from petdesk.sync.service import canonical_dump
from petdesk.sync.versions import Codes
from tests.core.sync.helpers import send, values


def _person(db: Database, *methods: contacts.Method) -> tuple[str, dict[str, str]]:
    """A contact with these methods: its id and the ids of its methods by value."""
    with db.transaction() as s:
        made = contacts.create_contact(s, family_name="Clarke", given_name="Ana", methods=list(methods))
        return made.id, {cm.value: cm.id for cm in made.methods}


def _as_older_code_keyed(db: Database, keys: dict[str, str]) -> None:
    """Give methods (by id) the key an office on older code stored, as its file holds it: no
    version, no change-log entry (the key is what that code made when the number was entered)."""
    con = sqlite3.connect(db.path)
    with con:
        con.executemany(
            "UPDATE contact_method SET normalized = ? WHERE id = ?", [(k, i) for i, k in keys.items()]
        )
    con.close()


def _bookkeeping(db: Database, row_id: str) -> tuple[Any, list[str]]:
    """The field versions of a contact method (offices by id) and the ids of its change-log rows."""
    con = sqlite3.connect(db.path)
    try:
        versions = Codes(con, create=False).load("contact_method", [row_id])
        log = sorted(r[0] for r in con.execute("SELECT id FROM sync_change WHERE row_id = ?", (row_id,)))
        return versions, log
    finally:
        con.close()


def _found(db: Database, phone: str) -> list[str]:
    with db.transaction() as s:
        return [c.id for c in contacts.find_contacts(s, phone=phone)]


def test_a_number_keyed_with_its_trunk_zero_elsewhere_is_found_here_without_it(
    offices, packages: Path
) -> None:
    """Beijing's file still holds "4402079460958" for "+44 (0)20 7946 0958" (older code): Bonn stores
    "442079460958", so the number written without "(0)" finds the person there, in search too; and
    Bonn records nothing of its own for it (versions and change log are the package's)."""
    beijing, bonn, _ = offices
    person, ids = _person(
        beijing,
        contacts.Method(ContactChannel.PHONE, "+44 (0)20 7946 0958"),
        contacts.Method(ContactChannel.EMAIL, "Ana.Lima@Example.CN"),
    )
    phone, email = ids["+44 (0)20 7946 0958"], ids["Ana.Lima@Example.CN"]
    _as_older_code_keyed(beijing, {phone: "4402079460958", email: "Ana.Lima@Example.CN"})

    result = send(beijing, bonn, packages)

    assert result.applied and result.counts["contact_method"].added == 2
    assert values(bonn, "contact_method", phone)["normalized"] == "442079460958"
    assert values(bonn, "contact_method", email)["normalized"] == "ana.lima@example.cn"
    assert _found(bonn, "+44 20 7946 0958") == [person]
    with bonn.transaction() as s:
        assert [c.id for c in contacts.find_contacts(s, email="ana.lima@example.cn")] == [person]
        search.refresh_search_index(s)
        assert [r.entity_id for r in search.search(s, "+44 20 7946 0958", kind=search.CONTACT)] == [person]
    for method in (phone, email):
        assert _bookkeeping(bonn, method) == _bookkeeping(beijing, method)
    assert service.list_conflicts(bonn) == []
    # Nothing of Bonn's own to send back but its office's record.
    assert send(bonn, beijing, packages).manifest["counts"] == {"office": 1}


def test_a_changed_number_gets_the_key_of_its_new_value(offices, packages: Path) -> None:
    """A number changed at an office on older code arrives with that code's key, over a record Bonn
    had: Bonn keys the new value itself."""
    beijing, bonn, _ = offices
    person, ids = _person(beijing, contacts.Method(ContactChannel.PHONE, "+49 30 123456"))
    (method,) = ids.values()
    send(beijing, bonn, packages)
    with beijing.transaction() as s:
        row = s.get(ContactMethod, method)
        assert row is not None
        row.value, row.normalized = "+49 (0)30 654321", "49030654321"  # as the older code keyed it

    result = send(beijing, bonn, packages)

    assert result.counts["contact_method"].updated == 1
    assert values(bonn, "contact_method", method)["normalized"] == "4930654321"
    assert _found(bonn, "+49 30 654321") == [person]
    assert _bookkeeping(bonn, method) == _bookkeeping(beijing, method)


def test_the_key_follows_the_value_the_merge_keeps(offices, packages: Path) -> None:
    """Beijing changes a number (value and key); Bonn, later, writes the same number with "(0)"
    (value only: its key is the same). The merge keeps Bonn's value and took Beijing's key with
    it, the key of a number nobody kept; now each office keys the value it ends with, and the two
    agree. The value's conflict is for a person to look at; the key's is none."""
    beijing, bonn, _ = offices
    _, ids = _person(beijing, contacts.Method(ContactChannel.PHONE, "+44 20 7946 0958"))
    (method,) = ids.values()
    send(beijing, bonn, packages)
    with beijing.transaction() as s:
        row = s.get(ContactMethod, method)
        assert row is not None
        row.value, row.normalized = "+44 20 7946 0000", "442079460000"
    with bonn.transaction() as s:
        row = s.get(ContactMethod, method)
        assert row is not None
        row.value = "+44 (0)20 7946 0958"

    send(beijing, bonn, packages)
    send(bonn, beijing, packages)

    for db in (beijing, bonn):
        row = values(db, "contact_method", method)
        assert (row["value"], row["normalized"]) == ("+44 (0)20 7946 0958", "442079460958")
    # (Bonn met the two edits; Beijing received Bonn's with Bonn's knowledge of its own.)
    assert [c.field for c in service.list_conflicts(bonn)] == ["value"]
    assert canonical_dump(beijing) == canonical_dump(bonn)


def test_two_numbers_written_at_once_make_one_conflict_and_the_one_chosen_brings_its_key(
    offices, packages: Path
) -> None:
    """Both offices change a number: the person settles which one stays (the value's conflict),
    not which key (none is recorded for it); choosing the other number gives it its key, here
    and at the office the choice travels to."""
    beijing, bonn, _ = offices
    person, ids = _person(beijing, contacts.Method(ContactChannel.PHONE, "+44 20 7946 0958"))
    (method,) = ids.values()
    send(beijing, bonn, packages)
    for db, number in ((beijing, "+44 20 7946 1111"), (bonn, "+44 20 7946 2222")):  # Bonn's later: wins
        with db.transaction() as s:
            row = s.get(ContactMethod, method)
            assert row is not None
            row.value, row.normalized = number, normalize_phone(number)

    send(beijing, bonn, packages)

    (conflict,) = service.list_conflicts(bonn)
    assert (conflict.field, conflict.loser_value) == ("value", "+44 20 7946 1111")
    service.resolve_conflict(bonn, conflict.id, choose_other=True)
    send(bonn, beijing, packages)
    for db in (beijing, bonn):
        row = values(db, "contact_method", method)
        assert (row["value"], row["normalized"]) == ("+44 20 7946 1111", "442079461111")
        assert _found(db, "+44 20 7946 1111") == [person]
    assert canonical_dump(beijing) == canonical_dump(bonn)


_PHONES = [
    "+44 (0)20 7946 0958",
    "+44 20 7946 0958",
    "0044 20 7946 0958",
    "0000 12",
    "tel:+49-30-123456;ext=12",
    "TEL:+86 10 6512 3456",
    "＋８６ １３８ ０００ １００７",  # full-width, from a Chinese input method
    "(010) 6512 3456",
    "+49 ( 0 ) 30 123",
    "",
    "   ",
    "line one\n+86 10",
    "ext. 12",
    "+١٢٣ ٤٥٦",  # Arabic-Indic digits
]
_EMAILS = [
    "Ana.Lima@Example.CN",
    " mailto:Ana@x.org ",
    "MAILTO:b@y.cn",
    "x@mailto:z",
    "",
    "  ÄNNE@Straße.de ",
]


@pytest.mark.parametrize(
    "channels",
    [
        ["phone"] * len(_PHONES),
        ["fax"] * len(_PHONES),
        ["email"] * len(_EMAILS),
        ["phone", "email", "wechat", "whatsapp", "fax", "skype"],
    ],
)
def test_keys_made_a_column_at_a_time_are_those_made_one_by_one(channels: list[str]) -> None:
    pool = _EMAILS if channels[0] == "email" else _PHONES
    vals = [pool[i % len(pool)] for i in range(len(channels))]
    carried = [f"carried-{i}" for i in range(len(channels))]
    one_by_one = [method_key(c, v, k) for c, v, k in zip(channels, vals, carried, strict=True)]
    assert method_keys(channels, vals, carried) == one_by_one
    for channel, value, key in zip(channels, vals, one_by_one, strict=True):
        if channel == "email":
            assert key == normalize_email(value)
        elif channel in ("phone", "fax", "whatsapp"):
            assert key == normalize_phone(value)
        else:
            assert key == value.strip().casefold()
    # Each odd number among plain ones, and plain ones only.
    plain = ["+86 10 6512 3456", "0049 30 1"] * 3
    for odd in _PHONES:
        mixed = [*plain, odd, *plain]
        assert method_keys(["phone"] * len(mixed), mixed, [""] * len(mixed)) == list(
            map(normalize_phone, mixed)
        )
    assert method_keys(["phone"] * 6, plain, [""] * 6) == list(map(normalize_phone, plain))


#: Numbers as people and files write them, with their key: each kind that only ``normalize_phone``
#: reads right, and plain ones.
_WRITTEN = {
    "+49 30 1234567": "49301234567",
    "+49 30 1234567 ext. 12": "49301234567",
    "+49 30 1234567 EXT 12": "49301234567",
    "+1 555 123 4567 x89": "15551234567",
    "+49 30 1234567 #12": "49301234567",
    "010 6512 3456 转 8": "01065123456",
    "010 6512 3456 分机 8": "01065123456",
    "0049 30 1234567": "49301234567",
    "0049-30-1234567 ext.3": "49301234567",
    "＋８６ １３８ ００１３ ８０００": "8613800138000",
    "８６１３８００１３８０００": "8613800138000",
    "tel:+861380013800;ext=5": "861380013800",
    "TEL:+49-30-1234567": "49301234567",
    "+49 (0)30 1234567": "49301234567",
    "(010) 6512 3456": "01065123456",
    "+49 30 1234567;ext=7": "49301234567",
    "00": "",
    "": "",
}


@pytest.mark.parametrize("channel", ["phone", "fax", "whatsapp"])
def test_every_way_a_number_is_written_gets_the_one_rule_s_key_a_column_at_a_time(channel: str) -> None:
    """The fast path takes only numbers of digits and "+-./ " in bulk: a letter, "#", a bracket, ";"
    or a non-ASCII character sends a number to ``normalize_phone``, among plain numbers or not."""
    from petdesk.services import matching

    plain = ["+86 10 6512 3456", "0049 30 1"]
    for written in _WRITTEN:
        for column in ([written], [*plain, written, *plain], [written] * 3):
            keys = method_keys([channel] * len(column), column, [""] * len(column))
            assert keys == [matching.method_key(channel, v) for v in column], column
    everything = list(_WRITTEN)
    assert method_keys([channel] * len(everything), everything, [""] * len(everything)) == list(
        _WRITTEN.values()
    )


def test_values_petdesk_does_not_write_keep_their_key() -> None:
    """A number that is not text (a hand-made package) is left for the database's checks."""
    assert method_keys(["phone", "email", "phone"], [None, 12, "+86 10"], ["a", "b", "c"]) == [
        "a",
        "b",
        "8610",
    ]
