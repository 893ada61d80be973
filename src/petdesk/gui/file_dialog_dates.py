"""Qt's own file dialog (where no native one is used) in the window's language, dates and sizes too.

QFileSystemModel writes "Date Modified" and "Size" with ``QLocale::system()``, the computer's
locale, not the default the window sets (``QLocale.setDefault``): in a Chinese window on a
computer set to ``C`` the dates read "5 12 2026 11:54" (field test 18). Each such dialog, the
static ``getOpenFileName`` ones included, gets a proxy as it comes to the front that writes them
with the default locale: "2026/12/5 11:54", "28 字节".
"""

from __future__ import annotations

from typing import Any

from petdesk.gui.qt import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

#: QFileSystemModel's columns: name, size, type, date modified.
SIZE_COLUMN, DATE_COLUMN = 1, 3


class LocaleDatesModel(QIdentityProxyModel):
    """The file system model with its sizes and dates in the default locale's words."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            at = self.mapToSource(index)
            if index.column() == DATE_COLUMN:
                return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
            if index.column() == SIZE_COLUMN and not source.isDir(at):
                return QLocale().formattedDataSize(source.size(at))
        return super().data(index, role)


def _window_activated(_window: object) -> None:
    for dialog in (QApplication.activeModalWidget(), QApplication.activeWindow()):
        if isinstance(dialog, QFileDialog):
            _use_locale_dates(dialog)


def _use_locale_dates(dialog: QFileDialog) -> None:
    # Only a dialog drawn by Qt has a file system model (a native one has no widgets to fix).
    if dialog.findChild(QFileSystemModel) is None or isinstance(dialog.proxyModel(), LocaleDatesModel):
        return
    dialog.setProxyModel(LocaleDatesModel(dialog))


_installed: list[QApplication] = []


def install(app: QApplication) -> None:
    """Look at each window as it comes to the front (once per application): a signal seldom sent,
    where an event filter would run Python for every event of the application."""
    if app not in _installed:
        app.focusWindowChanged.connect(_window_activated)
        _installed.append(app)
