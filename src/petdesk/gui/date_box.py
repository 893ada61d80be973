"""The date box every editor uses: Qt's date edit, which also takes a whole date typed over it.

Qt's date edit is edited part by part (year, month, day) in its display format. With the whole
text selected (Ctrl+A, a double click), typing "2026/12/20" was refused key by key and the box kept
today's date without a word: a visit was saved on the wrong day (field test 38, defect 4). Here,
typing over the whole text collects what is typed and reads it as the contact editor's date fields
do (:func:`partial_dates.normalize_typed_date`: 2026/12/20, 2026-12-20, 20261220, 2026年12月20日);
what cannot be read is refused in words, beside the box.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from petdesk.gui.colours import ERROR, tint
from petdesk.gui.qt import (
    QDate,
    QDateEdit,
    QEvent,
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    Qt,
    QToolTip,
    QValidator,
    QWidget,
)
from petdesk.gui.translation import arg
from petdesk.services.partial_dates import normalize_typed_date

_FINISH_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DateBox(QDateEdit):
    """A date edit that also reads a whole date typed over its selected text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What was typed over the whole text, until Enter or leaving the box reads it; None
        #: while the box is edited part by part, as Qt's date edit is.
        self.typed: str | None = None
        #: The last refusal shown (empty when the last typed date was read).
        self.refusal = ""

    def _whole_text_selected(self) -> bool:
        line = self.lineEdit()
        return line.hasSelectedText() and line.selectedText() == line.text()

    def _starts_typing(self, text: str) -> bool:
        return self.typed is None and text[:1].isdigit() and self._whole_text_selected()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._starts_typing(event.text()):
            self.typed = ""
        if self.typed is None:
            super().keyPressEvent(event)
            return
        if event.key() in _FINISH_KEYS:
            self.read_typed()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._stop_typing()
            return
        if event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif event.text().isprintable():
            self.typed += event.text()
        self.lineEdit().setText(self.typed)

    def event(self, event: QEvent) -> bool:
        """年, 月 and 日 (and full-width digits) come from the input method, not as key presses
        (handled here: Qt's date edit takes the event before ``inputMethodEvent`` is called).

        A composition (pinyin "nian") shown over the whole text starts typing too: passed to Qt,
        it replaced the selection and the commit that followed was lost (field test 54, defect 3)."""
        if event.type() != QEvent.Type.InputMethod:
            return super().event(event)
        composed = cast(QInputMethodEvent, event)
        committed, composing = composed.commitString(), composed.preeditString()
        if self._starts_typing(committed) or self._starts_composing(composing):
            self.typed = ""
        if self.typed is None:
            return super().event(event)
        self.typed += committed
        self.lineEdit().setText(self.typed + composing)  # the composition shows until committed
        event.accept()
        return True

    def _starts_composing(self, composing: str) -> bool:
        return self.typed is None and bool(composing) and self._whole_text_selected()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.typed is not None:  # the typed text stands as typed until it is read
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.typed is not None:
            if self.typed.strip():  # nothing typed (a composition given up): nothing to refuse
                self.read_typed()
            self._stop_typing()  # unreadable: the date stays as it was, and the refusal says so
        super().focusOutEvent(event)

    def read_typed(self) -> bool:
        """Set the date typed, or say in words why it cannot be read (the text stays to correct)."""
        typed = (self.typed or "").strip()
        iso = normalize_typed_date(typed)
        if len(iso) != len("2026-12-20"):  # "" or a day without a year ("--12-20")
            self._refuse(typed)
            return False
        self.refusal = ""
        self._stop_typing()
        day = dt.date.fromisoformat(iso)
        self.setDate(QDate(day.year, day.month, day.day))
        return True

    def _refuse(self, typed: str) -> None:
        example = self.date() if self.date() > self.minimumDate() else QDate.currentDate()
        self.refusal = arg(
            self.tr("“%1” is not a date this box can read: write the year first, as %2."),
            typed,
            example.toString("yyyy/M/d"),
        )
        tint(self, ERROR, "border: 1px solid {colour};")
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.refusal, self)

    def _stop_typing(self) -> None:
        """Back to part-by-part editing, the box showing its date (or its "no date" text)."""
        self.typed = None
        empty = bool(self.specialValueText()) and self.date() == self.minimumDate()
        self.lineEdit().setText(self.specialValueText() if empty else self.textFromDateTime(self.dateTime()))
        tint(self, None)
