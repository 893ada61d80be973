"""City needs and, for the selected need, the ranked technologies with the reasons, a Shortlist
button, and the need's shortlist whose matches move from suggested to agreement."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.operations import Operation
from petdesk.gui.pages import enum_formatter
from petdesk.gui.plurals import PipelineLists
from petdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.i18n import format_date
from petdesk.models.enums import MatchState
from petdesk.services import pipeline_lists, tech_matching
from petdesk.vocab import label, technology_area_label

NEED_HEADERS = (
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("sector", QT_TRANSLATE_NOOP("Columns", "Sector")),
    ("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ("deadline", QT_TRANSLATE_NOOP("Columns", "Deadline")),
)
#: How many ranked technologies the match view shows.
TOP = 10


class MatchView(QWidget):
    """Ranked technologies for one need (a short, fixed list: a table widget is enough here)."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = "zh" if locale.startswith("zh") else "en"
        self.need_id: str | None = None
        self.last_operation: Operation | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.ranked = QTableWidget(0, 3, self)
        self.ranked.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MatchView", "Score"),
                QCoreApplication.translate("MatchView", "Technology"),
                QCoreApplication.translate("MatchView", "Why"),
            ]
        )
        self.ranked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        self.ranked.setWordWrap(True)
        self.ranked.verticalHeader().hide()
        self.ranked.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ranked.horizontalHeader().resizeSection(1, 240)
        self.shortlist_button = QPushButton(QCoreApplication.translate("MatchView", "Shortlist"), self)
        self.shortlist_button.clicked.connect(self.shortlist_selected)
        self.matches = QTableWidget(0, 3, self)
        self.matches.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MatchView", "Shortlisted technology"),
                QCoreApplication.translate("MatchView", "State"),
                QCoreApplication.translate("MatchView", "Since"),
            ]
        )
        self.matches.verticalHeader().hide()
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setTabKeyNavigation(False)  # Tab leaves; the state boxes in it are Tab stops
        self.matches.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(QCoreApplication.translate("MatchView", "Technologies that fit, best first:"), self), 1
        )
        row.addWidget(self.shortlist_button)
        # What the organisations' and contacts' panes say before a row is chosen.
        self.empty = QLabel(
            QCoreApplication.translate("MatchView", "Select a city need to see the technologies that fit."),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        content = QWidget(self)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(row)
        box.addWidget(self.ranked, 3)
        box.addWidget(QLabel(QCoreApplication.translate("MatchView", "Shortlist:"), content))
        box.addWidget(self.matches, 2)
        self.content = content
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(content, 1)
        content.hide()

    def show_need(self, need_id: str) -> None:
        self.need_id = need_id
        with self.db.reading() as s:
            need, ranked = tech_matching.rank_for_need(s, need_id, TOP)
            matches = tech_matching.list_matches(s, need_id=need_id)
        problem = need.problem_en or need.problem_zh
        if self.lang == "zh" and need.problem_zh:
            problem = need.problem_zh
        self.empty.hide()
        self.content.show()
        self.heading.setText(
            f"<b>{_escape(need.title(self.lang))}</b> — {_escape(need.city(self.lang))}<br>{_escape(problem)}"
        )
        self.ranked.setRowCount(len(ranked))
        for i, r in enumerate(ranked):
            score = QTableWidgetItem(f"{r.score:.1f}")
            score.setData(Qt.ItemDataRole.UserRole, r.technology.id)
            self.ranked.setItem(i, 0, score)
            area = technology_area_label(r.technology.sector, self.ui_locale)
            name = f"{r.technology.name(self.lang)}\n{area}"
            self.ranked.setItem(i, 1, QTableWidgetItem(name))
            self.ranked.setItem(i, 2, QTableWidgetItem(r.explain(self.lang)))
        self.ranked.resizeRowsToContents()
        if ranked:
            self.ranked.selectRow(0)
        self.matches.setRowCount(len(matches))
        for i, x in enumerate(matches):
            tech = QTableWidgetItem(
                x.technology_zh or x.technology_en
                if self.lang == "zh"
                else x.technology_en or x.technology_zh
            )
            tech.setData(Qt.ItemDataRole.UserRole, x.id)
            self.matches.setItem(i, 0, tech)
            combo = QComboBox(self.matches)
            for state in MatchState:
                combo.addItem(label(state, self.ui_locale), state.value)
            combo.setCurrentIndex(list(MatchState).index(x.state))
            combo.currentIndexChanged.connect(
                lambda _i, match_id=x.id, c=combo: self.move_match(match_id, MatchState(c.currentData()))
            )
            self.matches.setCellWidget(i, 1, combo)
            # as wide as its longest state ("Meeting held" read "Meeting helc")
            header = self.matches.horizontalHeader()
            header.resizeSection(1, max(header.sectionSize(1), combo.sizeHint().width()))
            since = format_date(x.state_changed_on, self.ui_locale) if x.state_changed_on else ""
            self.matches.setItem(i, 2, QTableWidgetItem(since))

    def select_match(self, match_id: str) -> bool:
        for row in range(self.matches.rowCount()):
            item = self.matches.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == match_id:
                self.matches.selectRow(row)
                return True
        return False

    def selected_match(self) -> str | None:
        row = self.matches.currentRow()
        item = self.matches.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def selected_technology(self) -> str | None:
        row = self.ranked.currentRow()
        item = self.ranked.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def shortlist_selected(self) -> None:
        tech_id, need_id = self.selected_technology(), self.need_id
        if tech_id is None or need_id is None:
            return

        def work() -> str:
            with self.db.transaction() as s:
                return tech_matching.shortlist(s, need_id, tech_id).id

        self.last_operation = Operation(work, on_success=lambda _id: self.show_need(need_id)).start()

    def move_match(self, match_id: str, state: MatchState) -> None:
        def work() -> None:
            with self.db.transaction() as s:
                tech_matching.move_match(s, match_id, state)

        need_id = self.need_id
        self.last_operation = Operation(
            work, on_success=lambda _r: self.show_need(need_id) if need_id else None
        ).start()


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NeedsPage(QSplitter):
    """City needs on the left, the match view of the selected need on the right."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.db = db
        headers = [(k, QCoreApplication.translate("Columns", t)) for k, t in NEED_HEADERS]
        self.list = ListPage(
            db,
            pipeline_lists.needs(locale),
            headers,
            locale=locale,
            formatters={
                "sector": lambda v: technology_area_label(v or "", locale),
                "status": enum_formatter(locale),
                "deadline": lambda v: "" if v is None else format_date(v, locale),
            },
            placeholder=QCoreApplication.translate("NeedsPage", "Search titles and problems…"),
            noun=PipelineLists(self).needs,
            parent=self,
        )
        self.match_view = MatchView(db, locale, self)
        self.addWidget(self.list)
        self.addWidget(self.match_view)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.list.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.list.activated.connect(self.match_view.show_need)
        from petdesk.gui.technologies.import_file import import_catalogue

        self.list.set_empty_state(
            QCoreApplication.translate("EmptyPage", "No city needs yet"),
            QCoreApplication.translate(
                "EmptyPage",
                "City needs are what partner cities are looking for; each is matched against the "
                "technology catalogue. Import them from a CSV or Excel file.",
            ),
            [
                (
                    "import",
                    QCoreApplication.translate("EmptyPage", "Import city needs…"),
                    lambda: import_catalogue(self, db, "needs", self.refresh),
                )
            ],
        )

    def _select(self, row: int) -> None:
        if (need_id := self.list.model.row_id(row)) is not None:
            self.match_view.show_need(need_id)

    def select_need(self, need_id: str, *, match_id: str | None = None) -> None:
        """Show the match view of ``need_id`` (from an organisation page), with ``match_id`` selected
        in its shortlist when given."""
        self.list.select_id(need_id)
        self.match_view.show_need(need_id)
        if match_id:
            self.match_view.select_match(match_id)

    def refresh(self) -> None:
        self.list.refresh()
        if self.match_view.need_id:
            self.match_view.show_need(self.match_view.need_id)
