"""The technology catalogue, city needs with their match view, and the market overview."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from petdesk.gui.qt import QCoreApplication

    # The pages are built when first shown (issue 18).
    def catalogue() -> Any:
        from petdesk.gui.technologies.catalogue import catalogue_page

        return catalogue_page(window.db, window.locale)

    def needs() -> Any:
        from petdesk.gui.technologies.match_view import NeedsPage

        return NeedsPage(window.db, window.locale)

    def market() -> Any:
        from petdesk.gui.technologies.market import MarketPage

        return MarketPage(window.db, window.locale)

    window.set_page("technologies", QCoreApplication.translate("MainWindow", "Technologies"), catalogue)
    window.set_page("needs", QCoreApplication.translate("MainWindow", "City needs"), needs)
    window.set_page("market", QCoreApplication.translate("MainWindow", "Market"), market)
