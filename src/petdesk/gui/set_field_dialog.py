"""The list's "Set field…" dialog: one field and its new value for many records at once.

Countries are picked by name in the window's language (type to find one; a typed name in
English or Chinese, or a code, is accepted too), as in the organisation editor. A value the
service would refuse is said in a plain warning before anything is written, and the dialog stays
open with what was typed (field test 25, defect 7).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from petdesk.gui.code_fields import CodeCombo
from petdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class BulkField:
    """One field "Set field…" offers."""

    field: str
    label: str
    #: (code, label) to pick from, or None for free text.
    choices: Sequence[tuple[str, str]] | None = None
    #: Whether the user may type to find a choice (countries: a long list).
    searchable: bool = False


class SetFieldDialog(QDialog):
    """Ask for a field and its value; ``check(field, value)`` returns a problem sentence or ''."""

    def __init__(
        self, fields: Sequence[BulkField], check: Callable[[str, str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("set_field_dialog")
        self.setWindowTitle(self.tr("Set field"))
        self._fields = list(fields)
        self._check = check
        self.field = QComboBox(self)
        self.field.setObjectName("field")
        self.values = QStackedWidget(self)
        for spec in self._fields:
            self.field.addItem(spec.label, spec.field)
            self.values.addWidget(self._value_widget(spec))
        self.field.currentIndexChanged.connect(self.values.setCurrentIndex)
        form = QFormLayout()
        field_label = QLabel(self.tr("&Field:"), self)
        field_label.setBuddy(self.field)
        form.addRow(field_label, self.field)
        # the label's Alt+letter goes to the value box of the field chosen, not to the stack
        value_label = QLabel(self.tr("New &value:"), self)
        value_label.setBuddy(self.value_widget())
        self.values.currentChanged.connect(lambda _i: value_label.setBuddy(self.value_widget()))
        form.addRow(value_label, self.values)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _value_widget(self, spec: BulkField) -> QWidget:
        """The box for the field's new value, named after the field ("Country"): a screen reader
        read the country box as nothing (field test 32, §6)."""
        widget: QWidget
        if spec.choices is None:
            widget = QLineEdit(self)
        else:
            widget = CodeCombo(
                spec.choices, self, blank=None if not spec.searchable else "", editable=spec.searchable
            )
        widget.setObjectName(spec.field)
        widget.setAccessibleName(self.tr("New value of %1").replace("%1", spec.label))
        return widget

    def choose(self, field: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))

    def value_widget(self) -> QWidget:
        widget = self.values.currentWidget()
        assert widget is not None  # one value widget per field, made with the dialog
        return widget

    def chosen(self) -> tuple[str, str]:
        """The field and the value as given (a country's code where its name was picked)."""
        widget = self.value_widget()
        value = widget.code() if isinstance(widget, CodeCombo) else widget.text()  # type: ignore[attr-defined]
        return str(self.field.currentData()), value

    def accept(self) -> None:
        problem = self._check(*self.chosen())
        if problem:
            # A plain warning, not a failure: the dialog and its text stay for a correction.
            QMessageBox.warning(self, self.windowTitle(), problem)
            self.value_widget().setFocus()
            return
        super().accept()
