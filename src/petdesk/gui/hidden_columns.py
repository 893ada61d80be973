"""The columns a list's user hid, as kept in the settings (``columns/<kind>``).

An empty choice (every column shown) must be kept too, but QSettings' file writes an empty list as
``@Invalid()``, read back at the next start as None: taken for "never chosen", the page's default
hid Position and Tags again at every start (review53). The key's presence says a choice was made.
"""

from __future__ import annotations

from collections.abc import Iterable

from petdesk.gui.qt import QSettings


def saved_hidden(settings: QSettings, kind: str, default: Iterable[str]) -> list[str]:
    """The keys of the columns hidden in the list of ``kind``: the user's choice, else ``default``."""
    key = f"columns/{kind}"
    if not settings.contains(key):
        return list(default)
    hidden = settings.value(key)
    if isinstance(hidden, str):  # one key is read back as a plain string
        return [hidden] if hidden else []
    return [str(k) for k in hidden] if isinstance(hidden, list) else []
