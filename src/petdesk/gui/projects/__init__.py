"""Fund projects in the window: a board by stage (drag to move, with undo) and a filtered list."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from petdesk.gui.qt import QCoreApplication

    def make_page() -> Any:  # built when first shown (issue 18)
        from petdesk.gui.projects.page import ProjectsPage

        return ProjectsPage(window.db, window.locale)

    window.set_page("projects", QCoreApplication.translate("MainWindow", "Projects"), make_page)
