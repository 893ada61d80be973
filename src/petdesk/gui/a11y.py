"""Names a screen reader reads for fields, lists and icon-only buttons.

Qt reads a field's name from the label whose buddy it is; a field without such a label (a search
box with only a placeholder, a table, a button with only an icon) was read as nothing at all
(field test 19 §4). ``labelled_row`` adds a form row whose label names its field; ``named`` gives
a name where no label is shown. Both take text already translated (``tr``).
"""

from __future__ import annotations

from typing import TypeVar

from petdesk.gui.qt import (
    QAction,
    QCoreApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with the accessible name ``name``."""
    widget.setAccessibleName(name)
    return widget


def label_for(text: str, field: QWidget) -> QLabel:
    """A label showing ``text`` beside ``field`` that also names it (its buddy)."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label


def labelled_row(
    form: QFormLayout, label: str, field: QWidget | QLayout, buddy: QWidget | None = None
) -> QLabel:
    """Add the row ``label``: ``field`` to ``form``, the label naming ``buddy`` (``field`` itself
    unless the field is a group of inputs, such as two dates side by side)."""
    row_label = QLabel(label, form.parentWidget())
    target = buddy if buddy is not None else field
    if isinstance(target, QWidget):
        row_label.setBuddy(target)
    form.addRow(row_label, field)
    return row_label


def name_clear_button(line_edit: QLineEdit) -> None:
    """Give the clear button of ``line_edit`` (``setClearButtonEnabled``) a spoken name: Qt's icon
    button has none. Qt names its action ``_q_qlineeditclearaction``."""
    if action := line_edit.findChild(QAction, "_q_qlineeditclearaction"):
        text = QCoreApplication.translate("Accessibility", "Clear the text")
        action.setText(text)
        action.setToolTip(text)


def name_toolbar_extension(toolbar: QToolBar) -> None:
    """Name the » button a toolbar shows when its buttons do not fit: Qt's has no name and no tip,
    so a screen reader read it as nothing (field test 63). Qt names the button itself
    ``qt_toolbar_ext_button``."""
    if button := toolbar.findChild(QToolButton, "qt_toolbar_ext_button"):
        text = QCoreApplication.translate("Accessibility", "More tools")
        button.setAccessibleName(text)
        button.setToolTip(text)
