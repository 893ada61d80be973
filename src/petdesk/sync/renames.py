"""A rename of an organisation wins over another office's concurrent correction of the old name.

Wuhan renames "Wuhan Environmental Protecton Bureau" into "Wuhan Ecology and Environment Bureau"
(the old name kept among the other names) while Beijing, not yet knowing, corrects the old name's
typo ("…Protection…"). The field rule keeps the later of the two edits: when Beijing's was later,
the rename was undone at both offices, and the new name survived only as a conflict to notice.
Both edits are right: the organisation is now called by its new name, and its former name is spelt
"…Protection…". So after each import, a conflict it opened on ``name_en`` or ``name_zh`` of an
organisation, whose two edits started from one name, one of them a rename and the other a
correction of that name (:func:`petdesk.name_words.is_correction`), is settled so:
the rename is the name, and the corrected old name joins the other names, whichever edit was later.
That is what the two edits made one after the other (the correction, then the rename) leave, so
nothing is lost, and both offices write the same values, which do not conflict again.

Two renames, or two corrections, stay with the field rule (the later wins, the other waits as a
conflict); so does a pair whose start the change log no longer keeps.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.name_words import is_correction, same_words
from petdesk.sync.local_writes import LocalWriter

#: The organisation's names a rename changes (short names are no rename's).
NAME_FIELDS = ("name_en", "name_zh")
#: How a conflict settled by this rule is recorded.
RESOLUTION = "renamed"


def settle(cursor: Any, write: LocalWriter, exchange_id: str) -> int:
    """Settle the rename-versus-correction conflicts the import ``exchange_id`` opened; returns how
    many were."""
    marks = ",".join("?" * len(NAME_FIELDS))
    opened = cursor.execute(
        "SELECT id, row_id, field, winner_value, winner_hlc, winner_office, loser_value, loser_hlc, "
        "loser_office FROM sync_conflict WHERE exchange_id = ? AND kind = 'field' "
        f"AND entity = 'organisation' AND resolved_at IS NULL AND field IN ({marks})",
        (exchange_id, *NAME_FIELDS),
    ).fetchall()
    settled = 0
    for conflict_id, row_id, field, winner, w_hlc, w_office, loser, l_hlc, l_office in opened:
        start = _start(cursor, row_id, field, w_hlc, w_office)
        if start is None or start != _start(cursor, row_id, field, l_hlc, l_office):
            continue  # not known to have started from one name
        names = _text(winner), _text(loser)
        corrections = [is_correction(start, name) for name in names]
        if corrections[0] == corrections[1]:
            continue  # two renames or two corrections: the field rule's
        rename, corrected = names if corrections[1] else names[::-1]
        write("organisation", row_id, field, rename)
        _keep_other_name(cursor, write, row_id, corrected)
        cursor.execute(
            "UPDATE sync_conflict SET resolution = ?, resolved_at = ? WHERE id = ?",
            (RESOLUTION, write.now, conflict_id),
        )
        settled += 1
    return settled


def _start(cursor: Any, row_id: str, field: str, hlc: str, office: str) -> str | None:
    """The name the edit (``hlc``, ``office``) of ``field`` changed, as the change log keeps it."""
    found = cursor.execute(
        "SELECT old_value FROM sync_change WHERE entity = 'organisation' AND row_id = ? AND field = ? "
        "AND hlc = ? AND office = ?",
        (row_id, field, hlc, office),
    ).fetchone()
    return None if found is None or found[0] is None else _text(found[0])


def _text(value: Any) -> str:
    """A name as the conflicts and the change log keep it (JSON text)."""
    try:
        decoded = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    return decoded if isinstance(decoded, str) else ""


def _keep_other_name(cursor: Any, write: LocalWriter, row_id: str, name: str) -> None:
    """``name`` among the organisation's other names, unless it is one of its names already."""
    row = cursor.execute(
        "SELECT name_en, name_zh, short_name_en, short_name_zh, aliases FROM organisation WHERE id = ?",
        (row_id,),
    ).fetchone()
    if row is None or not name:
        return
    try:
        aliases = [str(a) for a in json.loads(row[4] or "[]")]
    except ValueError:
        aliases = []
    if not any(same_words(name, known) for known in [*row[:4], *aliases] if known):
        text = json.dumps([*aliases, name], ensure_ascii=False, separators=(",", ":"))
        write("organisation", row_id, "aliases", text)
