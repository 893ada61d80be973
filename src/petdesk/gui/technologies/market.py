"""Market overview page: grouped bar charts of technologies, needs and matches per sector or
country, drawn with QPainter (no chart library needed), and project money per currency, sector
and country (``market_money``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui.operations import read_op
from petdesk.gui.projects.page import money_totals
from petdesk.gui.qt import (
    QColor,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPainter,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.screen_fit import scrolled
from petdesk.gui.technologies.market_money import MarketMoney
from petdesk.labels import country_name
from petdesk.services import market
from petdesk.services.market import NOT_GIVEN
from petdesk.services.market_report import series
from petdesk.vocab import technology_area_label

#: One colour per series: technologies, needs, matches.
COLOURS = ("#2f7d59", "#3b6fb6", "#d08a2b")
#: A chart's least height, however few its rows.
MIN_CHART_HEIGHT = 120


class BarChart(QWidget):
    """Horizontal grouped bars: one row per category, one bar per series, with the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[tuple[str, Sequence[int]]] = []
        self.legend: Sequence[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, rows: Sequence[tuple[str, Sequence[int]]], legend: Sequence[str]) -> None:
        self.rows, self.legend = rows, legend
        self.updateGeometry()  # more rows need more height (a scroll area around gives it)
        self.update()

    def _min_group_height(self) -> int:
        """A row's least height: its label's line, and a few pixels per bar."""
        n_series = max((len(v) for _n, v in self.rows), default=1)
        return max(self.fontMetrics().height(), n_series * 4 + 4)

    def minimumSizeHint(self) -> QSize:
        # Every row at its least height: at 1024×640 rows were drawn past the bottom edge, lost.
        rows_h = self.fontMetrics().height() + 16 + len(self.rows) * self._min_group_height()
        return QSize(200, max(MIN_CHART_HEIGHT, rows_h))

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = self.fontMetrics()
        line = fm.height()
        x = 8
        for i, name in enumerate(self.legend):  # legend on top
            p.fillRect(x, 6, line - 4, line - 4, QColor(COLOURS[i % len(COLOURS)]))
            p.setPen(self.palette().text().color())
            p.drawText(x + line, 4 + fm.ascent(), name)
            x += line + fm.horizontalAdvance(name) + 20
        if not self.rows:
            return
        top = max((v for _n, values in self.rows for v in values), default=1) or 1
        label_w = min(max(fm.horizontalAdvance(n) for n, _v in self.rows) + 12, self.width() // 3)
        n_series = max(len(v) for _n, v in self.rows)
        group_h = max((self.height() - line - 16) / len(self.rows), self._min_group_height())
        bar_h = max((group_h - 6) / n_series, 3)
        each_readable = bar_h >= fm.height() * 0.6
        # room after the longest bar for its number, or for a group's numbers when bars are thin
        counts_w = 0 if each_readable else max(fm.horizontalAdvance(_counts(v)) for _n, v in self.rows)
        plot_w = self.width() - label_w - max(50, counts_w + 12)
        y = line + 12.0
        for name, values in self.rows:
            p.setPen(self.palette().text().color())
            p.drawText(
                4,
                int(y),
                label_w - 8,
                int(group_h),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            for j, v in enumerate(values):
                w = int(plot_w * v / top)
                by = int(y + 3 + j * bar_h)
                if v:  # a zero draws no bar (a 1-pixel stub read as "a few")
                    p.fillRect(label_w, by, w, int(bar_h) - 1, QColor(COLOURS[j % len(COLOURS)]))
                if each_readable:
                    p.drawText(label_w + w + 4, by + int(bar_h) - 2, str(v))
            if not each_readable:  # bars too thin for a number each: the group's counts after them
                widest = int(plot_w * max(values, default=0) / top)
                p.drawText(
                    label_w + widest + 4, int(y), counts_w + 8, int(group_h), Qt.AlignmentFlag.AlignVCenter,
                    _counts(values),
                )  # fmt: skip
            y += group_h
        p.end()


def _counts(values: Sequence[int]) -> str:
    return " · ".join(str(v) for v in values)


class MarketPage(QWidget):
    #: Emitted once the charts show the overview read in the background.
    loaded = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._generation = 0
        self.ui_locale = locale
        self.by = QComboBox(self)
        self.by.addItem(QCoreApplication.translate("MarketPage", "Per sector"), "sector")
        self.by.addItem(QCoreApplication.translate("MarketPage", "Per country"), "country")
        # The year the command line's "report market --from --to" gives (field test 65: the window
        # counted all years, and its figures disagreed with the annual report's).
        self.year = QComboBox(self)
        self.year.setObjectName("market_year")
        self.year.addItem(QCoreApplication.translate("MarketPage", "All years"), None)
        self.year.setAccessibleName(QCoreApplication.translate("MarketPage", "Year"))
        self.chart = BarChart(self)
        self.trend = BarChart(self)
        self.trend.setMaximumHeight(180)
        self.money = QLabel(self)
        self.money.setWordWrap(True)
        # per sector and per country as ``report market`` gives it (it showed per currency only)
        self.money_table = MarketMoney(locale, self)
        # On a new database: what would be charted, instead of empty axes and a dangling money line.
        self.empty = QLabel(
            QCoreApplication.translate(
                "MarketPage",
                "Nothing to chart yet. The charts count the technologies, city needs and matches per "
                "sector or country, and project money per currency: import technologies and city "
                "needs, or add projects, and they appear here.",
            ),
            self,
        )
        self.empty.setObjectName("market_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.hide()
        top = QHBoxLayout()
        top.addWidget(
            QLabel(QCoreApplication.translate("MarketPage", "Technologies, city needs and matches"), self), 1
        )
        top.addWidget(self.year)
        top.addWidget(self.by)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        # The per-sector chart scrolls when its rows do not fit (15 sectors at 1024×640).
        self.chart_area = scrolled(self.chart)
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.chart_area, 3)
        self.trend_title = QLabel(QCoreApplication.translate("MarketPage", "Records per year"), self)
        layout.addWidget(self.trend_title)
        layout.addWidget(self.trend, 1)
        layout.addWidget(self.money)
        layout.addWidget(self.money_table, 2)
        self.by.currentIndexChanged.connect(self.refresh)
        self.year.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def chosen_year(self) -> int | None:
        year = self.year.currentData()
        return int(year) if year is not None else None

    def _offer_years(self, years: Sequence[int]) -> None:
        """The years with records, newest first, after "All years"; the chosen one stays chosen."""
        offered = [self.year.itemData(i) for i in range(1, self.year.count())]
        wanted = sorted(set(years) | {dt.date.today().year}, reverse=True)
        if offered == wanted:
            return
        chosen = self.chosen_year()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for y in wanted:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(chosen), 0) if chosen is not None else 0)
        self.year.blockSignals(False)

    def refresh(self) -> None:
        """Read the overview in the background; the charts show it when it arrives (the page is
        shown at once, its first show read on the GUI thread)."""
        self._generation += 1
        generation = self._generation

        year = self.chosen_year()

        def work(s: Any) -> Any:
            if year is None:
                every = market.overview(s)
                return every, every.years
            chosen = market.overview(s, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))
            return chosen, chosen.years  # every year's, whatever the period

        def arrived(result: Any) -> None:
            if generation == self._generation:
                overview, years = result
                self._offer_years(years)
                self._show(overview)

        read_op(self.db, work, on_success=arrived, owner=self)

    def _sector(self, code: str) -> str:
        if code == NOT_GIVEN:  # it showed as "?"
            return QCoreApplication.translate("MarketPage", "Sector not given")
        return technology_area_label(code, self.ui_locale)

    def _country(self, code: str) -> str:
        if code == NOT_GIVEN:
            return QCoreApplication.translate("MarketPage", "Country not given")
        return country_name(code, self.ui_locale)

    def _show(self, o: Any) -> None:
        by = self.by.currentData() or "sector"
        legend = [
            QCoreApplication.translate("MarketPage", "Technologies"),
            QCoreApplication.translate("MarketPage", "City needs"),
            QCoreApplication.translate("MarketPage", "Matches"),
        ]
        rows = series(o, by)
        nothing = not rows and not o.trend and not o.money and self.chosen_year() is None
        self.empty.setVisible(nothing)
        for part in (self.chart_area, self.trend_title, self.trend, self.money, self.money_table):
            part.setVisible(not nothing)
        if by == "sector":
            named = [(self._sector(code), v) for code, v in rows]
        else:
            named = [(self._country(code), v) for code, v in rows]
            legend = legend[:2]
        self.chart.set_data(named, legend)
        self.trend.set_data(
            [(str(y), v) for y, v in o.trend.items()],
            [
                QCoreApplication.translate("MarketPage", "Technologies"),
                QCoreApplication.translate("MarketPage", "City needs"),
                QCoreApplication.translate("MarketPage", "Matches"),
            ],
        )
        self.money.setText(
            QCoreApplication.translate(
                "MarketPage", "Project money (per currency, never summed across currencies): "
            )
            + money_totals(o.money, self.ui_locale)  # worded as the Projects page's totals
        )
        self.money_table.show_money(
            o.money_by_sector, o.money_by_country, sector_name=self._sector, country_name=self._country
        )
        self.loaded.emit()
