"""Tabs tall enough for their labels' descenders (layout54).

Fusion draws an unselected tab 2 px lower than the selected one (PM_TabBarTabShiftVertical) and
takes those pixels from its label's room: the label had 12 px for a 14 px line, and at 125 %
scaling on a 1366×768 screen "Delegation", "Itinerary" and "Logistics" lost the tails of their g
and y to the pane's frame (field test 83, left then). Each tab here asks for those pixels more.
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.qt import QProxyStyle, QSize, QStyle, QStyleOptionTab, QTabBar, QTabWidget

#: The shapes of tabs above or below their pages (their shift is vertical).
_HORIZONTAL = frozenset(
    {
        QTabBar.Shape.RoundedNorth,
        QTabBar.Shape.RoundedSouth,
        QTabBar.Shape.TriangularNorth,
        QTabBar.Shape.TriangularSouth,
    }
)


class TabRoomStyle(QProxyStyle):
    """The widget's own style, with each tab as much taller (or wider, on a side) as an
    unselected tab is shifted."""

    def sizeFromContents(
        self, kind: QStyle.ContentsType, option: Any, size: QSize, widget: Any = None
    ) -> QSize:
        grown = super().sizeFromContents(kind, option, size, widget)
        if kind != QStyle.ContentsType.CT_TabBarTab or not isinstance(option, QStyleOptionTab):
            return grown
        if option.shape in _HORIZONTAL:
            shift = self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, option, widget)
            return QSize(grown.width(), grown.height() + shift)
        shift = self.pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftHorizontal, option, widget)
        return QSize(grown.width() + shift, grown.height())


def room_for_tab_labels(tabs: QTabWidget) -> None:
    """Give ``tabs``' labels their whole height in every tab, selected or not."""
    bar = tabs.tabBar()
    style = TabRoomStyle(bar.style().name())
    style.setParent(bar)  # a widget does not own the style it is given
    bar.setStyle(style)
