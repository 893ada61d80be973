"""The year's visits and trainings as a workbook, a CSV file for an agency's template, or a bilingual
PDF: one row per event with its people by gender, and totals per kind that add up to the rows."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.enums import TrainingStatus, VisitDirection, VisitStatus
from petdesk.i18n import format_date
from petdesk.services.report_file import SUFFIXES as SUFFIXES  # what the command line checks
from petdesk.services.report_file import write_by_suffix
from petdesk.services.year_events import TRAINING, VISIT, EventRow, YearEvents
from petdesk.vocab import stored_label

#: Words of the report: (English, Chinese).
H = {
    "title": ("Visits and trainings", "代表团访问与培训"),
    "period": ("Period", "时间范围"),
    "all": ("all records", "全部记录"),
    "visit": ("Visit", "代表团访问"),
    "training": ("Training", "培训"),
    "kind": ("Kind", "类别"),
    "id": ("ID", "编号"),
    "title_en": ("Title (English)", "英文标题"),
    "title_zh": ("Title (Chinese)", "中文标题"),
    "start": ("From", "开始日期"),
    "end": ("To", "结束日期"),
    "status": ("Status", "状态"),
    "where": ("Direction or city", "方向或城市"),
    "people": ("People", "人数"),
    "women": ("Women", "女性"),
    "men": ("Men", "男性"),
    "unknown": ("Not recorded", "未记录性别"),
    "core": ("Delegates, attendees", "团员或学员"),
    "core_women": ("of whom women", "其中女性"),
    "core_men": ("of whom men", "其中男性"),
    "events": ("Events", "场次"),
    "held": ("Held (done)", "已举办"),
    "totals": ("Totals", "合计"),
    "cancelled": ("Cancelled", "已取消"),
    "people_once": ("People once", "去重人数"),
    "core_once": ("Delegates, attendees once", "去重团员或学员"),
    "country": ("Country", "国家"),
    "visits": ("Visits", "代表团访问"),
    "no_country": ("Country not recorded", "未记录国家"),
    "by_country": ("Visits by country (cancelled left out)", "按国家统计的代表团访问（不含已取消）"),
    "by_start": (
        "an event counts in the period it starts in; 'once': each person once, cancelled events left out",
        "活动计入其开始日期所在的时间范围；去重：每人只计一次，不含已取消的活动",
    ),
}
#: Sheets of the workbook: (English, Chinese).
SHEETS = {"events": ("events", "活动"), "totals": ("totals", "合计"), "countries": ("countries", "国家")}


def _w(key: str, lang: str) -> str:
    en, zh = H[key]
    return zh if lang == "zh" else en


def _both(key: str, lang: str) -> str:
    en, zh = H[key]
    return f"{zh} / {en}" if lang == "zh" else f"{en} / {zh}"


def period(y: YearEvents, lang: str) -> str:
    if y.date_from is None and y.date_to is None:
        return _w("all", lang)
    locale = "zh_CN" if lang == "zh" else "en"
    start = format_date(y.date_from, locale) if y.date_from else "…"
    end = format_date(y.date_to, locale) if y.date_to else "…"
    note = f"（{_w('by_start', lang)}）" if lang == "zh" else f" ({_w('by_start', lang)})"
    return f"{start} – {end}{note}"


def _status(r: EventRow, locale: str) -> str:
    return stored_label(VisitStatus if r.kind == VISIT else TrainingStatus, r.status, locale)


def _where(r: EventRow, locale: str) -> str:
    if r.kind == VISIT:
        return stored_label(VisitDirection, r.direction, locale) if r.direction else ""
    return (r.city_zh or r.city_en) if locale.startswith("zh") else (r.city_en or r.city_zh)


COUNT_KEYS = ("people", "women", "men", "unknown", "core", "core_women", "core_men")


def _counts(r: EventRow) -> list[int]:
    return [r.people, r.women, r.men, r.gender_not_recorded, r.core, r.core_women, r.core_men]


def event_table(y: YearEvents, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows, one per event; words in ``lang`` ("en" or "zh"), titles in both columns."""
    locale = "zh_CN" if lang == "zh" else "en"
    keys = ["kind", "id", "title_en", "title_zh", "start", "end", "status", "where", *COUNT_KEYS]
    rows = [
        [
            _w(r.kind, lang),
            r.id,
            r.title_en,
            r.title_zh,
            r.start_date,
            r.end_date,
            _status(r, locale),
            _where(r, locale),
            *_counts(r),
        ]
        for r in y.rows
    ]
    return [_w(k, lang) for k in keys], rows


