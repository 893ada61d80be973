"""A list's columns fitted into the width of its table (field test 6, defect 19).

At 1366×768, beside a detail pane, a list table is about 700 px wide; the organisations' starting
widths added up to 890 px and the last column (Country / 国家) sat behind a horizontal scroll bar.
Here the columns the user has not sized share the room left by those the user has: each keeps its
starting width while there is room, and gives up width in proportion to what it can spare (never
narrower than its title) when there is not; one column takes what is left over. Long texts are
elided by the view ("Chongqing Municipal Ecolo…"); a cell or title cut so shows its whole text as a
tooltip (field test 9: "Meeti…", "Host or ch…" could not be read at all).

Widths given in pixels are for the system's text size and grow with Settings › Text size
(field test 38: at 150 % the dates were cut, "2026年10月1…").

Imports nothing that imports SQLAlchemy: the first-paint page uses it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from math import ceil
from typing import Any

from petdesk.gui.qt import (
    QEvent,
    QHeaderView,
    QModelIndex,
    QObject,
    QPoint,
    QStyle,
    Qt,
    QTableView,
    QTimer,
    QToolTip,
)
from petdesk.gui.text_size import text_scale

#: Pixels Qt's header label keeps free beside its text before it elides it (QCommonStyle).
ELIDE_ROOM = 4
#: The least width of any column, in pixels, whatever its title.
LEAST_WIDTH = 48
#: The least width of the column that names the row (a name, a title): about 20 characters, so
#: that the row can be told from its neighbours.
READABLE_WIDTH = 150
#: Columns of dates: a date cut ("2026年11月2…") is no date, so they keep their starting width. An
#: amount cut is none either: the City needs' budgets read "CN¥15…" beside "CN¥12…" (needs54), the
#: Projects list's requested amounts "US$19,310,00…" and its next deadline lost the funder's time at
#: 1024 px (shots56).
WHOLE_KEYS = frozenset({"start", "end", "date", "deadline", "next_date", "day", "budget", "requested"})
#: Columns that name the row.
NAMING_KEYS = ("name", "title")


def least_widths(keys: Sequence[str], wanted: Sequence[int]) -> dict[int, int]:
    """The columns of ``keys`` that must not shrink as far as others: dates not at all, the name
    or title (the first of them) not below READABLE_WIDTH."""
    least = {c: wanted[c] for c, key in enumerate(keys) if key in WHOLE_KEYS and c < len(wanted)}
    naming = naming_column(keys)
    if naming is not None:
        least[naming] = READABLE_WIDTH
    return least


def naming_column(keys: Sequence[str]) -> int | None:
    """The column that names the row (see NAMING_KEYS), if any."""
    return next((keys.index(k) for k in NAMING_KEYS if k in keys), None)


def whole_columns(keys: Sequence[str]) -> frozenset[int]:
    """The columns of ``keys`` shown whole at their content's width (the dates)."""
    return frozenset(c for c, key in enumerate(keys) if key in WHOLE_KEYS)


