"""Packages numbered per recipient, so that one that never arrived is noticed and explained (field
test 91: Berlin's weekly packages came by e-mail and WeChat, one went missing, and nothing said
whether anything was lost or what to ask Berlin for).

The sender numbers each package it writes for an office (``MANIFEST_KEY``; older petdesk ignores the
key). The receiver keeps the highest number it imported from each sender (``SETTING``, local, never
exchanged). A later number than the next one means packages in between did not arrive; nothing is
lost by it, since each package holds every change the recipient had not acknowledged, so the
words say there is nothing to ask for.

A restored office must not number its packages from its restored export log again (field test 112:
the next package reused a number the other office had imported). The next number goes past the
highest of: the export log in the file; a high-water mark in a small file beside the database
(:func:`marks_file`), which a restore on this computer leaves alone; and the number the recipient's
own packages say it imported from here last (``ACK_KEY``), all that a new laptop has after a theft.
Kept in a file and a local setting, not a table: no migration."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol


class _Plurals(Protocol):
    """The core translator (``petdesk.i18n`` or the command line's): its plural forms suffice."""

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


#: The manifest's key: this package is the sender's n-th for its recipient.
MANIFEST_KEY = "number"
#: Local setting: ``{"sender office id": highest number imported from it}``.
SETTING = "sync.package_numbers"


#: The manifest's key for a package to one office: the highest number imported from that office.
ACK_KEY = "numbers_imported"
#: Local setting: ``{"recipient office id": highest number it said it imported from here}``.
ACKED_SETTING = "sync.package_numbers.acked"


def marks_file(db_path: Path) -> Path:
    """The high-water marks of the numbers sent from the database at ``db_path``, beside it."""
    return db_path.with_name(db_path.name + ".sent-numbers.json")


def _read_marks(db_path: Path | None) -> dict[str, int]:
    if db_path is None:
        return {}
    try:
        marks = json.loads(marks_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: the log and the acknowledgements still count
    return {str(k): v for k, v in marks.items() if isinstance(v, int)} if isinstance(marks, dict) else {}


def next_number(cursor: Any, recipient_id: str, db_path: Path | None = None) -> int:
    """The number of the package about to be written for ``recipient_id``: past every number sent
    to it that the export log, the high-water mark beside ``db_path`` or its acknowledgement knows."""
    row = cursor.execute(
        "SELECT COUNT(*) FROM sync_exchange WHERE direction = 'export' AND peer_office_id = ?",
        (recipient_id,),
    ).fetchone()
    acked = _setting(cursor, ACKED_SETTING).get(recipient_id, 0)
    return max(int(row[0]), _read_marks(db_path).get(recipient_id, 0), acked) + 1


def mark_sent(db_path: Path, recipient_id: str, number: int) -> None:
    """Keep ``number`` as the highest sent to ``recipient_id``, in the file beside the database
    (written whole and renamed: a crash leaves the old marks or the new ones)."""
    marks = _read_marks(db_path)
    if number <= marks.get(recipient_id, 0):
        return
    marks[recipient_id] = number
    target = marks_file(db_path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(marks, sort_keys=True), encoding="utf-8")
    os.replace(tmp, target)


def acknowledgement(cursor: Any, recipient_id: str) -> dict[str, int]:
    """The manifest entry telling ``recipient_id`` the highest of its numbers imported here."""
    last = _kept(cursor).get(recipient_id)
    return {ACK_KEY: last} if last else {}


def remember_acknowledgement(cursor: Any, manifest: Mapping[str, Any], sender_id: str, self_id: str) -> None:
    """Keep what the sender says it imported from here (only from a package addressed here)."""
    recipient = manifest.get("recipient")
    value = manifest.get(ACK_KEY)
    if not isinstance(recipient, Mapping) or recipient.get("id") != self_id:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        return
    acked = _setting(cursor, ACKED_SETTING)
    if value > acked.get(sender_id, 0):
        acked[sender_id] = value
        _put(cursor, ACKED_SETTING, acked)


def number_of(manifest: Mapping[str, Any], self_id: str) -> int | None:
    """The package's number in the sender's series for this office (``self_id``); None for a package
    to everyone, from older petdesk, or addressed to another office (a forwarded mail: its number
    counts that office's packages, not this one's)."""
    recipient = manifest.get("recipient")
    if not isinstance(recipient, Mapping) or recipient.get("id") != self_id:
        return None
    value = manifest.get(MANIFEST_KEY)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _setting(cursor: Any, key: str) -> dict[str, int]:
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else {}


def _put(cursor: Any, key: str, value: dict[str, int]) -> None:
    cursor.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, sort_keys=True)),
    )


def _kept(cursor: Any) -> dict[str, int]:
    return _setting(cursor, SETTING)


def missing_before(
    cursor: Any, manifest: Mapping[str, Any], sender_id: str, self_id: str
) -> tuple[int, int] | None:
    """The first and last number of the sender's packages between the last one imported here and
    this one, which did not arrive (None: none missing, or nothing known to compare with)."""
    number = number_of(manifest, self_id)
    last = _kept(cursor).get(sender_id)
    if number is None or last is None or number <= last + 1:
        return None
    return last + 1, number - 1


def remember(cursor: Any, manifest: Mapping[str, Any], sender_id: str, self_id: str) -> None:
    """Keep the package's number as the sender's highest imported here."""
    number = number_of(manifest, self_id)
    if number is None:
        return
    kept = _kept(cursor)
    if number <= kept.get(sender_id, 0):
        return
    kept[sender_id] = number
    _put(cursor, SETTING, kept)


def missing_words(missing: tuple[int, int], sender: str, *, covered: bool, _: _Plurals) -> str:
    """What to tell the user of the packages that did not arrive, in the user's language.
    ``covered``: this package holds what they held (what the sender took this office to hold,
    its base, is held here), as it does unless this office lost what it had acknowledged."""
    first, last = missing
    n = last - first + 1
    numbers = str(first) if n == 1 else f"{first}–{last}"
    if covered:
        text = _.ngettext(
            "Package {numbers} that {office} wrote for this office has not arrived here, or was not sent; "
            "nothing is lost and there is nothing to ask {office} for: this package holds every change "
            "this office had not yet acknowledged, those included. If it arrives later, importing it "
            "changes nothing.",
            "Packages {numbers} that {office} wrote for this office have not arrived here, or were not "
            "sent; nothing is lost and there is nothing to ask {office} for: this package holds every "
            "change this office had not yet acknowledged, theirs included. If they arrive later, "
            "importing them changes nothing.",
            n,
        )
    else:
        text = _.ngettext(
            "Package {numbers} that {office} wrote for this office has not arrived here, and this package "
            "does not make up for it: send {office} a package from here, then ask it for a new one.",
            "Packages {numbers} that {office} wrote for this office have not arrived here, and this "
            "package does not make up for them: send {office} a package from here, then ask it for a new "
            "one.",
            n,
        )
    return text.format(numbers=numbers, office=sender)
