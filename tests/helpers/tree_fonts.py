"""The fonts of the tree the tests run from, not of the checkout petdesk is installed from.

``petdesk.resources`` resolves to the installed checkout's ``resources/``: in a second worktree a
new face (Noto Sans Lao, round 51) is not there until merged, and every dossier fails to register it.
Tests of a new face read this tree's ``resources/fonts`` instead, and register the faces again after.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.dossier import fonts

TREE_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@pytest.fixture
def tree_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(fonts, "font_dir", lambda: TREE_FONTS)
    fonts._load.cache_clear()
    yield TREE_FONTS
    monkeypatch.undo()
    fonts._load.cache_clear()
