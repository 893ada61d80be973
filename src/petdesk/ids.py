"""Row identities: UUIDs written in 22 characters.

Every row's identity is a UUID, the same in every office it travels to. Rows made now write it in
22 characters of a base-64 alphabet instead of the 36 of the canonical hex form: ids stand in every
row that points at another and in every index over them (3.2 million values at 100,000 contacts),
and the shorter form takes 45 MB, 15%, off such a file (issue 17). Ids written before stay as they
are, since other offices know the rows by them: to the rest of petdesk both forms are opaque text.

The alphabet is the 64 characters packages allow in an id (``sync.validate``), in ASCII order, so
that compact ids sort as their UUIDs' numbers do, as canonical ones do. The first character holds
the top two bits and is one of ``0123`` (never "-", which a command line would read as an option).
Formats that carry a UUID (a vCard's UID, an iCalendar attendee) get the canonical form back from
:func:`uuid_text`.

Ids made compact are UUIDs of version 8 (RFC 9562's custom version; those made before are version
4), so a canonical UUID that a file brings tells in which form its row was made, which is the form
every office holding the row by sync knows it by: :func:`stored_form` gives a row new here that form,
and the same record, reaching an office both by a vCard or 3iPET file and by sync, is one row there.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable
from typing import TypeVar

ALPHABET = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
LENGTH = 22
_STANDARD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_TO_COMPACT = bytes.maketrans(_STANDARD, ALPHABET.encode("ascii"))
_FROM_COMPACT = bytes.maketrans(ALPHABET.encode("ascii"), _STANDARD)
#: The first character of a compact id: the top two bits, shifted up one place in the alphabet.
_FIRST = "0123"
_PAD = b"\0\0"
_T = TypeVar("_T")


def compact(number: int) -> str:
    """The 22-character id of the 128-bit ``number`` (a UUID's ``int``).

    Two zero bytes in front make 144 bits, which base 64 writes in 24 characters without padding;
    the first two are then always zero and the third holds the top two bits (0-3)."""
    text = base64.b64encode(_PAD + number.to_bytes(16, "big")).translate(_TO_COMPACT)
    return _FIRST[ALPHABET.index(chr(text[2]))] + text[3:].decode("ascii")


#: The UUID version of ids made compact (see the module docstring).
COMPACT_VERSION = 8
_VERSION_AND_VARIANT = (0xF000 << 64) | (0xC000 << 48)


def with_compact_version(number: int) -> int:
    """The 128-bit ``number`` with the version bits of :data:`COMPACT_VERSION` and the RFC 9562
    variant bits set (the other 122 bits stay as they are)."""
    return number & ~_VERSION_AND_VARIANT | (COMPACT_VERSION << 76) | (0x8000 << 48)


def new_id() -> str:
    """A fresh random identity (a version-8 UUID of 122 random bits) in the compact form."""
    return compact(with_compact_version(uuid.uuid4().int))


#: Namespace of a visit's whole-visit emergency entry ids (uuid5 of the visit's id), fixed by
#: migration 0047: every office makes the same id, so a sheet adopted at two offices is one row.
_FIRST_EMERGENCY_ENTRY = uuid.UUID("6f0c2f4e-2a3b-5c1d-9e8f-0045e0e7a1b2")


def first_emergency_entry_id(visit_id: str) -> str:
    """The id of the whole-visit emergency entry that migration 0047 (and adopting a sheet from an
    older office) makes for the visit ``visit_id``."""
    return compact(with_compact_version(uuid.uuid5(_FIRST_EMERGENCY_ENTRY, visit_id).int))


def stored_form(text: str) -> str | None:
    """The id a row that a file names by the UUID ``text`` gets when it is new here: the form its
    row was made in, so that sync, which knows rows by their id as stored, brings it to the same row.
    A compact id stays as given (CSV carries ids as stored); a canonical UUID becomes compact if it
    is of :data:`COMPACT_VERSION`, else stays canonical in lower case (rows made before ids became
    compact, and other programs' UUIDs). None when ``text`` writes no UUID."""
    if _compact_bytes(text) is not None:
        return text
    found = as_uuid(text)
    if found is None:
        return None
    return compact(found.int) if found.version == COMPACT_VERSION else str(found)


#: What stands in front of a compact id's characters after the first, in the standard base-64
#: alphabet: two zero characters and the top two bits.
_HEAD = {first: b"AA" + _STANDARD[value : value + 1] for value, first in enumerate(_FIRST)}


def _compact_bytes(row_id: str) -> bytes | None:
    """The 16 bytes of a compact id, or None when ``row_id`` is not one. (``binascii`` in strict
    mode, which refuses any other character: half the time of ``base64.b64decode``, and a vCard
    export of all calls this for every contact.)"""
    head = _HEAD.get(row_id[:1])
    if head is None or len(row_id) != LENGTH:
        return None
    try:
        tail = row_id[1:].encode("ascii").translate(_FROM_COMPACT)
        return binascii.a2b_base64(head + tail, strict_mode=True)[2:]
    except (binascii.Error, UnicodeEncodeError):
        return None


def as_uuid(row_id: str) -> uuid.UUID | None:
    """The UUID an id writes, in either form; None for other ids (a few fixed words)."""
    raw = _compact_bytes(row_id)
    if raw is not None:
        return uuid.UUID(bytes=raw)
    try:
        return uuid.UUID(row_id) if len(row_id) == 36 else None
    except ValueError:
        return None


def uuid_text(row_id: str) -> str:
    """The canonical UUID text of an id in either form (other ids as they are), for formats that
    carry a UUID: ``urn:uuid:…`` in a vCard or calendar."""
    raw = _compact_bytes(row_id)
    if raw is None:
        found = as_uuid(row_id)
        return row_id if found is None else str(found)
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def forms(text: str) -> tuple[str, ...]:
    """The ids a UUID in either form may be stored as (a file may hold rows of both forms), for
    matching a UID that a vCard or calendar brings back: the text as given first."""
    found = as_uuid(text)
    if found is None:
        return (text,)
    return tuple(dict.fromkeys((text, str(found), compact(found.int))))


def first_found(typed: str, find: Callable[[str], list[_T]]) -> tuple[str, list[_T]]:
    """What ``find`` gives for an id or id prefix someone typed: as typed, else in lower case
    (compact ids tell upper from lower case; canonical UUIDs are lower-case hex, which people may
    type in capitals). Returns the form that found something, else the text as typed, and what
    ``find`` gave for it."""
    typed = typed.strip()
    for form in dict.fromkeys((typed, typed.lower())):
        if found := find(form):
            return form, found
    return typed, []
