"""A line under an editor's role/status/kind field whose stored value came from a newer petdesk.

Such a value is read as the enum's fallback member (``enums.falls_back_to``), so the field shows,
say, "Enterprise" while the file holds "state_owned_group". Without a word the user would take the
fallback for what the record says. Editors read the stored values with
``services.newer_values.unknown_values`` and call ``NewerValueNote.show_stored``; the note names the
stored text and says it is kept unless this field is changed (the ORM writes only changed fields).
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.qt import QComboBox, QCoreApplication, QFormLayout, QLabel, QResizeEvent, QSize, QWidget


class NewerValueNote(QLabel):
    """Hidden until ``show_stored`` gets a value; hides again while the user picks another choice
    in ``field`` (a combo box), since that choice replaces the stored value when saved."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, *, template: str | None = None) -> None:
        super().__init__(parent or field.parentWidget())
        # The sentence with "%1" for the stored value, for a field not changed by choosing in it (a
        # status moved by the toolbar's buttons, a stage by the board): "kept unless you change this
        # field" sent the user looking for a box to change (shots56).
        self._template = template
        self.setObjectName(f"{field.objectName() or 'field'}_newer_value")
        self.setWordWrap(True)
        self.hide()
        self._field = field
        self._stored: str | None = None
        self._shown_data: Any = None
        if isinstance(field, QComboBox):
            field.currentIndexChanged.connect(lambda _i: self._follow_field())

    # A wrapped label's size hint is its height at a narrow guessed width (238 px: four lines); the
    # form gave the note that height at any width, a gap above and below one line (shots56). Once
    # laid out, the height it needs at its width.
    def sizeHint(self) -> QSize:
        return self._at_own_width(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._at_own_width(super().minimumSizeHint())

    def _at_own_width(self, hint: QSize) -> QSize:
        if self.isVisible() and self.width() > hint.width():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def stored(self) -> str | None:
        """The stored value named, or None when the field shows what the file holds."""
        return self._stored

    def show_stored(self, raw: str | None) -> None:
        """Say that the record holds ``raw`` (None: a value this release knows, say nothing). Call
        after the field was filled, so that the choice it shows is the one the note stands for."""
        self._stored = raw
        if isinstance(self._field, QComboBox):
            self._shown_data = self._field.currentData()
        if raw is None:
            self.clear()
            self.hide()
            return
        self.setText(self._template.replace("%1", raw) if self._template else newer_value_text(raw))
        self.setToolTip(self.text())
        self.show()

    def _follow_field(self) -> None:
        if self._stored is not None and isinstance(self._field, QComboBox):
            self.setVisible(self._field.currentData() == self._shown_data)


def newer_value_text(raw: str) -> str:
    """The note's sentence, also for a table cell that shows such a value (a participant's role)."""
    return QCoreApplication.translate(
        "NewerValueNote",
        "Stored by a newer petdesk as “%1”, which this version does not know; kept unless you change "
        "this field.",
    ).replace("%1", raw)


def note_row(form: QFormLayout, field: QWidget, *, template: str | None = None) -> NewerValueNote:
    """A note for ``field`` on a row of its own at the end of ``form``: call it right after adding
    the field's row, so that the note sits under it."""
    note = NewerValueNote(field, form.parentWidget(), template=template)
    form.addRow("", note)
    return note
