"""The main window at 1024×640 in a chosen language, and a list laid out by its column fitter: shared
by the list-room tests of rounds 53 and 54 (the second had copied the first's fixture and wait)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import ColumnFitter
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QTableView

LOCALES = ["en", "zh_CN"]


@pytest.fixture
def window(qtbot: QtBot, translators, demo_db: Database, request) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The demo database's window at 1024×640 in ``request.param`` (parametrize it indirectly)."""
    translators(request.param)
    main = MainWindow(demo_db, locale=request.param)
    qtbot.addWidget(main)
    main.resize(1024, 640)
    main.show()
    qtbot.waitExposed(main)
    yield main


def laid_out(qtbot: QtBot, table: QTableView) -> None:
    """Wait for ``table``'s rows, its width and the fitter's deferred pass (not a fixed wait: CI is
    loaded)."""
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None

    def fitted() -> bool:
        shown = table.model().rowCount() > 0 and table.viewport().width() > 200
        return shown and not fitter._refit.isActive()

    qtbot.waitUntil(fitted, timeout=5000)
