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
    "comparing with this database": QT_TRANSLATE_NOOP("Sync", "Comparing with this database…"),
    "applying changes": QT_TRANSLATE_NOOP("Sync", "Applying changes…"),
    "committing": QT_TRANSLATE_NOOP("Sync", "Saving…"),
}
STAGE_INDEX = {key: i for i, key in enumerate(STAGES)}


def passphrase_field(db: Database, parent: QWidget) -> QLineEdit:
    """A hidden-text field, filled with the passphrase stored in this installation, if any."""
    field = QLineEdit(parent)
    field.setObjectName("passphrase")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setText(service.stored_passphrase(db) or "")
    return field


def staged(progress: Callable[[int, int], None]) -> Callable[[str], None]:
    """Turn the service's stage messages into (done, total) for ``Operation.progress``."""
    return lambda message: progress(STAGE_INDEX.get(message, 0) + 1, len(STAGES))


def translate_stage(done: int) -> str:
    keys = list(STAGES)
    return QCoreApplication.translate("Sync", STAGES[keys[min(max(done - 1, 0), len(keys) - 1)]])


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
