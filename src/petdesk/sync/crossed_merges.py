"""Two offices that merged the same pair of records in opposite directions.

Office A merges Y into X (Y deleted, Y's phone numbers moved to X) while office B merges X into Y.
Each merge is an ordinary change, so the sync carries both: X is deleted by B's merge, Y by A's,
the moved rows point at whichever record the later edit named, and an e-mail both records held is
deleted twice (each merge retired the other's copy): the person vanished at both offices, and no
field conflicted.

After each import the crossed pairs are settled the same way at every office, so that they agree
without asking anyone: the merge that kept the record with the smaller id stands (its kept record
lives, the other stays merged into it), every row that names the other record is moved to the kept
one, the copies only the other merge retired come back, and the other merge is marked undone. The
writes are this office's changes and travel like any edit; an office that settles the same pair
later writes the same values, which do not conflict.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync.local_writes import LocalWriter, linking

_CROSSED_SQL = """
SELECT a.id, b.id, a.entity, a.kept_id, a.merged_id, a.payload, b.payload
FROM merge_record a JOIN merge_record b
  ON b.entity = a.entity AND b.kept_id = a.merged_id AND b.merged_id = a.kept_id
WHERE a.kept_id < a.merged_id
  AND a.undone_at IS NULL AND b.undone_at IS NULL
  AND a.deleted_at IS NULL AND b.deleted_at IS NULL
"""


#: The crossed pairs one of whose merge records is among some (a JSON array of ids, ``?1``): either
#: merge of a pair may be the one that came, and the pair is read the way round _CROSSED_SQL reads it.
_CROSSED_AMONG_SQL = f"""{_CROSSED_SQL}
  AND a.id IN (
    SELECT value FROM json_each(?1)
    UNION ALL
    SELECT o.id FROM merge_record m JOIN merge_record o
      ON o.entity = m.entity AND o.kept_id = m.merged_id AND o.merged_id = m.kept_id
    WHERE m.id IN (SELECT value FROM json_each(?1))
  )
ORDER BY a.rowid
"""


def settle(cursor: Any, write: LocalWriter, *, written: list[str] | None = None) -> int:
    """Settle every crossed pair (see the module's text) through ``write``; returns how many.

    ``written``: the ids of the merge records the import wrote. A pair crosses only when one of its
    merges comes from another office (a merge of a record merged away is refused here), and it is
    settled by the import that brings it: only the pairs of these are looked for. None looks at
    every merge."""
    if written is None:
        crossed = cursor.execute(_CROSSED_SQL).fetchall()
    else:
        crossed = cursor.execute(_CROSSED_AMONG_SQL, (json.dumps(written),)).fetchall() if written else []
    now = write.now
    for _standing_id, undone_id, entity, kept, merged, standing_payload, undone_payload in crossed:
        write(entity, kept, "deleted_at", None)
        if cursor.execute(f"SELECT deleted_at FROM {entity} WHERE id = ?", (merged,)).fetchone()[0] is None:
            write(entity, merged, "deleted_at", now)
        for table, column in linking(cursor, entity):
            linked = cursor.execute(f"SELECT id FROM {table} WHERE {column} = ?", (merged,)).fetchall()
            for (row_id,) in linked:
                write(table, row_id, column, kept)
        for table, row_id in _retired(undone_payload) - _retired(standing_payload):
            write(table, row_id, "deleted_at", None)
        write("merge_record", undone_id, "undone_at", now)
        write.close_conflicts()
    return len(crossed)


def _retired(payload: str | None) -> set[tuple[str, str]]:
    """The (table, id) of the copies a merge deleted because the kept record held the same."""
    links = json.loads(payload or "{}").get("links", [])
    return {
        (link["table"], link["id"])
        for link in links
        if isinstance(link, dict) and link.get("new", {}).get("deleted_at") is not None
    }
