"""The body of an office log's dialog (Office housekeeping, Export Log): a note on what the log
holds, its newest lines each after its time in the viewer's zone, and Close."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from petdesk import i18n
from petdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.viewer_zone import viewer_zone


def fill_log_dialog(
    dialog: QDialog, *, note: str, lines: Iterable[tuple[datetime, str]], empty: str, locale: str, name: str
) -> QPlainTextEdit:
    """Lay ``dialog`` out with ``note`` above the ``lines`` (when, sentence), or ``empty`` if there
    are none; the read-only text (object name ``name``, named as the dialog's title, set before) is
    returned for the dialog to keep."""
    zone = viewer_zone()
    label = QLabel(note, dialog)
    label.setWordWrap(True)
    text = QPlainTextEdit(dialog)
    text.setObjectName(name)
    # read as the dialog's title: Orca read the lines' box as nothing (field test 95)
    text.setAccessibleName(dialog.windowTitle())
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    shown = (f"{i18n.format_datetime(at.astimezone(zone), locale, 'short')}  {said}" for at, said in lines)
    text.setPlainText("\n".join(shown) or empty)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    resize_within_screen(dialog, 720, 420)
    return text
