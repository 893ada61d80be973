"""Trainings in the window: list page and the training editor (sessions, attendance, sign-in sheet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QCoreApplication

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.trainings.list import TrainingsPage


def install(window: MainWindow) -> None:
    def make_page() -> TrainingsPage:  # built when first shown (issue 18)
        from petdesk.gui.trainings.list import TrainingsPage

        return TrainingsPage(window.db, window.locale, window)

    window.set_page("trainings", QCoreApplication.translate("MainWindow", "Trainings"), make_page)