def totals_table(y: YearEvents, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Per kind: events, those held (done), the sums of the event table's counts (which add up to
    its rows), then the cancelled events and the people of the others counted once each."""
    rows = []
    for kind in (VISIT, TRAINING):
        mine = y.of_kind(kind)
        sums = [sum(col) for col in zip(*(_counts(r) for r in mine), strict=True)] if mine else [0] * 7
        held, cancelled = (sum(1 for r in mine if r.status == s) for s in ("done", "cancelled"))
        rows.append([_w(kind, lang), len(mine), held, *sums, cancelled, *y.once.get(kind, (0, 0))])
    keys = ["kind", "events", "held", *COUNT_KEYS, "cancelled", "people_once", "core_once"]
    return [_w(k, lang) for k in keys], rows


def country_table(y: YearEvents, lang: str) -> tuple[list[str], list[list[Any]]]:
    """The visits held or planned (not cancelled) by their delegation's country (0070), most first,
    with their people as the event table counts them; the visits without a country last."""
    from petdesk.labels import country_name

    tally: dict[str, tuple[int, int]] = {}
    for r in y.of_kind(VISIT):
        if r.status != "cancelled":
            visits, people = tally.get(r.country, (0, 0))
            tally[r.country] = (visits + 1, people + r.people)
    locale = "zh_CN" if lang == "zh" else "en"
    order = sorted(tally.items(), key=lambda kv: (not kv[0], -kv[1][0], kv[0]))
    rows: list[list[Any]] = [
        [country_name(code, locale) if code else _w("no_country", lang), visits, people]
        for code, (visits, people) in order
    ]
    return [_w(k, lang) for k in ("country", "visits", "people")], rows


def write_xlsx(y: YearEvents, path: Path | str, lang: str = "en") -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    tables = (
        ("events", event_table(y, lang)),
        ("totals", totals_table(y, lang)),
        ("countries", country_table(y, lang)),
    )
    for key, (headers, rows) in tables:
        en, zh = SHEETS[key]
        ws = wb.create_sheet(zh if lang == "zh" else en)
        ws.append([_w("title", lang)])
        ws.append([_w("period", lang), period(y, lang)])
        ws.append(headers)
        for row in rows:
            ws.append(row)
        for n, cell in enumerate(ws[3]):
            ws.column_dimensions[cell.column_letter].width = 44 if n in (2, 3) else 14
    from petdesk.services.table_file import text_workbook

    text_workbook(wb)  # a title or name that starts with "=" is no formula
    with outfile.writing(path) as fh:
        wb.save(fh)


def write_csv(y: YearEvents, path: Path | str, lang: str = "en", *, delimiter: str = ",") -> None:
    """The event table alone (an agency's template takes one table), UTF-8 with a BOM so that Excel
    reads the Chinese titles right, dates as YYYY-MM-DD."""
    import csv

    headers, rows = event_table(y, lang)
    with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])


def _csv_cell(value: Any) -> Any:
    """A date as ISO text, a text guarded against formulas (a title "=1+1"), a number as it is."""
    from petdesk.services.exporting import safe_cell

    if hasattr(value, "isoformat"):
        return value.isoformat()
    return safe_cell(value) if isinstance(value, str) else value


def write_pdf(y: YearEvents, path: Path | str, lang: str = "en") -> None:
    """Both languages, ``lang``'s first, on landscape A4: the totals, the visits by country, then one
    line per event."""
    from reportlab.lib.pagesizes import A4, landscape

    from petdesk.dossier import fonts
    from petdesk.dossier.numbered_canvas import NumberedCanvas
    from petdesk.services.market_report import _wrapped

    fonts.register()
    other = "en" if lang == "zh" else "zh"
    width, height = landscape(A4)
    buffer = io.BytesIO()
    margin = 36.0
    c = NumberedCanvas(
        buffer, pagesize=(width, height), initialFontName=fonts.LATIN, lang=lang, margin=margin
    )
    c.setTitle(_both("title", lang))
    y_pos = height - margin
    #: Draws the events table's headers again at the top of a new page (a continued table said
    #: nothing of what its columns were: print review pdfreview56).
    repeat_heads: list[Callable[[], None]] = []

    def line(cells: list[tuple[float, str]], size: float = 7.5, bold: bool = False) -> None:
        nonlocal y_pos
        if y_pos < margin:
            c.showPage()
            y_pos = height - margin
            for draw in repeat_heads:
                draw()
        for x, value in cells:
            fonts.draw_string(c, x, y_pos, value, size, bold=bold)
        y_pos -= size * 1.9

    def head_lines(cells: list[tuple[float, str, float]], size: float = 6.5) -> None:
        """Headers in bold, each wrapped in its column rather than cut short ("Delegates, at…",
        "of whom wo…" before)."""
        nonlocal y_pos
        # measured a little wide: the wrapping measures the regular face, the headers are bold
        parts = [(x, _wrapped(h, size * 1.08, w) or [""], w) for x, h, w in cells]
        for n in range(max(len(p) for _, p, _ in parts)):
            if n:
                y_pos += size * 0.7  # the lines of one header closer than two rows
            line(
                [(x, fonts.fit(p[n], size, w, bold=True)) for x, p, w in parts if n < len(p)], size, bold=True
            )

    fonts.draw_string(c, margin, y_pos, _both("title", lang), 15, bold=True)
    y_pos -= 20
    fonts.draw_string(c, margin, y_pos, f"{_both('period', lang)}: {period(y, lang)}", 9)
    y_pos -= 22
    count_w = 50.0
    # totals: kind, events, held, counts
    heads, rows = totals_table(y, lang)
    x_cols = [margin, margin + 90] + [margin + 90 + count_w * (n + 1) for n in range(len(heads) - 2)]
    for lg in (lang, other):
        head_lines([(x, h, count_w - 3) for x, h in zip(x_cols, totals_table(y, lg)[0], strict=True)])
    for row in rows:
        line([(x, str(v)) for x, v in zip(x_cols, row, strict=True)])
    y_pos -= 12
    # visits by country: name, visits, people
    heads, rows = country_table(y, lang)
    if rows:
        line([(margin, _both("by_country", lang))], 8, bold=True)
        x_cols = [margin, margin + 150, margin + 150 + count_w]
        for lg in (lang, other):  # the headers in both languages, as the totals'
            line([(x, h) for x, h in zip(x_cols, country_table(y, lg)[0], strict=True)], 6.5, bold=True)
        for row in rows:
            line([(x, fonts.fit(str(v), 7.5, 146)) for x, v in zip(x_cols, row, strict=True)])
        y_pos -= 12
    # events: dates, kind, title (both), status, then counts
    heads, rows = event_table(y, lang)
    other_heads, _ = event_table(y, other)
    counts_x = width - margin - count_w * len(COUNT_KEYS)
    date_w, kind_w, status_w = 62.0, 58.0, 56.0
    title_x = margin + 2 * date_w + kind_w
    status_x = counts_x - status_w
    title_w = status_x - title_x - 6
    columns = [margin, margin + date_w, margin + 2 * date_w, title_x, status_x] + [
        counts_x + count_w * n for n in range(len(COUNT_KEYS))
    ]
    widths = [date_w - 4, date_w - 4, kind_w - 4, title_w, status_w - 4] + [count_w - 3] * len(COUNT_KEYS)

    def event_heads() -> None:
        for lg, h in ((lang, heads), (other, other_heads)):
            titles = f"{h[3]} / {h[2]}" if lg == "zh" else f"{h[2]} / {h[3]}"
            cells = [h[4], h[5], h[0], titles, h[6], *h[8:]]
            head_lines([(x, v, w) for x, v, w in zip(columns, cells, widths, strict=True)], 6)

    event_heads()
    repeat_heads.append(event_heads)
    locale = "zh_CN" if lang == "zh" else "en"
    for r, row in zip(y.rows, rows, strict=True):
        first, second = (r.title_zh, r.title_en) if lang == "zh" else (r.title_en, r.title_zh)
        if y_pos - 7.5 * 1.9 < margin:  # the row's second title line would be cut off onto the next page
            y_pos = margin - 1  # so the row starts there, under the headers
        cells = [
            format_date(r.start_date, locale),
            format_date(r.end_date, locale),
            row[0],
            first or second,
            row[6],
            *[str(v) for v in row[8:]],
        ]
        line([(x, fonts.fit(v, 7.5, w)) for x, v, w in zip(columns, cells, widths, strict=True)])
        if first and second and second != first:  # an empty first line shows the second already
            y_pos += 4
            line([(title_x, fonts.fit(second, 7, title_w))], 7)
    c.save()
    outfile.write_bytes(path, buffer.getvalue())


def write(y: YearEvents, path: Path, locale: str = "en", *, delimiter: str = ",") -> None:
    """The report by ``path``'s suffix, in ``locale``'s language (first, in the PDF)."""
    write_by_suffix(y, path, locale, delimiter=delimiter, pdf=write_pdf, xlsx=write_xlsx, csv=write_csv)
