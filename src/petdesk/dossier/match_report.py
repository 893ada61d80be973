"""A match result as a bilingual PDF: a city need, the technologies that fit it best with their
scores and the reasons, and the need's shortlist with the state of each match.

Laid out with the dossiers' blocks and page chrome (:mod:`petdesk.dossier.layout`): English and
Chinese side by side (or one after the other), the office and the date in the header and footer,
every font embedded. Core code (no Qt): ``petdesk report match`` writes it, and the window's
File › Print Preview on the City needs page previews it (field test 9: that printed a screenshot
of the window).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from petdesk import city_names
from petdesk.db import Database
from petdesk.dossier.data import office_name
from petdesk.dossier.labels import Bi, enum_label, label
from petdesk.dossier.layout import (
    BiTable,
    Chrome,
    Col,
    DossierOptions,
    Heading,
    Parts,
    Row,
    Section,
    Text,
    bi_date,
    now_local,
    render,
)
from petdesk.language import interface_language
from petdesk.vocab import scale_label, technology_area_label

#: How many ranked technologies the document lists (as many as the window shows).
TOP = 10


@dataclass(frozen=True)
class RankedLine:
    score: float
    technology: Bi
    #: Provider, sector and readiness in one muted line.
    details: Bi
    reasons: Bi
    #: The match's state when the technology is on the shortlist, else empty.
    shortlisted: Bi
    #: The sector tier ("Same sector" / 同一领域), which orders the list before the score does.
    fit: Bi


@dataclass(frozen=True)
class ShortlistLine:
    technology: Bi
    state: Bi
    since: dt.date | None
    score: float
    #: The coordinator's note, one language as typed: printed as it is in both halves.
    notes: str = ""


@dataclass(frozen=True)
class MatchReportData:
    """What the document prints, read in one short session (plain values, no ORM objects)."""

    office: Bi
    title: Bi
    city: Bi
    sector: Bi
    status: Bi
    problem: Bi
    deadline: dt.date | None
    budget: Bi
    scale: Bi
    ranked: tuple[RankedLine, ...]
    shortlist: tuple[ShortlistLine, ...]


def _sector(code: str) -> Bi:
    return Bi(technology_area_label(code, "en"), technology_area_label(code, "zh_CN")) if code else Bi()


def _budget(low: float | None, high: float | None, currency: str) -> Bi:
    """ "CN¥1,000,000 – CN¥3,000,000", "up to CN¥3,000,000" / "至多300万元" (a lone amount
    did not say whether it was the lower or the upper end)."""
    from petdesk.services.needs import budget_words

    return Bi(*(budget_words(low, high, currency, lang, whole=True) for lang in ("en", "zh_CN")))


def gather_match(session: Session, need_id: str, top: int = TOP) -> MatchReportData:
    """The need ``need_id`` (a full id), its ranked technologies and its shortlist."""
    from petdesk.services import tech_matching

    need, ranked = tech_matching.rank_for_need(session, need_id, top)
    matches = tech_matching.list_matches(session, need_id=need_id)
    states = {x.technology_id: enum_label(x.state) for x in matches}
    lines = []
    for r in ranked:
        t = r.technology
        trl = f"TRL {t.trl}" if t.trl else ""
        details = Bi(
            " · ".join(p for p in (t.provider("en"), technology_area_label(t.sector, "en"), trl) if p),
            " · ".join(p for p in (t.provider("zh"), technology_area_label(t.sector, "zh_CN"), trl) if p),
        )
        reasons = Bi(r.explain("en"), r.explain("zh"))
        fit = Bi(r.fit("en"), r.fit("zh"))
        shortlisted = states.get(t.id, Bi())
        lines.append(RankedLine(r.score, Bi(t.name_en, t.name_zh), details, reasons, shortlisted, fit))
    return MatchReportData(
        office=office_name(session),
        title=Bi(need.title_en, need.title_zh),
        city=Bi(*city_names.on_both_sides(need.city_en, need.city_zh)),
        sector=_sector(need.sector),
        status=enum_label(need.status),
        problem=Bi(need.problem_en, need.problem_zh),
        deadline=need.deadline,
        budget=_budget(need.budget_min, need.budget_max, need.currency),
        scale=Bi(scale_label(need.scale, "en"), scale_label(need.scale, "zh_CN")),
        ranked=tuple(lines),
        shortlist=tuple(
            ShortlistLine(
                Bi(x.technology_en, x.technology_zh),
                enum_label(x.state),
                x.state_changed_on,
                x.score,
                x.notes,
            )
            for x in matches
        ),
    )


def _two_lines(first: Bi, second: Bi, note: Bi) -> Callable[[str], Parts]:
    """A cell of a bold name, a muted line under it and, when given, a note (the shortlist state)."""

    def cell(lang: str) -> Parts:
        shown = "en" if lang == "both" else lang
        parts: Parts = [(first.get(shown), {"bold": True})]
        if second:
            parts += [("\n", {}), (second.get(shown), {"muted": True})]
        if note:
            on_list = label("On the shortlist").get(shown)
            parts += [("\n", {}), (f"{on_list}{'：' if shown == 'zh' else ': '}{note.get(shown)}", {})]
        return parts

    return cell


def _score_and_fit(score: float, fit: Bi) -> Callable[[str], Parts]:
    """The score with the sector tier under it, as the window shows them: a lower score listed
    above a higher one needs its reason (polish 49: the printed list did not say it)."""

    def cell(lang: str) -> Parts:
        parts: Parts = [(f"{score:.1f}", {"bold": True})]
        for shown in ("en", "zh") if lang == "both" else (lang,):
            if fit.get(shown):
                # kept on one line ("Related / sector" wrapped in the narrow column)
                parts += [("\n", {}), (fit.get(shown).replace(" ", "\u00a0"), {"muted": True})]
        return parts

    return cell


def _with_note(technology: Bi, notes: str) -> Callable[[str], Parts]:
    """A shortlisted technology's name and, under it, the note written on the match."""

    def cell(lang: str) -> Parts:
        shown = "en" if lang == "both" else lang
        parts: Parts = [(technology.get(shown), {})]
        if notes:
            said = label("Note").get(shown)
            parts += [("\n", {}), (f"{said}{'：' if shown == 'zh' else ': '}{notes}", {"muted": True})]
        return parts

    return cell


