"""Tags edited at two offices are merged tag by tag, not chosen as one whole list.

Chengdu adds "delegation" to Xie Jun's tags while Copenhagen removes "团长候选": the field rule kept
one office's whole list and offered the other's, so either choice lost an edit (field test 18,
defect 2). Tags are a set. After each import, every field conflict it opened on a tags field is
merged from the list the edits started from, as the change log keeps it (an edit's old value):
a tag added on one side is added, a tag removed on one side is removed, and the conflict is
settled as merged. When no earlier list is known (the log was pruned) both lists are united and
the conflict stays open, saying so.

The list both started from is the old value of each side's earliest edit the other side had not
seen (judged by the version vectors: what the sender had seen, what this office had seen before the
import). Not the losing edit's own old value: an office that edited the tags twice since the last
exchange started its second edit from a list holding its first, whose added tag then looked
removed by the other side and was dropped (field test 23, defect 1). When the two sides' lists
differ, or one is not in the log, no common list is known for sure: united, left open.

The merged list is written as this office's change and travels like any edit; the other office
merges the same edits to the same list, which does not conflict. Its order: the winning list's
tags first, then the other's, so every office writes the same text.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync.changes import VectorClock, known
from petdesk.sync.hlc import Version
from petdesk.sync.local_writes import LocalWriter

#: Fields that hold a set of words. An organisation's other names too: Shenzhen's rename kept
#: 深圳市人居环境委员会 among them while Beijing edited them, and the whole-list rule lost it
#: (field test 102, defect 2).
SET_FIELDS = frozenset({"tags", "aliases"})


def merge(
    cursor: Any,
    write: LocalWriter,
    exchange_id: str,
    *,
    sender_knowledge: VectorClock,
    local_knowledge: VectorClock,
) -> int:
    """Merge the tags conflicts the import (``exchange_id``) opened; returns how many were.
    ``sender_knowledge``: what the package's office had seen; ``local_knowledge``: what this office
    had seen before the import."""
    opened = cursor.execute(
        "SELECT id, entity, row_id, field, winner_value, loser_value, winner_hlc, winner_office, loser_hlc, "
        "loser_office FROM sync_conflict WHERE exchange_id = ? AND kind = 'field' "
        f"AND resolved_at IS NULL AND field IN ({','.join('?' * len(SET_FIELDS))})",
        (exchange_id, *sorted(SET_FIELDS)),
    ).fetchall()
    for conflict in opened:
        conflict_id, entity, row_id, field, winner, loser = conflict[:6]
        ours, theirs = _tags(winner), _tags(loser)
        if set(ours) == set(theirs):  # the same tags (two offices' merges): nothing to decide
            base: list[str] | None = ours
        else:
            base = _common_start(cursor, conflict, sender_knowledge, local_knowledge)
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


def _common_start(
    cursor: Any, conflict: tuple[Any, ...], sender: VectorClock, local: VectorClock
) -> list[str] | None:
    """The list both sides' edits started from: the old value of this office's earliest edit the
    sender had not seen, which must be that of the sender's earliest edit this office had not seen.
    When one side had seen all the other's edits, its list already holds them: the other's list
    is the start. None when it is not known for sure (the lists differ, the log keeps none)."""
    _id, entity, row_id, field, winner, loser, w_hlc, w_office, l_hlc, l_office = conflict
    edits = cursor.execute(
        "SELECT old_value, hlc, office FROM sync_change WHERE entity = ? AND row_id = ? AND field = ? "
        "ORDER BY hlc, office",
        (entity, row_id, field),
    ).fetchall()
    mine = [old for old, hlc, office in edits if _unseen(Version(hlc, office), by=sender, of=local)]
    theirs = [old for old, hlc, office in edits if not known(local, Version(hlc, office))]
    winner_here, loser_here = known(local, Version(w_hlc, w_office)), known(local, Version(l_hlc, l_office))
    if not edits or winner_here == loser_here:  # which list was this office's is not clear
        return None
    here, there = (winner, loser) if winner_here else (loser, winner)
    if not mine:  # the sender had seen our edits, so its list was made after ours: ours is where it started
        return _kept_start(edits, theirs, local) or _tags(here)
    if not theirs:  # ours was made after the sender's
        return _tags(there)
    start_here, start_there = _start(mine[0]), _start(theirs[0])
    if start_here is None or start_there is None or set(start_here) != set(start_there):
        return None
    return start_here


def _kept_start(edits: list[Any], theirs: list[Any], local: VectorClock) -> list[str] | None:
    """The list the sender's edit started from when one of ours started from it too: an office on a
    release that kept a whole list (other names before field test 102) sends its own edit, made before
    it saw ours, and taking our list as the start dropped the names we had added (review54c)."""
    start = _start(theirs[0]) if theirs else None
    if start is None:
        return None
    ours = [_start(old) for old, hlc, office in edits if known(local, Version(hlc, office))]
    return start if any(o is not None and set(o) == set(start) for o in ours) else None


def _unseen(version: Version, *, by: VectorClock, of: VectorClock) -> bool:
    """Whether an office with knowledge ``of`` had seen the edit and one with ``by`` had not."""
    return known(of, version) and not known(by, version)


def _start(old_value: Any) -> list[str] | None:
    """The list an edit started from; None when the log keeps none (a creation)."""
    return None if old_value is None else _tags(old_value)


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
    if field == "aliases":
        return _("Both offices' other names were united: no list both edits started from is known here.")
    return _("Both offices' tags were united: no list both edits started from is known here.")
