"""The year-and-file form of the yearly exports (File › Export Yearly Archive…, File › Export Yearly
Events Report…): a year box, a file box wide enough for a whole file name with Browse… beside it,
and the dialog grown to its result sentence. The words come from each dialog, in its own context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from petdesk.gui.qt import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

#: Characters of the file name the path box shows: at the form's own width it showed 15 characters
#: of a path (shots50).
PATH_CHARS = 48


def year_and_file(
    *, name: str, year_label: str, file_label: str, browse: str, on_browse: Callable[[], None]
) -> tuple[QSpinBox, QLineEdit, QFormLayout]:
    """The year (this one to start with) and the file rows; ``name`` prefixes the boxes' object
    names (``NAME_year``, ``NAME_path``)."""
    year = QSpinBox()
    year.setObjectName(f"{name}_year")
    year.setRange(1990, 2999)
    year.setValue(dt.date.today().year)
    path = QLineEdit()
    path.setObjectName(f"{name}_path")
    path.setMinimumWidth(path.fontMetrics().horizontalAdvance("x" * PATH_CHARS))
    button = QPushButton(browse)
    button.clicked.connect(on_browse)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    form = QFormLayout()
    form.addRow(year_label, year)
    label = QLabel(file_label)
    label.setBuddy(path)  # a row of a layout gets no buddy from addRow: "&" showed
    form.addRow(label, row)
    return year, path, form


def grow_to_fit(dialog: QWidget) -> None:
    """Make ``dialog`` taller for a longer sentence: the result with its path ran off the bottom
    (shots50)."""
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)
