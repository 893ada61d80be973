"""View › Activity Log…: every logged call, meeting, e-mail and note across partners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication

if TYPE_CHECKING:
    from petdesk.gui.activities.log import ActivityLogDialog
    from petdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """View › Activity Log…"""
    action = QAction(QCoreApplication.translate("ActivityLog", "Activity &Log…"), window)
    action.setObjectName("action_activity_log")
    action.triggered.connect(lambda _checked=False: open_activity_log(window))
    window.menu("view").addAction(action)


def open_activity_log(window: MainWindow) -> ActivityLogDialog:
    from petdesk.gui.activities.log import ActivityLogDialog

    dialog = ActivityLogDialog(window.db, window.ui_locale, parent=window)
    dialog.open()
    return dialog
