"""The Backups window's restore question, which comes once the backup is compared with the
database (in the background: field test 112)."""

from __future__ import annotations

from typing import Any


def confirm_box(qtbot: Any, dialog: Any) -> Any:
    """The question, waited for."""
    qtbot.waitUntil(lambda: getattr(dialog, "confirm_box", None) is not None, timeout=10000)
    return dialog.confirm_box
