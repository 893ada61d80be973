"""The user's own name, given in Settings › Defaults, filled in where the app records an author
("Logged by" of an activity). A module of its own: the editors that read it stay light."""

from __future__ import annotations

from petdesk.gui.qt import QSettings

#: QSettings key of the user's own name.
AUTHOR_KEY = "user/author"


def author_name() -> str:
    """The name she gave in Settings, else ""."""
    return str(QSettings().value(AUTHOR_KEY, "") or "")
