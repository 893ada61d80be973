"""The year's summary on paper or for a Word table: an XLSX workbook (one sheet per table), one CSV
file of the tables one under another (UTF-8 with BOM, for Excel), or a bilingual PDF on A4."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.enums import MatchState, OrgKind, ProjectStatus, VisitDirection
from petdesk.i18n import format_money
from petdesk.services.market import NOT_GIVEN
from petdesk.services.report_file import SUFFIXES as SUFFIXES  # what the command line checks
from petdesk.services.report_file import write_by_suffix
from petdesk.services.year_events import TRAINING, VISIT
from petdesk.services.year_summary import YearSummary
from petdesk.vocab import NAMED_COUNTRIES, stored_label

#: Words of the report: (English, Chinese).
H = {
    "title": ("Annual summary {year}", "{year}年度工作总结"),
    "rule": (
        "Visits and trainings count in the year they start in, cancelled ones apart, people as the lists "
        "count them; projects under way in the year (those the Projects page lists for the year), amounts "
        "never summed across currencies; matches and new partners recorded in the year.",
        "代表团访问与培训计入其开始日期所在年份，已取消的另计，人数与列表一致；项目为当年在推进的项目"
        "（即“项目”页面按年份列出的项目），金额不跨币种合计；技术对接与新合作伙伴按录入日期计入。",
    ),
    "visits": ("Delegation visits by partner country and type", "代表团访问（按合作方国家与类型）"),
    "attendees": ("Training attendees by country and gender", "培训学员（按国家与性别）"),
    "funding": ("Projects under way by funder and currency", "在推进项目（按资助方与币种）"),
    "stages": ("Projects under way by stage", "在推进项目（按阶段）"),
    "matches": ("Technology matches with city needs by state", "技术与城市需求对接（按状态）"),
    "partners": ("New partners by type and country", "新合作伙伴（按类型与国家）"),
    "direction": ("Direction", "来访/出访"),
    "country": ("Country", "国家"),
    "type": ("Partner type", "合作方类型"),
    "visit_count": ("Visits", "访问次数"),
    "delegates": ("Delegates", "团员人数"),
    "women": ("of whom women", "其中女性"),
    "men": ("of whom men", "其中男性"),
    "attendee_count": ("Attendees", "学员人数"),
    "funder": ("Funder", "资助方"),
    "currency": ("Currency", "币种"),
    "projects": ("Projects", "项目数"),
    "requested": ("Requested", "申请金额"),
    "approved": ("Approved", "批准金额"),
    "stage": ("Stage", "阶段"),
    "state": ("State", "状态"),
    "match_count": ("Matches", "对接数"),
    "organisations": ("Organisations", "机构数"),
    "total": ("Total", "合计"),
    "cancelled": ("Cancelled (not counted above)", "已取消（上表未计入）"),
    "trainings_held": ("Trainings (not cancelled)", "培训场次（不含已取消）"),
    "not_given": ("Not given", "未注明"),
}
#: The workbook's sheets, in the tables' order: (English, Chinese); a title cut at Excel's 31
#: characters read "1 Delegation visits by partner c".
SHEETS = (
    ("visits", "代表团访问"),
    ("attendees", "培训学员"),
    ("funding", "项目资金"),
    ("stages", "项目阶段"),
    ("matches", "技术对接"),
    ("partners", "新合作伙伴"),
)


def _w(key: str, lang: str) -> str:
    en, zh = H[key]
    return zh if lang == "zh" else en


def _both(key: str, lang: str, **values: Any) -> str:
    en, zh = (t.format(**values) for t in H[key])
    return f"{zh} / {en}" if lang == "zh" else f"{en} / {zh}"


def _locale(lang: str) -> str:
    return "zh_CN" if lang == "zh" else "en"


def _country(code: str, lang: str) -> str:
    if code == NOT_GIVEN:
        return _w("not_given", lang)
    en, zh = NAMED_COUNTRIES.get(code, (code, code))
    return zh if lang == "zh" else en


def _currency(code: str, lang: str) -> str:
    return _w("not_given", lang) if code == NOT_GIVEN else code


def _enum(kind: type, value: str, lang: str) -> str:
    return _w("not_given", lang) if value == NOT_GIVEN else stored_label(kind, value, _locale(lang))


Table = tuple[str, list[str], list[list[Any]]]


def tables(y: YearSummary, lang: str, *, money_text: bool = False) -> list[Table]:
    """(title, headers, rows) of each table in ``lang`` ("en" or "zh"); amounts as numbers, or as
    text in the reader's form with ``money_text`` (the PDF)."""
    locale = _locale(lang)

    def money(value: float | None, currency: str) -> Any:
        if value is None:  # no approved amount yet: an empty cell, as "approved —" in the lists
            return "—" if money_text else None
        if not money_text or currency == NOT_GIVEN:
            return int(value) if value == int(value) else value
        return format_money(value, currency, locale, exact=True)

    visits = [
        [_enum(VisitDirection, d, lang), _country(c, lang), _enum(OrgKind, k, lang), *n]
        for (d, c, k), n in y.visits.items()
    ]
    sums = [sum(col) for col in zip(*y.visits.values(), strict=True)] if y.visits else [0] * 4
    visits.append([_w("total", lang), "", "", *sums])
    visits.append([_w("cancelled", lang), "", "", y.cancelled[VISIT], "", "", ""])
    attendees = [[_country(c, lang), *n] for c, n in y.attendees.items()]
    sums = [sum(col) for col in zip(*y.attendees.values(), strict=True)] if y.attendees else [0] * 3
    attendees.append([_w("total", lang), *sums])
    attendees.append([_w("trainings_held", lang), y.trainings_held, "", ""])
    attendees.append([_w("cancelled", lang), y.cancelled[TRAINING], "", ""])
    funding = [
        [
            (zh if lang == "zh" else en) or _w("not_given", lang),
            _currency(cur, lang),
            n,
            money(req, cur),
            money(appr, cur),
        ]
        for (en, zh, cur), (n, req, appr) in y.funding.items()
    ]
    stages = [
        [_enum(ProjectStatus, s, lang), y.stages[s]] for s in (p.value for p in ProjectStatus) if y.stages[s]
    ]
    stages.append([_w("total", lang), sum(y.stages.values())])
    matches = [
        [_enum(MatchState, s, lang), y.matches[s]] for s in (x.value for x in MatchState) if y.matches[s]
    ]
    matches.append([_w("total", lang), sum(y.matches.values())])
    partners = [
        [_enum(OrgKind, k, lang), _country(c, lang), n]
        for (k, c), n in sorted(y.new_partners.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    partners.append([_w("total", lang), "", sum(y.new_partners.values())])
    heads = {
        "visits": ("direction", "country", "type", "visit_count", "delegates", "women", "men"),
        "attendees": ("country", "attendee_count", "women", "men"),
        "funding": ("funder", "currency", "projects", "requested", "approved"),
        "stages": ("stage", "projects"),
        "matches": ("state", "match_count"),
        "partners": ("type", "country", "organisations"),
    }
    rows = {
        "visits": visits,
        "attendees": attendees,
        "funding": funding,
        "stages": stages,
        "matches": matches,
        "partners": partners,
    }
    return [(_w(key, lang), [_w(h, lang) for h in heads[key]], rows[key]) for key in heads]


def write_xlsx(y: YearSummary, path: Path | str, lang: str = "en") -> None:
    from openpyxl import Workbook

    from petdesk.services.table_file import text_workbook

    wb = Workbook()
    wb.remove(wb.active)
    for (en, zh), (title, headers, rows) in zip(SHEETS, tables(y, lang), strict=True):
        ws = wb.create_sheet(zh if lang == "zh" else en)
        ws.append([_w("title", lang).format(year=y.year)])
        ws.append([title])
        ws.append(headers)
        for row in rows:
            ws.append(row)
        for col, cell in enumerate(ws[3]):
            ws.column_dimensions[cell.column_letter].width = 36 if col == 0 else 16
    text_workbook(wb)  # an organisation named "=…" is no formula
    with outfile.writing(path) as fh:
        wb.save(fh)


def write_csv(y: YearSummary, path: Path | str, lang: str = "en", *, delimiter: str = ",") -> None:
    """The tables one under another, each with its title and header, an empty line between."""
    import csv

    from petdesk.services.exporting import safe_cell

    with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow([_w("title", lang).format(year=y.year)])
        for title, headers, rows in tables(y, lang):
            writer.writerow([])
            writer.writerow([title])
            writer.writerow(headers)
            for row in rows:
                writer.writerow([safe_cell(v) if isinstance(v, str) else v for v in row])


def write_pdf(y: YearSummary, path: Path | str, lang: str = "en") -> None:
    """Both languages on portrait A4, ``lang``'s first: each table's title and headers in both, its
    rows in ``lang`` (the figures are the same in either)."""
    from reportlab.lib.pagesizes import A4

    from petdesk.dossier import fonts
    from petdesk.dossier.numbered_canvas import NumberedCanvas

    fonts.register()
    other = "en" if lang == "zh" else "zh"
    width, height = A4
    margin = 42.0
    buffer = io.BytesIO()
    c = NumberedCanvas(buffer, pagesize=A4, initialFontName=fonts.LATIN, lang=lang, margin=margin)
    c.setTitle(_both("title", lang, year=y.year))
    y_pos = height - margin

    def room(needed: float) -> None:
        nonlocal y_pos
        if y_pos - needed < margin:
            c.showPage()
            y_pos = height - margin

    fonts.draw_string(c, margin, y_pos, _both("title", lang, year=y.year), 15, bold=True)
    y_pos -= 16
    for lg in (lang, other):
        for part in _wrapped(_w("rule", lg), 7, width - 2 * margin):
            fonts.draw_string(c, margin, y_pos, part, 7)
            y_pos -= 9
    y_pos -= 8
    mine, theirs = tables(y, lang, money_text=True), tables(y, other)
    for (title, heads, rows), (other_title, other_heads, _) in zip(mine, theirs, strict=True):
        room(40 + 11 * len(rows))
        fonts.draw_string(c, margin, y_pos, f"{title} / {other_title}", 9.5, bold=True)
        y_pos -= 13
        # each column as wide as its longest text, the page's width shared out by that measure
        cells = [heads, other_heads, *([str(v) for v in row] for row in rows)]
        need = [max(fonts.string_width(str(r[n]), 7.5) for r in cells) + 10 for n in range(len(heads))]
        scale = min(1.0, (width - 2 * margin) / sum(need))
        xs = [margin + sum(need[:n]) * scale for n in range(len(heads))]
        widths = [w * scale - 4 for w in need]
        for hs in (heads, other_heads):
            for x, h, w in zip(xs, hs, widths, strict=True):
                fonts.draw_string(c, x, y_pos, fonts.fit(h, 6.5, w, bold=True), 6.5, bold=True)
            y_pos -= 9
        for row in rows:
            room(11)
            for x, v, w in zip(xs, row, widths, strict=True):
                fonts.draw_string(c, x, y_pos, fonts.fit(str(v), 7.5, w), 7.5)
            y_pos -= 10.5
        y_pos -= 10
    c.save()
    outfile.write_bytes(path, buffer.getvalue())


def _wrapped(text: str, size: float, room: float) -> list[str]:
    from petdesk.services.market_report import _wrapped as wrapped

    return wrapped(text, size, room)


def write(y: YearSummary, path: Path, locale: str = "en", *, delimiter: str = ",") -> None:
    """The summary by ``path``'s suffix, in ``locale``'s language (first, in the PDF)."""
    write_by_suffix(y, path, locale, delimiter=delimiter, pdf=write_pdf, xlsx=write_xlsx, csv=write_csv)
