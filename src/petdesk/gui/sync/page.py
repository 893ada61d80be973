"""The Sync page: conflicts waiting for a person, the exchange journal, and the known offices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from petdesk import i18n, labels, language
from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.operations import OFFICE, Changes, Operation, announce, run_in_background, subscribe
from petdesk.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QShortcut,
    QSortFilterProxyModel,
    QStyle,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.questions import ask
from petdesk.gui.shortcut_log import ambiguity_logged
from petdesk.gui.sync.common import RowsModel, locale_of
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.translation import arg
from petdesk.messages import localize_error
from petdesk.sync import service
from petdesk.sync.labels import entity_label, field_label

#: The column naming the record, and the one saying what kind of conflict a row is.
RECORD_COLUMN, KIND_COLUMN = 0, 1


def _table(model: RowsModel, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ConflictsView(QWidget):
    """Open conflicts; "Use other value" makes the losing value a new change that syncs. An edit of
    this office that another office's concurrent edit overrode says so, in the words of `sync
    conflicts`, and its second choice puts this office's value back."""

    resolved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.conflicts: list[service.Conflict] = []
        self.model = RowsModel(
            [
                self.tr("Record"),
                self.tr("Kind"),
                self.tr("Field"),
                self.tr("Current value"),
                self.tr("Current value from"),
                self.tr("Other value"),
                self.tr("Other value from"),
            ],
            self,
        )
        # Sortable (a person's conflicts together, by field or office) and several at once: 127
        # conflicts one by one at hub scale (field test 34, defect 3).
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = named(_table(self.model, self, "conflicts"), self.tr("Conflicts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # detection order until a header click
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep Current Value"), self)
        self.keep_button.setObjectName("keep_current")
        self.other_button = QPushButton(self.tr("&Use Other Value"), self)
        self.other_button.setObjectName("use_other")
        self.keep_button.clicked.connect(lambda: self.resolve(choose_other=False))
        self.other_button.clicked.connect(lambda: self.resolve(choose_other=True))
        self.mine_button = QPushButton(self.tr("Keep &Mine"), self)
        self.mine_button.setObjectName("keep_mine")
        self.mine_button.setToolTip(self.tr("For every selected conflict, this office's value"))
        self.theirs_button = QPushButton(self.tr("Keep &Theirs"), self)
        self.theirs_button.setObjectName("keep_theirs")
        self.theirs_button.setToolTip(self.tr("For every selected conflict, the other office's value"))
        self.mine_button.clicked.connect(lambda: self.ask_keep("mine"))
        self.theirs_button.clicked.connect(lambda: self.ask_keep("theirs"))
        #: The conflicts last settled in bulk, which Ctrl+Z (or Edit › Undo) takes back at once,
        #: values and all, as a bulk Set field or Tag is taken back.
        self.last_settled: list[service.Settled] = []
        undo_key = ambiguity_logged(QShortcut(QKeySequence.StandardKey.Undo, self))
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_last)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explanation, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        locale = locale_of(self)
        from petdesk.gui.viewer_zone import viewer_zone  # the zone the window shows times in

        # Values in words ("deleted on 4 Dec 2026", a linked person's name), as `sync conflicts` says
        # them; an itinerary item's time in its place's zone ("8 Mar 2027, 15:00 (UTC+08:00)").
        self.conflicts = service.list_conflicts(self.db, locale=locale, zone=viewer_zone())
        rows = []
        for c in self.conflicts:
            # Translated: Chinese lines take the full-width colon (联系人：孙浩).
            record = arg(self.tr("%1: %2"), entity_label(c.entity, locale), c.record)
            if c.record_context:  # namesakes told apart by organisation and e-mail
                record = arg(self.tr("%1 (%2)", "a record and what tells it apart"), record, c.record_context)
            if c.kind == "delete_edit":
                rows.append(
                    [
                        record,
                        self._kind(c),
                        "",
                        self.tr("deleted"),
                        c.winner_office,
                        self.tr("linked: %1").replace("%1", c.link)
                        if c.link
                        else self.tr("edited (kept in the deleted record)"),
                        c.loser_office,
                    ]
                )
            else:
                rows.append(
                    [
                        record,
                        self._kind(c),
                        self._field(c, locale),
                        c.winner_text,
                        c.winner_office,
                        c.loser_text,
                        c.loser_office,
                    ]
                )
        self.model.set_rows(rows, [c.id for c in self.conflicts])
        # Fit the columns to what they hold, within bounds: long values no longer squeeze the
        # others to a sliver (each column stays readable at 1366 px; the full value is a tooltip).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 90), 240))
        self._fit_kind_column()
        # The Record column takes the spare width (it was capped at 240 px while "Other value from"
        # stretched over 900 px: field test 34, 6b); the user can still drag the others.
        header.setSectionResizeMode(RECORD_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def _field(self, conflict: service.Conflict, locale: str) -> str:
        """The field each office's edit changed, as the command line tells them: "Status / Due date"
        when one office closed a follow-up the other postponed (not "Status" for both)."""
        current = field_label(conflict.winner_field or conflict.field, locale, conflict.entity)
        if not conflict.loser_field or conflict.loser_field == (conflict.winner_field or conflict.field):
            return current
        other = field_label(conflict.loser_field, locale, conflict.entity)
        return arg(self.tr("%1 / %2", "the fields the current and the other value changed"), current, other)

    def _kinds(self) -> dict[tuple[str, str, bool], str]:
        """What a conflict is, by (kind, what this office did, whether a link), from this office's
        point of view: it made the edit, or the deletion, or neither."""
        return {
            ("delete_edit", "deleted", False): self.tr("Deleted here, edited there"),
            ("delete_edit", "edited", False): self.tr("Edited here, deleted there"),
            ("delete_edit", "", False): self.tr("Deleted in one office, edited in another"),
            ("delete_edit", "deleted", True): self.tr("Deleted here, linked there"),
            ("delete_edit", "edited", True): self.tr("Linked here, deleted there"),
            ("delete_edit", "", True): self.tr("Deleted in one office, linked in another"),
            ("overridden", "", False): self.tr("Your edit was overridden"),
            ("field", "", False): self.tr("Changed in two offices"),
        }

    def _kind(self, conflict: service.Conflict) -> str:
        if conflict.kind == "delete_edit":
            return self._kinds()[("delete_edit", conflict.done_here, bool(conflict.link))]
        return self._kinds()[("overridden" if conflict.overridden else "field", "", False)]

    def _fit_kind_column(self) -> None:
        """The Kind column as wide as the words it shows in this language, with a character to spare:
        sized to its cells alone it cut the last Chinese character (field test 18 §7), while the
        last column took all the spare width."""
        table = self.table
        metrics = table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        shown = {row[KIND_COLUMN] for row in self.model.rows}
        widest = max(metrics.horizontalAdvance(text) for text in [*shown, self.model.headers[KIND_COLUMN]])
        table.setColumnWidth(KIND_COLUMN, widest + 2 * margin + metrics.averageCharWidth())

    def selected(self) -> list[service.Conflict]:
        """The selected conflicts, in the order shown."""
        by_id = {c.id: c for c in self.conflicts}
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [by_id[index.data(Qt.ItemDataRole.UserRole)] for index in rows]

    def current(self) -> service.Conflict | None:
        """The one selected conflict (None for none or several)."""
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def _selection_changed(self, *_args: object) -> None:
        count = len(self.selected())
        conflict = self.current()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)
        self.mine_button.setEnabled(count > 0)
        self.theirs_button.setEnabled(count > 0)
        if count > 1:
            self.explanation.setText(
                self.tr(
                    "%Ln conflict(s) selected: keep this office's values or the other offices' for all.",
                    "",
                    count,
                )
            )
            return
        if conflict is None:
            self.explanation.setText(
                self.tr("%Ln open conflict(s). Select one to settle it.", "", len(self.conflicts))
                if self.conflicts
                else self.tr("No open conflicts: nothing waits for your decision.")
            )
        elif conflict.kind == "delete_edit" and conflict.link:
            self.other_button.setText(self.tr("&Restore Record"))
            self.explanation.setText(
                arg(
                    self.tr(
                        "%1 deleted this person while %2 linked them meanwhile (%3). They stay deleted "
                        "unless you restore them."
                    ),
                    conflict.winner_office,
                    conflict.loser_office,
                    conflict.link,
                )
            )
        elif conflict.kind == "delete_edit":
            self.other_button.setText(self.tr("&Restore Record"))
            self.explanation.setText(
                self.tr("The record stays deleted unless you restore it; the edit is kept inside it.")
            )
        elif conflict.overridden:
            self.other_button.setText(self.tr("&Put My Value Back"))
            # The core's sentence, as `petdesk sync conflicts` prints it, then the choice.
            words = service.overridden_words(conflict, locale_of(self))
            self.explanation.setText(
                self.tr(
                    "%1 Putting your value back makes it a new change that travels to every office."
                ).replace("%1", words)
            )
        else:
            self.other_button.setText(self.tr("&Use Other Value"))
            self.explanation.setText(
                self.tr("Choosing the other value makes it a new change that travels to every office.")
            )
        if conflict is not None and conflict.note:
            both = self.tr("%1 %2", "one sentence after another")
            self.explanation.setText(arg(both, conflict.note, self.explanation.text()))
        if conflict is not None and conflict.settles_with:
            # A start and its end are one decision (field test 11: 15:00 kept with 16:30 made a time
            # neither office entered); the core settles both, and says so here before the click.
            together = field_label(conflict.settles_with, locale_of(self), conflict.entity)
            also = self.tr("%1 is settled with it, to the same office's value.").replace("%1", together)
            # Translated: Chinese sentences follow one another without a space.
            both = self.tr("%1 %2", "one sentence after another")
            self.explanation.setText(arg(both, self.explanation.text(), also))
        if conflict is not None and conflict.other_value_order:
            self._say_time_order(conflict)

    def _say_time_order(self, conflict: service.Conflict) -> None:
        """Before the click: a start chosen alone moves the end with it; an end before the start is
        refused, so its button is off (the core decides both, ``other_value_order``)."""
        if conflict.other_value_order == "refused":
            self.other_button.setEnabled(False)
            # In place of the sentence about the other value travelling: it cannot be chosen.
            self.explanation.setText(
                self.tr(
                    "The other value would make it end before it starts: keep the current value, and change "
                    "the time in the editor if needed."
                )
            )
            return
        end = field_label(conflict.other_value_order, locale_of(self), conflict.entity)
        note = self.tr("Choosing the other value moves %1 with the start, keeping its length.").replace(
            "%1", end
        )
        both = self.tr("%1 %2", "one sentence after another")
        self.explanation.setText(arg(both, self.explanation.text(), note))

    def resolve(self, *, choose_other: bool) -> Operation | None:
        conflict = self.current()
        if conflict is None:
            return None
        db = self.db
        return run_in_background(
            lambda: service.resolve_conflict(db, conflict.id, choose_other=choose_other),
            on_success=self._settled,
            on_failure=lambda exc: self.explanation.setText(localize_error(exc, locale_of(self))),
            parent=self,
        )

    def ask_keep(self, keep: str) -> None:
        """Name how many conflicts, and settle them all on Yes (one transaction)."""
        chosen = self.selected()
        count = len(chosen)
        if not count:
            return
        text = (
            self.tr("Keep this office's value in %Ln conflict(s)?", "", count)
            if keep == "mine"
            else self.tr("Keep the other office's value in %Ln conflict(s)?", "", count)
        )
        text += "\n\n" + self.tr(
            "A value chosen that is not the current one becomes a new change that travels to every office."
        )
        ids = [c.id for c in chosen]
        self.confirm_box = ask(
            self,
            title=self.tr("Settle Conflicts"),
            text=text,
            name="confirm_keep",
            on_yes=lambda: self.keep_all(ids, keep),
            yes_text=self.tr("&Settle %Ln Conflict(s)", "", count),
        )

    def keep_all(self, ids: list[str], keep: str) -> Operation:
        """Settle ``ids`` keeping "mine" or "theirs", all at once."""
        db = self.db
        return run_in_background(
            lambda: service.resolve_conflicts(db, ids, keep=keep),
            on_success=self._settled_all,
            on_failure=lambda exc: self.explanation.setText(localize_error(exc, locale_of(self))),
            parent=self,
        )

    def _settled_all(self, settled: list[service.Settled]) -> None:
        self.last_settled = settled
        self.refresh()
        count = len(settled)
        self.explanation.setText(
            labels.sentences(self.tr("%Ln conflict(s) settled.", "", count), self.tr("Ctrl+Z undoes it."))
        )
        self.resolved.emit()

    def can_undo_last(self) -> bool:
        return bool(self.last_settled)

    def undo_last(self) -> Operation | None:
        """Put back the values the last bulk settling wrote and open its conflicts again."""
        settled, self.last_settled = self.last_settled, []
        if not settled:
            return None
        db = self.db
        return run_in_background(
            lambda: service.undo_settled(db, settled),
            on_success=self._undone,
            on_failure=lambda exc: self.explanation.setText(localize_error(exc, locale_of(self))),
            parent=self,
        )

    def _undone(self, reopened: int) -> None:
        self.refresh()
        self.explanation.setText(self.tr("Undone: %Ln conflict(s) open again.", "", reopened))
        self.resolved.emit()

    def _settled(self, settled: service.Settled) -> None:
        self.last_settled = []  # a new decision: the bulk one before it is no longer the last
        self.refresh()
        # What else was settled with it (the end of a start), in the core's words.
        if together := service.settled_together_words(settled, locale_of(self)):
            self.explanation.setText(together)
        self.resolved.emit()


class JournalView(QWidget):
    """Every package written or imported: when, with which office, how many records, the file;
    and every office retired or returned to service, when and by whom."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = RowsModel(
            [
                self.tr("When (UTC)"),
                # A package's direction, or a decision about an office and who made it.
                self.tr("What"),
                self.tr("Office"),
                self.tr("Records"),
                self.tr("Conflicts"),
                self.tr("File"),
            ],
            self,
        )
        self.table = named(_table(self.model, self, "journal"), self.tr("Journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        # An office retired or returned to service (the Offices tab) is a line of the journal.
        subscribe(self, lambda changes: self.refresh() if changes.touches(OFFICE) else None)
        self.refresh()

    def refresh(self) -> None:
        rows = []
        for e in service.journal(self.db, locale=locale_of(self)):
            if e.is_decision:
                rows.append(self._decision_row(e))
                continue
            direction = self.tr("Exported") if e.direction == "export" else self.tr("Imported")
            if e.staff:  # who made a package here (field test 84)
                direction += self.tr(" (%1)").replace("%1", e.staff)
            rows.append(
                [
                    _utc_time(e.at, locale_of(self), seconds=True),
                    direction,
                    self._office(e, e.peer_name or self.tr("(everyone)")),
                    e.total,
                    e.conflicts,
                    e.file_name,
                ]
            )
        self.model.set_rows(rows)

    def _decision_row(self, e: service.Exchange) -> list[object]:
        """An office retired or returned to service: when, the decision and by whom (in the What
        column, not under File), and which office."""
        retired = e.direction == "retire"
        decision = (self.tr("Retired by %1") if retired else self.tr("Returned to service by %1")).replace(
            "%1", e.decided_by or "?"
        )
        if e.staff:
            decision += self.tr(" (%1)").replace("%1", e.staff)
        if e.learned_from:
            decision += self.tr("; learned from %1's package").replace("%1", e.learned_from)
        office = self._office(e, e.peer_name or self.tr("(an office not known here)"))
        return [_utc_time(e.at, locale_of(self), seconds=True), decision, office, "", "", ""]

    def _office(self, e: service.Exchange, name: str) -> str:
        """The office's name with its short id: two offices may share a name (an old laptop and
        its successor)."""
        if not e.peer_office_id:
            return name
        return arg(self.tr("%1 (id %2)"), name, e.peer_office_id[:8])


class OfficesView(QWidget):
    """The offices known here; an office replaced by a new one (a wiped laptop restored as a new
    office) can be retired, and returned to service (``service.retire_office``)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.offices: list[service.OfficeInfo] = []
        self.operation: Operation | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = RowsModel(
            [
                self.tr("Office"),
                self.tr("Region"),
                self.tr("Last import"),
                self.tr("Last export"),
                self.tr("Id"),
            ],
            self,
        )
        self.table = named(_table(self.model, self, "offices"), self.tr("Offices"))
        self.message = QLabel(self)
        self.message.setObjectName("offices_message")
        self.message.setWordWrap(True)
        self.retire_button = QPushButton(self.tr("&Retire Office…"), self)
        self.retire_button.setObjectName("retire_office")
        self.return_button = QPushButton(self.tr("Return Office to &Service"), self)
        self.return_button.setObjectName("return_office")
        self.retire_button.clicked.connect(self.ask_retire)
        self.return_button.clicked.connect(self.return_to_service)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _name(self, office: service.OfficeInfo) -> str:
        """Both names, for the retirement's confirmation: it must leave no doubt which office."""
        locale = locale_of(self)
        if i18n.is_chinese(locale) and office.name_zh:
            return labels.bracket(office.name_zh, office.name, locale)
        return labels.bracket(office.name, office.name_zh, "en")

    def _names(self, office: service.OfficeInfo) -> tuple[str, str]:
        """The office's name by the one rule of the window (``language.office_name``), and its
        other name (for the tooltip; "" when it has none)."""
        name = language.office_name(office.name, office.name_zh, locale_of(self))
        other = office.name_zh if name == office.name else office.name
        return name, (other or "") if other != name else ""

    def refresh(self) -> None:
        self.offices = service.list_offices(self.db)
        rows, tips = [], []
        locale = locale_of(self)
        for o in self.offices:
            name, other = self._names(o)
            tips.append({0: other} if other else {})
            if o.is_self:
                name = self.tr("%1 — this office").replace("%1", name)
            if o.retired_at:
                retired_on = i18n.format_date(dt.date.fromisoformat(o.retired_at[:10]), locale)
                name = arg(self.tr("%1 — retired on %2"), name, retired_on)
            rows.append(
                [
                    name,
                    o.region,
                    _utc_time(o.last_import_at, locale),
                    _utc_time(o.last_export_at, locale),
                    o.id,
                ]
            )
        self.model.set_rows(rows, [o.id for o in self.offices], tips)
        self._selection_changed()

    def current(self) -> service.OfficeInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.offices[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        office = self.current()
        other = office is not None and not office.is_self
        self.retire_button.setEnabled(other and office is not None and office.retired_at is None)
        self.return_button.setEnabled(other and office is not None and office.retired_at is not None)

    def ask_retire(self) -> None:
        """Name the office, its id and its last exchange, and retire it on Yes."""
        office = self.current()
        if office is None:
            return
        last = (
            arg(self.tr("Last exchange: %1 UTC."), _utc_time(office.last_exchange, locale_of(self)))
            if office.last_exchange
            else self.tr("No package has been exchanged with it yet.")
        )
        text = (
            arg(self.tr("Retire the office %1 (id %2)?"), self._name(office), office.id)
            + "\n\n"
            + last
            + "\n\n"
            + self.tr(
                "No package will be written for it any more and packages from it will be refused. "
                "Every office learns this with the next package from here. You can return it to "
                "service later."
            )
        )
        self.confirm_box = ask(
            self,
            title=self.tr("Retire Office"),
            text=text,
            name="confirm_retire",
            on_yes=lambda: self.retire(office),
            yes_text=self.tr("&Retire Office"),
        )

    def retire(self, office: service.OfficeInfo) -> Operation:
        db = self.db
        return self._decide(
            lambda: service.retire_office(db, office.id),
            self.tr("%1 is retired; the next package from here tells every office."),
        )

    def return_to_service(self) -> Operation | None:
        office = self.current()
        if office is None:
            return None
        db = self.db
        return self._decide(
            lambda: service.return_office(db, office.id),
            self.tr("%1 is in service again; the next package from here tells every office."),
        )

    def _decide(self, work: Callable[[], service.OfficeInfo], done: str) -> Operation:
        def finished(office: service.OfficeInfo) -> None:
            self.refresh()
            self.message.setText(done.replace("%1", self._name(office)))
            announce(Changes.of(OFFICE, ids=[office.id]))

        self.operation = run_in_background(
            work,
            on_success=finished,
            on_failure=lambda exc: self.message.setText(localize_error(exc, locale_of(self))),
            parent=self,
        )
        return self.operation


def _utc_time(value: str | None, locale: str, *, seconds: bool = False) -> str:
    """A stored UTC ISO time in the locale's words, still in UTC ("5 Dec 2026, 10:30" /
    "2026年12月5日 10:30"); the journal keeps the seconds, two packages may share a minute."""
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(value)
    moment = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
    if not seconds:
        return i18n.format_datetime(moment, locale)
    day = i18n.format_date(moment.date(), locale)
    time = i18n.format_time(moment, locale, "medium")
    return f"{day} {time}" if i18n.babel_locale(locale).language == "zh" else f"{day}, {time}"


class SyncPage(QWidget):
    def __init__(self, db: Database, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.db = db
        self.window_ = window
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        # Alt+X: Alt+E is the menu bar's Edit (a button sharing it made the key ambiguous).
        export_button = QPushButton(self.tr("E&xport…"), self)
        export_button.setObjectName("sync_export")
        import_button = QPushButton(self.tr("&Import…"), self)
        import_button.setObjectName("sync_import")
        export_button.clicked.connect(self._export)
        import_button.clicked.connect(self._import)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(export_button)
        top.addWidget(import_button)

        self.tabs = QTabWidget(self)
        room_for_tab_labels(self.tabs)
        self.conflicts = ConflictsView(db, self)
        self.journal = JournalView(db, self)
        self.offices = OfficesView(db, self)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.journal, self.tr("Exchange journal"))
        self.tabs.addTab(self.offices, self.tr("Offices"))
        self.conflicts.resolved.connect(self._resolved)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._update_heading()

    def _update_heading(self) -> None:
        open_count = len(self.conflicts.conflicts)
        text = self.tr("Exchange changes with other offices by encrypted files (USB stick or e-mail).")
        if open_count:  # sentences(): no space after a Chinese sentence's "。"
            text = labels.sentences(text, self.tr("%Ln conflict(s) wait for you.", "", open_count))
        self.heading.setText(text)
        self.tabs.setTabText(
            0,
            self.tr("Conflicts (%1)").replace("%1", str(open_count)) if open_count else self.tr("Conflicts"),
        )

    def _resolved(self) -> None:
        self._update_heading()
        refresh_all = getattr(self.window_, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()

    def _export(self) -> None:
        from petdesk.gui.sync import open_export

        open_export(self.window_)  # type: ignore[arg-type]

    def _import(self) -> None:
        from petdesk.gui.sync import open_import

        open_import(self.window_)  # type: ignore[arg-type]

    def can_undo_last(self) -> bool:
        """Edit › Undo on this page: the conflicts last settled in bulk."""
        return self.tabs.currentWidget() is self.conflicts and self.conflicts.can_undo_last()

    def undo_last(self) -> None:
        self.conflicts.undo_last()

    def refresh(self) -> None:
        self.conflicts.refresh()
        self.journal.refresh()
        self.offices.refresh()
        self._update_heading()
