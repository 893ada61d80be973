"""The Market page's project money per sector or per country, each row one currency (never summed
across currencies; a project in two sectors counts in both): the tables of ``petdesk report market``,
read from the same ``market.overview`` (its ``money_by_sector`` and ``money_by_country``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from petdesk.gui.a11y import named
from petdesk.gui.number_cells import NUMBER_ALIGNMENT
from petdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.table_model import ListTableModel, RawRole
from petdesk.i18n import currency_name, format_money

#: group -> currency -> (requested, approved), as ``MarketOverview.money_by_sector`` holds it.
MoneyByGroup = Mapping[str, Mapping[str, tuple[float, float | None]]]


# The words are the Market page's (its context, "MarketPage"): "Per sector" is translated once.


class MoneyModel(ListTableModel):
    """Rows (group's name, currency, requested, approved); amounts shown in their own currency,
    sorted by their value (RawRole), an approved amount not yet known as "—" and sorted first."""

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(
            [
                "",
                QCoreApplication.translate("MarketPage", "Currency"),
                QCoreApplication.translate("MarketPage", "Requested"),
                QCoreApplication.translate("MarketPage", "Approved"),
            ],
            parent=parent,
        )
        self.locale = locale

    def cells(self, row: Any) -> Any:
        name, currency, requested, approved = row
        shown = [
            name,
            currency_name(currency, self.locale),
            format_money(requested, currency, self.locale, exact=True),
            "—" if approved is None else format_money(approved, currency, self.locale, exact=True),
        ]
        return shown

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        row = self.rows[row_no]
        if role == RawRole:
            value = row[column]
            return -1.0 if column == 3 and value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(NUMBER_ALIGNMENT)
        return None


class MarketMoney(QWidget):
    """A choice of per sector or per country, and the table of that money."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = named(QComboBox(self), QCoreApplication.translate("MarketPage", "Group project money by"))
        self.by.setObjectName("market_money_by")
        self.by.addItem(QCoreApplication.translate("MarketPage", "Per sector"), "sector")
        self.by.addItem(QCoreApplication.translate("MarketPage", "Per country"), "country")
        self.model = MoneyModel(locale, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(RawRole)
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = named(
            QTableView(self),
            QCoreApplication.translate("MarketPage", "Project money per sector or country, in each currency"),
        )
        self.table.setObjectName("market_money")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # a line of text per row: at 1024×768 the default rows showed five of a sector's seven
        row = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row)
        # its share of the page, not its own wish (192 px): at 1024×640 the chart above kept 98 px
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.table.setMinimumHeight(row * 5 + 4)  # the header and four rows, the rest scrolls
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.by)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._money: dict[str, MoneyByGroup] = {"sector": {}, "country": {}}
        self._names: dict[str, Callable[[str], str]] = {"sector": str, "country": str}
        self.by.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill()  # the title and header before the first figures

    def show_money(
        self,
        by_sector: MoneyByGroup,
        by_country: MoneyByGroup,
        *,
        sector_name: Callable[[str], str],
        country_name: Callable[[str], str],
    ) -> None:
        """The overview's money per sector and per country, named as the page's charts name them."""
        self._money = {"sector": by_sector, "country": by_country}
        self._names = {"sector": sector_name, "country": country_name}
        self._fill()

    def _fill(self) -> None:
        by = self.by.currentData() or "sector"
        name = self._names[by]
        self.model.headers[0] = (
            QCoreApplication.translate("MarketPage", "Sector")
            if by == "sector"
            else QCoreApplication.translate("MarketPage", "Country")
        )
        # a project has one lead country: "counts in both" is said of sectors only (review 61)
        self.title.setText(
            QCoreApplication.translate(
                "MarketPage",
                "Project money in each currency, never summed across currencies (a project in two "
                "sectors counts in both):",
            )
            if by == "sector"
            else QCoreApplication.translate(
                "MarketPage", "Project money in each currency, never summed across currencies:"
            )
        )
        self.model.set_rows(
            [
                (name(group), currency, requested, approved)
                for group, money in self._money[by].items()
                for currency, (requested, approved) in money.items()
            ]
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
