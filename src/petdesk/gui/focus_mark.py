"""Tab bars and toolbar buttons that show clearly where the keyboard is.

Fusion marks a focused tab with a faint tint only, which a keyboard user did not see on the
Projects page's "Board" tab (field test 13, defect 9). A tab bar takes the focus from the keyboard
alone (Tab, a page shortcut), so the mark never shows for mouse users.

A toolbar button's focus was a faint light-blue box inside it, easy to miss (field test 109, a
keyboard-only user): it is now a 2 px outline in the palette's highlight colour, at least 3:1
against the window (WCAG 2.4.7 and 1.4.11), in light and dark palettes alike. As Fusion's own, it
shows after a focus change by keyboard only.
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.colours import focus_colour
from petdesk.gui.qt import (
    QApplication,
    QEvent,
    QObject,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QProxyStyle,
    QStyle,
    Qt,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

#: Width of the toolbar buttons' focus outline, in pixels.
FOCUS_WIDTH = 2


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


class ToolbarFocusStyle(QProxyStyle):
    """The application's style, with a toolbar button's focus drawn as a clear outline."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: Any, painter: Any, widget: Any = None
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect or not isinstance(widget, QToolButton):
            super().drawPrimitive(element, option, painter, widget)
            return
        if not option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # as Fusion: after a click the button shows no focus
        painter.save()
        pen = QPen(focus_colour(widget.palette()))
        pen.setWidth(FOCUS_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_WIDTH // 2  # the pen is centred on the line: the outline lies inside the button
        painter.drawRect(widget.rect().adjusted(half, half, -half, -half))
        painter.restore()


_STYLE: ToolbarFocusStyle | None = None


def _style() -> ToolbarFocusStyle:
    """One style for every toolbar button, made from the application's (Fusion, Windows …)."""
    global _STYLE
    if _STYLE is None:
        _STYLE = ToolbarFocusStyle(QApplication.style().name())
        _STYLE.setParent(QApplication.instance())  # a widget does not own the style it is given
    return _STYLE


class _NewButtons(QObject):
    """Gives the clear focus mark to buttons a toolbar makes later (an action added, its »)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(watched, QToolBar):
            mark_toolbar_focus(watched)
        return False


def mark_toolbar_focus(toolbar: QToolBar) -> None:
    """Draw the keyboard focus on ``toolbar``'s buttons as a clear outline, now and as it gets more."""
    style = _style()
    for button in toolbar.findChildren(QToolButton):
        if button.style() is not style:
            button.setStyle(style)
    if toolbar.property("petdesk_focus_marked") is None:
        toolbar.setProperty("petdesk_focus_marked", True)
        toolbar.installEventFilter(_NewButtons(toolbar))
