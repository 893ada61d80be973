"""Find the interactive widgets a screen reader would read as nothing (field test 19 §4).

A widget's spoken name is ``QAccessible.queryAccessibleInterface(w).text(QAccessible.Name)``:
its accessible name, its text, or the text of a label whose buddy it is.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
#: Qt's own parts, read through their owner (a spin box's line edit, a calendar's hidden month arrows).
QT_PARTS = {"qt_spinbox_lineedit", "qt_calendar_prevmonth", "qt_calendar_nextmonth"}


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "") or ""


def unnamed(root: QWidget) -> list[str]:
    """The visible interactive widgets under ``root`` without a spoken name, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if not widget.isVisibleTo(root) or widget.objectName() in QT_PARTS:
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(parent, (QTabBar, QScrollBar)):
            continue
        if not spoken_name(widget).strip():
            owner = f"{type(parent).__name__}/{parent.objectName()}" if parent else "-"
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {owner}")
    return found
