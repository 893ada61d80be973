"""The read-only window: a file on a write-protected stick, or one open in petdesk on another
computer that its user chose to open to look at only (``connection.read_only``, one switch for both).

Field test 70: New, Edit and Delete stayed enabled there and failed only at saving. Each action or
button that changes the database is marked with :func:`writes` where it is made; :func:`hold` keeps
the marked ones under a window or dialog disabled, even when their own code enables them again
(a selection made, a page shown).
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from petdesk import connection
from petdesk.gui.qt import QAbstractButton, QAction, QEvent, QObject

#: The dynamic property marking an action or button that changes the database.
WRITES = "petdesk_writes"
#: Set on what :func:`hold` keeps disabled.
HELD = "petdesk_held"

#: The list pages' own actions that change records (``action_<name>``), marked where they are made.
#: Not "edit" (Open…): opening a colleague's file to look at its records is the point of a read-only
#: window; the editor shows the record with Save held off (polish50).
WRITING_ACTIONS = frozenset({"new", "delete", "tag", "untag", "merge", "undo", "redo"})

Marked = TypeVar("Marked", bound=QObject)


def writes(item: Marked) -> Marked:
    """Mark ``item`` as one that changes the database; returns it."""
    item.setProperty(WRITES, True)
    return item


def hold(root: QObject, db_path: Path) -> int:
    """Disable the marked actions and buttons under ``root`` (itself included) for good when
    ``db_path`` is read-only here; how many were held. Call again after adding more (a page built)."""
    if not connection.read_only(db_path):
        return 0
    items: list[QObject] = [root, *root.findChildren(QAction), *root.findChildren(QAbstractButton)]
    held = 0
    for item in items:
        if not isinstance(item, (QAction, QAbstractButton)) or not item.property(WRITES):
            continue
        held += 1
        if item.property(HELD):
            continue
        item.setProperty(HELD, True)
        item.setEnabled(False)
        if isinstance(item, QAction):
            action = item
            action.changed.connect(lambda a=action: a.isEnabled() and a.setEnabled(False))
        else:
            item.installEventFilter(_KEEP_DISABLED)
    return held


class _KeepDisabled(QObject):
    """Disables a held button again whenever its own code enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


_KEEP_DISABLED = _KeepDisabled()
