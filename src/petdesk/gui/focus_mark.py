"""Tab bars that show clearly where the keyboard is.

Fusion marks a focused tab with a faint tint only, which a keyboard user did not see on the
Projects page's "Board" tab (field test 13, defect 9). A tab bar takes the focus from the keyboard
alone (Tab, a page shortcut), so the mark never shows for mouse users.
"""

from __future__ import annotations

from petdesk.gui.qt import QPainter, QPaintEvent, QPalette, QPen, QTabBar, QTabWidget, QWidget


class FocusMarkTabBar(QTabBar):
    """A tab bar that frames its current tab in the highlight colour while it has the focus."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus() or self.currentIndex() < 0:
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(self.tabRect(self.currentIndex()).adjusted(2, 2, -2, -2))
        painter.end()


class FocusMarkTabWidget(QTabWidget):
    """A tab widget whose tab bar is a :class:`FocusMarkTabBar`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FocusMarkTabBar(self))
