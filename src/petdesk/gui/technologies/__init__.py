"""The technology catalogue, city needs with their match view, and the market overview."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from petdesk.gui.technologies.catalogue import catalogue_page
    from petdesk.gui.technologies.match_view import NeedsPage

    window.set_page("technologies", window.tr("Technologies"), catalogue_page(window.db, window.locale))
    window.set_page("needs", window.tr("City needs"), NeedsPage(window.db, window.locale))
