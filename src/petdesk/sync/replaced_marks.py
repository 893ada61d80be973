"""Marks of a replaced attendee follow the replacement to the substitute, whichever came first.

Karlsruhe replaces Liu Yang by Klaus Meier from session S1 on while Chengdu marks Liu Yang present in
S1 and S2. Locally ``services.trainings.replace_attendee`` moves the original's marks from the
replacement's session on to the substitute; through the sync the marks stayed on the original, in
sessions outside his part, so every sign-in sheet hid them and nobody was told (field test 27,
defect 1). Had the marks arrived first, the replacement would have moved them: the result depended
on the order the packages came in.

After each import, every live mark of a replaced original in a session from the replacement's
session on is moved to the substitute (its person changed, as a merge moves a row), the rule of the
local path. The writes are this office's changes and travel like any edit; offices that move the
same mark write the same value, which does not conflict, and moving again finds nothing. A slot the
substitute had marked already holds two rows then, which :mod:`petdesk.sync.same_slot` settles.
"""

from __future__ import annotations

from typing import Any

from petdesk.sync.local_writes import LocalWriter

#: (mark id, substitute id) of the live marks of replaced originals, in sessions from the
#: replacement's session on (the session order of ``services.trainings``: start, then id), where
#: the substitute's registration is live (else the marks stay, for the people who see them).
_MARKS_TO_MOVE = """
SELECT a.id, p.replaced_by_id
FROM training_participant p
JOIN training_session r ON r.id = p.replaced_from_id
JOIN training_session s ON s.training_id = p.training_id AND s.deleted_at IS NULL
    AND (s.starts_at > r.starts_at OR (s.starts_at = r.starts_at AND s.id >= r.id))
JOIN attendance a ON a.session_id = s.id AND a.contact_id = p.contact_id AND a.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND p.replaced_by_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM training_participant sub WHERE sub.training_id = p.training_id
                AND sub.contact_id = p.replaced_by_id AND sub.deleted_at IS NULL)
ORDER BY a.id
"""


def follow(cursor: Any, write: LocalWriter) -> int:
    """Move the marks of replaced originals to their substitutes (see the module's text); returns
    how many marks moved."""
    moved = 0
    for mark_id, substitute_id in cursor.execute(_MARKS_TO_MOVE).fetchall():
        moved += write("attendance", mark_id, "contact_id", substitute_id)
    return moved
