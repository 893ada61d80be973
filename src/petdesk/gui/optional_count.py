"""A spin box whose lowest value means "not known", shown as "—": a technology's readiness, a
delegation's head count."""

from __future__ import annotations

from petdesk.gui.qt import QKeyEvent, QSpinBox, QWidget


class OptionalCountBox(QSpinBox):
    """``maximum`` and "—" at 0 (not known); a digit typed into "—" replaces it (as in the amount
    boxes: Qt appended it to the dash and refused it)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("—")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() == self.minimum() and event.text().isdigit():
            self.selectAll()
        super().keyPressEvent(event)
