"""Tags edited at two offices are merged tag by tag, not chosen as one whole list.

Chengdu adds "delegation" to Xie Jun's tags while Copenhagen removes "团长候选": the field rule kept
one office's whole list and offered the other's, so either choice lost an edit (field test 18,
defect 2). Tags are a set. After each import, every field conflict it opened on a tags field is
merged from the list the edits started from, as the change log keeps it (an edit's old value):
a tag added on one side is added, a tag removed on one side is removed, and the conflict is
settled as merged. When no earlier list is known (the log was pruned) both lists are united and
the conflict stays open, saying so.

The merged list is written as this office's change and travels like any edit; the other office
merges the same edits to the same list, which does not conflict. Its order: the winning list's
tags first, then the other's, so every office writes the same text.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync.local_writes import LocalWriter

#: Fields that hold a set of words.
SET_FIELDS = frozenset({"tags"})


def merge(cursor: Any, write: LocalWriter, exchange_id: str) -> int:
    """Merge the tags conflicts the import (``exchange_id``) opened; returns how many were."""
    opened = cursor.execute(
        "SELECT id, entity, row_id, field, winner_value, winner_hlc, winner_office, loser_value, "
        "loser_hlc, loser_office FROM sync_conflict WHERE exchange_id = ? AND kind = 'field' "
        f"AND resolved_at IS NULL AND field IN ({','.join('?' * len(SET_FIELDS))})",
        (exchange_id, *sorted(SET_FIELDS)),
    ).fetchall()
    for conflict_id, entity, row_id, field, winner, w_hlc, w_office, loser, l_hlc, l_office in opened:
        ours, theirs = _tags(winner), _tags(loser)
        # The list the losing edit started from: the winning one started there too, or from a list
        # that already held the losing edit (a merge made at another office).
        base = _start(cursor, entity, row_id, field, l_hlc, l_office)
        if base is None:
            base = _start(cursor, entity, row_id, field, w_hlc, w_office)
        merged = _merged(ours, theirs, base)
        text = json.dumps(merged, ensure_ascii=False, separators=(",", ":"))
        current = cursor.execute(f"SELECT {field} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        if current is not None and _tags(json.dumps(current[0])) != merged:
            write(entity, row_id, field, text)
        if base is not None:
            resolution = ("merged", write.now, conflict_id)
            cursor.execute(
                "UPDATE sync_conflict SET resolution = ?, resolved_at = ? WHERE id = ?", resolution
            )
        else:  # united: the union is the value now, and the conflict stays open (writing closed it)
            cursor.execute(
                "UPDATE sync_conflict SET winner_value = ?, resolved_at = NULL, resolution = '' WHERE id = ?",
                (json.dumps(text), conflict_id),
            )
    return len(opened)


def _tags(value: Any) -> list[str]:
    """A tags value as the conflicts and the change log keep it (JSON of the stored JSON text)."""
    try:
        stored = json.loads(value) if isinstance(value, str) else value
        items = json.loads(stored) if isinstance(stored, str) and stored else stored
    except ValueError:
        return []
    return [str(t) for t in items] if isinstance(items, list) else []


def _start(cursor: Any, entity: str, row_id: str, field: str, hlc: str, office: str) -> list[str] | None:
    """The list an edit started from, as the change log keeps it; None when it keeps no such edit."""
    found = cursor.execute(
        "SELECT old_value FROM sync_change WHERE entity = ? AND row_id = ? AND field = ? AND hlc = ? "
        "AND office = ? LIMIT 1",
        (entity, row_id, field, hlc, office),
    ).fetchone()
    return None if found is None or found[0] is None else _tags(found[0])


def _merged(winner: list[str], loser: list[str], base: list[str] | None) -> list[str]:
    """Tag by tag: added on one side, added; removed on one side, removed (without a base: all)."""
    if base is None:
        return list(dict.fromkeys([*winner, *loser]))
    removed = {t for t in base if t not in winner or t not in loser}
    return [t for t in dict.fromkeys([*winner, *loser]) if t not in removed]


def united_words(field: str, kind: str, winner: Any, loser: Any, locale: str = "en") -> str:
    """What an open tags conflict whose lists were united says (see :func:`merge`); "" for others.
    ``winner``, ``loser``: the values as the conflict keeps them, decoded once."""
    from petdesk.i18n import translator

    if field not in SET_FIELDS or kind != "field":
        return ""
    ours, theirs = _tags(json.dumps(winner)), _tags(json.dumps(loser))
    if not set(theirs) <= set(ours):
        return ""
    _ = translator(locale)
    return _("Both offices' tags were united: no list both edits started from is known here.")