def _facts(data: MatchReportData, printed: dt.datetime) -> list[Row]:
    """The need's facts as (what, value) rows; empty ones are left out."""
    day = printed.date()
    facts: list[tuple[str, Bi | str]] = [
        ("City", data.city),
        ("Sector", data.sector),
        ("Status", data.status),
        ("Deadline", bi_date(data.deadline) if data.deadline else ""),
        ("Budget", data.budget),
        ("Scale", data.scale),
        ("Office", data.office),
        ("Date", bi_date(day)),
    ]
    return [Row([label(what), value]) for what, value in facts if value]


def match_sections(data: MatchReportData, printed: dt.datetime) -> list[Section]:
    """The need, the technologies that fit it, and its shortlist."""
    need = [
        Heading(data.title),
        BiTable([Col(label("Item"), 1), Col(label("Details"), 2.6)], _facts(data, printed)),
    ]
    if data.problem:
        need += [Heading(label("Problem"), "cellb"), Text(data.problem)]
    ranked = BiTable(
        [
            Col(Bi("#", "#"), 0.35, shared=True, align="RIGHT"),
            Col(label("Score"), 1.4, shared=True, align="RIGHT"),
            Col(label("Technology"), 2.2),
            Col(label("Why it fits"), 2.6),
        ],
        [
            Row(
                [
                    str(n),
                    _score_and_fit(r.score, r.fit),
                    _two_lines(r.technology, r.details, r.shortlisted),
                    r.reasons,
                ]
            )
            for n, r in enumerate(data.ranked, start=1)
        ],
        empty=label("No technology in the catalogue fits this need."),
    )
    shortlist = BiTable(
        [
            Col(label("Technology"), 2.4),
            Col(label("State"), 1.2),
            Col(label("Since"), 1.0, shared=True),
            Col(label("Score"), 0.6, shared=True, align="RIGHT"),
        ],
        [
            Row([_with_note(x.technology, x.notes), x.state, bi_date(x.since), f"{x.score:.1f}"])
            for x in data.shortlist
        ],
        empty=label("Nothing is on the shortlist of this need yet."),
    )
    return [
        Section("need", label("City need"), need),
        Section("ranked", label("Technologies that fit, best first"), [ranked], new_page=False),
        Section("shortlist", label("Shortlist"), [shortlist], new_page=False),
    ]


