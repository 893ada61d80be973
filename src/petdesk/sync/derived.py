"""Columns an office works out from other columns of a record: made here, not taken from a package.

``contact_method.normalized`` is the key by which search, ``contacts.find_contacts``, the importers
and the duplicate finder compare an e-mail address or a phone number. Its rule changes with the code
(since migration 0026 a "(0)" after the country code is left out of phone keys, since 0027 an
extension and a "00" prefix, and WhatsApp numbers are keyed as numbers), and an office still
on older code sends the key its code made: "+44 (0)20 7946 0958" as "4402079460958", which the same
number written without "(0)" ("442079460958") does not match. So the importing office makes the key
from the channel and value the merge leaves, as its own code makes it.

Not a change of this office's: every office computes the same key from the same value, so the key
keeps the version the package gave it (or the merge chose), nothing is logged, and two offices never
disagree on it in a way a person should settle (no conflict is recorded for it: the value's is).

Every channel's key is made here, by the one rule every way in keys with
(:func:`petdesk.services.matching.method_key`; WhatsApp is keyed as a phone number).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import compress, repeat
from operator import eq, ne
from typing import Any

from petdesk.services.matching import (
    NOT_PLAIN_PHONE,
    PHONE_CHANNELS,
    normalize_email,
    normalize_phone,
)
from petdesk.services.matching import method_key as _key_of

#: Table -> (derived column, the columns it is made from).
DERIVED: dict[str, tuple[str, tuple[str, ...]]] = {"contact_method": ("normalized", ("channel", "value"))}

#: The kind of key of each channel (an e-mail's, a number's, another id's), to split a column of
#: channels in C.
_KINDS = _EMAIL, _PHONE, _OTHER = range(3)
_KIND = {"email": _EMAIL, **dict.fromkeys(PHONE_CHANNELS, _PHONE)}
#: The bytes of plain numbers and the line end: a column of nothing else is keyed all at once.
_PLAIN = b"0123456789 +-./\n"
#: Every byte but the digits and the line end (``bytes.translate`` deletes them).
_NOT_DIGITS = bytes(b for b in range(256) if b not in b"0123456789\n")
#: A "00" international prefix at the start of a number (one per line).
_LEADING_00 = re.compile(rb"^00", re.MULTILINE)


def method_key(channel: Any, value: Any, carried: Any) -> Any:
    """The key of one contact method; ``carried`` (the key it has) for a value that is not text."""
    if type(value) is not str:
        return carried  # not a value petdesk writes: left to the database's checks
    return _key_of(channel, value)


def method_keys(channels: Sequence[Any], values: Sequence[Any], carried: Sequence[Any]) -> list[Any]:
    """:func:`method_key` over the columns of a package part, the common cases worked a column at a
    time in C (348,000 methods at 100,000 contacts: a call per method would add a twentieth to the
    import)."""
    kinds = list(map(_KIND.get, channels, repeat(_OTHER)))
    emails, phones, others = (list(compress(range(len(kinds)), map(eq, kinds, repeat(k)))) for k in _KINDS)
    out = list(carried)
    for at, keys in ((emails, _email_keys), (phones, _phone_keys), (others, _other_keys)):
        if not at:
            continue
        try:
            made = keys(list(map(values.__getitem__, at)))
        except TypeError:  # a value that is not text (a hand-made package)
            made = [method_key(channels[i], values[i], carried[i]) for i in at]
        list(map(out.__setitem__, at, made))  # out[i] = key, in C
    return out


def _email_keys(values: list[str]) -> list[str]:
    """``normalize_email`` of each value: trimmed and lower-cased, "mailto:" removed where it is."""
    keys = list(map(str.lower, map(str.strip, values)))
    if "mailto:" in "".join(keys):
        keys = [
            normalize_email(v) if k.startswith("mailto:") else k for v, k in zip(values, keys, strict=True)
        ]
    return keys


def _other_keys(values: list[str]) -> list[str]:
    """The key of each messaging id (WeChat, LINE ...): trimmed and without case."""
    return list(map(str.casefold, map(str.strip, values)))


def _phone_keys(values: list[str]) -> list[str]:
    """``normalize_phone`` of each value. A number in ASCII with no ``NOT_PLAIN_PHONE`` character
    (nor a line break) is its digits without a leading "00": those of all such numbers are taken at
    once from their lines joined; the others are normalised one by one."""
    joined = "\n".join(values)
    odd: list[int] = []
    if (
        not joined.isascii()
        or joined.encode("ascii").translate(None, _PLAIN)  # anything but digits and "+-./ " (rare)
        or joined.count("\n") != len(values) - 1
    ):
        odd = [i for i, v in enumerate(values) if not v.isascii() or "\n" in v or NOT_PLAIN_PHONE.search(v)]
        plain = list(values)
        for i in odd:
            plain[i] = ""  # a line of its own, keyed below
        joined = "\n".join(plain)
    digits = joined.encode("ascii").translate(None, _NOT_DIGITS)
    keys = _LEADING_00.sub(b"", digits).decode("ascii").split("\n")
    for i in odd:
        keys[i] = normalize_phone(values[i])
    return keys


def positions(table: str, col_pos: Mapping[str, int]) -> tuple[int, int, int] | None:
    """Positions in a package row (after the id) of ``table``'s derived key and of the channel and
    value it is made from; None when the table has none or the package lacks one of them."""
    if table not in DERIVED:
        return None
    key, (channel, value) = DERIVED[table]
    if not {key, channel, value} <= col_pos.keys():
        return None
    return col_pos[key] + 1, col_pos[channel] + 1, col_pos[value] + 1


def with_keys(
    rows: list[list[Any]],
    by_column: list[tuple[Any, ...]] | None,
    key_at: int,
    channel_at: int,
    value_at: int,
) -> list[tuple[Any, ...]]:
    """The part's rows with the keys made here, and its columns (changed where the keys differ)."""
    columns = by_column if by_column is not None else list(zip(*rows, strict=True))
    carried = columns[key_at]
    keys = method_keys(columns[channel_at], columns[value_at], carried)
    # Most keys are the package's already: only the rows with another key are touched.
    for i in compress(range(len(rows)), map(ne, carried, keys)):
        rows[i][key_at] = keys[i]
    return [*columns[:key_at], tuple(keys), *columns[key_at + 1 :]]


