"""Small pieces shared by the visit, training and calendar screens: pickers that search in SQL,
a zone chooser, enum combo boxes and a read-only table model over a short list of rows."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui.a11y import label_for, named
from petdesk.gui.colours import ERROR, WARNING, tint, tone
from petdesk.gui.date_box import DateBox
from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QObject,
    QPushButton,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.screen_fit import pages_scrolled
from petdesk.gui.table_model import SEARCH_DELAY_MS, IdRole, ListTableModel
from petdesk.messages import localize
from petdesk.services.visits import Found

#: Zones offered first; any IANA zone can be typed.
COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Singapore",
    "Asia/Jakarta",
    "Asia/Bangkok",
    "Asia/Kolkata",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Paris",
    "Europe/Stockholm",
    "Europe/Helsinki",
    "Africa/Nairobi",
    "America/New_York",
    "America/Sao_Paulo",
    "UTC",
)
#: Names the system may give UTC (``/etc/localtime`` → Etc/UTC): shown as the one UTC entry.
UTC_ALIASES = {
    z: "UTC"
    for z in ("Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "UCT", "Etc/UCT")
}


def enum_label(member: enum.Enum, locale: str) -> str:
    try:
        from petdesk.vocab import label

        return label(member, locale)
    except (ImportError, KeyError, ValueError, TypeError):
        return str(member.value)


def fill_enum_combo(combo: QComboBox, enum_cls: type[enum.Enum], locale: str) -> None:
    combo.clear()
    for member in enum_cls:
        combo.addItem(enum_label(member, locale), member.value)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def display_format(with_time: bool = False) -> str:
    """The short date style of the interface (Qt's default locale) as a Qt display format."""
    from petdesk import i18n

    return i18n.qt_date_format(QLocale().name(), with_time)


def date_edit(parent: QWidget, value: dt.date | None = None) -> QDateEdit:
    edit = DateBox(parent)  # also takes a whole date typed over it (field test 38, defect 4)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format())
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


#: Every zone's choice by (language, UTC hour), filled by the first zone box's background read.
_ZONE_LISTS: dict[tuple[str, int], list[Any]] = {}


def _with_folds(days: Sequence[dt.date]) -> tuple[tuple[dt.date, int], ...]:
    return tuple((day, getattr(day, "fold", 0)) for day in days)


class ZoneBox(QComboBox):
    """Time zone chooser by city and country with today's UTC offset ("Berlin, Germany (UTC+01:00)",
    "柏林，德国（UTC+01:00）"), in the interface's language; typing filters by city or country in
    either language. Common zones come first; ``zone()`` is the IANA name that is stored.

    Without ``value`` it starts at this computer's zone (it was always Shanghai, field test 7).
    ``suggest`` changes the zone until one is chosen by hand or shown from a record."""

    def __init__(
        self, parent: QWidget | None = None, value: str | None = None, *, locale: str | None = None
    ) -> None:
        super().__init__(parent)
        from petdesk import labels
        from petdesk.services import venue_zone

        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        #: The days of the record being edited: the offsets shown are those on these days.
        self._days: tuple[dt.date, ...] = ()
        locale = locale or QLocale().name()  # the interface's language, set with the translators
        language = "zh_CN" if locale.startswith("zh") else "en"
        key = (language, dt.datetime.now(dt.UTC).hour)  # offsets change with daylight saving
        for zone in COMMON_ZONES:
            self.addItem(labels.zone_label(zone, language), zone)
        self.insertSeparator(len(COMMON_ZONES))
        if key in _ZONE_LISTS:
            self._add_rest(_ZONE_LISTS[key])
        else:
            # Labelling 400 zones takes babel half a second: done off the GUI thread once an hour
            # (the calendar's first show froze for it), the common zones are there meanwhile.
            def work() -> list[labels.ZoneChoice]:
                return labels.zone_choices(language)

            def arrived(choices: list[labels.ZoneChoice]) -> None:
                _ZONE_LISTS[key] = choices
                self._add_rest(choices)

            run_in_background(work, on_success=arrived, owner=self)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._locale = locale
        #: A zone picked or typed by hand, or one a record has: suggestions leave it alone.
        self._chosen = False
        self._suggested = ""
        self.set_zone(value or venue_zone.computer_zone(), chosen=False)
        self.activated.connect(self._picked)
        if (edit := self.lineEdit()) is not None:
            edit.textEdited.connect(self._typed)

    def _picked(self, index: int) -> None:
        # An editable box also "activates" the item it shows when the focus leaves it: only
        # another zone than the suggested one is a choice.
        if self.itemData(index) != self._suggested:
            self._chosen = True

    def _typed(self, _text: str) -> None:
        self._chosen = True

    def suggest(self, name: str) -> bool:
        """Show ``name`` (the venue's city's zone, the office's) unless a zone was chosen; True
        when it is shown."""
        if self._chosen:
            return False
        self.set_zone(name, chosen=False)
        return True

    def _add_rest(self, choices: Sequence[Any]) -> None:
        # One insertion of 400 rows, not 400 addItem calls each searching the box (findData): that
        # took the calendar's first show 100 ms on the GUI thread.
        from petdesk.gui.qt import QStandardItem, QStandardItemModel

        have = {self.itemData(i) for i in range(self.count())}
        items = []
        for choice in choices:
            if choice.zone not in have:
                have.add(choice.zone)
                item = QStandardItem(choice.label)
                item.setData(choice.zone, Qt.ItemDataRole.UserRole)
                items.append(item)
        if self._days:
            from petdesk import labels

            for item in items:
                item.setText(
                    labels.label_on_days(item.text(), item.data(Qt.ItemDataRole.UserRole), self._days)
                )
        model = self.model()
        if isinstance(model, QStandardItemModel):
            model.invisibleRootItem().appendRows(items)
        else:  # pragma: no cover - a box given another model
            for item in items:
                self.addItem(item.text(), item.data(Qt.ItemDataRole.UserRole))

    def set_days(self, first: dt.date, last: dt.date | None = None) -> None:
        """Show each zone's offset on these days (a training in May: Stockholm is UTC+02:00, though
        it is UTC+01:00 in winter today); both offsets when daylight saving changes between them.
        Given wall-clock times (naive datetimes, with their ``fold``), the offsets at those times."""
        from petdesk import labels

        days = (first,) if last is None or last == first else (first, last)
        if _with_folds(days) == _with_folds(self._days):  # 02:30 == the second 02:30 for Python
            return
        self._days = days
        for i in range(self.count()):
            if zone := self.itemData(i):
                old = self.itemText(i)
                new = labels.label_on_days(old, zone, days)
                if new != old:  # most zones keep their offset all year: each change costs Qt work
                    self.setItemText(i, new)
        if (edit := self.lineEdit()) is not None:
            edit.setCursorPosition(0)

    def set_zone(self, name: str, *, chosen: bool = True) -> None:
        """Show the zone ``name``: a record's (``chosen``) or a suggestion."""
        self._chosen = chosen
        name = UTC_ALIASES.get(name, name)
        self._suggested = "" if chosen else name
        index = self.findData(name)
        if index < 0 and name:
            from petdesk import labels

            label = labels.zone_label(name, self._locale)  # an alias a record still uses
            self.addItem(labels.label_on_days(label, name, self._days) if self._days else label, name)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
        if (edit := self.lineEdit()) is not None:
            edit.setCursorPosition(0)  # a narrow box shows the place, not the offset

    def zone(self) -> str:
        """The IANA name of the zone shown, picked or typed: a city typed in either language
        ("柏林", "berlin") is the one zone it names; anything else is returned as typed, for the
        services to refuse in words (the zones it could be, or none)."""
        from petdesk import labels

        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        found = labels.zones_matching(text)
        return found[0] if len(found) == 1 else text


class RowsModel(ListTableModel):
    """A delegation, an itinerary (short lists): rows of (id, cells), with warnings and tooltips
    by id."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, (), parent)
        self._warn: set[str] = set()
        self._tips: dict[str, str] = {}
        self._cell_tips: dict[tuple[str, int], str] = {}

    def set_rows(
        self,
        rows: Sequence[tuple[str, Sequence[str]]],
        *,
        warn: set[str] | None = None,
        tips: dict[str, str] | None = None,
        cell_tips: dict[tuple[str, int], str] | None = None,
    ) -> None:
        """``tips`` by row id; ``cell_tips`` by (row id, column), shown above the row's tip."""
        self._warn = warn or set()
        self._tips = tips or {}
        self._cell_tips = cell_tips or {}
        super().set_rows([(rid, list(values)) for rid, values in rows])

    def row_id(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def ids(self) -> list[str]:
        return [rid for rid, _ in self.rows]

    def cell(self, row: int, column: int) -> str:
        return str(self.rows[row][1][column])

    def cells(self, row: Any) -> Sequence[Any]:
        return row[1]

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        rid = self.rows[row_no][0]
        if role == IdRole:
            return rid
        if role == Qt.ItemDataRole.ForegroundRole and rid in self._warn:
            return QBrush(tone(WARNING))
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [t for t in (self._cell_tips.get((rid, column)), self._tips.get(rid)) if t]
            return "\n".join(tips) or None
        return None


def table_view(parent: QWidget, model: QAbstractTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


#: The widest a column grows to show its longest text; the last column takes what is left.
FIT_COLUMN_MAX = 280


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their texts (departure times, flight numbers, hotels), up to a cap: a
    column left at its default width showed "1 Feb 2026, ..." and "CA 734 Air ..."."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), FIT_COLUMN_MAX))


def selected_id(view: QTableView) -> str | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index.siblingAtColumn(0), IdRole)


class RecordSearch(QWidget):
    """Type a few letters or characters; matching people or organisations are listed (searched in
    SQL in the background). ``chosen(id, label)`` on double-click or Enter."""

    chosen = Signal(str, str)
    #: Emitted when a search has delivered its results (tests wait for it).
    searched = Signal()

    def __init__(
        self,
        db: Database,
        search: Callable[..., list[Found]],
        *,
        locale: str = "en",
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._search = search
        self.ui_locale = locale
        self._generation = 0
        self.edit = named(QLineEdit(self), self.tr("Search"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(placeholder or self.tr("Type a name in English or Chinese…"))
        self.results = named(QListWidget(self), self.tr("Search results"))
        self.results.setMinimumHeight(90)
        # Long bilingual names are cut in the middle to the list's width, whole in their tooltip:
        # at 460 px "重庆市生态环境局（Chongqing Municipal Ecology…" needed a sideways scroll (polish62).
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(lambda _item: self._choose_current())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.results, 1)

    def add_labels(self, search: str, results: str) -> None:
        """A label above the search box and one above its results, each naming its field (a dialog
        of its own gives their Alt letters; a form row already labels the box)."""
        self._layout.insertWidget(0, label_for(search, self.edit))
        self._layout.insertWidget(2, label_for(results, self.results))

    def search_now(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        self._generation += 1
        generation = self._generation

        def work() -> list[Found]:
            with self.db.reading() as session:
                return self._search(session, text, language=self.ui_locale)

        run_in_background(work, on_success=lambda found: self._show(generation, found), parent=self)

    def _show(self, generation: int, found: list[Found]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.results.clear()
        for f in found:
            text = f.label(self.ui_locale) + (f" — {f.detail}" if f.detail else "")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)  # read whole, not "…"
            item.setData(IdRole, f.id)
            item.setData(IdRole + 1, f.label(self.ui_locale))
            item.setData(IdRole + 2, f)
            self.results.addItem(item)
        self._elide_results()
        if found:
            self.results.setCurrentRow(0)
        self.searched.emit()

    def _elide_results(self) -> None:
        """Each result's whole text (its tooltip) cut in the middle to the list's width."""
        style = self.results.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.results) + 1)
        width = self.results.viewport().width() - margin - 2
        metrics = self.results.fontMetrics()
        shown = self.results.isVisible()  # not yet laid out: whole, cut once shown (its resize)
        for row in range(self.results.count()):
            item = self.results.item(row)
            whole = item.toolTip()
            item.setText(metrics.elidedText(whole, Qt.TextElideMode.ElideMiddle, width) if shown else whole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.results.viewport():
            self._elide_results()
        return super().eventFilter(watched, event)

    def current(self) -> tuple[str, str] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return str(item.data(IdRole)), str(item.data(IdRole + 1))

    def current_found(self) -> Found | None:
        """The current result with its names in both scripts."""
        item = self.results.currentItem()
        return None if item is None else item.data(IdRole + 2)

    def _choose_current(self) -> None:
        if (current := self.current()) is not None:
            self.chosen.emit(*current)


#: A typical result a pick dialog is sized to show whole: a bilingual organisation name with its city.
TYPICAL_RESULT = "Chongqing Municipal Ecology and Environment Bureau (重庆市生态环境局) — Chongqing"
#: Pixels around a result's text: the dialog's margins, the list's frame, item margins, scroll bar.
PICK_FRAME = 64


class PickDialog(QDialog):
    """A search dialog returning one record (an organisation for a visit, say). ``title`` is the
    window's; ``purpose`` a line under it saying what the record is chosen for (polish62: the host,
    the visiting organisation and an item's partner were picked in the same untold dialog)."""

    def __init__(
        self,
        db: Database,
        search: Callable[..., list[Found]],
        title: str,
        *,
        purpose: str = "",
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.purpose = named(QLabel(purpose, self), self.tr("What is chosen"))
        self.purpose.setObjectName("pick_purpose")
        self.purpose.setWordWrap(True)
        self.purpose.setVisible(bool(purpose))
        self.picked: tuple[str, str] | None = None
        self.finder = RecordSearch(db, search, locale=locale, parent=self)
        self.finder.chosen.connect(self._picked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self._picked(*(self.finder.current() or ("", ""))))
        buttons.rejected.connect(self.reject)
        # Alt letters for the search box and its results (review 62: the dialog had no labels);
        # the fields keep their own names ("Search"), read without the letter.
        self.finder.add_labels(self.tr("&Search"), self.tr("Search &results"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addWidget(self.finder)
        layout.addWidget(buttons)
        self.resize(*pick_dialog_size(self))

    def _picked(self, rid: str, label: str) -> None:
        if rid:
            self.picked = (rid, label)
            self.accept()


def pick_dialog_size(dialog: QWidget) -> tuple[int, int]:
    """Room for TYPICAL_RESULT whole, within 90 % of the screen's width and 80 % of its height
    (1366×768 and 1024×768 laptops), never below the former 460×360."""
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    width = dialog.fontMetrics().horizontalAdvance(TYPICAL_RESULT) + PICK_FRAME
    return max(460, min(width, int(screen.width() * 0.9))), max(360, min(440, int(screen.height() * 0.8)))


class RecordField(QWidget):
    """Shows the chosen record's name with Choose… and Clear; holds its id."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        search: Callable[..., list[Found]],
        title: str,
        *,
        pick_title: str = "",
        purpose: str = "",
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        """``title`` names the field; ``pick_title`` and ``purpose`` are the pick dialog's window
        title (``title`` if none) and its line saying what is chosen (see PickDialog)."""
        super().__init__(parent)
        self.db, self._search, self._title, self.ui_locale = db, search, title, locale
        self._pick_title, self._purpose = pick_title or title, purpose
        self.record_id: str | None = None
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Choose…"), self)
        clear = QPushButton(self.tr("Clear"), self)
        for button in (choose, clear):
            # Below the style's 80 px where room is short, their words still whole: in the contact
            # pane at 1024 px the follow-ups' Owner row (208 px) scrolled the Chinese pane sideways.
            margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 2 * margin + 4)
        choose.clicked.connect(self.choose)
        clear.clicked.connect(lambda: self.set_record(None, ""))
        # Two of these in one form (host and visiting organisation): names that tell them apart.
        named(choose, self.tr("%1: choose", "a button's spoken name").replace("%1", title))
        named(clear, self.tr("%1: clear", "a button's spoken name").replace("%1", title))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(choose)
        layout.addWidget(clear)
        # A label's Alt letter (the follow-ups' "&Owner") lands on Choose…: the field itself took no
        # focus, so the key did nothing (field test 61). Tab still stops at the buttons alone.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusProxy(choose)
        self.set_record(None, "")

    def set_record(self, rid: str | None, label: str) -> None:
        self.record_id = rid
        self.label.setText(label if rid else self.tr("(none)"))
        self.changed.emit()

    def choose(self) -> None:
        dialog = PickDialog(
            self.db, self._search, self._pick_title, purpose=self._purpose, locale=self.ui_locale, parent=self
        )
        if dialog.exec() and dialog.picked:
            self.set_record(*dialog.picked)


def time_span(start: dt.datetime, end: dt.datetime, locale: str) -> str:
    """ "09:00–10:30" in ``locale``, each time in its own zone."""
    from petdesk import i18n

    return f"{i18n.format_time(start, locale)}–{i18n.format_time(end, locale)}"


def date_span(first: dt.date, last: dt.date, locale: str) -> str:
    from petdesk import i18n

    return f"{i18n.format_date(first, locale)} – {i18n.format_date(last, locale)}"


class ProblemRows:
    """Reasons a dialog's values would be refused, each shown in a row under the field to fix
    (``services.visits.slot_problems``' names: "title", "start", "end", "timezone"), hidden while
    there is none. The dialogs check before they close, so nothing typed is lost (field test 13)."""

    def __init__(self, form: QFormLayout, locale: str) -> None:
        self.form = form
        self.locale = locale
        #: The row for each field, and the field's widget to focus.
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, name: str, field: QWidget | None = None) -> QLabel:
        """A row for ``name``'s problems, right below the rows added so far."""
        label = QLabel(self.form.parentWidget())
        label.setObjectName(f"problem_{name}")
        label.setWordWrap(True)
        tint(label, ERROR)
        self.form.addRow("", label)
        self.form.setRowVisible(label, False)
        self.labels[name] = label
        if field is not None:
            self.fields[name] = field
        return label

    def show(self, problems: Mapping[str, BaseException]) -> None:
        """Each problem under its field, the others cleared; focus goes to the top-most field."""
        for name, label in self.labels.items():
            problem = problems.get(name)
            label.setText(localize(str(problem), self.locale) if problem else "")
            self.form.setRowVisible(label, problem is not None)
        first = next((field for name, field in self.fields.items() if name in problems), None)
        if first is not None:
            first.setFocus()


def clash_panel(
    editor: QWidget, tabs: QTabWidget, show_clash: Callable[[QListWidgetItem], None]
) -> tuple[QSplitter, QLabel, QListWidget]:
    """An editor's tabs above its live list of clashes, in a splitter the user can move: the visit
    and training editors alike. Returns the splitter, the list's title and the list."""
    title = QLabel(editor)
    title.setObjectName("clash_title")
    clashes = QListWidget(editor)
    clashes.setObjectName("clashes")
    clashes.itemActivated.connect(show_clash)
    # a clash's sentence whole, over lines: it names the second item last, and that part was behind a
    # sideways scroll bar in a 1077 px window (field test 83)
    clashes.setWordWrap(True)
    clashes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    clashes.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    box = QWidget(editor)
    box_layout = QVBoxLayout(box)
    box_layout.setContentsMargins(0, 0, 0, 0)
    box_layout.addWidget(title)
    box_layout.addWidget(clashes)
    # a warning's line whole, never a sliver (shots51: it was cut in half at 1024×640)
    clashes.setMinimumHeight(clashes.fontMetrics().lineSpacing() * 3 // 2 + 2 * clashes.frameWidth() + 4)
    splitter = QSplitter(Qt.Orientation.Vertical, editor)
    # each tab scrolls on a small screen, the tab bar above it and the clashes below stay in sight
    # (shots51: the whole splitter scrolled, and the list went below the window's edge at 1024×640);
    # a short tab's buttons are not scrolled by the tallest tab's height (field test 83)
    pages_scrolled(tabs)
    splitter.addWidget(tabs)
    splitter.addWidget(box)
    splitter.setCollapsible(1, False)
    splitter.setStretchFactor(0, 4)
    splitter.setStretchFactor(1, 1)
    _ClashRoom(splitter, box, title, clashes)
    return splitter, title, clashes


#: The largest size Qt allows a widget (``QWIDGETSIZE_MAX``): no maximum.
_NO_MAXIMUM = (1 << 24) - 1


class _ClashRoom(QObject):
    """The clash pane is as tall as "No clashes" while its list is hidden, so the tabs above get
    the room (shots51b: at 1024×640 they scrolled with 60 empty pixels under "No clashes"); when
    clashes appear, it takes its fifth of the splitter again."""

    def __init__(self, splitter: QSplitter, box: QWidget, title: QLabel, clashes: QListWidget) -> None:
        super().__init__(splitter)
        self.splitter, self.box, self.title, self.clashes = splitter, box, title, clashes
        clashes.installEventFilter(self)
        box.installEventFilter(self)  # the title's new text asks its box for a new layout
        self._fit(shown=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.clashes and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._fit(shown=event.type() == QEvent.Type.ShowToParent)
        elif watched is self.box and event.type() == QEvent.Type.LayoutRequest and self.clashes.isHidden():
            self._fit(shown=False)
        return False

    def _fit(self, *, shown: bool) -> None:
        if shown:
            self.box.setMaximumHeight(_NO_MAXIMUM)
            total = sum(self.splitter.sizes())
            if total > 0:
                self.splitter.setSizes([total - total // 5, total // 5])
        else:
            self.box.setMaximumHeight(self.title.sizeHint().height())
