"""Log a key Qt found ambiguous: two shortcuts with one key live at once, so Qt ran neither.

The key then silently does nothing (the training editor's Ctrl+Z once). A QAction already warns
("Ambiguous shortcut overload"); a QShortcut only emits ``activatedAmbiguously``, so ours log it.
Debug builds only (``python -O`` drops it): the guard test finds clashes before a release.
"""

from __future__ import annotations

import logging

from petdesk.gui.qt import QKeySequence, QShortcut

log = logging.getLogger(__name__)


def ambiguity_logged(shortcut: QShortcut) -> QShortcut:
    """``shortcut``, logging (at debug level) each press Qt found ambiguous."""
    if __debug__:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in shortcut.keys())  # noqa: SIM118
        owner = shortcut.parent()
        where = f"{type(owner).__name__}#{owner.objectName()}" if owner is not None else "-"
        # Plain strings in the slot, not the shortcut: no reference cycle through the connection.
        shortcut.activatedAmbiguously.connect(
            lambda: log.debug("ambiguous shortcut %s on %s: another one is live too", keys, where)
        )
    return shortcut
