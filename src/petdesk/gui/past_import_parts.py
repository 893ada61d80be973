"""The parts File › Import Past Visits…/Trainings… and File › Import Past Projects… share: the
refusal of a file said in the window's language, and the report dialog's body (the counts, the
report's lines, a hint, the buttons). The words come from each import, in its own context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk.gui.bidi import left_to_right
from petdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def refusal(window: MainWindow, locale: str, *, title: str, name: str) -> Callable[[BaseException], None]:
    """What an import's ``on_failure`` does: a warning titled ``title``, a ``PastVisitsError`` (the
    projects' import raises it too) as its sentence in ``locale``; the text is kept as
    ``window.NAME`` for the tests."""

    def failed(exc: BaseException) -> None:
        from petdesk.i18n import translator
        from petdesk.services.past_visits import PastVisitsError

        text = str(exc)
        if isinstance(exc, PastVisitsError):
            text = translator(locale)(exc.sentence).format(**exc.values)
        elif isinstance(exc, OSError):  # the file gone since it was chosen: by its name, not "[Errno 2]"
            from petdesk.unreadable_file import unreadable

            text = unreadable(str(exc.filename or ""), exc, translator(locale))
        setattr(window, name, text)
        QMessageBox.warning(window, title, text)

    return failed


def report_body(
    dialog: QDialog, *, name: str, summary: str, lines: str, hint: str, buttons: QDialogButtonBox
) -> tuple[QLabel, QPlainTextEdit]:
    """Lay ``dialog`` out: the ``summary`` (``NAME_summary``), the report's ``lines`` read-only
    (``NAME_lines``), the ``hint`` and the ``buttons``; the summary and lines widgets returned."""
    summary_label = QLabel(left_to_right(summary))  # an Arabic sheet's name, read in place
    summary_label.setObjectName(f"{name}_summary")
    summary_label.setWordWrap(True)
    text = QPlainTextEdit(left_to_right(lines))  # "15 رمضان 1448 is a Hijri date…" read left to right
    text.setReadOnly(True)
    text.setObjectName(f"{name}_lines")
    hint_label = QLabel(hint)
    hint_label.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    for widget in (summary_label, text, hint_label, buttons):
        layout.addWidget(widget)
    return summary_label, text
