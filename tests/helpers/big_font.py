"""The application font at 1.5×, as a user with low vision sets it (field test 32: dialogs taller
than a 768-pixel screen, their buttons out of reach), and a check that a dialog fits the screen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget

from petdesk.gui.screen_fit import FRAME_HEIGHT, screen_room


@contextmanager
def big_font(scale: float = 1.5) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def fully_shown(dialog: QWidget, widget: QWidget) -> bool:
    """``widget`` lies wholly inside ``dialog``, and ``dialog`` with its title bar inside the screen."""
    room = screen_room(dialog)
    assert room is not None
    inside = widget.mapTo(dialog, widget.rect().bottomRight())
    # a wrapping label's size hint guesses a width of its own: ask for the height at its real width
    wanted = (
        widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else widget.sizeHint().height()
    )
    return (
        widget.isVisibleTo(dialog)
        and dialog.rect().contains(inside)
        and dialog.height() + FRAME_HEIGHT <= room.height()
        and widget.height() >= wanted - 2
    )
