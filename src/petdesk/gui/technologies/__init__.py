"""The technology catalogue, city needs with their match view, and the market overview."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from petdesk.gui.qt import QCoreApplication
    from petdesk.gui.technologies.catalogue import catalogue_page
    from petdesk.gui.technologies.market import MarketPage
    from petdesk.gui.technologies.match_view import NeedsPage

    window.set_page(
        "technologies",
        QCoreApplication.translate("MainWindow", "Technologies"),
        catalogue_page(window.db, window.locale),
    )
    window.set_page(
        "needs", QCoreApplication.translate("MainWindow", "City needs"), NeedsPage(window.db, window.locale)
    )
    window.set_page(
        "market", QCoreApplication.translate("MainWindow", "Market"), MarketPage(window.db, window.locale)
    )
