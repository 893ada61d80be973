"""Changes made here that no other office has acknowledged: what goes for good if this office does.

Karlsruhe sent its last package, then someone added a contact, then the office was removed from the
laptop; nothing warned that the contact existed only there (field test 27, defect 2). This counts
the records holding such changes from the same data ``sync export --to`` picks changes by: what each
office acknowledged of this office's changes (``sync_peer.acked``), and the records written without
a version yet (new to every office, which the next export gives one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from petdesk.sync.entities import entities
from petdesk.sync.hlc import ZERO, to_int
from petdesk.sync.versions import Codes


@dataclass(frozen=True)
class Unsent:
    """Records holding changes made here that no office in service has acknowledged."""

    records: int
    #: The names of the other offices in service (none of them has these changes), by name.
    offices: list[str]


def unsent_here(cursor: Any) -> Unsent | None:
    """What no other office has acknowledged of this office's changes; None when nothing, or when
    no other office in service is known (the database was never part of an exchange)."""
    row = cursor.execute("SELECT id FROM office WHERE is_self = 1 ORDER BY created_at LIMIT 1").fetchone()
    if row is None:
        return None
    self_id = row[0]
    peers = cursor.execute(
        "SELECT o.name, p.acked FROM office o LEFT JOIN sync_peer p ON p.office_id = o.id "
        "LEFT JOIN sync_retired_office r ON r.office_id = o.id "
        "WHERE o.is_self = 0 AND o.deleted_at IS NULL AND r.retired_at IS NULL ORDER BY o.name"
    ).fetchall()
    if not peers:
        return None
    # The furthest any office has got in this office's changes: what lies beyond reached none.
    reached = max((json.loads(acked or "{}").get(self_id, ZERO) for _name, acked in peers), default=ZERO)
    records = _changed_after(cursor, self_id, reached) + _without_version(cursor)
    return Unsent(records, [name for name, _acked in peers]) if records else None


def _changed_after(cursor: Any, self_id: str, reached: str) -> int:
    """Records with a field (or the record itself) changed here after ``reached``."""
    codes = Codes(cursor, create=False)
    mine = codes.offices.get(self_id)
    if mine is None:
        return 0
    above = to_int(reached)
    count = 0
    for base_hlc, base_office, fields in cursor.execute(
        "SELECT base_hlc, base_office, fields FROM sync_row_version WHERE max_hlc > ?", (above,)
    ):
        versions = [(base_hlc, base_office), *(json.loads(fields).values() if fields else ())]
        count += any(office == mine and hlc > above for hlc, office in versions)
    return count


def _without_version(cursor: Any) -> int:
    """Records written without the ORM and not exported since (``tracking.adopt_untracked``)."""
    codes = Codes(cursor, create=False)
    count = 0
    for entity in entities():
        code = codes.known_entity(entity.name)
        count += cursor.execute(
            f"SELECT count(*) FROM {entity.name} AS t WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_row_version v WHERE v.entity = ? AND v.row_id = t.id)",
            (code,),
        ).fetchone()[0]
    return count
