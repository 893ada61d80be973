"""Visits in the window: the visit list page and the visit editor (with its clash warnings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QCoreApplication

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.visits.list import VisitsPage


def install(window: MainWindow) -> None:
    """Replace the shell's plain Visits list with the visits page."""

    def make_page() -> VisitsPage:  # built when first shown (issue 18)
        from petdesk.gui.visits.list import VisitsPage

        return VisitsPage(window.db, window.locale, window)

    window.set_page("visits", QCoreApplication.translate("MainWindow", "Visits"), make_page)
