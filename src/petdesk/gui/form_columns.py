"""One label column for several form groups stacked in a column: each QFormLayout sizes its label
column to its own widest label, so the fields of groups one above the other started at different x
(the contact editor's "Travel documents" under "Visits and notes")."""

from __future__ import annotations

from petdesk.gui.qt import QFormLayout, QHBoxLayout, QLabel, QWidget


def align_label_columns(*forms: QFormLayout) -> None:
    """Give every label of ``forms`` the widest label's width; call again after a label's text changes."""
    labels = [
        widget
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(widget := item.widget(), QLabel)
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def side_by_side(left: QWidget, right: QWidget) -> QHBoxLayout:
    """Two fields of equal width in one row: the English and the Chinese text."""
    row = QHBoxLayout()
    row.addWidget(left, 1)
    row.addWidget(right, 1)
    return row
