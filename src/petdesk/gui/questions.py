"""A Yes/Cancel question that does not block the window: restoring a backup, retiring an office,
settling conflicts in bulk, taking over another office's backup all asked it with the same dozen
lines. Cancel is the default, so Enter pressed by habit changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from petdesk.gui.qt import QMessageBox, QWidget


def ask(
    parent: QWidget,
    *,
    title: str,
    text: str,
    name: str,
    on_yes: Callable[[], object],
    yes_text: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    on_no: Callable[[], object] | None = None,
) -> QMessageBox:
    """Open the question (object name ``name``, for tests) and give it; ``on_yes`` runs when Yes
    (labelled ``yes_text`` if given) was clicked, ``on_no`` when the box was left any other way."""
    box = QMessageBox(
        icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent
    )
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    if yes_text:
        yes.setText(yes_text)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    box.open()
    return box
