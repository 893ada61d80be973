"""Pieces the sync dialogs share: the passphrase field and staged progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui.qt import (
    QCoreApplication,
    QLineEdit,
    QObject,
    Qt,
    QWidget,
)
from petdesk.gui.table_model import ListTableModel
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.sync import service

#: Stages the service reports, in order, so the progress bar can show how far it is.
STAGES = {
    "collecting changes": QT_TRANSLATE_NOOP("Sync", "Collecting changes…"),
    "encrypting and writing the package": QT_TRANSLATE_NOOP("Sync", "Encrypting and writing…"),
    "verifying the package": QT_TRANSLATE_NOOP("Sync", "Verifying the package…"),
    "backing up the database": QT_TRANSLATE_NOOP("Sync", "Backing up the database…"),
    "removing erased data from the file": QT_TRANSLATE_NOOP("Sync", "Removing erased data from the file…"),
    service.STEP_COMPARING: QT_TRANSLATE_NOOP("Sync", "Comparing with this database…"),
    service.STEP_APPLYING: QT_TRANSLATE_NOOP("Sync", "Applying changes…"),
    "committing": QT_TRANSLATE_NOOP("Sync", "Saving…"),
}
STAGE_INDEX = {key: i for i, key in enumerate(STAGES)}
#: Said while another task writes; the bar stays where it was.
WAITING = QT_TRANSLATE_NOOP("Sync", "Waiting for another task to finish writing…")


class StageProgress:
    """The service's progress messages as the bar's (done, total) and a line saying the step with
    the records done so far, as the command line prints them (field test 34, defect 4).

    Messages arrive on the worker thread; the counts are kept here for the GUI thread to read
    when the progress signal arrives (a newer count at worst)."""

    def __init__(self) -> None:
        self._step = 0
        self._waiting = False
        self._counts: tuple[int, int] | None = None

    def reporter(self, progress: Callable[[int, int], None]) -> Callable[[str], None]:
        """A ``progress`` for the service, forwarding to ``Operation.progress``."""

        def report(message: str) -> None:
            stage, counts = service.progress_stage(message)
            self._waiting = stage == service.WAITING_FOR_WRITER
            if not self._waiting:
                step = STAGE_INDEX.get(stage)
                if step is None:  # a message not listed: the bar stays (never back to the start)
                    return
                self._step, self._counts = step, counts
            progress(self._step + 1, len(STAGES))

        return report

    def text(self) -> str:
        """The step under way, in the interface's language, with its counts if any."""
        if self._waiting:
            return QCoreApplication.translate("Sync", WAITING)
        keys = list(STAGES)
        text = QCoreApplication.translate("Sync", STAGES[keys[self._step]])
        if self._counts is not None:
            done, total = self._counts
            text += " " + QCoreApplication.translate("Sync", "%1 of %2 records").replace(
                "%1", f"{done:,}"
            ).replace("%2", f"{total:,}")
        return text


def passphrase_field(db: Database, parent: QWidget) -> QLineEdit:
    """A hidden-text field, filled with the passphrase stored in this installation, if any."""
    field = QLineEdit(parent)
    field.setObjectName("passphrase")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setText(service.stored_passphrase(db) or "")
    return field


class RowsModel(ListTableModel):
    """A preview, the conflicts or the journal (short lists): numbers right-aligned with
    separators, a key per row under ``UserRole``."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(headers, (), parent)
        self.keys: list[Any] = []
        #: Per row, tooltips by column (an office's other name).
        self.tips: list[dict[int, str]] = []

    def set_rows(
        self, rows: Sequence[Any], keys: list[Any] | None = None, tips: Sequence[dict[int, str]] | None = None
    ) -> None:
        self.keys = list(keys) if keys is not None else [None] * len(rows)
        self.tips = list(tips) if tips is not None else [{} for _ in rows]
        super().set_rows(rows)

    def display(self, value: Any) -> Any:
        return f"{value:,}" if isinstance(value, int) else super().display(value)

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(self.rows[row_no][column], int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.keys[row_no]
        if role == Qt.ItemDataRole.ToolTipRole:
            if tip := self.tips[row_no].get(column):
                return tip
            value = self.rows[row_no][column]
            if isinstance(value, str) and len(value) > 30:
                return value  # a value cut to its column's width, whole
        return None


def locale_of(widget: QWidget | None) -> str:
    """The interface language of the window a widget belongs to ("en" or "zh_CN")."""
    while widget is not None:
        locale = getattr(widget, "ui_locale", None)
        if isinstance(locale, str):
            return locale
        widget = widget.parentWidget()
    return "en"
