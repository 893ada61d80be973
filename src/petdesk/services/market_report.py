"""The bilingual market report: a PDF (bar charts drawn with reportlab, English and Chinese labels
side by side) and an XLSX workbook with one sheet per table."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.i18n import format_currency, format_date
from petdesk.services.market import NOT_GIVEN, MarketOverview
from petdesk.vocab import COUNTRIES, SECTORS, label

#: Bilingual headings of the report: (English, Chinese).
H = {
    "title": ("Market overview of environmental technologies", "环境技术市场分析"),
    "sector": ("Technologies, needs and matches per sector", "各领域技术、需求与对接数量"),
    "country": ("Technologies and needs per country", "各国技术与需求数量"),
    "trend": ("Records per year", "年度新增记录"),
    "state": ("Matches per state", "各阶段技术对接"),
    "money": (
        "Project money per currency (never summed across currencies)",
        "各币种项目资金（不跨币种合计）",
    ),
    "technologies": ("Technologies", "技术"),
    "needs": ("City needs", "城市需求"),
    "matches": ("Matches", "对接"),
    "requested": ("Requested", "申请金额"),
    "approved": ("Approved", "批准金额"),
    "period": ("Period", "时间范围"),
    "all": ("all records", "全部记录"),
    # Records without a sector or country (market.py counts them under "?", which showed as "? / ?").
    "no_sector": ("Sector not given", "未注明领域"),
    "no_country": ("Country not given", "未注明国家"),
}


def _both(key: str) -> str:
    en, zh = H[key]
    return f"{en} / {zh}"


def _sector(code: str) -> str:
    if code == NOT_GIVEN:
        return _both("no_sector")
    en, zh = SECTORS.get(code, (code, code))
    return f"{en} / {zh}"


def _country(code: str) -> str:
    if code == NOT_GIVEN:
        return _both("no_country")
    en, zh = COUNTRIES.get(code, (code, code))
    return f"{en} / {zh}"


def _period(o: MarketOverview) -> str:
    if o.date_from is None and o.date_to is None:
        return _both("all")
    start = format_date(o.date_from, "en") if o.date_from else "…"
    end = format_date(o.date_to, "en") if o.date_to else "…"
    return f"{start} – {end}"


def tables(o: MarketOverview) -> list[tuple[str, list[str], list[list[Any]]]]:
    """(title, headers, rows) of every table of the report."""
    from petdesk.models.enums import MatchState

    return [
        (
            _both("sector"),
            ["Sector / 领域", _both("technologies"), _both("needs"), _both("matches")],
            [
                [_sector(s), o.technologies_by_sector[s], o.needs_by_sector[s], o.matches_by_sector[s]]
                for s in o.sectors()
            ],
        ),
        (
            _both("country"),
            ["Country / 国家", _both("technologies"), _both("needs")],
            [[_country(c), o.technologies_by_country[c], o.needs_by_country[c]] for c in o.countries()],
        ),
        (
            _both("trend"),
            ["Year / 年份", _both("technologies"), _both("needs"), _both("matches")],
            [[y, *v] for y, v in o.trend.items()],
        ),
        (
            _both("state"),
            ["State / 阶段", _both("matches")],
            [[f"{label(s, 'en')} / {label(s, 'zh_CN')}", o.matches_by_state[s.value]] for s in MatchState],
        ),
        (
            _both("money"),
            ["Currency / 币种", _both("requested"), _both("approved")],
            [[cur, req, app] for cur, (req, app) in o.money.items()],
        ),
    ]


def write_xlsx(o: MarketOverview, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for i, (title, headers, rows) in enumerate(tables(o)):
        ws = wb.create_sheet(["sectors", "countries", "trend", "matches", "money"][i])
        ws.append([title])
        ws.append([_both("period"), _period(o)])
        ws.append(headers)
        for row in rows:
            ws.append(row)
        ws.column_dimensions["A"].width = 44
    with outfile.writing(path) as fh:
        wb.save(fh)


def write_pdf(o: MarketOverview, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from petdesk.dossier import fonts

    fonts.register()
    width, height = A4
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, initialFontName=fonts.LATIN)  # not reportlab's Helvetica (not embedded)
    c.setTitle(_both("title"))
    margin = 50.0
    y = height - margin

    def need(space: float) -> None:
        nonlocal y
        if y - space < margin:
            c.showPage()
            y = height - margin

    fonts.draw_string(c, margin, y, H["title"][0], 16, bold=True)
    y -= 20
    fonts.draw_string(c, margin, y, H["title"][1], 16, bold=True)
    y -= 18
    fonts.draw_string(c, margin, y, f"{_both('period')}: {_period(o)}", 9)
    y -= 24
    for title, headers, rows in tables(o):
        need(40 + 16 * max(len(rows), 1))
        fonts.draw_string(c, margin, y, title, 11, bold=True)
        y -= 16
        numeric = [r for r in rows if all(isinstance(v, (int, float)) for v in r[1:])]
        top = max((float(v) for r in numeric for v in r[1:]), default=0.0) or 1.0
        is_money = headers[0].startswith("Currency")
        label_w = 200.0
        bar_w = (width - 2 * margin - label_w - 10) / max(len(headers) - 1, 1)
        for col, head in enumerate(headers[1:]):
            fonts.draw_string(c, margin + label_w + col * bar_w, y, fonts.fit(head, 7, bar_w - 4), 7)
        y -= 12
        for r in rows:
            need(16)
            fonts.draw_string(c, margin, y, fonts.fit(str(r[0]), 8, label_w - 6), 8)
            for col, value in enumerate(r[1:]):
                x = margin + label_w + col * bar_w
                if value is None:  # nothing approved yet: not "€0.00"
                    fonts.draw_string(c, x + 3, y, "—", 7)
                    continue
                frac = float(value) / top if not is_money else 0.0
                c.setFillColorRGB(0.2, 0.5, 0.35)
                c.rect(x, y - 2, max(frac * (bar_w - 50), 0.5), 9, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                text = format_currency(float(value), str(r[0]), "en") if is_money else str(value)
                fonts.draw_string(c, x + max(frac * (bar_w - 50), 0.5) + 3, y, text, 7)
            y -= 14
        y -= 12
    c.save()
    outfile.write_bytes(path, buffer.getvalue())


def write(o: MarketOverview, path: Path) -> None:
    if path.suffix.lower() == ".pdf":
        write_pdf(o, path)
    elif path.suffix.lower() == ".xlsx":
        write_xlsx(o, path)
    else:
        raise ValueError(f"{path.name}: choose a .pdf or .xlsx file name")


def series(o: MarketOverview, by: str) -> Sequence[tuple[str, Sequence[int]]]:
    """(category code, counts) for the window's charts: ``by`` is sector or country."""
    if by == "sector":
        return [
            (s, (o.technologies_by_sector[s], o.needs_by_sector[s], o.matches_by_sector[s]))
            for s in o.sectors()
        ]
    return [(c, (o.technologies_by_country[c], o.needs_by_country[c])) for c in o.countries()]
