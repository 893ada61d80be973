"""projfollow61: the Market page gave project money per currency only, while ``report market``
gives it per sector and per country too. The page's table shows those rows from the same
``market.overview`` the report reads, each row one currency, sortable, in both languages."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.table_model import RawRole
from petdesk.gui.technologies.market import MarketPage
from petdesk.services import market, market_report
from tests.core.pipeline.test_market_money_per_sector_and_country import _three_projects


def _rows(page: MarketPage) -> list[list[str]]:
    view = page.money_table.table
    model = view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def _open(qtbot, db: Database, locale: str) -> MarketPage:  # type: ignore[no-untyped-def]
    page = MarketPage(db, locale)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.money_table.model.rowCount() > 0, timeout=5000)
    return page


def test_money_per_sector_and_per_country_as_the_report_gives_it(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _three_projects(db)
    page = _open(qtbot, db, "en")
    money = page.money_table
    assert money.table.accessibleName() and money.by.accessibleName()
    assert _rows(page) == [
        ["Solid waste management", "CNY", "CN¥2,000,000.00", "—"],  # never 2,400,000 of anything
        ["Solid waste management", "USD", "US$400,000.00", "US$350,000.00"],
        ["Renewable energy", "USD", "US$400,000.00", "US$350,000.00"],  # counted in both its sectors
        ["Water treatment", "CNY", "CN¥800,000.00", "—"],
        ["Sector not given", "EUR", "€10,000.00", "—"],
    ]
    with db.reading() as s:  # the report's table: the same rows, in the same order
        report = {
            key: rows for key, _t, _h, rows in market_report.tables(market.overview(s), "en", both=False)
        }
    assert [r[1:] for r in report["money_sector"]] == [
        [cur, float(req), app] for _n, cur, req, app in [money.model.rows[i] for i in range(5)]
    ]
    assert "counts in both" in money.title.text()
    money.by.setCurrentIndex(money.by.findData("country"))
    assert money.model.headerData(0, Qt.Orientation.Horizontal) == "Country"
    assert "counts in both" not in money.title.text()  # a project has one lead country (review 61)
    assert [r[:2] for r in _rows(page)] == [
        ["Vietnam", "CNY"],
        ["Vietnam", "USD"],
        ["China", "CNY"],
        ["Country not given", "EUR"],
    ]
    assert len(report["money_country"]) == 4


def test_the_money_table_sorts_by_amount_not_by_its_text(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    _three_projects(db)
    page = _open(qtbot, db, "en")
    view = page.money_table.table
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [view.model().index(r, 2).data(RawRole) for r in range(5)] == [
        2_000_000,
        800_000,
        400_000,
        400_000,
        10_000,
    ]  # as text "US$400,000.00" came before "CN¥2,000,000.00"
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _rows(page)[0][0] == "Renewable energy"


def test_the_money_table_in_chinese(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    _three_projects(db)
    page = _open(qtbot, db, "zh_CN")
    model = page.money_table.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert heads == ["领域", "币种", "申请金额", "批准金额"]
    assert _rows(page)[0][:2] == ["固体废物处理处置", "人民币"]
    assert _rows(page)[-1][0] == "未注明领域"
