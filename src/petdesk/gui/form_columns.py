"""One label column for several form groups stacked in a column: each QFormLayout sizes its label
column to its own widest label, so the fields of groups one above the other started at different x
(the contact editor's "Travel documents" under "Visits and notes")."""

from __future__ import annotations

from petdesk.gui.a11y import label_for
from petdesk.gui.qt import QFormLayout, QHBoxLayout, QLabel, QLayout, QWidget


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


def side_by_side(left: QWidget | QLayout, right: QWidget | QLayout) -> QHBoxLayout:
    """Two fields of equal width in one row: the English and the Chinese text, or two short fields
    (a label of its own before the second, see ``after_label``)."""
    row = QHBoxLayout()
    for part in (left, right):
        if isinstance(part, QLayout):
            row.addLayout(part, 1)
        else:
            row.addWidget(part, 1)
    return row


def after_label(text: str, field: QWidget, *, grow: bool = True) -> QHBoxLayout:
    """A label ``text`` naming ``field`` (its buddy), then ``field``: a form's row inside another
    row. A field that does not ``grow`` keeps its own width, the room after it left empty."""
    row = QHBoxLayout()
    row.addWidget(label_for(text, field))
    row.addWidget(field, 1 if grow else 0)
    if not grow:
        row.addStretch(1)
    return row
