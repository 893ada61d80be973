"""The bilingual market report: a PDF (bar charts drawn with reportlab, English and Chinese labels
side by side) and an XLSX workbook with one sheet per table."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.i18n import format_date, format_money
from petdesk.language import reader_first
from petdesk.services.market import NOT_GIVEN, MarketOverview
from petdesk.vocab import NAMED_COUNTRIES, SECTORS, label

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
    "money_sector": (
        "Project money per sector, in each currency (a project in two sectors counts in both)",
        "各领域项目资金，按币种分列（跨两个领域的项目在两个领域均计入）",
    ),
    "money_country": (
        "Project money per country of the lead organisation, in each currency",
        "各国项目资金（按牵头单位所在国家），按币种分列",
    ),
    "technologies": ("Technologies", "技术"),
    "needs": ("City needs", "城市需求"),
    "matches": ("Matches", "对接"),
    "requested": ("Requested", "申请金额"),
    "approved": ("Approved", "批准金额"),
    "period": ("Period", "时间范围"),
    "all": ("all records", "全部记录"),
    # Which records a period takes (field test 65: the money disagreed with ``projects --year``);
    # said in the window's words, not as a command-line option (review of round 56).
    "period_rule": (
        "Technologies, needs and matches: recorded in the period. Project money: projects under way in it, "
        "on the board by its last day and not rejected or closed before its first (the projects the "
        "Projects page lists for a year).",
        "技术、需求与对接：按录入日期计入。项目资金：计入该时段内在推进的项目，即末日前已上看板，"
        "且未在首日前被拒或结项（与“项目”页面按年份列出的项目相同）。",
    ),
    # Records without a sector or country (market.py counts them under "?", which showed as "? / ?").
    "no_sector": ("Sector not given", "未注明领域"),
    "no_country": ("Country not given", "未注明国家"),
    # column heads
    "sector_column": ("Sector", "领域"),
    "country_column": ("Country", "国家"),
    "year_column": ("Year", "年份"),
    "state_column": ("State", "阶段"),
    "currency_column": ("Currency", "币种"),
}
#: The workbook's sheets, one per table: (English, Chinese) names.
SHEETS = {
    "sectors": ("sectors", "领域"),
    "countries": ("countries", "国家"),
    "trend": ("trend", "年度趋势"),
    "matches": ("matches", "对接阶段"),
    "money": ("money", "项目资金"),
    "money_sector": ("money per sector", "各领域项目资金"),
    "money_country": ("money per country", "各国项目资金"),
}
#: The money tables and the column that names each row's currency.
_CURRENCY_AT = {"money": 0, "money_sector": 1, "money_country": 1}


def _pair(en: str, zh: str, lang: str, *, both: bool = True) -> str:
    """ "Water / 水处理" with ``lang`` ("en" or "zh") first, or only ``lang``'s name when not ``both``."""
    first, second = (zh, en) if lang == "zh" else (en, zh)
    return f"{first} / {second}" if both and second and second != first else first or second


def _words(key: str, lang: str, both: bool = True) -> str:
    return _pair(*H[key], lang, both=both)


def _sector(code: str, lang: str, both: bool) -> str:
    if code == NOT_GIVEN:
        return _words("no_sector", lang, both)
    return _pair(*SECTORS.get(code, (code, code)), lang, both=both)


def _country(code: str, lang: str, both: bool) -> str:
    if code == NOT_GIVEN:
        return _words("no_country", lang, both)
    if code in NAMED_COUNTRIES:
        return _pair(*NAMED_COUNTRIES[code], lang, both=both)
    # any other country by CLDR's names (a Vietnamese lead organisation's money showed "VN / VN")
    from petdesk.labels import country_name

    return _pair(country_name(code, "en"), country_name(code, "zh_CN"), lang, both=both)