def render_match(data: MatchReportData, out: Path | str, options: DossierOptions | None = None) -> Path:
    """Write the match result of already gathered ``data`` to ``out``."""
    options = options or DossierOptions(restricted=False, contents=False)
    printed = options.generated_at or now_local()
    chrome = Chrome(
        office=data.office,
        title=data.title,
        generated=printed,
        kind=label("Match result"),
        restricted=options.restricted,  # a need and a catalogue: no personal data by default
        version=options.version,
        keywords=("match", "对接", data.city.en, data.city.zh),
    )
    return render(match_sections(data, printed), out, options, chrome)


def build_match_report(
    db: Database, need_id: str, out: Path | str, options: DossierOptions | None = None, top: int = TOP
) -> Path:
    """Read the need ``need_id`` (a full id) from ``db`` and write its match result to ``out``."""
    with db.reading() as session:
        data = gather_match(session, need_id, top)
    return render_match(data, out, options)


def write_match_xlsx(data: MatchReportData, out: Path, lang: str = "en") -> Path:
    """The match result as a workbook in ``lang`` ("en" or "zh_CN"): the technologies that fit with
    their scores and reasons, and the shortlist with each match's state and note (field test 26,
    §11: ``--out match.xlsx`` was refused)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from petdesk import outfile

    shown = interface_language(lang)

    def say(en: str) -> str:
        return label(en).get(shown)

    wb = Workbook()
    ranked = wb.active
    ranked.title = say("Technologies that fit")
    ranked.append([data.title.get(shown)])
    ranked.append([say("City"), data.city.get(shown), say("Budget"), data.budget.get(shown)])
    ranked.append(
        [
            "#",
            say("Score"),
            say("Sector fit"),
            say("Technology"),
            say("Details"),
            say("Why it fits"),
            say("On the shortlist"),
        ]
    )
    for n, r in enumerate(data.ranked, start=1):
        ranked.append(
            [
                n,
                r.score,
                r.fit.get(shown),
                r.technology.get(shown),
                r.details.get(shown),
                r.reasons.get(shown),
                r.shortlisted.get(shown),
            ]
        )
    shortlist = wb.create_sheet(say("Shortlist"))
    shortlist.append([say("Technology"), say("State"), say("Since"), say("Score"), say("Note")])
    for x in data.shortlist:
        shortlist.append([x.technology.get(shown), x.state.get(shown), x.since, x.score, x.notes])
        shortlist.cell(shortlist.max_row, 3).number_format = "yyyy-mm-dd"  # a day, not midnight
        shortlist.cell(shortlist.max_row, 4).number_format = "0.0"
    for row in ranked.iter_rows(min_row=4, min_col=2, max_col=2):
        row[0].number_format = "0.0"
    for ws, widths in ((ranked, (5, 8, 14, 36, 36, 70, 14)), (shortlist, (36, 14, 12, 8, 70))):
        for column, width in zip("ABCDEFG", widths, strict=False):
            ws.column_dimensions[column].width = width
        header_row = 3 if ws is ranked else 1
        for cell in ws[header_row]:
            cell.font = Font(bold=True)
        for row in ws.iter_rows(min_row=header_row + 1):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ranked["A1"].font = Font(bold=True, size=13)
    from petdesk.services.table_file import text_workbook

    text_workbook(wb)  # a title or name that starts with "=" is no formula
    with outfile.writing(out) as fh:
        wb.save(fh)
    return out


def build_match_xlsx(db: Database, need_id: str, out: Path, lang: str = "en", top: int = TOP) -> Path:
    """Read the need ``need_id`` (a full id) from ``db`` and write its match result as a workbook."""
    with db.reading() as session:
        data = gather_match(session, need_id, top)
    return write_match_xlsx(data, out, lang)
