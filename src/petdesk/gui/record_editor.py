"""The base of every record editor: nothing typed is lost.

An editor watches its form; once something was typed, Esc, the close button and Cancel ask
whether to save, discard or keep editing (``ask_unsaved``, a module function tests replace). The
editor says when its form matches the database again (``set_clean`` after loading and saving).

Strings use the context "RecordEditor", so subclasses need no re-translation.
"""

from __future__ import annotations

import enum
from typing import Any

from petdesk.gui.qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class Unsaved(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(editor: QWidget) -> Unsaved:
    """Ask what to do with unsaved changes (Save / Discard / Cancel; Cancel by default)."""
    box = QMessageBox(editor)
    box.setObjectName("unsaved_changes")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecordEditor", "Unsaved changes"))
    box.setText(QCoreApplication.translate("RecordEditor", "Save the changes before closing?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return Unsaved.SAVE
    if answer == buttons.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def discard_open_editors() -> int:
    """Mark every open editor clean, so closing it asks nothing; returns how many had changes.

    For the end of a test run (the "save changes?" box would wait for ever offscreen, hanging
    pytest-qt's teardown) and for a quit that has already been confirmed."""
    app = QApplication.instance()
    if app is None:
        return 0
    changed = 0
    for widget in app.allWidgets():  # type: ignore[attr-defined]
        if isinstance(widget, RecordEditor) and widget.is_dirty():
            widget.set_clean()
            changed += 1
    return changed


class RecordEditor(QDialog):
    """A dialog editing one record, with the unsaved-changes prompt on Esc, close and Cancel.

    Subclasses call ``watch_form(widget)`` once their form exists, ``set_clean()`` after loading
    and saving, and implement ``save_changes()`` (True when saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._closing = False

    # --- state -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: Any) -> None:
        self._dirty = True

    def set_clean(self) -> None:
        self._dirty = False

    def watch_form(self, root: QWidget) -> None:
        """Mark the editor changed when any input under ``root`` is edited."""
        for edit in root.findChildren(QLineEdit):
            if not isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
                edit.textEdited.connect(self.mark_dirty)
        for text in root.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._text_changed)
        for text in root.findChildren(QTextEdit):  # type: ignore[assignment]
            if not text.isReadOnly():
                text.textChanged.connect(self._text_changed)
        for combo in root.findChildren(QComboBox):
            combo.activated.connect(self.mark_dirty)
            if combo.isEditable() and combo.lineEdit() is not None:
                combo.lineEdit().textEdited.connect(self.mark_dirty)  # type: ignore[union-attr]
        for date in root.findChildren(QDateEdit):
            date.userDateChanged.connect(self.mark_dirty)
        for button in root.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(self.mark_dirty)

    def _text_changed(self) -> None:
        # Text set while loading is followed by set_clean(); typing is what remains.
        self._dirty = True

    # --- saving and closing ----------------------------------------------------------------
    def save_changes(self) -> bool:
        """Save the form; True when it was saved (then the editor is clean)."""
        raise NotImplementedError

    def confirm_close(self) -> bool:
        """True when the editor may close: nothing unsaved, or saved, or discarded."""
        if not self._dirty:
            return True
        answer = ask_unsaved(self)
        if answer == Unsaved.SAVE:
            return self.save_changes() and not self._dirty
        return answer == Unsaved.DISCARD

    def reject(self) -> None:  # Esc, Cancel and the close button (QDialog.closeEvent rejects)
        if self._closing or self.confirm_close():
            self._closing = True
            super().reject()

    def accept(self) -> None:
        self._closing = True
        super().accept()
