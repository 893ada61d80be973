"""Fund projects in the window: a board by stage (drag to move, with undo) and a filtered list."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from petdesk.gui.projects.page import ProjectsPage
    from petdesk.gui.qt import QCoreApplication

    window.set_page(
        "projects",
        QCoreApplication.translate("MainWindow", "Projects"),
        ProjectsPage(window.db, window.locale),
    )
