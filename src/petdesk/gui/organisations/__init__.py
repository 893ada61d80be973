"""Partner organisations in the window: list with search, detail and edit screens."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Replace the shell's plain Organisations page with the organisations workspace."""
    from petdesk.gui.organisations.list import install as install_list

    install_list(window)
