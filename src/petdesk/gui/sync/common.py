"""Pieces the sync dialogs share: the passphrase field and staged progress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from petdesk.db import Database
from petdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLineEdit,
    QModelIndex,
    QObject,
    Qt,
    QWidget,
)
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


class RowsModel(QAbstractTableModel):
    """A read-only table over a short Python list (a preview, the conflicts, the journal).

    These lists stay small (one row per kind of record, per open conflict, per exchange), so they
    are held whole; large data uses ``petdesk.gui.table_model``."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[Any]] = []
        self.keys: list[Any] = []

    def set_rows(self, rows: list[list[Any]], keys: list[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = keys if keys is not None else [None] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int):
                return f"{value:,}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.keys[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 30:
            return value  # a value cut to its column's width, whole
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def locale_of(widget: QWidget | None) -> str:
    """The interface language of the window a widget belongs to ("en" or "zh_CN")."""
    while widget is not None:
        locale = getattr(widget, "locale", None)
        if isinstance(locale, str):
            return locale
        widget = widget.parentWidget()
    return "en"
