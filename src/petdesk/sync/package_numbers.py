"""Packages numbered per recipient, so that one that never arrived is noticed and explained (field
test 91: Berlin's weekly packages came by e-mail and WeChat, one went missing, and nothing said
whether anything was lost or what to ask Berlin for).

The sender numbers each package it writes for an office (``MANIFEST_KEY``; older petdesk ignores the
key). The receiver keeps the highest number it imported from each sender (``SETTING``, local, never
exchanged). A later number than the next one means packages in between did not arrive; nothing is
lost by it, since each package holds every change the recipient had not acknowledged, so the
words say there is nothing to ask for."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol


class _Plurals(Protocol):
    """The core translator (``petdesk.i18n`` or the command line's): its plural forms suffice."""

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


#: The manifest's key: this package is the sender's n-th for its recipient.
MANIFEST_KEY = "number"
#: Local setting: ``{"sender office id": highest number imported from it}``.
SETTING = "sync.package_numbers"


def next_number(cursor: Any, recipient_id: str) -> int:
    """The number of the package about to be written for ``recipient_id``."""
    row = cursor.execute(
        "SELECT COUNT(*) FROM sync_exchange WHERE direction = 'export' AND peer_office_id = ?",
        (recipient_id,),
    ).fetchone()
    return int(row[0]) + 1


def number_of(manifest: Mapping[str, Any], self_id: str) -> int | None:
    """The package's number in the sender's series for this office (``self_id``); None for a package
    to everyone, from older petdesk, or addressed to another office (a forwarded mail: its number
    counts that office's packages, not this one's)."""
    recipient = manifest.get("recipient")
    if not isinstance(recipient, Mapping) or recipient.get("id") != self_id:
        return None
    value = manifest.get(MANIFEST_KEY)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _kept(cursor: Any) -> dict[str, int]:
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    return json.loads(row[0]) if row else {}


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
    cursor.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SETTING, json.dumps(kept, sort_keys=True)),
    )


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
