"""A combo box that elides its current text ("All statu…") where the style would clip it.

Qt's combo box paints its text cut at the edit field's edge with no mark: at 1024 px the City
needs' filter boxes read "All statuse" and "All countrie", which look like typing errors (polish53).
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.qt import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, Qt


def shown_text(box: QComboBox) -> str:
    """The current text as ``box`` paints it: elided to its edit field's width."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    room = field.width()
    if not option.currentIcon.isNull():
        room -= box.iconSize().width() + 4  # the style's gap between icon and text
    return box.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(room, 0))


class ElidedComboBox(QComboBox):
    """A non-editable combo box whose current text ends in "…" when it does not fit."""

    def paintEvent(self, _event: Any) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = shown_text(self)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
