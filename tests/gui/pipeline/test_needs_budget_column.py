"""The City needs' Budget beside the match view (needs54): in the list cell a compact amount
("CN¥30m"; in Chinese the 万 form), the whole amount in its tooltip, the order by currency, then the
stored number;
on a page too narrow for it the column hides (the titles were cut to five characters) until the
header's menu shows it, and that choice is kept; at 1024 px the match view goes under the list, which
shows it (shots60: ``tests/gui/layout/test_city_needs_whole_at_laptop_sizes.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import ColumnFitter
from petdesk.gui.qt import QSettings, Qt
from petdesk.gui.table_model import RawRole
from petdesk.gui.technologies.match_view import BUDGET_SHOWN_FROM, NEED_HEADERS, NeedsPage
from petdesk.services import needs as need_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
KEYS = [key for key, _title in NEED_HEADERS]
BUDGET, TITLE = KEYS.index("budget"), KEYS.index("title")
#: A page too narrow for the needs' columns (since shots60 the match view goes under the list
#: at 1024 px, the list then as wide as the page).
NARROW = 420


@pytest.fixture(autouse=True)
def _no_saved_choice() -> Iterator[None]:
    """The settings file lives for the session: a choice made here must not hide columns elsewhere."""
    QSettings().remove("columns/needs")
    yield
    QSettings().remove("columns/needs")


def _needs(db: Database) -> None:
    with db.transaction() as s:
        for title, amount, currency in (
            ("Small", 400_000, "USD"),
            ("Big", 30_000_000, "CNY"),
            ("Middle", 4_000_000, "USD"),
        ):
            need_service.create_need(s, title_en=title, sector="water", budget_max=amount, currency=currency)


def _shown(qtbot: QtBot, page: NeedsPage, rows: int = 3) -> None:
    table = page.list.table
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None
    qtbot.waitUntil(
        lambda: table.model().rowCount() == rows and table.isVisible() and not fitter._refit.isActive(),
        timeout=5000,
    )


@pytest.mark.parametrize(
    ("locale", "cells", "tips"),
    [
        (
            "en",
            {"Small": "US$400k", "Big": "CN¥30m", "Middle": "US$4m"},
            {"Small": "US$400,000.00", "Big": "CN¥30,000,000.00", "Middle": "US$4,000,000.00"},
        ),
        # the 万 form is compact already: the tooltip would say the same again
        ("zh_CN", {"Small": "40万美元", "Big": "3,000万元", "Middle": "400万美元"}, {}),
    ],
)
def test_a_budget_cell_is_compact_its_tooltip_whole_its_order_the_number(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, locale: str, cells, tips
) -> None:
    _needs(db)
    page = NeedsPage(db, locale)
    qtbot.addWidget(page)
    page.resize(1600, 700)  # wide: the Budget shows
    page.show()
    _shown(qtbot, page)
    model = page.list.model
    assert not page.list.table.isColumnHidden(BUDGET)

    def column(role: int) -> dict[str, object]:
        return {model.index(r, TITLE).data(): model.index(r, BUDGET).data(role) for r in range(3)}

    assert column(Qt.ItemDataRole.DisplayRole) == cells
    assert {k: v for k, v in column(Qt.ItemDataRole.ToolTipRole).items() if v} == tips
    page.list.table.sortByColumn(BUDGET, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.index(1, TITLE).data() != "Middle", timeout=5000)  # not A→Z now
    # each currency together (no rates to compare yuan with dollars), then by the number: "US$4m"
    # sorts before "US$400k" as text
    assert [model.index(r, TITLE).data() for r in range(3)] == ["Big", "Small", "Middle"]
    assert [model.index(r, BUDGET).data(RawRole) for r in range(3)] == [30_000_000, 400_000, 4_000_000]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_in_a_narrow_window_the_budget_waits_in_the_header_menu(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database, locale: str
) -> None:
    translators(locale)
    window = NeedsPage(demo_db, locale)
    qtbot.addWidget(window)
    window.resize(NARROW, 640)
    window.show()
    page = window
    table = page.list.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.model().rowCount() > 0 and table.isColumnHidden(BUDGET), timeout=5000)
    qtbot.waitUntil(
        lambda: header.sectionSize(TITLE) > header.sectionSize(KEYS.index("deadline")), timeout=5000
    )
    # A wider window shows it, every amount whole.
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: not table.isColumnHidden(BUDGET), timeout=5000)
    qtbot.waitUntil(lambda: header.sectionSize(BUDGET) >= table.sizeHintForColumn(BUDGET) - 2, timeout=5000)
    window.resize(NARROW, 640)  # held at the side-by-side least width, the page then stacks
    window.resize(NARROW, 640)
    qtbot.waitUntil(lambda: table.isColumnHidden(BUDGET), timeout=5000)
    # The header's menu shows it back in the narrow window; the choice holds at any width and is kept.
    menu = page.list.column_menu()
    entries = {action.text(): action for action in menu.actions()}
    budget = entries[table.model().headerData(BUDGET, Qt.Orientation.Horizontal)]
    assert not budget.isChecked() and budget.isEnabled()
    assert not entries[table.model().headerData(TITLE, Qt.Orientation.Horizontal)].isEnabled()
    budget.trigger()
    qtbot.waitUntil(lambda: not table.isColumnHidden(BUDGET), timeout=5000)
    assert QSettings().value("columns/needs") in ([], None, "")  # nothing hidden, kept as a choice
    assert QSettings().contains("columns/needs")
    again = NeedsPage(demo_db, locale)
    qtbot.addWidget(again)
    again.resize(600, 500)
    again.show()
    qtbot.waitUntil(lambda: again.list.table.isVisible(), timeout=5000)
    assert not again.list.table.isColumnHidden(BUDGET)
    # hidden by the user: hidden on a wide page too
    again.list.column_menu().actions()[BUDGET].trigger()
    again.resize(1600, 700)
    qtbot.waitUntil(lambda: again.list.table.width() > BUDGET_SHOWN_FROM + 100, timeout=5000)
    assert again.list.table.isColumnHidden(BUDGET)