def _period(o: MarketOverview, lang: str, both: bool = True) -> str:
    if o.date_from is None and o.date_to is None:
        return _words("all", lang, both)
    locale = "zh_CN" if lang == "zh" else "en"
    start = format_date(o.date_from, locale) if o.date_from else "…"
    end = format_date(o.date_to, locale) if o.date_to else "…"
    return f"{start} – {end}"


def _wrapped(text: str, size: float, room: float) -> list[str]:
    """``text`` in lines no wider than ``room``: at spaces, or anywhere in Chinese (no spaces)."""
    from petdesk.dossier import fonts

    lines: list[str] = []
    line = ""
    for ch in text:
        if fonts.string_width(line + ch, size) > room:
            cut = line.rfind(" ") if " " in line else len(line)
            lines.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        line += ch
    return [*lines, line] if line else lines


def tables(
    o: MarketOverview, lang: str = "en", *, both: bool = True
) -> list[tuple[str, str, list[str], list[list[Any]]]]:
    """(sheet key, title, headers, rows) of every table of the report, words in both languages with
    ``lang`` ("en" or "zh") first, or in ``lang`` only when not ``both`` (a spreadsheet's columns)."""
    from petdesk.models.enums import MatchState

    def w(key: str) -> str:
        return _words(key, lang, both)

    return [
        (
            "sectors",
            w("sector"),
            [w("sector_column"), w("technologies"), w("needs"), w("matches")],
            [
                [
                    _sector(s, lang, both),
                    o.technologies_by_sector[s],
                    o.needs_by_sector[s],
                    o.matches_by_sector[s],
                ]
                for s in o.sectors()
            ],
        ),
        (
            "countries",
            w("country"),
            [w("country_column"), w("technologies"), w("needs")],
            [
                [_country(c, lang, both), o.technologies_by_country[c], o.needs_by_country[c]]
                for c in o.countries()
            ],
        ),
        (
            "trend",
            w("trend"),
            [w("year_column"), w("technologies"), w("needs"), w("matches")],
            [[y, *v] for y, v in o.trend.items()],
        ),
        (
            "matches",
            w("state"),
            [w("state_column"), w("matches")],
            [
                [_pair(label(s, "en"), label(s, "zh_CN"), lang, both=both), o.matches_by_state[s.value]]
                for s in MatchState
            ],
        ),
        (
            "money",
            w("money"),
            [w("currency_column"), w("requested"), w("approved")],
            [[cur, req, app] for cur, (req, app) in o.money.items()],
        ),
        (
            "money_sector",
            w("money_sector"),
            [w("sector_column"), w("currency_column"), w("requested"), w("approved")],
            [
                [_sector(s, lang, both), cur, req, app]
                for s, money in o.money_by_sector.items()
                for cur, (req, app) in money.items()
            ],
        ),
        (
            "money_country",
            w("money_country"),
            [w("country_column"), w("currency_column"), w("requested"), w("approved")],
            [
                [_country(c, lang, both), cur, req, app]
                for c, money in o.money_by_country.items()
                for cur, (req, app) in money.items()
            ],
        ),
    ]


def write_xlsx(o: MarketOverview, path: Path, lang: str = "en") -> None:
    """One sheet per table, its name, headers and labels in ``lang`` only (field test 26, §11: a
    Chinese user's workbook had English sheets)."""
    from openpyxl import Workbook

    lang = reader_first(lang)
    wb = Workbook()
    wb.remove(wb.active)
    for key, title, headers, rows in tables(o, lang, both=False):
        en, zh = SHEETS[key]
        ws = wb.create_sheet(zh if lang == "zh" else en)
        ws.append([title])
        ws.append([_words("period", lang, False), _period(o, lang, False)])
        ws.append(headers)
        for row in rows:
            ws.append(row)
        ws.column_dimensions["A"].width = 44
    from petdesk.services.table_file import text_workbook

    text_workbook(wb)  # a title or name that starts with "=" is no formula
    with outfile.writing(path) as fh:
        wb.save(fh)


