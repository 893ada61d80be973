"""The core catalogue of the tree the tests run from, not of the checkout petdesk is installed from.

``petdesk.translations`` resolves to the installed checkout's ``translations/``: in a second worktree
a test of a new Chinese sentence read the old catalogue and failed until merged. Tests that check
new core translations read this tree's ``translations/core`` instead, and put the caches back after.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import core_catalogue, i18n

TREE_CATALOGUES = Path(__file__).resolve().parents[2] / "translations" / "core"


@pytest.fixture
def tree_catalogue(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(i18n, "core_catalogue_dir", lambda: TREE_CATALOGUES)
    # the command line's Chinese, read without babel (petdesk.core_catalogue)
    monkeypatch.setattr(core_catalogue, "catalogue_dir", lambda: TREE_CATALOGUES)
    caches = (
        i18n._catalogue,
        i18n._translator,
        core_catalogue.read_catalogue,
        core_catalogue.chinese_translator,
    )
    for cache in caches:
        cache.cache_clear()
    yield TREE_CATALOGUES
    monkeypatch.undo()
    for cache in caches:
        cache.cache_clear()
