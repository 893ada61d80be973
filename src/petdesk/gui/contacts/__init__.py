"""Contacts in the window: list, detail and edit screens; import, export, duplicates and merge."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Replace the shell's plain Contacts page with the contacts workspace."""
    from petdesk.gui.contacts.list import install as install_list

    install_list(window)
