"""Backups in the window: File › Backups… (list, back up now, restore with a preview, folder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("Backups", "&Backups…"), window)
    action.setObjectName("action_backups")
    action.triggered.connect(lambda _checked=False: open_backups(window))
    window.add_file_action(action)
    window.backups_action = action  # type: ignore[attr-defined]


def open_backups(window: MainWindow) -> None:
    from petdesk.gui.backups.dialog import BackupsDialog

    dialog = BackupsDialog(window.db.path, window, on_restored=window.refresh_all)
    window.backups_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
