"""Open follow-ups of an organisation, a contact or a project deleted at another office go with
it, as a delete here does (services.follow_up_partners).

Qingdao deletes Kunming Water Affairs Bureau while Hamburg adds a follow-up to it: after the
exchange the follow-up stayed open at both offices, due on Home under a deleted partner, and
nobody was told (field test 55, defect 2). Locally ``delete_organisations`` deletes the
organisation's own open follow-ups (not a visit's) in the same moment, and a restore brings back
those deleted in that moment. After each import the same rule is applied here: such a follow-up
is deleted with the organisation's own deletion time, so nothing is lost: restoring the
organisation brings it back, at any office. Offices that settle it write the same values. The
same holds for a contact's and a project's follow-ups (review 47, finding 4); one about two
deleted records takes the earlier deletion time, as the earlier local delete would have.
"""

from __future__ import annotations

from typing import Any

from petdesk.sync.local_writes import LocalWriter

_ON_DELETED_RECORD = (
    "SELECT f.id, r.deleted_at FROM follow_up f JOIN {table} r ON r.id = f.{table}_id "
    "WHERE f.deleted_at IS NULL AND f.visit_id IS NULL AND f.status = 'open' "
    "AND r.deleted_at IS NOT NULL"
)
_OPEN_ON_DELETED = (
    "SELECT id, MIN(deleted_at) FROM ("
    + " UNION ALL ".join(
        _ON_DELETED_RECORD.format(table=table) for table in ("organisation", "contact", "project")
    )
    + ") GROUP BY id ORDER BY id"
)


def follow(cursor: Any, write: LocalWriter) -> int:
    """Delete the open follow-ups of deleted records with them; returns how many."""
    rows = cursor.execute(_OPEN_ON_DELETED).fetchall()
    return sum(
        write("follow_up", follow_up_id, "deleted_at", deleted_at) for follow_up_id, deleted_at in rows
    )