def fitted_widths(wanted: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """``wanted`` if it fits in ``room``; else each width less its share of the excess, shared in
    proportion to what each can give above its ``least``; ``least`` when even that is too wide."""
    floors = [min(w, lo) for w, lo in zip(wanted, least, strict=True)]
    excess = sum(wanted) - room
    if excess <= 0:
        return list(wanted)
    spare = sum(w - lo for w, lo in zip(wanted, floors, strict=True))
    if spare <= excess:
        return floors
    # Rounded up, so that the widths never add up to more than the room (a scroll bar again).
    return [w - ceil((w - lo) * excess / spare) for w, lo in zip(wanted, floors, strict=True)]


#: The widest a column asks to be for its longest text (the fitter may give it less).
CONTENT_MAX = 280
#: Rows a content column (a date) is measured over: those on screen and their neighbours. Qt's
#: 1000 asked a record list for five pages of 200 at each far scroll, read off the disk for a
#: measure alone, and took 0.2 s of the GUI thread per scroll in a list of 5,000 visits (review53b).
MEASURED_ROWS = 100


def grown_widths(widths: dict[int, int], content: dict[int, int], spare: int) -> dict[int, int]:
    """``widths`` with the ``spare`` room given first to the columns whose text is cut, each up to
    its ``content`` width, in proportion to what each lacks; what they do not take stays spare
    (for the stretch column). At 1920 px the name took all the room while "Ørsted Renewables …"
    and "Environmental …" were cut beside it (field test 44, §5)."""
    lacking = {c: content[c] - w for c, w in widths.items() if content.get(c, 0) > w}
    total = sum(lacking.values())
    if spare <= 0 or not total:
        return dict(widths)
    share = min(1.0, spare / total)
    return {c: w + int(lacking.get(c, 0) * share) for c, w in widths.items()}


def content_widths(view: QTableView, cap: int = CONTENT_MAX) -> list[int]:
    """Each column's width for its title and its longest shown text, at most ``cap``, for the
    system's text size as ColumnFitter wants it; measured without resizing the columns (a resize
    would count as the user's)."""
    header = view.horizontalHeader()
    scale = text_scale()
    return [
        round(min(cap, max(view.sizeHintForColumn(c), header.sectionSizeHint(c))) / scale)
        for c in range(header.count())
    ]


def cell_width(view: QTableView, texts: Iterable[str]) -> int:
    """The width a cell of ``view`` needs to show the longest of ``texts`` whole (with the
    delegate's margins), for the system's text size as ColumnFitter wants it."""
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return ceil((max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin) / text_scale())


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _with_tip(text: str, tip: str) -> str:
    """The whole ``text`` and the model's own ``tip`` (a warning, a zone's name), each once."""
    if not tip or tip == text:
        return text
    return tip if text in tip else f"{text}\n{tip}"


def cell_tip(view: QTableView, index: QModelIndex) -> str:
    """The tooltip of the cell at ``index``: its whole text if the view shows it cut, followed by
    the model's own tooltip; the model's tooltip alone when the text is whole."""
    text = _text(index.data(Qt.ItemDataRole.DisplayRole))
    tip = _text(index.data(Qt.ItemDataRole.ToolTipRole))
    # The delegate's size hint is the width it needs to paint the whole cell (margins, icon).
    if text and view.sizeHintForIndex(index).width() > view.visualRect(index).width():
        return _with_tip(text, tip)
    return tip


def whole_title_width(header: QHeaderView, column: int) -> int:
    """The width ``column``'s header needs to show its title whole: its longest line, the margins,
    and the sort arrow where it shows. (``sectionSizeHint`` counts an arrow on every column.)"""
    model = header.model()
    title = model.headerData(column, header.orientation()) if model is not None else ""
    metrics = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = max((metrics.horizontalAdvance(line) for line in str(title or "").splitlines()), default=0)
    # Qt's header elides its label at the label's width less 4 px: "Attende…" at this width less 4
    width += 2 * margin + ELIDE_ROOM
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return width


def title_tip(header: QHeaderView, column: int) -> str:
    """The tooltip of the header's ``column``: its whole title if shown cut, and the model's tip."""
    model = header.model()
    if model is None:
        return ""
    orientation = header.orientation()
    text = _text(model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole))
    tip = _text(model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole))
    if text and header.sectionSizeHint(column) > header.sectionSize(column):
        return _with_tip(text, tip)
    return tip


