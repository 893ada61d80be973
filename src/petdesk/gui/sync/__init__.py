"""Sync in the window: Export… / Import… of change packages, conflicts, exchange journal, and the
office identity page of the settings dialog. Everything runs through ``petdesk.sync.service``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication
from petdesk.gui.read_only import writes

if TYPE_CHECKING:
    from pathlib import Path

    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.sync.page import SyncPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def install(window: MainWindow) -> None:
    """Add File → Export changes… / Import changes…, the Sync page and the office settings page."""

    def make_page() -> SyncPage:  # built when first shown (issue 18)
        from petdesk.gui.sync.page import SyncPage

        return SyncPage(window.db, window)

    window.set_page("sync", _tr("Sync"), make_page)

    export_action = QAction(_tr("Export &Changes for Another Office…"), window)
    export_action.setObjectName("action_sync_export")
    export_action.triggered.connect(lambda _checked=False: open_export(window))
    import_action = writes(QAction(_tr("I&mport Changes from Another Office…"), window))
    import_action.setObjectName("action_sync_import")
    import_action.triggered.connect(lambda _checked=False: open_import(window))
    for action in (export_action, import_action):
        window.add_file_action(action)
    window.sync_export_action = export_action  # type: ignore[attr-defined]
    window.sync_import_action = import_action  # type: ignore[attr-defined]

    try:
        from petdesk.gui.settings import register_page
    except ImportError:  # pragma: no cover - the settings feature is optional
        return
    from petdesk.gui.sync.office import OfficeSettingsPage

    register_page(OfficeSettingsPage)


def open_export(window: MainWindow):
    from petdesk.gui.sync.export_dialog import ExportDialog

    dialog = ExportDialog(window.db, window)
    dialog.setObjectName("sync_export_dialog")
    dialog.open()
    window.sync_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def open_import(window: MainWindow, package: Path | None = None):
    """The import dialog, showing ``package`` when one was handed over ("Open with petdesk")."""
    from petdesk.gui.sync.import_dialog import ImportDialog

    dialog = ImportDialog(window.db, window)
    dialog.setObjectName("sync_import_dialog")
    if package is not None:
        dialog.show_package(package)
    dialog.imported.connect(lambda _result: window.refresh_after_import())
    dialog.open()
    window.sync_dialog = dialog  # type: ignore[attr-defined]
    return dialog
