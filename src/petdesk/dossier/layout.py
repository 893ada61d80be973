"""Page machinery shared by visit and training dossiers: styles, bilingual blocks, running header/footer.

Content is written once as *blocks* that know both languages. The layout decides how they appear:
``parallel`` puts English and Chinese side by side (one row per block, so the two stay level),
``sequential`` prints a section in English and then again in Chinese. Every piece of text is a
:class:`~petdesk.dossier.text.TextFlow` that picks the face of every character (see
:mod:`petdesk.dossier.fonts`); no table cell holds a bare string, so nothing is ever drawn in
reportlab's default Helvetica.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import enum
import functools
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_name
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from petdesk import i18n, outfile
from petdesk.dossier import fonts
from petdesk.dossier.fonts import LATIN
from petdesk.dossier.labels import Bi, first_language, label, order
from petdesk.dossier.text import Rich, TextFlow, TextStyle, is_cjk, text_segmentation_ready
from petdesk.labels import beijing_time, native_name_with_title


class Layout(enum.StrEnum):
    PARALLEL = "parallel"
    SEQUENTIAL = "sequential"


class Paper(enum.StrEnum):
    A4 = "A4"
    LETTER = "Letter"


PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: letter}

#: A progress callback gets the fraction done (0..1) and a short English message.
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class DossierOptions:
    """What the user chose in the dialog or on the command line."""

    layout: Layout = Layout.PARALLEL
    paper: Paper = Paper.A4
    #: Section keys to include; None means every section of the dossier kind.
    sections: frozenset[str] | None = None
    #: Time printed as the generation date (default: now, in the computer's zone).
    generated_at: dt.datetime | None = None
    #: Byte-identical output for identical input (fixed document id and dates), for tests.
    reproducible: bool = False
    #: The language printed first ("en" or "zh"): left column, first part, PDF /Lang.
    first_lang: str = "en"
    #: Extra inner margin for binding, in millimetres.
    binding_mm: float = 0.0
    #: A contents page after the cover.
    contents: bool = True
    #: Mark every page "restricted — contains personal data".
    restricted: bool = True
    #: Version printed with the "as of" date.
    version: str = ""
    #: Print the sections in this one language only ("en" or "zh"; sequential layout), not both.
    only_lang: str | None = None
    #: A visit dossier's "Changes since" part lists the visit's changes from this time on (aware).
    changes_since: dt.datetime | None = None
    #: Larger text and line spacing (:data:`LARGE_PRINT`), for senior delegation members.
    large_print: bool = False

    def wants(self, key: str) -> bool:
        return self.sections is None or key in self.sections


# --------------------------------------------------------------------------- formatting


def fmt_date(value: dt.date | None, lang: str) -> str:
    """ "29 Nov 2026" / "2026年11月29日" (the English form follows the user's region, as babel has it)."""
    if value is None:
        return ""
    return i18n.format_date(value, lang, "medium")


def fmt_long_date(value: dt.date, lang: str) -> str:
    """ "Sunday, 29 November 2026" / "2026年11月29日 星期日"."""
    return i18n.format_date_long_weekday(value, lang)


def fmt_time(value: dt.datetime, lang: str) -> str:
    return i18n.format_time(value, lang, "HH:mm")


def fmt_time_range(start: dt.datetime, end: dt.datetime, lang: str) -> str:
    if end == start:  # a moment (a calendar event with no end): "15:00", not "15:00–15:00"
        return fmt_time(start, lang)
    text = f"{fmt_time(start, lang)}–{fmt_time(end, lang)}"
    if end.date() != start.date():
        text += " (+1)" if (end.date() - start.date()).days == 1 else f" ({fmt_date(end.date(), lang)})"
    return text


def fmt_date_range(start: dt.date, end: dt.date, lang: str) -> str:
    if start == end:
        return fmt_long_date(start, lang)
    sep = f" {label('to').zh} " if lang == "zh" else " – "
    return f"{fmt_long_date(start, lang)}{sep}{fmt_long_date(end, lang)}"


def _zone_name_on(zone: str, day: dt.date, lang: str) -> str:
    """ "China Standard Time (UTC+08:00)" / "中国标准时间（UTC+08:00）", by babel, for a zone on a day."""
    return _zone_name_at(dt.datetime.combine(day, dt.time(12), ZoneInfo(zone)), lang)


def _zone_name_at(moment: dt.datetime, lang: str) -> str:
    """The name and offset of the zone of the aware ``moment`` at that moment."""
    offset = fmt_utc_offset(moment)
    try:
        # China's zone as readers there name it: 北京时间, "Beijing time" (babel: 中国标准时间)
        name = beijing_time(getattr(moment.tzinfo, "key", ""), lang) or get_timezone_name(
            moment, width="long", locale=i18n.babel_locale(lang)
        )
    except (LookupError, ValueError):
        name = str(moment.tzinfo)
    return f"{name}（{offset}）" if lang == "zh" else f"{name} ({offset})"


def offset_periods(zone: str, first: dt.date, last: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The time from ``first`` to the end of ``last`` in runs of one UTC offset, as aware times
    at the place (two for a trip across a change of the clocks), split at the instant of the change:
    25 Oct 2026 until 03:00 is still summer time in Berlin (field test 40, defect 2)."""
    tz = ZoneInfo(zone)
    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    periods: list[tuple[dt.datetime, dt.datetime]] = []
    for change in _offset_changes(tz, start, end):
        periods.append((start.astimezone(tz), _on_the_old_clock(change, start.astimezone(tz))))
        start = change
    periods.append((start.astimezone(tz), end.astimezone(tz)))
    return periods


def _on_the_old_clock(change: dt.datetime, before: dt.datetime) -> dt.datetime:
    """The instant of a change as the clocks read it just before: summer time ends at 03:00 (it is
    02:00 standard time at the same instant)."""
    return change.astimezone(dt.timezone(before.utcoffset() or dt.timedelta()))


#: Clocks change on a whole quarter hour (Nepal's +05:45, Lord Howe's half-hour summer time).
_QUARTER = dt.timedelta(minutes=15)


def _offset_changes(tz: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The UTC instants between ``start`` and ``end`` at which ``tz`` changes its offset; days
    whose offset holds are skipped whole (a visit of weeks is a few dozen steps)."""
    changes: list[dt.datetime] = []
    day = start
    while day < end:
        next_day = min(day + dt.timedelta(days=1), end)
        if day.astimezone(tz).utcoffset() != next_day.astimezone(tz).utcoffset():
            moment = day
            while moment < next_day:
                if moment.astimezone(tz).utcoffset() != (moment + _QUARTER).astimezone(tz).utcoffset():
                    changes.append(moment + _QUARTER)
                moment += _QUARTER
        day = next_day
    return changes


def change_days(zone: str, first: dt.date, last: dt.date) -> frozenset[dt.date]:
    """The days from ``first`` to ``last`` on which the clocks change at the place: a time on one
    of them is printed with its offset (02:30 happens twice that night)."""
    periods = offset_periods(zone, first, last)
    return frozenset(period[0].date() for period in periods[1:])


def fmt_offsets(start: dt.datetime, end: dt.datetime) -> str:
    """ "UTC+02:00", or "UTC+02:00 → UTC+01:00" for an item the clocks change inside: its real
    length shows (typed 02:30–03:30, it lasts two hours)."""
    first, second = fmt_utc_offset(start), fmt_utc_offset(end)
    return first if first == second else f"{first} → {second}"


def _moment_at(value: dt.datetime, lang: str) -> str:
    """A day, with the time when it is not midnight: the moment a period of one offset ends."""
    if value.time() == dt.time():
        return fmt_date(value.date(), lang)
    return f"{fmt_date(value.date(), lang)}{' ' if lang == 'zh' else ', '}{fmt_time(value, lang)}"


def zone_name(zone: str, day: dt.date, lang: str, last: dt.date | None = None) -> str:
    """The zone's name and offset from ``day`` to ``last``: one offset, or each with the moment it
    starts or ends when the offset changes between them ("Central European Standard Time
    (UTC+01:00) until 28 Mar 2027, 02:00; Central European Summer Time (UTC+02:00) from 28 Mar 2027,
    03:00"). One offset for a trip across the change to summer time was wrong for half of it (field
    test 24, defect 2); whole days were wrong for the change day itself (field test 40, defect 2)."""
    periods = offset_periods(zone, day, last or day)
    if len(periods) == 1:
        return _zone_name_on(zone, day, lang)
    parts = []
    for n, (start, end) in enumerate(periods):
        if n == 0:
            key, when = "{zone} until {date}", _moment_at(end, lang)
        elif n == len(periods) - 1:
            key, when = "{zone} from {date}", _moment_at(start, lang)
        else:
            sep = label("to").zh if lang == "zh" else " – "
            key, when = "{zone} from {date}", f"{_moment_at(start, lang)}{sep}{_moment_at(end, lang)}"
        parts.append(label(key).get(lang).format(zone=_zone_name_at(start, lang), date=when))
    return ("；" if lang == "zh" else "; ").join(parts)


def fmt_date_span(start: dt.date, end: dt.date, lang: str) -> str:
    """ "1 Apr 2027 – 30 Oct 2027" / "2027年4月1日至2027年10月30日"."""
    return f"{fmt_date(start, lang)}{label('to').zh if lang == 'zh' else ' – '}{fmt_date(end, lang)}"


def zone_note(zone: str, day: dt.date, last: dt.date | None = None, *, elsewhere: bool = False) -> Bi:
    """ "Times are local to each place: China Standard Time (UTC+08:00)." for the zone of a
    programme from ``day`` to ``last``. With items ``elsewhere`` (a Bogotá meeting in a São Paulo
    visit) the times shown first are the visit's zone's, which "local to each place" contradicted
    (field test 110): the note says so, and that such items also give the local time."""
    if elsewhere:
        note = label("Times are in {zone}; an item in another zone also gives its local time.")
        return Bi(
            note.en.format(zone=zone_name(zone, day, "en", last)),
            note.zh.format(zone=zone_name(zone, day, "zh", last)),
        )
    note = label("Times are local to each place.")
    return Bi(
        f"{note.en.rstrip('.')}: {zone_name(zone, day, 'en', last)}.",
        f"{note.zh.rstrip('。')}：{zone_name(zone, day, 'zh', last)}。",
    )


def fmt_utc_offset(value: dt.datetime) -> str:
    """ "UTC+08:00"."""
    offset = value.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def bi_date(value: dt.date | None) -> Bi:
    return Bi(fmt_date(value, "en"), fmt_date(value, "zh")) if value else Bi()


def join(items: Iterable[str], lang: str) -> str:
    """A list of like things as each language writes it: "a, b, c" / "a、b、c"."""
    return ("、" if lang == "zh" else ", ").join(i for i in items if i)


def _distinct(parts: Iterable[str]) -> list[str]:
    """Parts without repeats or parts another one already contains ("Singapore, Singapore")."""
    kept: list[str] = []
    for part in (p.strip() for p in parts):
        if part and not any(part in k for k in kept):
            kept = [k for k in kept if k not in part] + [part]
    return kept


def place_line(place: str, city: str, lang: str) -> str:
    """A place with its city: "Town Hall, Munich" / "慕尼黑市政厅" (Chinese goes from large to small)."""
    if lang == "zh":
        return "".join(_distinct([city, place]))
    return ", ".join(_distinct([place, city]))


def position_line(position: str, department: str, lang: str) -> str:
    """A title with its department: "Director, Department of Climate Change" / "应对气候变化司处长".

    Chinese puts the department first and joins it to the title; the Chinese column's English
    fallback keeps a separator ("Export, Head of International Sales", not "ExportHead of …",
    field test 7), and a space stands between the two scripts ("出口部 Head of Sales")."""
    if lang != "zh":
        return ", ".join(_distinct([position, department]))
    parts = _distinct([department, position])
    if len(parts) < 2:
        return "".join(parts)
    first, second = parts
    chinese = [is_cjk(ord(first[-1])), is_cjk(ord(second[0]))]
    if all(chinese):  # Korean writes a space between them: "기후대기과 국장"
        return native_name_with_title(first, second)
    return f"{first} {second}" if any(chinese) else f"{first}, {second}"


# --------------------------------------------------------------------------- styles

INK = colors.HexColor("#1B2B34")
MUTED = colors.HexColor("#5B6B75")
ACCENT = colors.HexColor("#1F7A5C")
RULE = colors.HexColor("#B8C4CB")
HEAD_BG = colors.HexColor("#E3EEE9")
GROUP_BG = colors.HexColor("#F2F5F7")


#: How much larger large print is (9.5 pt body text becomes 13.8 pt), and how much more room
#: between lines it gets on top: long lines of large text are easier to follow with more space.
LARGE_PRINT = 1.45
LARGE_PRINT_LINE = 0.1
#: How much a cover's title and subtitle grow at most: more would push the key facts off the page.
COVER_GROWTH = 1.15

#: The print scale of the dossier being laid out: 1, or LARGE_PRINT.
_SCALE: ContextVar[float] = ContextVar("dossier_print_scale", default=1.0)


@contextlib.contextmanager
def print_scale(large: bool) -> Iterator[float]:
    """Lay out in large print (or not) for the duration of the block."""
    token = _SCALE.set(LARGE_PRINT if large else 1.0)
    try:
        yield _SCALE.get()
    finally:
        _SCALE.reset(token)


def scaled(length: float) -> float:
    """A text size, or a length that must grow with the text (a row to sign in), at the print scale."""
    return length * _SCALE.get()


def _style(lang: str, *, size: float, scale: float, bold: bool = False, **kw: Any) -> TextStyle:
    line = kw.pop("line", 1.45 if lang == "zh" else 1.3) + (LARGE_PRINT_LINE if scale > 1 else 0.0)
    return TextStyle(
        size=size * scale,
        line=line,
        color=kw.pop("color", INK),
        bold=bold,
        space_before=kw.pop("space_before", 0.0) * scale,
        space_after=kw.pop("space_after", 0.0) * scale,
        **kw,
    )


@functools.cache
def styles(lang: str, scale: float = 1.0) -> dict[str, TextStyle]:
    """The text styles of a language ("en", "zh"; "both" for text holding both) at a print scale."""
    if lang == "both":
        return styles("en", scale)
    cover = min(scale, COVER_GROWTH)  # the cover's large lines are large print already
    return {
        "title": _style(lang, scale=cover, size=22, bold=True, align="center", line=1.35),
        "subtitle": _style(lang, scale=cover, size=13, align="center", color=MUTED),
        "h1": _style(lang, scale=scale, size=15, bold=True, color=ACCENT, space_after=4),
        "h2": _style(lang, scale=scale, size=11.5, bold=True, space_before=6, space_after=3),
        "body": _style(lang, scale=scale, size=9.5),
        "small": _style(lang, scale=scale, size=8, color=MUTED),
        "cell": _style(lang, scale=scale, size=8.5),
        "cellb": _style(lang, scale=scale, size=8.5, bold=True),
        "head": _style(lang, scale=scale, size=8.5, bold=True),
        "center": _style(lang, scale=scale, size=10.5, align="center"),
    }


def rich(lang: str, style: str = "body") -> Rich:
    return Rich(styles(lang, _SCALE.get())[style], MUTED)


def para(text: str, lang: str, style: str = "body") -> TextFlow:
    """One paragraph of ``text`` in the language's style (``lang`` "en", "zh" or "both")."""
    return rich(lang, style).add(text).flowable()


#: Rich cell content: given a language, the pieces ``(text, {"bold":..., "muted":..., "size":...})``.
Parts = list[tuple[str, dict[str, Any]]]
Cell = str | Bi | Callable[[str], Parts]


def _add_parts(r: Rich, parts: Parts) -> None:
    """Add rich cell pieces; a piece's own ``size`` is a normal-print size and grows with large
    print like every style (field test 33, defect 2: the per-item host/interpreter/car line and
    addresses stayed small)."""
    for text, fmt in parts:
        if text == "\n":
            r.br()
        elif fmt.get("size"):
            r.add(text, **{**fmt, "size": scaled(fmt["size"])})
        else:
            r.add(text, **fmt)


def _cell_paragraph(cell: Cell, lang: str, style: str) -> TextFlow:
    """A table cell in one language; ``lang="both"`` (shared columns) holds English and Chinese.

    A callable cell is asked with ``"both"`` too and decides itself how to show both languages.
    """
    if isinstance(cell, str):
        return para(cell, lang, style)
    if isinstance(cell, Bi):
        return para(cell.both() if lang == "both" else cell.get(lang), lang, style)
    r = rich(lang, style)
    _add_parts(r, cell(lang))
    return r.flowable()


# --------------------------------------------------------------------------- blocks


class Block:
    """Part of a section that can be laid out in either layout."""

    def parallel(self, width: float) -> list[Flowable]:
        raise NotImplementedError

    def single(self, lang: str, width: float) -> list[Flowable]:
        raise NotImplementedError


GUTTER = 6 * mm


class Pair(Block):
    """Free-flowing content written once per language; side by side in parallel layout."""

    def __init__(self, make: Callable[[str, float], list[Flowable]], *, split: bool = True) -> None:
        self.make = make
        #: Whether a pair taller than the rest of the page may continue on the next one.
        self.split = split

    def single(self, lang: str, width: float) -> list[Flowable]:
        return self.make(lang, width)

    def parallel(self, width: float) -> list[Flowable]:
        half = (width - GUTTER) / 2
        first, second = order()
        flow: Flowable = SideBySide(self.make(first, half), self.make(second, half), half, GUTTER, self.split)
        return [flow]


class SideBySide(Flowable):
    """Two columns of flowables, English left and Chinese right, level at the top.

    A one-row ``Table`` did this before; for the hundreds of such pairs in a large dossier the table
    machinery (styles, cell geometry) cost more than the text itself.
    """

    def __init__(
        self, left: list[Flowable], right: list[Flowable], column: float, gutter: float, splittable: bool
    ) -> None:
        super().__init__()
        self.sides = (left, right)
        self.column, self.gutter, self.splittable = column, gutter, splittable
        self._heights: tuple[list[float], list[float]] = ([], [])

    def _stack(self, flows: list[Flowable], heights: list[float]) -> float:
        total = 0.0
        for n, f in enumerate(flows):
            _, h = f.wrap(self.column, 1e6)
            heights.append(h)
            total += h + f.getSpaceAfter() + (f.getSpaceBefore() if n else 0)
        return total - (flows[-1].getSpaceAfter() if flows else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = ([], [])
        self.width = 2 * self.column + self.gutter
        left, right = self.sides
        self.height = max(self._stack(left, self._heights[0]), self._stack(right, self._heights[1]))
        return self.width, self.height

    def draw(self) -> None:
        for side, (flows, heights) in enumerate(zip(self.sides, self._heights, strict=True)):
            x = side * (self.column + self.gutter)
            y = self.height
            for n, (f, h) in enumerate(zip(flows, heights, strict=True)):
                if n:
                    y -= f.getSpaceBefore()
                y -= h
                f.drawOn(self.canv, x, y)
                y -= f.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not self.splittable:
            return []
        halves = [self._split_side(flows, availHeight) for flows in self.sides]
        if not halves[0][0] and not halves[1][0]:
            return []
        return [
            SideBySide(halves[0][0], halves[1][0], self.column, self.gutter, True),
            SideBySide(halves[0][1], halves[1][1], self.column, self.gutter, True),
        ]

    def _split_side(self, flows: list[Flowable], avail: float) -> tuple[list[Flowable], list[Flowable]]:
        used = 0.0
        for n, f in enumerate(flows):
            before = f.getSpaceBefore() if n else 0
            _, h = f.wrap(self.column, avail)
            if used + before + h <= avail:
                used += before + h + f.getSpaceAfter()
                continue
            parts = f.split(self.column, avail - used - before) if avail - used - before > 0 else []
            if parts:
                return [*flows[:n], parts[0]], [*parts[1:], *flows[n + 1 :]]
            return list(flows[:n]), list(flows[n:])
        return list(flows), []


class Text(Pair):
    """A paragraph of bilingual text (or a language-neutral string shown in both columns)."""

    def __init__(self, text: Bi | str, style: str = "body", space_after: float = 4) -> None:
        #: What it says, for tests that read a section's blocks without rendering them.
        self.text = text

        def make(lang: str, width: float) -> list[Flowable]:
            value = text if isinstance(text, str) else text.get(lang)
            return [para(value, lang, style), Spacer(1, space_after)] if value else []

        super().__init__(make)


class Full(Block):
    """Language-neutral flowables, placed once (after both languages in sequential layout)."""

    def __init__(self, flowables: Sequence[Flowable] | Callable[[float], list[Flowable]]) -> None:
        self.flowables = flowables

    def _get(self, width: float) -> list[Flowable]:
        return self.flowables(width) if callable(self.flowables) else list(self.flowables)

    def parallel(self, width: float) -> list[Flowable]:
        return self._get(width)

    def single(self, lang: str, width: float) -> list[Flowable]:
        return self._get(width) if lang == order()[-1] else []


@dataclass
class Col:
    """A table column: per-language (doubled in parallel layout) or shared (one column, both languages)."""

    header: Bi
    weight: float
    shared: bool = False
    align: str = "LEFT"
    style: str = "cell"
    #: Clear room (points) kept beside the column's widest line, which never wraps: half of it as
    #: right padding, the rest (at least) at its left. Amounts set right, side by side, ran into
    #: each other ("US$1,234,567.89 US$1,000,000.01", field test 37). See :data:`AMOUNT_GAP`.
    gap: float = 0.0


#: The :attr:`Col.gap` of a column of amounts: with the cell padding, 18 points (three digits)
#: at least between neighbouring amounts, 12 between an amount and the left-set text after it.
AMOUNT_GAP = 12.0


@dataclass
class Row:
    cells: Sequence[Cell] = ()
    #: A heading row (e.g. a day of the programme) spanning the table.
    group: Bi | None = None


#: Left and right padding of a table cell, in points.
CELL_PADDING = 3.0
#: Fewest rows of a table (below its header) left at the foot of a page or carried to the next one.
FEWEST_ROWS = 2


class RowsTable(Table):
    """A table that never leaves one row alone at the foot of a page or at the top of the next: a
    training's four participants printed three and one, the one alone on a nearly blank page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first, rest = parts[0]._nrows - head, parts[1]._nrows - head
        if first < FEWEST_ROWS and availHeight < self._page_room():
            return []  # the whole table to the next page, which has room for more than one row
        if rest < FEWEST_ROWS and first - (FEWEST_ROWS - rest) >= FEWEST_ROWS:
            # The rows to carry over: split where they begin.
            kept = parts[0]._nrows - (FEWEST_ROWS - rest)
            lower = availHeight - sum(self._rowHeights[kept : parts[0]._nrows])
            return super().split(availWidth, lower) or parts
        return parts

    @staticmethod
    def _page_room() -> float:
        """A height that only a page nearly empty offers: refusing to split there would refuse for ever."""
        return 120 * mm


def fit_widths(widths: Sequence[float], least: Sequence[float]) -> list[float]:
    """Column ``widths`` widened to at least ``least`` each where the table can afford it, the room
    taken from the columns wider than they need in proportion to what they can spare; the total
    stays the same. Where the table is too narrow for all its words, all that can be spared goes to
    the columns that lack room, in proportion to what each lacks.
    """
    need = [max(0.0, m - w) for w, m in zip(widths, least, strict=True)]
    deficit = sum(need)
    if deficit <= 0:
        return list(widths)
    slack = [max(0.0, w - m) for w, m in zip(widths, least, strict=True)]
    spare = sum(slack)
    take = min(1.0, deficit / spare) if spare else 0.0
    give = min(1.0, spare / deficit)
    return [w - s * take + n * give for w, s, n in zip(widths, slack, need, strict=True)]


#: The smallest a cell's text is made so that a word, amount or date in it fits its column whole.
SMALLEST_CELL_TEXT = 0.75


def _fit_cells(cells: list[TextFlow], widths: Sequence[float], gaps: Sequence[float]) -> list[TextFlow]:
    """Cells whose longest word is wider than their column (a table too narrow for all its words:
    "CN¥1,450,000. / 00" in large print), in smaller text, down to :data:`SMALLEST_CELL_TEXT`."""
    fitted = []
    for cell, width, gap in zip(cells, widths, gaps, strict=True):
        room, need = width - 2 * CELL_PADDING - gap / 2 - 0.5, cell.min_width()
        fitted.append(cell.shrunk(max(room / need, SMALLEST_CELL_TEXT)) if need > room > 0 else cell)
    return fitted


#: In large print, a parallel table with this many columns of its own per language prints once,
#: each cell with both languages stacked, across the whole width.
STACK_FROM = 3


def relieve_widths(widths: Sequence[float], natural: Sequence[float]) -> list[float]:
    """Room a column does not use (wider than its longest line) given to the columns whose lines
    wrap, in proportion to what each lacks, none beyond its longest line; the total stays the same.

    For large print (field test 33, defect 8): the contact sheet's empty Phone and E-mail columns
    kept their share while the names wrapped to 14 lines, and the technology table's Chinese
    column broke two characters per line."""
    spare = sum(max(0.0, w - n) for w, n in zip(widths, natural, strict=True))
    lack = [max(0.0, n - w) for w, n in zip(widths, natural, strict=True)]
    wanted = sum(lack)
    if spare <= 0 or wanted <= 0:
        return list(widths)
    give = min(1.0, spare / wanted)  # share of its lack each wrapping column gets
    take = min(1.0, wanted / spare)  # share of its spare room each roomy column gives
    return [w - max(0.0, w - n) * take + lk * give for w, n, lk in zip(widths, natural, lack, strict=True)]


def natural_widths(header: list[TextFlow], rows: list[list[TextFlow]]) -> list[float]:
    """Per printed column, the width of its longest line unwrapped (with the cell padding)."""
    widest = [cell.natural_width() for cell in header]
    for cells in rows:
        widest = [max(w, cell.natural_width()) for w, cell in zip(widest, cells, strict=True)]
    return [w + 2 * CELL_PADDING + 0.5 for w in widest]


@dataclass
class BiTable(Block):
    cols: list[Col]
    rows: list[Row]
    empty: Bi | None = None
    space_after: float = 8
    #: Least row height (sign-in sheets); rows still grow with their text.
    row_height: float | None = None
    extra_style: list[tuple] = field(default_factory=list)

    def _layout(self, langs: Sequence[str]) -> list[tuple[int, str]]:
        """(column index, language) for each printed column; shared columns print as "both"."""
        if len(langs) == 1:
            return [(i, langs[0]) for i in range(len(self.cols))]
        if scaled(1) > 1 and sum(not c.shared for c in self.cols) >= STACK_FROM:
            # large print: half a page is too narrow for several columns (two Chinese characters
            # a line, field test 33, defect 8); each cell stacks its two languages instead
            return [(i, "both") for i in range(len(self.cols))]
        first = next((i for i, c in enumerate(self.cols) if not c.shared), len(self.cols))
        lead = [(i, "both") for i in range(first)]
        own = [i for i, c in enumerate(self.cols) if not c.shared]
        trail = [(i, "both") for i, c in enumerate(self.cols) if c.shared and i >= first]
        return lead + [(i, langs[0]) for i in own] + [(i, langs[1]) for i in own] + trail

    def _build(self, langs: Sequence[str], width: float) -> list[Flowable]:
        if not self.rows:
            return self._empty_note(langs, width)
        printed = self._layout(langs)
        total = sum(self.cols[i].weight for i, _ in printed)
        widths = [width * self.cols[i].weight / total for i, _ in printed]
        header = [_cell_paragraph(self.cols[i].header, lg, "head") for i, lg in printed]
        # the cells are made once, before the widths: each column is made wide enough for its longest word
        cells: list[list[TextFlow] | None] = [
            None
            if row.group is not None
            else [_cell_paragraph(row.cells[i], lg, self.cols[i].style) for i, lg in printed]
            for row in self.rows
        ]
        header, cells = (
            self._aligned(printed, header),
            [None if made is None else self._aligned(printed, made) for made in cells],
        )
        filled = [c for c in cells if c is not None]
        least = self._least_widths(header, filled)
        gaps = [self.cols[i].gap for i, _ in printed]
        least = [
            max(w, n + g) if g else w
            for w, n, g in zip(least, natural_widths(header, filled), gaps, strict=True)
        ]
        widths = fit_widths(widths, least)
        if scaled(1) > 1:  # large print: the room of short columns goes to those that wrap
            widths = relieve_widths(widths, natural_widths(header, filled))
        cells = [None if made is None else _fit_cells(made, widths, gaps) for made in cells]
        # One table per group (a day of the programme): a page break inside it repeats the column
        # header *and* the day, so a row is never carried to a page that does not say which day it is.
        chunks: list[list[tuple[Row, list[TextFlow] | None]]] = [[]]
        for row, made in zip(self.rows, cells, strict=True):
            if row.group is not None and chunks[-1]:
                chunks.append([])
            chunks[-1].append((row, made))
        flow: list[Flowable] = []
        for n, chunk in enumerate(chunks):
            flow.append(self._table(chunk, printed, widths, langs, header))
            if n < len(chunks) - 1:
                flow.append(Spacer(1, 3))
        flow.append(Spacer(1, self.space_after))
        return flow

    def _aligned(self, printed: list[tuple[int, str]], cells: list[TextFlow]) -> list[TextFlow]:
        """The cells of a row set as their columns ask (amounts and numbers to the right)."""
        return [
            cell if self.cols[i].align == "LEFT" else cell.aligned(self.cols[i].align.lower())
            for cell, (i, _) in zip(cells, printed, strict=True)
        ]

    def _empty_note(self, langs: Sequence[str], width: float) -> list[Flowable]:
        """The note of an empty table, each language in its own column like any other text."""
        if self.empty is None:
            return []
        note = Text(self.empty, "small", space_after=self.space_after)
        return note.single(langs[0], width) if len(langs) == 1 else note.parallel(width)

    @staticmethod
    def _least_widths(header: list[TextFlow], rows: list[list[TextFlow]]) -> list[float]:
        """Per printed column, the width its longest word needs (with the cell padding); a heading's
        Chinese words are kept whole."""
        least = [cell.word_width() for cell in header]
        for cells in rows:
            least = [max(w, cell.min_width()) for w, cell in zip(least, cells, strict=True)]
        return [w + 2 * CELL_PADDING + 0.5 for w in least]

    def _table(
        self,
        rows: list[tuple[Row, list[TextFlow] | None]],
        printed: list[tuple[int, str]],
        widths: list[float],
        langs: Sequence[str],
        header: list[TextFlow],
    ) -> Table:
        lang_label = langs[0] if len(langs) == 1 else "both"
        # the header is repeated in every chunk: a flowable is drawn once, so each table gets copies
        data: list[list[Any]] = [[copy.copy(cell) for cell in header]]
        style: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), LATIN),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if len(langs) > 1:
            # a faint rule between the first and the second language's half
            own = [k for k, (_, lg) in enumerate(printed) if lg == langs[1]]
            if own:
                style.append(("LINEBEFORE", (own[0], 0), (own[0], -1), 0.6, RULE))
        repeat = 1
        for r, (row, made) in enumerate(rows, start=1):
            if row.group is not None:
                repeat = 2 if r == 1 else repeat
                second_cols = [k for k, (_, lg) in enumerate(printed) if len(langs) > 1 and lg == langs[1]]
                if len(langs) == 1 or not second_cols:
                    text = row.group.get(langs[0]) if len(langs) == 1 else row.group.both("  ·  ")
                    data.append([para(text, lang_label, "cellb")] + [""] * (len(printed) - 1))
                    style.append(("SPAN", (0, r), (-1, r)))
                else:
                    zh_first = second_cols[0]
                    cells: list[Any] = [""] * len(printed)
                    cells[0] = para(row.group.get(langs[0]), langs[0], "cellb")
                    cells[zh_first] = para(row.group.get(langs[1]), langs[1], "cellb")
                    data.append(cells)
                    style += [("SPAN", (0, r), (zh_first - 1, r)), ("SPAN", (zh_first, r), (-1, r))]
                style.append(("BACKGROUND", (0, r), (-1, r), GROUP_BG))
                continue
            assert made is not None  # made for every row that is not a group's heading
            data.append(made)
        for k, (i, _) in enumerate(printed):
            if self.cols[i].align != "LEFT":
                style.append(("ALIGN", (k, 0), (k, -1), self.cols[i].align))
            if self.cols[i].gap:
                style.append(("RIGHTPADDING", (k, 0), (k, -1), CELL_PADDING + self.cols[i].gap / 2))
        style += self.extra_style
        heights = None
        if self.row_height:  # room to sign in; longer names still make the row grow
            heights = [0] + [scaled(self.row_height)] * len(rows)
        return RowsTable(
            data, colWidths=widths, minRowHeights=heights, repeatRows=repeat, style=TableStyle(style)
        )

    def parallel(self, width: float) -> list[Flowable]:
        return self._build(order(), width)

    def single(self, lang: str, width: float) -> list[Flowable]:
        return self._build([lang], width)


#: Room a sub-heading needs below it on the page, or it moves to the next one with what follows.
KEEP_SPACE = 36 * mm


def first_part_height(flowable: Flowable, width: float) -> float:
    """How much of ``flowable`` must stand on the same page as a heading above it: a table's header
    and the rows it never leaves alone at a page's foot (``RowsTable``), or the whole of anything
    else that is short, the first lines of what is long."""
    _, height = flowable.wrap(width, 1e6)
    if isinstance(flowable, Table) and getattr(flowable, "_rowHeights", None):
        head = flowable.repeatRows if isinstance(flowable.repeatRows, int) else len(flowable.repeatRows)
        return float(sum(flowable._rowHeights[: head + FEWEST_ROWS]))
    if isinstance(flowable, KeepTogether) or (isinstance(flowable, SideBySide) and not flowable.splittable):
        return height  # moves to the next page whole: the heading must go with all of it
    return min(height, scaled(KEEP_SPACE))


class HeadingBreak(CondPageBreak):
    """A page break before a sub-heading when the page has no room for the heading and the first part
    of what follows it (field test 21, defect 6: "Cars and drivers" ended a page, its one tall row
    went to the next). :func:`story` gives it the flowables it keeps together."""

    def __init__(self) -> None:
        super().__init__(scaled(KEEP_SPACE))
        #: The heading and the flowable after it, set by :func:`story`.
        self.kept: list[Flowable] = []
        #: A sub-heading follows the heading: its own break asks for KEEP_SPACE below it, so this
        #: one must ask for the heading and that much, or the heading ends the page alone.
        self.nested = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.kept:
            for f in self.kept:  # as the frame does for a flowable it lays out: some ask the document
                f.canv, f._frame = self.canv, getattr(self, "_frame", None)
            heading, *rest = self.kept
            needed = heading.wrap(availWidth, 1e6)[1] + heading.getSpaceAfter()
            below = sum(first_part_height(f, availWidth) for f in rest)
            if self.nested:  # the sub-heading's break measures from below the heading's space
                needed += heading.getSpaceBefore() + max(below, scaled(KEEP_SPACE))
            else:
                needed += below
            frame = self._doctemplateAttr("frame")
            # never near what a whole page offers, or the break would repeat on every page
            page = frame._height if frame is not None else needed
            self.height = min(max(scaled(KEEP_SPACE), needed), 0.8 * page)
        return super().wrap(availWidth, availHeight)


def _marker(flowable: Flowable) -> bool:
    """Zero-height flowables that only note a place (a section's start, a bookmark) or make room.
    Not a sub-heading's break, a Spacer too: taken for room, it hid the sub-heading, and a heading
    followed by one ("Bonn Water Utility", then "Needs of the city") kept only the sub-heading's
    line, not its table, and ended a page alone (review of round 56)."""
    return isinstance(flowable, (Spacer, _SectionStart, _Bookmark)) and not isinstance(flowable, HeadingBreak)


def keep_headings(flow: list[Flowable]) -> list[Flowable]:
    """Link each :class:`HeadingBreak` with its heading and the first flowable of content after it;
    a sub-heading right after the heading brings its own first content along (a section title
    followed by "Trainers" must not end a page either)."""
    for n, item in enumerate(flow):
        if not isinstance(item, HeadingBreak):
            continue
        following = [f for f in flow[n + 1 :] if not _marker(f)][:4]
        kept = following[:2]
        item.nested = len(following) > 2 and isinstance(following[1], HeadingBreak)
        if item.nested:
            kept = [following[0], *following[2:4]]
        item.kept = kept
    return flow


class Heading(Block):
    """A sub-heading inside a section: never the last thing on a page."""

    def __init__(self, text: Bi, style: str = "h2") -> None:
        self.text = text
        self.style = style

    # Not reportlab's keepWithNext: that wraps the heading and the whole next table in one
    # KeepTogether, which moves a table shorter than a page to the next page and leaves half a page
    # empty. Asking for room enough for the heading and the first rows does what is meant.
    def single(self, lang: str, width: float) -> list[Flowable]:
        return [HeadingBreak(), para(self.text.get(lang), lang, self.style)]

    def parallel(self, width: float) -> list[Flowable]:
        pair = Pair(lambda lang, w: [para(self.text.get(lang), lang, self.style)], split=False)
        return [HeadingBreak(), *pair.parallel(width)]


@dataclass
class Section:
    key: str
    title: Bi
    blocks: list[Block]
    #: Page template ("portrait" or "landscape").
    template: str = "portrait"
    #: Start on a new page.
    new_page: bool = True
    #: Outline (bookmark) level; 0 for the dossier's parts, 1 for e.g. one meeting's briefing.
    level: int = 0
    #: A level-0 outline entry to open before this section (the first of a group of level-1 ones).
    outline_parent: Bi | None = None
    #: Print once in parallel layout whatever the user chose (forms and the cover are bilingual already).
    always_parallel: bool = False
    #: Listed on the contents page (the cover and the contents themselves are not).
    in_contents: bool = True
    #: One bilingual piece across the page (a table whose every column holds both languages, lines
    #: to write on): in parallel layout its title is one line, not split over the two columns, where
    #: the second language's half began mid-page and looked centred above the table.
    whole_width: bool = False


#: A page the end of a section fills less than this share of takes the next section below it.
SHORT_TAIL = 0.4


class _SectionStart(Flowable):
    """Notes the page a section starts on (zero height, kept with what follows)."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__()
        self.starts = starts
        self.keepWithNext = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts.append(self.canv.getPageNumber())


class _SectionBreak(Spacer):
    """The start of a section that begins on a new page: the next page, unless this one holds only
    the short end of the section before (which began on an earlier page) and there is room here.

    A page break per section left a one-row "Open follow-ups" table, or one participant's profile,
    alone on a page that was 85 % white (field test F13). A section that began on this page (the
    cover, the contents, a one-page "at a glance") still has the page to itself."""

    locChanger = 1

    def __init__(self, starts: list[int]) -> None:
        super().__init__(1, 10 * mm)
        self.starts = starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        page = self._doctemplateAttr("page")
        if frame is None or frame._atTop:
            return 0, 0  # already at the top of a page
        full = frame._y2 - frame._y1 - frame._topPadding - frame._bottomPadding
        tail = bool(self.starts) and self.starts[-1] < page and availHeight > (1 - SHORT_TAIL) * full
        if not tail:
            frame.add_generated_content(PageBreak())
            return 0, 0
        return availWidth, self.height


class _Bookmark(Flowable):
    """Marks the PDF outline at the place it is drawn (a zero-height flowable kept with what follows,
    so that a heading moved to the next page takes its bookmark along) and notes the page number."""

    def __init__(self, key: str, title: str, level: int, pages: dict[str, int]) -> None:
        super().__init__()
        self.key, self.title, self.level, self.pages = key, title, level, pages
        self.keepWithNext = 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        self.pages[self.key] = self.canv.getPageNumber()


@dataclass(frozen=True)
class ContentsEntry:
    key: str
    title: Bi
    level: int


class Contents(Flowable):
    """The contents page: one line per section with its page number, each line a link to the section.

    A page number is known only once its section has been laid out, so each is drawn as a PDF form
    (an XObject) that the canvas fills in when the document is saved: one layout pass, not two.
    """

    #: Height of a line at the normal print scale.
    LINE = 15.0

    @property
    def line(self) -> float:
        return scaled(self.LINE)

    def __init__(self, entries: Sequence[ContentsEntry], pages: dict[str, int]) -> None:
        super().__init__()
        self.entries = list(entries)
        self.pages = pages  #: bookmark key → page, filled during layout; read when the forms are made

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.line * len(self.entries)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        k = int(availHeight // self.line)
        if k < 2 or k >= len(self.entries):
            return []
        return [Contents(self.entries[:k], self.pages), Contents(self.entries[k:], self.pages)]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for entry in self.entries:
            y -= self.line
            size = scaled(10 if entry.level == 0 else 9)
            indent = 0 if entry.level == 0 else 6 * mm
            num_w = 12 * mm  # room for the number, known only at the end (a form, see DossierCanvas)
            text = fonts.fit(
                entry.title.both("  ·  "), size, self.width - indent - num_w - 10 * mm, bold=False
            )
            canv.setFillColor(INK if entry.level == 0 else MUTED)
            fonts.draw_string(canv, indent, y + 4, text, size, bold=entry.level == 0)
            canv.saveState()
            canv.translate(self.width, y + 4)
            canv.doForm(f"toc-{entry.key}")
            canv.restoreState()
            # dotted leader between the title and the number
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setDash(0.6, 2.4)
            left = indent + fonts.string_width(text, size, bold=entry.level == 0) + 4
            if left < self.width - num_w:
                canv.line(left, y + 4, self.width - num_w, y + 4)
            canv.restoreState()
            canv.linkRect("", entry.key, (0, y, self.width, y + self.line), relative=1, thickness=0)


def contents_section(listing: Contents) -> Section:
    return Section(
        "contents",
        label("Contents"),
        [Full([Spacer(1, 2 * mm), listing])],
        always_parallel=True,
        in_contents=False,
    )


# --------------------------------------------------------------------------- document


@dataclass(frozen=True)
class Chrome:
    """Text of the running header and footer, and the document's metadata."""

    office: Bi
    title: Bi
    generated: dt.datetime
    #: Pages (1-based) without a header and page number, such as the cover.
    bare_pages: frozenset[int] = frozenset()
    #: Kind of document ("Visit dossier"), the PDF's subject.
    kind: Bi = field(default_factory=Bi)
    #: Mark every page "restricted — contains personal data".
    restricted: bool = True
    #: A version the office gives the dossier ("v3", "final"), printed with the "as of" date.
    version: str = ""
    #: Extra PDF keywords (cities, organisations).
    keywords: tuple[str, ...] = ()
    #: The last change of the data printed, beside the print time ("Data as of …"); None if unknown.
    data_as_of: dt.datetime | None = None
    #: The one language of a document printed in one ("en" or "zh"; ``DossierOptions.only_lang``):
    #: its header and footer speak it alone (field test 37, §9: "--lang en" printed both).
    only_lang: str | None = None

    def words(self, value: Bi, sep: str) -> str:
        """``value`` in the document's language, or both joined by ``sep``."""
        return value.get(self.only_lang) if self.only_lang else value.both(sep)


def page_label(number: int, total: int, only_lang: str | None = None) -> str:
    """ "Page 3 of 12 / 第 3 页，共 12 页" (first language first), or in ``only_lang``."""
    shown = str(total) if total else "?"
    words = Bi(f"Page {number} of {shown}", f"第 {number} 页，共 {shown} 页")
    return words.get(only_lang) if only_lang else words.both(" / ")


def marking(chrome: Chrome) -> tuple[str, str]:
    """The footer's two lines: "Restricted — contains personal data · Printed <date>, <version> ·
    Data as of <date>": the print time alone made a reprint of unchanged data look like a new state
    (field test 21, defect 2)."""
    when = chrome.generated
    lines = []
    for lang in (chrome.only_lang,) if chrome.only_lang else order():
        parts = []
        if chrome.restricted:
            parts.append(label("Restricted — contains personal data").get(lang))
        printed = f"{label('Printed').get(lang)} {fmt_date(when.date(), lang)} {fmt_time(when, lang)}"
        if chrome.version:
            printed += f"{'，' if lang == 'zh' else ', '}{label('version').get(lang)} {chrome.version}"
        parts.append(printed)
        if chrome.data_as_of is not None:
            data = chrome.data_as_of.astimezone(when.tzinfo)
            parts.append(
                f"{label('Data as of').get(lang)} {fmt_date(data.date(), lang)} {fmt_time(data, lang)}"
            )
        lines.append(" · ".join(parts))
    return lines[0], lines[1] if len(lines) > 1 else ""


MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 19 * mm


#: Running header and footer text sizes in normal print; large print scales them like the body
#: (field test 33, defect 2), at most to CHROME_GROWTH so the footer's two lines stay in the margin.
HEADER_SIZE, FOOTER_SIZE, PAGE_NUMBER_SIZE = 8.0, 7.0, 7.5
CHROME_GROWTH = 1.3


def chrome_scale() -> float:
    return min(scaled(1), CHROME_GROWTH)


@functools.cache
def _chrome_text(
    chrome: Chrome, width: float, binding: float, langs: tuple[str, str], scale: float = 1.0
) -> tuple[tuple[str, str], tuple[str, str]]:
    """Header (left, right) and footer lines, fitted once per page width rather than on every page."""
    inner = width - 2 * MARGIN_X - binding
    head, foot_size = HEADER_SIZE * scale, FOOTER_SIZE * scale
    office = chrome.words(chrome.office, " · ")
    left_w = min(fonts.string_width(office, head), inner * 0.45)
    title = chrome.words(chrome.title, " · ")
    avail = inner - left_w - 8 * mm
    foot = tuple(fonts.fit(line, foot_size, inner * 0.7) for line in marking(chrome))
    return (fonts.fit(office, head, left_w), fonts.fit(title, head, avail)), (foot[0], foot[1])


def _chrome_canvas(chrome: Chrome, pages: dict[str, int], binding: float) -> type[Canvas]:
    langs = order()
    scale = chrome_scale()  # pages are finished during the build, inside print_scale
    head, foot = HEADER_SIZE * scale, FOOTER_SIZE * scale

    class DossierCanvas(Canvas):
        """Draws the running header and footer as each page is finished. "Page 3 of N" and the
        contents page's numbers are forms filled in at :meth:`save`, when N and every section's page
        are known; pages are not held back, so bookmarks point at the right page."""

        def showPage(self) -> None:
            self._draw_chrome(self.getPageNumber())
            super().showPage()

        def save(self) -> None:
            total = self.getPageNumber() - 1
            for number in range(1, total + 1):
                if number not in chrome.bare_pages:
                    self._form(
                        f"page-{number}",
                        page_label(number, total, chrome.only_lang),
                        PAGE_NUMBER_SIZE * scale,
                    )
            for key, page in pages.items():
                self._form(f"toc-{key}", str(page), scaled(10))
            # What reportlab can do for accessibility (issue 14): the bookmarks panel opens with the
            # file and viewers show the title, not the file name; /Lang and the metadata are set by
            # _Doc. A tagged PDF (structure tree, marked content) reportlab cannot write.
            self.showOutline()
            self.setViewerPreference("DisplayDocTitle", "true")
            super().save()

        def _form(self, name: str, text: str, size: float) -> None:
            """A form holding ``text`` right-aligned at its origin (and its text colour)."""
            width = fonts.string_width(text, size)
            self.beginForm(name, lowerx=-width - 2, lowery=-3, upperx=1, uppery=size + 2)
            self.setFillColor(MUTED)
            fonts.draw_string(self, 0, 0, text, size, align="right")
            self.endForm()

        def _draw_chrome(self, number: int) -> None:
            width, height = self._pagesize
            header, footer = _chrome_text(chrome, width, binding, langs, scale)
            left, right = MARGIN_X + binding, width - MARGIN_X
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            bare = number in chrome.bare_pages
            if not bare:
                y = height - MARGIN_TOP + 7 * mm
                fonts.draw_string(self, left, y, header[0], head)
                fonts.draw_string(self, right, y, header[1], head, align="right")
                self.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
            y = MARGIN_BOTTOM - 9 * mm
            self.line(left, y + 4 * mm, right, y + 4 * mm)
            if chrome.restricted:
                self.setFillColor(colors.HexColor("#9B2C2C"))
            fonts.draw_string(self, left, y, footer[0], foot)
            self.setFillColor(MUTED)
            fonts.draw_string(self, left, y - 3.4 * mm * scale, footer[1], foot)
            if not bare:
                self.saveState()
                self.translate(right, y)
                self.doForm(f"page-{number}")
                self.restoreState()
            self.restoreState()

    return DossierCanvas


class _Doc(BaseDocTemplate):
    def __init__(self, target: Any, options: DossierOptions, chrome: Chrome, progress: Any = None) -> None:
        size = PAGE_SIZES[options.paper]
        first = order()[0]
        binding = options.binding_mm * mm
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN_X + binding,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=chrome.title.both(" / "),
            author=chrome.office.both(" / "),
            subject=chrome.kind.both(" / "),
            keywords=[k for k in (*chrome.title.both("\n").split("\n"), *chrome.keywords) if k],
            creator="petdesk",
            invariant=1 if options.reproducible else 0,
            pageCompression=1,
            initialFontName=LATIN,
            initialFontSize=10,
            lang="zh-CN" if first == "zh" else "en",
        )
        templates = []
        for name, pagesize in (("portrait", size), ("landscape", landscape(size))):
            w, h = pagesize
            frame = Frame(
                MARGIN_X + binding,
                MARGIN_BOTTOM,
                w - 2 * MARGIN_X - binding,
                h - MARGIN_TOP - MARGIN_BOTTOM,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=pagesize))
        self.addPageTemplates(templates)

    def start_on(self, template: str) -> None:
        """Open the document on ``template``: a dossier of the sign-in sheet alone starts on a
        landscape page (it began on a portrait one, the landscape table cut off at both sides)."""
        self._firstPageTemplateIndex = [t.id for t in self.pageTemplates].index(template)

    def frame_width(self, template: str) -> float:
        for t in self.pageTemplates:
            if t.id == template:
                return t.frames[0].width
        raise KeyError(template)


def contents_entries(sections: Sequence[Section]) -> list[ContentsEntry]:
    """The contents page's lines: every titled section and every group parent, with its bookmark key."""
    entries: list[ContentsEntry] = []
    for n, section in enumerate(sections):
        if not section.in_contents:
            continue
        if section.outline_parent:
            entries.append(ContentsEntry(f"p{n}", section.outline_parent, 0))
        if section.title:
            entries.append(ContentsEntry(f"s{n}", section.title, section.level))
    return entries


def story(
    sections: Sequence[Section],
    layout: Layout,
    doc: _Doc,
    pages: dict[str, int],
    only_lang: str | None = None,
) -> list[Flowable]:
    """The flowables of all sections in the chosen layout; bookmarks note their page in ``pages``."""
    flow: list[Flowable] = []
    current = "portrait"
    langs: tuple[str, ...] = order()
    if only_lang:
        layout, langs = Layout.SEQUENTIAL, langs[:1]
    starts: list[int] = []
    for n, section in enumerate(sections):
        width = doc.frame_width(section.template)
        if n > 0 and section.template != current:
            flow += [NextPageTemplate(section.template), PageBreak()]
        elif n > 0 and section.new_page:
            flow.append(_SectionBreak(starts))
        elif n > 0:
            # room for the title and the first rows of what follows, or a new page (field test 33,
            # defect 4: "Participant list" ended a page, its table began the next)
            keep = HeadingBreak() if section.title else CondPageBreak(scaled(KEEP_SPACE))
            flow += [Spacer(1, 6 * mm), keep]
        if n == 0:
            doc.start_on(section.template)
        flow.append(_SectionStart(starts))
        current = section.template
        if section.outline_parent:
            flow.append(_Bookmark(f"p{n}", section.outline_parent.both(" · "), 0, pages))
        if section.title:
            flow.append(_Bookmark(f"s{n}", section.title.both(" · "), section.level, pages))
        if layout == Layout.PARALLEL or section.always_parallel:
            if section.title and section.whole_width:
                flow.append(para(section.title.both(" · "), "both", "h1"))
            elif section.title:
                flow += Heading(section.title, "h1").parallel(width)[1:]
            for block in section.blocks:
                flow += block.parallel(width)
        else:
            for k, lang in enumerate(langs):
                if k > 0:
                    flow.append(CondPageBreak(0.35 * doc.height))
                    flow.append(Spacer(1, 5 * mm))
                if section.title:
                    flow.append(para(section.title.get(lang), lang, "h1"))
                for block in section.blocks:
                    flow += block.single(lang, width)
    return keep_headings(flow)


def render(
    sections: Sequence[Section],
    out: Path | str,
    options: DossierOptions,
    chrome: Chrome,
    progress: Progress | None = None,
) -> Path:
    """Lay out ``sections`` and write the PDF to ``out`` (through :mod:`petdesk.outfile`: a failed run
    leaves no file).

    One pass: the numbers known only at the end (pages in all, each section's page) are PDF forms.
    """
    fonts.register()
    text_segmentation_ready()
    rl_config.useA85 = 0  # binary page streams: smaller and faster than ASCII85 text
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pages: dict[str, int] = {}
    if options.only_lang:
        chrome = dataclasses.replace(chrome, only_lang=options.only_lang)
    with first_language(options.first_lang), print_scale(options.large_print):
        sections = list(sections)
        if options.contents and sum(1 for s in sections if s.title and s.in_contents) > 1:
            at = 1 if sections and not sections[0].title else 0  # after the cover
            listing = Contents([], pages)
            sections.insert(at, contents_section(listing))
            listing.entries = contents_entries(sections)  # keys count the contents section itself
        buffer = io.BytesIO()
        doc = _Doc(buffer, options, chrome)
        flow = story(sections, options.layout, doc, pages, options.only_lang)
        if progress is not None:
            doc.setProgressCallBack(_progress_adapter(progress))
        doc.build(flow, canvasmaker=_chrome_canvas(chrome, pages, options.binding_mm * mm))
        pdf = buffer.getvalue()
    outfile.write_bytes(out, pdf)
    return out


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    """reportlab reports flowables laid out; map them onto 10 %..98 % of the whole job."""
    state = {"total": 1, "last": -1.0}
    low, span = 0.1, 0.88

    def callback(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
        elif kind == "PROGRESS":
            fraction = low + span * min(1.0, value / state["total"])
            if fraction - state["last"] >= 0.01:
                state["last"] = fraction
                progress(fraction, "laying out pages")
        elif kind == "FINISHED":
            progress(0.98, "writing the file")

    return callback


def now_local() -> dt.datetime:
    return dt.datetime.now().astimezone()
