"""Edit › Manage Tags…: rename, merge and delete the tags of organisations and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.qt import QAction, QCoreApplication
from petdesk.gui.read_only import writes

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Edit › Manage Tags…"""
    action = writes(QAction(QCoreApplication.translate("Tags", "&Manage Tags…"), window))
    action.setObjectName("action_manage_tags")
    action.triggered.connect(lambda _checked=False: open_manage_tags(window))
    window.menu("edit").addAction(action)
    window.manage_tags_action = action  # type: ignore[attr-defined]


def open_manage_tags(window: MainWindow) -> Any:
    from petdesk.gui.tags.manage import ManageTagsDialog

    dialog = ManageTagsDialog(window.db, parent=window)
    dialog.open()
    return dialog
