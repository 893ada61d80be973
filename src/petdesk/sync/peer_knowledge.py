"""What each other office knew, as its last package said, passed on to the offices this one sends to.

Two edits made at two offices that had not seen each other's meet first at a third office that
relays them (Munich marks a follow-up done, Chengdu postpones it, Hong Kong passes both on). The
package the postponing office then receives comes from Hong Kong, which knew the postponement, so
"did the sender know my edit?" answers yes and Chengdu's postponement vanished under "done" without
a word (field test 61). What matters is whether the office that *made* the other edit knew: its
own version vector, from a package it wrote after that edit, answers that exactly. Each office
keeps the vector of every peer (``sync_peer.acked``); packages carry them under ``MANIFEST_KEY``
(an office one version behind ignores the key and keeps deciding by the sender's knowledge).

The same vectors tell what an office this one never heard from directly already holds: relayed ones
are kept (``RELAYED_SETTING``), and the first package for that office carries only the rest, not
every record (``first_since``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from petdesk.sync.hlc import ZERO, Version

#: The manifest's section: ``{"office id": {"origin office id": "hlc"}}``.
MANIFEST_KEY = "peer_knowledge"

VectorClock = dict[str, str]
#: Office id -> vectors of that office (each from a package it wrote) known here.
PeerVectors = Mapping[str, list[VectorClock]]
#: Local setting: ``{"office id": vector}``, what other offices relayed of it (see :func:`acknowledged`).
RELAYED_SETTING = "sync.relayed_knowledge"


def _stored(cursor: Any) -> dict[str, VectorClock]:
    rows = cursor.execute("SELECT office_id, acked FROM sync_peer").fetchall()
    return {office: json.loads(acked or "{}") for office, acked in rows}


def to_send(cursor: Any, *, self_id: str, recipient_id: str | None) -> dict[str, VectorClock]:
    """The vectors of the other offices known here, for a package (the recipient knows its own)."""
    return {
        office: vector
        for office, vector in _stored(cursor).items()
        if office not in (self_id, recipient_id) and vector
    }


def received(cursor: Any, manifest: Mapping[str, Any], *, sender_id: str) -> dict[str, list[VectorClock]]:
    """Every vector known of each office: the sender's own, those it relays and those kept here."""
    found: dict[str, list[VectorClock]] = {}
    for office, vector in _stored(cursor).items():
        found.setdefault(office, []).append(vector)
    for office, vector in (manifest.get(MANIFEST_KEY) or {}).items():
        found.setdefault(office, []).append(dict(vector))
    found.setdefault(sender_id, []).append(dict(manifest.get("knowledge") or {}))
    return found


def unaware(peers: PeerVectors, edit: Version, other: Version) -> bool:
    """Whether the office that made ``edit`` had certainly not seen ``other`` when it made it: a
    vector of that office written after ``edit`` (it covers ``edit``) lacks ``other``."""
    return any(
        vector.get(edit.office, ZERO) >= edit.hlc and other.hlc > vector.get(other.office, ZERO)
        for vector in peers.get(edit.office, ())
    )


def _relayed(cursor: Any) -> dict[str, VectorClock]:
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (RELAYED_SETTING,)).fetchone()
    return json.loads(row[0]) if row else {}


def acknowledged(before: VectorClock, vector: VectorClock, office: str) -> VectorClock:
    """What ``office`` holds, from ``before`` and a ``vector`` of one of its packages: a newer package
    (the office's own clock moved on) says it all, even where it says less than before: the office
    restored an older backup and lost what it had received since, which the next package to it must
    carry again. An older package only adds to what is known."""
    if vector.get(office, ZERO) > before.get(office, ZERO):
        return dict(vector)
    merged = dict(before)
    for origin, value in vector.items():
        if value > merged.get(origin, ZERO):
            merged[origin] = value
    return merged


def remember_relayed(cursor: Any, manifest: Mapping[str, Any], *, self_id: str) -> None:
    """Keep the vectors a package relays: each is what its office held when it wrote a package.
    The newest counts as :func:`acknowledged` takes a peer's own (a restored backup relayed later
    lowers it: kept as a union, the first package for it left out what the restore took away)."""
    relayed = manifest.get(MANIFEST_KEY) or {}
    if not relayed:
        return
    kept = _relayed(cursor)
    for office, vector in relayed.items():
        if office != self_id:
            kept[office] = acknowledged(kept.get(office, {}), dict(vector), office)
    cursor.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (RELAYED_SETTING, json.dumps(kept, sort_keys=True)),
    )


def first_since(cursor: Any, office_id: str) -> VectorClock | None:
    """What office ``office_id``, which never sent this office a package, holds as far as other
    offices relayed (None: nothing known, the package holds every record)."""
    return _relayed(cursor).get(office_id) or None
