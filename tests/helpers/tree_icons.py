"""The icons of the tree the tests run from, not of the checkout petdesk is installed from.

``petdesk.resources`` resolves to the installed checkout's ``resources/``: in a second worktree a
new icon (Name cards' ``id``, polish53) is not there until merged, and every editor failed to open.
The GUI tests read this tree's ``resources/icons`` (the wheel's are tested by smoke_installed.sh).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from petdesk.gui import icons

TREE_ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@cache
def _tree_svg(name: str) -> str:
    return (TREE_ICONS / f"{name}.svg").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tree_icons() -> Iterator[Path]:
    """For the session: the drawn icons stay cached (an icon the installed tree has is the same)."""
    installed = icons._svg
    icons._svg = _tree_svg  # type: ignore[assignment]
    yield TREE_ICONS
    icons._svg = installed