def write_pdf(o: MarketOverview, path: Path, lang: str = "en") -> None:
    """Both languages, ``lang``'s first (as the match result and the dossiers print them)."""
    from reportlab.lib.pagesizes import A4

    from petdesk.dossier import fonts
    from petdesk.dossier.numbered_canvas import NumberedCanvas

    fonts.register()
    lang = reader_first(lang)
    money_locale = "zh_CN" if lang == "zh" else "en"
    width, height = A4
    buffer = io.BytesIO()
    # not reportlab's Helvetica (not embedded)
    c = NumberedCanvas(buffer, pagesize=A4, initialFontName=fonts.LATIN, lang=lang, margin=50.0)
    c.setTitle(_words("title", lang))
    margin = 50.0
    y = height - margin

    def need(space: float) -> None:
        nonlocal y
        if y - space < margin:
            c.showPage()
            y = height - margin

    title_en, title_zh = H["title"]
    for line in (title_zh, title_en) if lang == "zh" else (title_en, title_zh):
        fonts.draw_string(c, margin, y, line, 16, bold=True)
        y -= 20
    y += 2
    fonts.draw_string(c, margin, y, f"{_words('period', lang)}: {_period(o, lang)}", 9)
    y -= 12
    rule_en, rule_zh = H["period_rule"]
    for line in (rule_zh, rule_en) if lang == "zh" else (rule_en, rule_zh):
        for part in _wrapped(line, 7.5, width - 2 * margin):
            fonts.draw_string(c, margin, y, part, 7.5)
            y -= 10
    y -= 12
    for key, title, headers, rows in tables(o, lang):
        need(40 + 16 * max(len(rows), 1))
        # a title too wide for the page (the money table's, Chinese first) goes on two lines
        lines = [title]
        if fonts.string_width(title, 11, bold=True) > width - 2 * margin and " / " in title:
            lines = title.split(" / ", 1)
        for line in lines:
            fonts.draw_string(c, margin, y, line, 11, bold=True)
            y -= 16
        numeric = [r for r in rows if all(isinstance(v, (int, float)) for v in r[1:])]
        top = max((float(v) for r in numeric for v in r[1:]), default=0.0) or 1.0
        is_money = key in _CURRENCY_AT
        label_w = 200.0
        bar_w = (width - 2 * margin - label_w - 10) / max(len(headers) - 1, 1)
        for col, head in enumerate(headers[1:]):
            fonts.draw_string(c, margin + label_w + col * bar_w, y, fonts.fit(head, 7, bar_w - 4), 7)
        y -= 12
        for r in rows:
            need(16)
            fonts.draw_string(c, margin, y, fonts.fit(str(r[0]), 8, label_w - 6), 8)
            currency = str(r[_CURRENCY_AT[key]]) if is_money else ""
            for col, value in enumerate(r[1:]):
                x = margin + label_w + col * bar_w
                if value is None:  # nothing approved yet: not "€0.00"
                    fonts.draw_string(c, x + 3, y, "—", 7)
                    continue
                if isinstance(value, str):  # the currency of a sector's or a country's money
                    fonts.draw_string(c, x + 3, y, value, 7)
                    continue
                frac = float(value) / top if not is_money else 0.0
                c.setFillColorRGB(0.2, 0.5, 0.35)
                c.rect(x, y - 2, max(frac * (bar_w - 50), 0.5), 9, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                text = format_money(float(value), currency, money_locale) if is_money else str(value)
                fonts.draw_string(c, x + max(frac * (bar_w - 50), 0.5) + 3, y, text, 7)
            y -= 14
        y -= 12
    c.save()
    outfile.write_bytes(path, buffer.getvalue())


def write(o: MarketOverview, path: Path, lang: str = "en") -> None:
    """The report as a PDF or an XLSX workbook, by ``path``'s suffix; ``lang`` first (or alone)."""
    if path.suffix.lower() == ".pdf":
        write_pdf(o, path, lang)
    elif path.suffix.lower() == ".xlsx":
        write_xlsx(o, path, lang)
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
