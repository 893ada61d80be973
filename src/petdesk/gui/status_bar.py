"""The window's status bar, whose messages are elided to the room left of the office summary.

A long message (the upgrade notice with its migration's name) ran on under the summary on the
right at 1024 px, cut mid-word with no sign that more followed (field test 32, §10). Here the
message ends in "…" and the whole of it is the bar's tooltip; it is elided again when the window
is resized, or when a widget on the right grows, shrinks, shows or hides (field test 70: the demo
notice ran on under the office counts, which grew after it was cut). A message whose long part is a
folder's path has that path cut in its middle first, so the sentence after it stays whole, or gives
way to a short form of itself where even that is too long (layout55: "… Your changes are kept only
when you save." was cut off at 1024 px, the office summary beside it).
"""

from __future__ import annotations

import time

from petdesk.gui.qt import QEvent, QObject, QResizeEvent, QStatusBar, Qt, QWidget

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
        #: The tooltip of the message shown now: its whole text when cut, or what the caller gave.
        self._tip = ""
        #: The part of the message to cut in its middle first (a path) and the message's short
        #: form; the next message's, given by show_shortening.
        self._middle = self._short = ""
        self._next: tuple[str, str] = ("", "")
        self.messageChanged.connect(lambda _text: self._show_tip())

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)
        widget.installEventFilter(self)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int | None = 0) -> int:
        """Counted in the room like an added one, and the message elided again at once: the demo
        note ran on under "Details…", put in the bar after it (field test 46, defect 7)."""
        at = super().insertPermanentWidget(index, widget, stretch or 0)
        self._permanent.append(widget)
        widget.installEventFilter(self)
        self._elide_again()
        return at

    def show_shortening(self, text: str, part: str, short: str, timeout: int = 0) -> None:
        """Show ``text``; where it is too long, cut ``part`` of it (a folder's path) in its middle,
        and where that is not enough, show ``short`` instead: the words after a long path are what
        the user must read. The tooltip has ``text`` whole."""
        self._next = (part, short)
        self.showMessage(text, timeout)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        (self._middle, self._short), self._next = self._next, ("", "")
        self.full_message = text
        self._tip = ""
        self._until = time.monotonic() + timeout / 1000 if timeout else None
        self._show_elided()
        self._show_tip()

    def set_message_tooltip(self, tip: str) -> None:
        """The tooltip of the message shown now (a notice's details), kept while it is shown, cut or
        not, and gone with it: the window cleared it when a resize cut the notice anew (future50)."""
        self._tip = tip
        self._show_tip()

    def showing(self, text: str) -> bool:
        """Whether ``text`` is the message shown now, whole or cut."""
        return bool(text) and self.currentMessage() == text

    def currentMessage(self) -> str:
        """The message as given, not as elided: callers add to it ("… — 2 warnings")."""
        shown = super().currentMessage()
        return self.full_message if shown and shown == self._shown else shown

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_again()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A permanent widget's new width takes room from the message, or gives it back.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._elide_again()
        return super().eventFilter(watched, event)

    def _elide_again(self) -> None:
        if self.full_message and super().currentMessage() == self._shown:
            self._show_elided()
            self._show_tip()

    def _show_tip(self) -> None:
        shown = super().currentMessage()
        if not shown or shown != self._shown:  # cleared, timed out or put by Qt itself
            self.setToolTip("")
        else:
            self.setToolTip(self._tip or (self.full_message if shown != self.full_message else ""))

    def _room(self) -> int:
        shown = [w for w in self._permanent if w.isVisible()]
        taken = sum(w.width() for w in shown) + SPACING * max(0, len(shown) - 1)
        return max(40, self.width() - taken - MARGINS)

    def _show_elided(self) -> None:
        left = 0
        if self._until is not None:  # what is left of its time, not the whole again
            left = max(1, int((self._until - time.monotonic()) * 1000))
        self._shown = self._fitted(self.full_message, self._room())
        super().showMessage(self._shown, left)

    def _fitted(self, text: str, room: int) -> str:
        """``text`` in ``room`` pixels: its middle part cut first (where it has one), then its end."""
        metrics = self.fontMetrics()
        if self._middle and self._middle in text and metrics.horizontalAdvance(text) > room:
            rest = metrics.horizontalAdvance(text.replace(self._middle, "", 1))
            least = metrics.horizontalAdvance("…" + self._middle[-12:])  # a path is never cut to "…"
            middle = metrics.elidedText(self._middle, Qt.TextElideMode.ElideMiddle, max(least, room - rest))
            text = text.replace(self._middle, middle, 1)
            if self._short and metrics.horizontalAdvance(text) > room:
                text = self._short
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
