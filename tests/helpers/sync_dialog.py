"""The window's Import Changes dialog, filled in and previewed as a user does it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from petdesk.gui.qt import Qt


def previewed_import(qtbot: Any, window: Any, package: Path, passphrase: str) -> Any:
    """Open Import Changes from ``window``, type ``package`` and ``passphrase`` and wait for the
    preview; returns the dialog, still open."""
    window.sync_import_action.trigger()
    dialog = window.sync_dialog
    qtbot.keyClicks(dialog.path, str(package))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    return dialog
