"""The window's catalogue of this tree in either language: English plural forms and Chinese of a new
string are in the installed checkout's ``.qm`` only once merged."""

from __future__ import annotations

import pytest

from petdesk.gui.qt import QApplication, QTranslator
from tests.helpers.tree_catalogue import TREE_CATALOGUES


def tree_window_language(translators, locale: str, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    """Install ``locale``'s translators, then this tree's ``petdesk_<locale>.qm`` over them."""
    translators(locale)
    tree = QTranslator()
    assert tree.load(str(TREE_CATALOGUES.parent / f"petdesk_{locale}.qm"))
    QApplication.installTranslator(tree)
    request.addfinalizer(lambda: QApplication.removeTranslator(tree))
