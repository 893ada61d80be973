"""Translators are global to the application: every test here puts things back as they were."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from petdesk.gui import translation
from petdesk.gui.qt import QLocale


@pytest.fixture
def translators(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Install catalogues with ``translators(locale)``; all removed again after the test."""
    default = QLocale()

    def install(locale: str) -> None:
        translation.install_translators(qapp, locale)

    yield install
    translation.remove_translators(qapp)
    QLocale.setDefault(default)


@pytest.fixture(autouse=True)
def _close_leftover_windows() -> Iterator[None]:
    """Close any window a test left open (a message box opened with ``open()``): a later test's
    language change or screen change lays it out again, and Qt's offscreen warning then fails that
    unrelated test."""
    yield
    from petdesk.gui.qt import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.close()
