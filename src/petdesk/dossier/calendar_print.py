"""The calendar's shown range (a day, a week, a month) as a printable PDF, in both languages.

One line per event under a heading for each day: the time in the viewer's zone, the title in English
and Chinese, what it is and where. A visit or training spanning several days is printed once, on the
first day of the range it touches, with its last day. Text is drawn run by run with the dossier's
faces (``dossier.fonts``), so Chinese glyphs are embedded as subsets like in every dossier.

Core code (no Qt): the window previews the file through ``gui/print_preview.py``; tests read it with
``pdftotext`` and ``pdffonts``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from petdesk import city_names, i18n, outfile
from petdesk.dossier import fonts
from petdesk.dossier.labels import Bi, enum_label, label
from petdesk.language import reader_first
from petdesk.models.enums import ItineraryKind
from petdesk.services.calendar import DEADLINE, ITEM, SESSION, TRAINING, VISIT, CalendarEvent

MARGIN = 15 * mm
TIME_WIDTH = 32 * mm
KIND_WIDTH = 34 * mm
#: Point sizes of the title, the day headings and the event lines.
TITLE, DAY, LINE = 15, 10.5, 9
#: Height of an event (English line, Chinese line and a gap) and of a day heading.
EVENT_HEIGHT = 2 * LINE + 8
DAY_HEIGHT = DAY + 10

_KINDS = {
    VISIT: ("Visit", "访问"),
    ITEM: ("Programme item", "日程安排"),
    SESSION: ("Training session", "培训课程"),
    TRAINING: ("Training", "培训"),
    DEADLINE: ("Deadline", "截止日期"),
}


def _kind(event: CalendarEvent) -> Bi:
    if event.kind == ITEM and event.item_kind:
        try:
            member = ItineraryKind(event.item_kind)
        except ValueError:
            pass
        else:
            return enum_label(member)
    en, zh = _KINDS.get(event.kind, (event.kind, event.kind))
    return Bi(en, zh)


def _day_heading(day: dt.date) -> str:
    return f"{i18n.format_date_long_weekday(day, 'en')}   {i18n.format_date_long_weekday(day, 'zh_CN')}"


def range_title(first: dt.date, last: dt.date) -> Bi:
    """ "Calendar 1 – 7 December 2026" / "日历 2026年12月1日至7日"."""
    cal = label("Calendar")
    if first == last:
        return Bi(
            f"{cal.en}: {i18n.format_date(first, 'en', 'long')}",
            f"{cal.zh}：{i18n.format_date(first, 'zh_CN', 'long')}",
        )
    return Bi(
        f"{cal.en}: {i18n.format_date_range(first, last, 'en')}",
        f"{cal.zh}：{i18n.format_date_range(first, last, 'zh_CN')}",
    )


def _lines_by_day(
    events: Sequence[CalendarEvent], first: dt.date, last: dt.date, tz: dt.tzinfo
) -> dict[dt.date, list[tuple[Bi, CalendarEvent]]]:
    """Each day of the range with its events (time text, event), in the order of the day."""
    days: dict[dt.date, list[tuple[Bi, CalendarEvent]]] = {}
    for event in sorted(events, key=lambda e: (not e.all_day, e.starts_at, e.title("en"))):
        start = event.starts_at.astimezone(tz)
        end = event.ends_at.astimezone(tz)
        if event.all_day:
            # All-day spans are dates, not moments: read them in UTC, as they were stored.
            start_day = event.starts_at.astimezone(dt.UTC).date()
            end_day = (event.ends_at.astimezone(dt.UTC) - dt.timedelta(seconds=1)).date()
            end_day = max(start_day, end_day)
            day = max(start_day, first)
            time = label("All day")
            if end_day > day:  # "→ 9 Dec 2026" / "→ 2026年12月9日": the last day of the span
                time = Bi(f"→ {i18n.format_date(end_day, 'en')}", f"→ {i18n.format_date(end_day, 'zh_CN')}")
        else:
            day = max(start.date(), first)
            time = Bi(_hours(start, end), "")
        if first <= day <= last:
            days.setdefault(day, []).append((time, event))
    return days


def render(
    events: Sequence[CalendarEvent],
    first: dt.date,
    last: dt.date,
    tz: dt.tzinfo,
    target: Path | BytesIO,
    *,
    first_lang: str = "en",
) -> int:
    """Write the range's PDF to ``target`` with ``first_lang``'s lines first (the reader's, as the
    dossiers: field test 58, item 8); return the number of pages."""
    if isinstance(target, Path):  # a file the user named: through petdesk.outfile
        buffer = BytesIO()
        pages = render(events, first, last, tz, buffer, first_lang=first_lang)
        outfile.write_bytes(target, buffer.getvalue())
        return pages
    fonts.register()
    canvas = Canvas(
        target,
        pagesize=A4,
        initialFontName=fonts.LATIN,  # never reportlab's Helvetica, which is not embedded
        initialFontSize=LINE,
    )
    langs = ("zh", "en") if reader_first(first_lang) == "zh" else ("en", "zh")

    def both(text: Bi) -> tuple[str, str]:
        """``text`` in print order."""
        return (text.en, text.zh) if langs[0] == "en" else (text.zh, text.en)

    title = range_title(first, last)
    canvas.setTitle(" / ".join(both(title)))
    canvas.setAuthor("petdesk")
    width, height = A4
    text_width = width - 2 * MARGIN - TIME_WIDTH - KIND_WIDTH
    zone = getattr(tz, "key", str(tz))
    pages = 1

    def header(first_page: bool) -> float:
        y = height - MARGIN
        if first_page:
            fonts.draw_string(canvas, MARGIN, y - TITLE, both(title)[0], TITLE, bold=True)
            fonts.draw_string(canvas, MARGIN, y - 2 * TITLE - 4, both(title)[1], TITLE, bold=True)
            zone_text = f"{' '.join(both(label('Time zone')))}: {_zone_label(zone)}"
            fonts.draw_string(canvas, MARGIN, y - 2 * TITLE - 20, zone_text, LINE)
            return y - 2 * TITLE - 36
        fonts.draw_string(canvas, MARGIN, y - LINE, " · ".join(both(title)), LINE)
        return y - LINE - 14

    def footer() -> None:
        fonts.draw_string(canvas, width - MARGIN, MARGIN / 2, f"{pages}", LINE - 1, align="right")

    y = header(True)
    days = _lines_by_day(events, first, last, tz)
    if not days:
        empty = label("Nothing on the calendar in this range.")
        fonts.draw_string(canvas, MARGIN, y - LINE, both(empty)[0], LINE)
        fonts.draw_string(canvas, MARGIN, y - 2 * LINE - 4, both(empty)[1], LINE)
    for day in sorted(days):
        for n, (time, event) in enumerate(days[day]):
            need = EVENT_HEIGHT + (DAY_HEIGHT if n == 0 else 0)
            if y - need < MARGIN:
                footer()
                canvas.showPage()
                pages += 1
                y = header(False)
                n = 0  # the day's heading again on the new page
            if n == 0:
                fonts.draw_string(canvas, MARGIN, y - DAY, _day_heading(day), DAY, bold=True)
                canvas.setLineWidth(0.4)
                canvas.line(MARGIN, y - DAY - 4, width - MARGIN, y - DAY - 4)
                y -= DAY_HEIGHT
            kind = _kind(event)
            x_text = MARGIN + TIME_WIDTH
            x_kind = x_text + text_width
            fonts.draw_string(canvas, MARGIN, y - LINE, time.en, LINE)
            if time.zh:
                fonts.draw_string(canvas, MARGIN, y - 2 * LINE - 3, time.zh, LINE)
            for row, lang in ((1, langs[0]), (2, langs[1])):
                line = fonts.fit(_line(event, lang), LINE, text_width - 6)
                fonts.draw_string(canvas, x_text, y - row * LINE - 3 * (row - 1), line, LINE)
            for row, word in ((1, both(kind)[0]), (2, both(kind)[1])):
                fonts.draw_string(
                    canvas, x_kind, y - row * LINE - 3 * (row - 1), fonts.fit(word, LINE, KIND_WIDTH), LINE
                )
            y -= EVENT_HEIGHT
    footer()
    canvas.save()
    return pages


def _hours(start: dt.datetime, end: dt.datetime) -> str:
    """ "09:00–10:30"; a moment (no end) "14:00", not "14:00–14:00"; a three-day expo
    "09:00–18:00 (+2)", the days it goes on, not "(+1)" (round 52). Short: the column is narrow."""
    if end == start:
        return f"{start:%H:%M}"
    later = (end.date() - start.date()).days
    return f"{start:%H:%M}–{end:%H:%M}" + (f" (+{later})" if later else "")


def _line(event: CalendarEvent, lang: str) -> str:
    """ "Site visit — Sponge city pilot · Wuhan" in one language (the other's text if this one is empty)."""
    zh = lang == "zh"
    title = event.title_zh or event.title_en if zh else event.title_en or event.title_zh
    parent = (
        event.parent_title_zh or event.parent_title_en
        if zh
        else event.parent_title_en or event.parent_title_zh
    )
    place = (event.place_zh or event.place_en) if zh else (event.place_en or event.place_zh)
    city = city_names.shown_city(event.city_en, event.city_zh, "zh" if zh else "en")
    text = title
    if parent and parent != title:
        text += f"（{parent}）" if zh else f" ({parent})"
    where = [p for p in (place, city) if p]
    if where:
        text += " · " + " · ".join(where)
    return text


def _zone_label(zone: str) -> str:
    from petdesk import labels

    return f"{labels.zone_label(zone, 'en')} / {labels.zone_label(zone, 'zh_CN')}"