class ColumnFitter(QObject):
    """Keeps ``table``'s columns within its width as it is resized and columns are shown or hidden.

    ``wanted`` are the starting widths; ``kept`` the widths the user gave (column → width), left as
    they are. ``stretch`` is the column that takes the room left over (the last shown one when
    None); with ``grow``, the columns whose text is cut take their share of that room first, up to
    their longest text (:func:`grown_widths`). ``least`` gives columns a least width above
    LEAST_WIDTH and their title's width (with ``whole_titles``, the whole title while all fit). A
    chosen ``stretch`` column gives up its least width first when the least widths do not fit.
    A column the user drags is kept from then on and reported
    to ``on_user_width``. The ``content`` columns (the dates, :func:`whole_columns`) want and keep
    their title's and longest text's width once rows are shown, not their starting width: a
    deadline at 110 px took the room the needs' titles lacked at 1024 px, and the Trainings list's
    dates pushed its Attendees column behind a sideways scroll bar (polish53).
    """

    def __init__(
        self,
        table: QTableView,
        wanted: Sequence[int],
        *,
        kept: dict[int, int] | None = None,
        stretch: int | None = None,
        least: dict[int, int] | None = None,
        on_user_width: Callable[[int, int], None] | None = None,
        grow: bool = False,
        whole_titles: bool = False,
        content: frozenset[int] = frozenset(),
        labels: frozenset[int] = frozenset(),
        yields: int | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.wanted = list(wanted)
        self.kept = dict(kept or {})
        self.stretch = stretch
        self.least = dict(least or {})
        self.on_user_width = on_user_width
        self.grow = grow
        self.whole_titles = whole_titles
        self.content = content | labels
        #: Content columns of short labels (a visit's Status): measured on their whole title, the
        #: sort arrow only where it shows, not on the header's hint that counts one on every column
        #: (方向 asked 80 px for 31 px of text, taken from the host beside it).
        self.labels = labels
        #: The column that gives up its least width first (the chosen stretch one when None).
        self.yields = yields
        #: The content columns' measured widths, until the rows or the text size change.
        self._measured: dict[int, int] = {}
        self._fitting = False
        header = table.horizontalHeader()
        # Our fitting replaces Qt's stretch of the last section, which knows nothing of the others.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Host or ch…", not "ost or cha"
        table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        header.sectionResized.connect(self._section_resized)
        if labels:  # the arrow moves to or from a label's title
            header.sortIndicatorChanged.connect(self._refit.start)
        table.viewport().installEventFilter(self)
        header.viewport().installEventFilter(self)  # for the tooltips of cut titles
        model = table.model()
        if (grow or content) and model is not None:  # the longest texts change with the rows read
            signals = [model.modelReset, model.rowsInserted]
            if content:  # and a page of rows read after its count (the record lists)
                signals.append(model.dataChanged)
            for signal in signals:
                signal.connect(self._measured.clear)
                signal.connect(self._refit.start)
        self.fit()

    def keep_whole(self, column: int, width: int) -> None:
        """Never make ``column`` narrower than ``width`` (for the system's text size): a date and
        time cut is no date (see WHOLE_KEYS); the other columns give way."""
        while len(self.wanted) <= column:
            self.wanted.append(self.table.horizontalHeader().defaultSectionSize())
        self.wanted[column] = max(self.wanted[column], width)
        self.least[column] = width
        self.fit()

    def stretch_column(self) -> int | None:
        """The column that takes the spare room: the chosen one if shown, else the last shown."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if self.stretch in shown:
            return self.stretch
        return shown[-1] if shown else None

    def fit(self) -> None:
        """Set the widths of the columns the user has not sized to fit the table's width."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        free = [c for c in shown if c not in self.kept]
        room = self.table.viewport().width() - sum(self.kept[c] for c in shown if c in self.kept)
        if not self.table.isVisible():
            room = sum(self._wanted(c) for c in free)  # no width yet: the starting widths till shown
        wanted = [self._wanted(c) for c in free]
        least = [min(self._wanted(c), max(self._least(c), self._title_width(c))) for c in free]
        model = self.table.model()
        giving = self.stretch if self.yields is None else self.yields
        if self.content and self.table.isVisible() and model is not None and model.rowCount() > 0:
            for n, c in enumerate(free):
                if c in self.content:
                    wanted[n] = least[n] = self._measured_width(c)
            self._fit_to_texts(free, wanted, least, giving, room)
        stretch = self.stretch_column()
        if self.whole_titles:
            # Every title whole where the room allows it: at 1024 px the contacts' "Name (other
            # script)" read "Name…" (round 53); else each title keeps its longest word.
            whole = [max(lo, self._whole_title_width(c)) for lo, c in zip(least, free, strict=True)]
            if sum(whole) <= room:
                wanted = [max(w, lo) for w, lo in zip(wanted, whole, strict=True)]
                least = whole
        if giving in free and (short := sum(least) - room) > 0:
            # The chosen column (the name) gives way below its readable width before a date is
            # pushed out of sight: at 1024 px the City needs' deadlines were cut (round 53), the
            # Trainings list's Attendees sat behind a sideways scroll bar (polish53).
            n = free.index(giving)
            least[n] = max(min(least[n], self._title_width(giving)), least[n] - short)
        widths = dict(zip(free, fitted_widths(wanted, least, room), strict=True))
        if self.grow and self.table.isVisible():
            others = {c: w for c, w in widths.items() if c != stretch}
            spare = room - sum(widths.values())
            widths |= grown_widths(others, {c: self._content_width(c) for c in others}, spare)
        if stretch in widths:  # it takes what the others leave, if that is more
            widths[stretch] = max(widths[stretch], room - sum(w for c, w in widths.items() if c != stretch))
        self._fitting = True
        try:
            for column, width in {**widths, **{c: self.kept[c] for c in shown if c in self.kept}}.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _fit_to_texts(
        self, free: list[int], wanted: list[int], least: list[int], naming: int | None, room: int
    ) -> None:
        """Make ``wanted`` (of the ``free`` columns, in place) no wider than each column's texts
        (never below its ``least``), and give the naming column what they leave, up to its own
        texts. Starting widths are guesses: at 1400 px the Trainings' Status and City kept 100 and
        150 px for "Done" and "Dalian" while the titles were cut, the last column (Attendees)
        taking what was left over (layout54). Nothing changes while all fit, the name whole."""
        named = free.index(naming) if naming in free else None
        cut = named is not None and self._text_width(free[named]) > wanted[named]
        if sum(wanted) <= room and not cut:
            return
        for n, c in enumerate(free):
            if c != naming and c not in self.content:
                # (a text narrower than LEAST_WIDTH is its own floor: 城市 kept 48 px for 43)
                least[n] = min(least[n], self._text_width(c))
                wanted[n] = max(least[n], min(wanted[n], self._text_width(c)))
        if named is not None:
            # at most what the others leave, even below its starting guess: a guess of 300 px shared
            # the lack with Status and City, cut at 1024 px beside 187 px of title (polish54)
            left = room - sum(w for k, w in enumerate(wanted) if k != named)
            wanted[named] = max(least[named], min(max(wanted[named], self._text_width(free[named])), left))

    def _title_width(self, column: int) -> int:
        """The width of the longest word of the column's title (a line of Chinese is one word),
        with the header's margins: a title may be elided, not cut mid-word."""
        header = self.table.horizontalHeader()
        title = self.table.model().headerData(column, Qt.Orientation.Horizontal) if self.table.model() else ""
        words = str(title or "").split() or [""]
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return max(metrics.horizontalAdvance(w) for w in words) + margin + ELIDE_ROOM

    def _whole_title_width(self, column: int) -> int:
        """The width of the column's whole title: see :func:`whole_title_width`."""
        return whole_title_width(self.table.horizontalHeader(), column)

    def _content_width(self, column: int) -> int:
        """The column's width for its title and its longest text shown, at most CONTENT_MAX."""
        header = self.table.horizontalHeader()
        return min(CONTENT_MAX, max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)))

    def _measured_width(self, column: int) -> int:
        """The content column's width for its title (sort arrow room included) and its rows."""
        if column in self.labels:
            return self._text_width(column)
        return max(self._rows_width(column), self.table.horizontalHeader().sectionSizeHint(column))

    def _text_width(self, column: int) -> int:
        """The column's width for its whole title (an arrow only where it shows) and its rows."""
        return max(self._rows_width(column), self._whole_title_width(column))

    def _rows_width(self, column: int) -> int:
        """The width of the column's longest text in the rows on screen and their neighbours."""
        if column not in self._measured:
            header = self.table.horizontalHeader()
            precision = header.resizeContentsPrecision()  # (the rows sizeHintForColumn reads)
            header.setResizeContentsPrecision(MEASURED_ROWS)
            try:
                self._measured[column] = self.table.sizeHintForColumn(column)
            finally:
                header.setResizeContentsPrecision(precision)
        return self._measured[column]

    def _least(self, column: int) -> int:
        return round(self.least.get(column, LEAST_WIDTH) * text_scale())

    def _wanted(self, column: int) -> int:
        if column < len(self.wanted):
            return round(self.wanted[column] * text_scale())
        return self.table.horizontalHeader().defaultSectionSize()

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if self._fitting:
            return
        if old > 0 and new > 0:  # dragged by the user
            self.kept[column] = new
            if self.on_user_width is not None:
                self.on_user_width(column, new)
            self.fit()
        else:  # a column hidden or shown: Qt tells before the column counts as shown
            self._refit.start()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        if event.type() == QEvent.Type.Show and watched is self.table.viewport():
            # Sized while hidden (a page laid out before it was first shown), the viewport is not
            # resized again when shown: the starting widths stayed, the City needs' Status and
            # Deadline behind a sideways scroll bar at 1366 px (shots59).
            self._refit.start()
        if event.type() == QEvent.Type.FontChange and watched is self.table.viewport():
            self._measured.clear()
            self._refit.start()  # the text size changed: the widths follow
        if event.type() == QEvent.Type.ToolTip:
            tip = self._tip_at(watched, event.pos())
            if tip is not None:
                if tip:
                    QToolTip.showText(event.globalPos(), tip, watched)
                else:
                    QToolTip.hideText()
                    event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _tip_at(self, watched: Any, pos: QPoint) -> str | None:
        """The tooltip at ``pos`` of the table's or header's viewport; None elsewhere (Qt's own)."""
        if watched is self.table.viewport():
            index = self.table.indexAt(pos)
            return cell_tip(self.table, index) if index.isValid() else None
        header = self.table.horizontalHeader()
        if watched is header.viewport():
            column = header.logicalIndexAt(pos)
            return title_tip(header, column) if column >= 0 else None
        return None
