"""Rows of small structured values in the contact editor: postal addresses, related people and
messaging handles (the fields vCards and mail programs carry, issue 13).

Each row is a line of inputs with a remove button, like the e-mail/phone rows above it; the first
input is an editable list of the usual kinds ("work", "spouse", "qq") that accepts any other word.
The widgets only collect plain dicts; ``services.contacts`` cleans and validates them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from petdesk.gui.qt import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ListRow(QWidget):
    """One address, relation or handle: a kind and the parts of the value."""

    def __init__(
        self,
        kind_key: str,
        kinds: Sequence[tuple[str, str]],
        parts: Sequence[tuple[str, str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self.kind = QComboBox(self)
        self.kind.setObjectName(kind_key)
        self.kind.setEditable(True)
        for value, text in kinds:
            self.kind.addItem(text, value)
        self.parts: dict[str, QLineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 2)
        for key, placeholder, stretch in parts:
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setPlaceholderText(placeholder)
            layout.addWidget(edit, stretch)
            self.parts[key] = edit
        self.remove = QToolButton(self)
        self.remove.setObjectName("remove")
        self.remove.setText("×")
        layout.addWidget(self.remove)
        #: Parts the row does not show (an imported address's "po_box"): kept as they were.
        self.extra: dict[str, str] = {}
        self.removed = False

    def set_value(self, value: dict[str, str]) -> None:
        self.extra = {k: v for k, v in value.items() if k != self.kind_key and k not in self.parts}
        kind = value.get(self.kind_key, "")
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        else:
            self.kind.setEditText(kind)
        for key, edit in self.parts.items():
            edit.setText(value.get(key, ""))

    def value(self) -> dict[str, str]:
        """The row as entered; empty parts left out, an empty row is an empty dict."""
        parts = {key: edit.text().strip() for key, edit in self.parts.items() if edit.text().strip()}
        if not parts:
            return {}
        parts = {**{k: v for k, v in self.extra.items() if k not in self.parts}, **parts}
        index = self.kind.currentIndex()
        text = self.kind.currentText().strip()
        # A kind picked from the list is stored by its value ("work"), a typed one as typed.
        kind = self.kind.itemData(index) if index >= 0 and self.kind.itemText(index) == text else text
        return {self.kind_key: str(kind or "other"), **parts}


class ListFieldBox(QGroupBox):
    """A titled list of rows with an Add button; ``rows`` gives the list of dicts to save."""

    def __init__(
        self,
        title: str,
        name: str,
        kind_key: str,
        kinds: Sequence[tuple[str, str]],
        parts: Sequence[tuple[str, str, int]],
        add_text: str,
        watch: Callable[[QWidget], None],
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._kind_key, self._kinds, self._parts = kind_key, kinds, parts
        self._watch, self._changed = watch, changed
        self.row_widgets: list[ListRow] = []
        self._layout = QVBoxLayout(self)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"add_{name}")
        self.add_button.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: dict[str, str] | None = None) -> ListRow:
        row = ListRow(self._kind_key, self._kinds, self._parts, self)
        if value:
            row.set_value(value)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._layout.insertWidget(len(self.row_widgets), row)
        self.row_widgets.append(row)
        self._watch(row)
        return row

    def _remove(self, row: ListRow) -> None:
        for edit in row.parts.values():
            edit.clear()
        row.removed = True
        row.hide()
        self._changed()

    def set_rows(self, values: Sequence[dict[str, str]]) -> None:
        for value in values:
            self.add_row(value)

    def rows(self) -> list[dict[str, str]]:
        return [value for row in self.row_widgets if not row.removed and (value := row.value())]
