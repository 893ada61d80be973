"""The window's navigation list, as wide as its longest entry at the current text size.

A fixed 150 px fitted every entry at the system's text size only: at 150 % "Organisations" was cut
and a horizontal scrollbar appeared under the list (polish 49). The width is fixed (the same on
every page, no gap beside it: issue 16) but measured again when entries or the font change.
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.qt import QEvent, QListWidget, QWidget

#: Pixels beyond the widest entry: the entry's own padding in some styles, and a little air.
SPARE = 8


class NavigationList(QListWidget):
    def __init__(self, least: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The narrowest the list gets (its width at the system's text size, in either language).
        self.least = least
        self.setFixedWidth(least)
        model = self.model()
        model.rowsInserted.connect(self.fit_width)
        model.dataChanged.connect(self.fit_width)

    def fit_width(self, *_args: Any) -> None:
        """Fixed to the widest entry (icon and text), the frame and a vertical scrollbar's room."""
        if not self.count():
            return
        scrollbar = self.verticalScrollBar().sizeHint().width()
        needed = self.sizeHintForColumn(0) + 2 * self.frameWidth() + scrollbar + SPARE
        self.setFixedWidth(max(self.least, needed))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View › Zoom In: the entries took more room
            self.fit_width()
