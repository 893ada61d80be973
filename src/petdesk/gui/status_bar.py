"""The window's status bar, whose messages are elided to the room left of the office summary.

A long message (the upgrade notice with its migration's name) ran on under the summary on the
right at 1024 px, cut mid-word with no sign that more followed (field test 32, §10). Here the
message ends in "…" and the whole of it is the bar's tooltip; it is elided again when the window
is resized.
"""

from __future__ import annotations

import time

from petdesk.gui.qt import QResizeEvent, QStatusBar, Qt, QWidget

#: Pixels QStatusBar keeps around its message and between it and the permanent widgets, with a few
#: to spare (the message starts a little way in; elided to the pixel, it touched "Details…").
MARGINS = 32
#: Pixels between two permanent widgets (measured: a "Details…" button beside the office summary).
SPACING = 6


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The message as given, and as shown (elided) now.
        self.full_message = ""
        self._shown = ""
        #: When the message goes (time.monotonic()), or None for one that stays.
        self._until: float | None = None
        self._permanent: list[QWidget] = []

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int | None = 0) -> int:
        """Counted in the room like an added one, and the message elided again at once: the demo
        note ran on under "Details…", put in the bar after it (field test 46, defect 7)."""
        at = super().insertPermanentWidget(index, widget, stretch or 0)
        self._permanent.append(widget)
        if self.full_message and super().currentMessage() == self._shown:
            self._show_elided()
        return at

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self.full_message = text
        self._until = time.monotonic() + timeout / 1000 if timeout else None
        self._show_elided()
        self.setToolTip(text if self._shown != text else "")

    def currentMessage(self) -> str:
        """The message as given, not as elided: callers add to it ("… — 2 warnings")."""
        shown = super().currentMessage()
        return self.full_message if shown and shown == self._shown else shown

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.full_message and super().currentMessage() == self._shown:
            self._show_elided()
            if self._shown != self.full_message:
                self.setToolTip(self.full_message)

    def _room(self) -> int:
        shown = [w for w in self._permanent if w.isVisible()]
        taken = sum(w.width() for w in shown) + SPACING * max(0, len(shown) - 1)
        return max(40, self.width() - taken - MARGINS)

    def _show_elided(self) -> None:
        left = 0
        if self._until is not None:  # what is left of its time, not the whole again
            left = max(1, int((self._until - time.monotonic()) * 1000))
        self._shown = self.fontMetrics().elidedText(
            self.full_message, Qt.TextElideMode.ElideRight, self._room()
        )
        super().showMessage(self._shown, left)
