"""The focus back where an editor was opened from once it closes (field test 61): Qt leaves no
window active and the focus nowhere after a dialog closes by Esc or Ctrl+S, so the officer's next
key (Down, Return, Ctrl+Z) did nothing until a click."""

from __future__ import annotations

from shiboken6 import isValid

from petdesk.gui.qt import QApplication, QDialog, QWidget


def focus_back_after(editor: QDialog, origin: QWidget | None = None) -> None:
    """When ``editor`` finishes, give the focus back to ``origin`` (by default the widget that has
    it now, as the editor opens); not when another window has become active meanwhile."""
    origin = origin or QApplication.focusWidget()
    if origin is None:
        return

    def back() -> None:
        if not isValid(origin) or not origin.isVisible():
            return
        if QApplication.activeWindow() not in (None, editor, origin.window()):
            return  # the officer went to another window: leave the focus there
        origin.window().activateWindow()
        origin.setFocus()

    editor.finished.connect(back)
