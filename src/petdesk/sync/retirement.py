"""Offices taken out of service, and how that decision reaches every office.

A wiped laptop restored as a new office leaves its old identity behind at every office it exchanged
with. Retiring the old one here stops this office from writing packages for it and refuses packages
that still come from it. The decision (and a later return to service) travels in the manifest of
every package, in the section ``retired_offices``: each entry is the latest decision about one
office, with the clock value and office that made it, and the later decision wins wherever the
two meet, as a field's value does. Older petdesk ignores a manifest section it does not know, so
offices that have not updated still read the packages (they learn the decisions once they update).

Every decision taken, here or from a package, is also written to the exchange journal (the sync
log people read: ``petdesk sync journal``, the Sync page's journal): when, which office, decided
by which office and, for decisions made here, by whom. The table above keeps only the latest
decision per office, which says nothing of who retired an office that is back in service.

Functions here work on a cursor inside the caller's transaction (``sync.service``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from petdesk.stored_times import from_wire_time, read_stored_time, stored_time, wire_time
from petdesk.sync import hlc as clock
from petdesk.sync.validate import RETIRED_OFFICES as SECTION

__all__ = [
    "RETIRED",
    "RETURNED",
    "SECTION",
    "Decision",
    "carried",
    "decide",
    "decision",
    "log",
    "merge",
    "retired_at",
]

#: ``direction`` of the journal rows that record a decision (beside "export" and "import").
RETIRED, RETURNED = "retire", "unretire"


@dataclass(frozen=True)
class Decision:
    """The latest decision known here about one office."""

    office_id: str
    #: When it was retired; None once it was returned to service.
    retired_at: dt.datetime | None
    hlc: str
    decided_by: str


def decision(cursor: Any, office_id: str) -> Decision | None:
    row = cursor.execute(
        "SELECT office_id, retired_at, hlc, decided_by FROM sync_retired_office WHERE office_id = ?",
        (office_id,),
    ).fetchone()
    return None if row is None else Decision(row[0], read_stored_time(row[1]), row[2], row[3])


def retired_at(cursor: Any, office_id: str) -> dt.datetime | None:
    """When ``office_id`` was retired, or None if it is in service."""
    found = decision(cursor, office_id)
    return None if found is None else found.retired_at


def decide(cursor: Any, office_id: str, when: dt.datetime | None, *, hlc: str, by: str) -> None:
    """Record a decision made here: retired at ``when``, or returned to service (None)."""
    cursor.execute(
        "INSERT INTO sync_retired_office (office_id, retired_at, hlc, decided_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(office_id) DO UPDATE SET retired_at = excluded.retired_at, hlc = excluded.hlc, "
        "decided_by = excluded.decided_by",
        (office_id, stored_time(when), hlc, by),
    )


def carried(cursor: Any) -> list[dict[str, Any]]:
    """Every decision known here, as a package's manifest carries them."""
    rows = cursor.execute(
        "SELECT office_id, retired_at, hlc, decided_by FROM sync_retired_office ORDER BY office_id"
    ).fetchall()
    return [{"office": r[0], "retired_at": wire_time(r[1]), "hlc": r[2], "by": r[3]} for r in rows]


def log(
    cursor: Any,
    office_id: str,
    retired: bool,
    *,
    hlc: str,
    by: str,
    staff: str = "",
    learned_from: str = "",
    learned_from_id: str = "",
    package_id: str = "",
) -> None:
    """Write a decision to the exchange journal, dated when it was made (its clock value): made
    here by ``staff``, or learned from the package ``package_id`` of the office ``learned_from``
    (its id ``learned_from_id``, so that the journal names it as it is called later)."""
    details = {
        "decided_by": by,
        "decided_by_name": _office_name(cursor, by),
        "staff": staff,
        "learned_from": learned_from,
        "learned_from_id": learned_from_id,
    }
    cursor.execute(
        "INSERT INTO sync_exchange (id, direction, package_id, at, peer_office_id, peer_name, file_name, "
        "file_sha256, file_size, hlc_from, hlc_to, counts, conflicts, backup_path) "
        "VALUES (?, ?, ?, ?, ?, ?, '', '', 0, ?, ?, ?, 0, '')",
        (
            str(uuid.uuid4()),
            RETIRED if retired else RETURNED,
            package_id,
            stored_time(clock.to_datetime(hlc)),
            office_id,
            _office_name(cursor, office_id),
            hlc,
            hlc,
            json.dumps(details, ensure_ascii=False),
        ),
    )


def _office_name(cursor: Any, office_id: str) -> str:
    row = cursor.execute("SELECT name FROM office WHERE id = ?", (office_id,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def merge(
    cursor: Any,
    entries: list[dict[str, Any]],
    *,
    learned_from: str = "",
    learned_from_id: str = "",
    package_id: str = "",
) -> list[str]:
    """Take the decisions of a package (checked by ``validate.validate_manifest``) that are later
    than the ones known here; returns the ids of the offices whose state changed. Each change is
    written to the journal as learned from the package ``package_id`` of the office
    ``learned_from_id``, called ``learned_from``."""
    changed = []
    for entry in entries:
        known = decision(cursor, entry["office"])
        if known is not None and (known.hlc, known.decided_by) >= (entry["hlc"], entry["by"]):
            continue
        when = read_stored_time(from_wire_time(entry["retired_at"]))
        decide(cursor, entry["office"], when, hlc=entry["hlc"], by=entry["by"])
        if known is None or (known.retired_at is None) != (when is None):
            changed.append(entry["office"])
            log(
                cursor,
                entry["office"],
                when is not None,
                hlc=entry["hlc"],
                by=entry["by"],
                learned_from=learned_from,
                learned_from_id=learned_from_id,
                package_id=package_id,
            )
    return changed