def merged_key(
    changed: dict[str, Any],
    local: tuple[Any, ...],
    pkg_cols: list[str],
    key_at: int,
    channel_at: int,
    value_at: int,
) -> None:
    """Make the key of a record merged field by field from the channel and value it ends with (each
    field may have come from either side), and write it where it differs from the stored one."""
    key_col, channel_col, value_col = pkg_cols[key_at - 1], pkg_cols[channel_at - 1], pkg_cols[value_at - 1]
    if key_col not in changed and channel_col not in changed and value_col not in changed:
        return
    stored = local[key_at - 1]
    key = method_key(
        changed.get(channel_col, local[channel_at - 1]),
        changed.get(value_col, local[value_at - 1]),
        changed.get(key_col, stored),
    )
    if key != stored:
        changed[key_col] = key
    else:
        changed.pop(key_col, None)


def rekey(cursor: Any, table: str, row_id: str, column: str) -> str | None:
    """After ``column`` of a record was written here (a conflict settled for the other value): make
    its derived key again if it is made from that column. Returns the key's column when the key
    changed (an edit of this office's like the value's, which the key goes with), else None."""
    if table not in DERIVED or column not in DERIVED[table][1]:
        return None
    key_col, (channel_col, value_col) = DERIVED[table]
    found = cursor.execute(
        f"SELECT {channel_col}, {value_col}, {key_col} FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    if found is None:
        return None
    key = method_key(*found)
    if key == found[2]:
        return None
    cursor.execute(f"UPDATE {table} SET {key_col} = ? WHERE id = ?", (key, row_id))
    return key_col
