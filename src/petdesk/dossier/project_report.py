"""A project overview for a steering meeting: a bilingual PDF and an XLSX workbook with the same rows.

Each project with its stage, funder, partners and their roles, money per currency, milestones with
their due dates and done marks, and its next deadline; money is summed per currency, never across
currencies. Laid out with the dossiers' blocks and page chrome (:mod:`petdesk.dossier.layout`), every
font embedded, as ``report match`` is. Core code (no Qt): ``petdesk report projects`` writes it, and
the window's File › Print Preview on the Projects page previews it (field test 16: it printed an
image of the page).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from petdesk import i18n, outfile
from petdesk.csv_separators import number_cell
from petdesk.db import Database
from petdesk.dossier.data import office_name
from petdesk.dossier.labels import Bi, enum_label, label
from petdesk.dossier.layout import (
    AMOUNT_GAP,
    BiTable,
    Chrome,
    Col,
    DossierOptions,
    Heading,
    Parts,
    Row,
    Section,
    bi_date,
    now_local,
    render,
)
from petdesk.models.enums import PartnerRole, ProjectStatus
from petdesk.services import deadline_time
from petdesk.services.project_dates import next_date

if TYPE_CHECKING:
    from petdesk.services.projects import ProjectFilter

#: What ``--lang`` takes: one language, or both side by side.
LANGUAGES = ("en", "zh", "both")


@dataclass(frozen=True)
class PartnerLine:
    name: Bi
    role: Bi


@dataclass(frozen=True)
class MilestoneLine:
    title: Bi
    kind: Bi
    due: dt.date | None
    done: bool


@dataclass(frozen=True)
class FollowUpLine:
    due: dt.date | None
    title: Bi
    owner: Bi


@dataclass(frozen=True)
class ProjectLine:
    """One project as the overview prints it (plain values, no ORM objects)."""

    id: str
    title: Bi
    stage: Bi
    funder: Bi
    programme: Bi
    currency: str
    requested: float | None
    approved: float | None
    cofinancing: float | None
    #: The application deadline itself: the next date may be an earlier milestone's (field test 106).
    deadline: dt.date | None
    next_deadline: dt.date | None
    #: The next deadline has passed (an open project's, still shown as the reminders show it).
    overdue: bool
    partners: tuple[PartnerLine, ...]
    milestones: tuple[MilestoneLine, ...]
    #: Its open follow-ups (a partner's letter to sign …), soonest first (field test 106).
    follow_ups: tuple[FollowUpLine, ...] = ()
    #: The deadline's time of day and the funder's zone, "" for a whole day (0072): ``deadline``
    #: stays the funder's date; the next deadline is the office's day of the moment.
    deadline_time: str = ""
    deadline_zone: str = ""

    def deadline_here(self) -> dt.datetime | None:
        """A timed deadline on the office's clock, None for a whole day."""
        return deadline_time.here(self.deadline, self.deadline_time, self.deadline_zone)

    def next_is_timed(self) -> bool:
        """The next deadline is the timed application deadline itself (not a milestone's date)."""
        here = self.deadline_here()
        return here is not None and self.next_deadline == here.date()


@dataclass(frozen=True)
class ProjectReportData:
    office: Bi
    #: What the list was narrowed to ("Stage: Submitted · Funder: BMUV"), empty for every project.
    selection: Bi
    projects: tuple[ProjectLine, ...]
    #: (requested, approved) per currency; approved is None when no project in it is approved.
    totals: dict[str, tuple[float, float | None]]
    today: dt.date


def next_deadline(
    stage: ProjectStatus, deadline: dt.date | None, milestones: Iterable[MilestoneLine], today: dt.date
) -> dt.date | None:
    """The project's deadline or an open milestone's due date to act on first, by the reminders'
    rule (``project_dates.next_date``): overdue ones of an open project too, none once it is over."""
    return next_date(stage, deadline, (x.due for x in milestones if not x.done), today)


def _deadline(x: ProjectLine) -> Bi:
    """The application deadline as ``deadline_time.describe`` words it: a timed one on the office's
    clock with the funder's beside it ("18 Mar 2027 05:00 (17 Mar 17:00 New York)")."""
    if x.deadline is None:
        return Bi()
    if not x.deadline_time:
        return bi_date(x.deadline)
    return Bi(
        *(deadline_time.describe(x.deadline, x.deadline_time, x.deadline_zone, lc) for lc in ("en", "zh_CN"))
    )


def _next_deadline(x: ProjectLine) -> Bi | None:
    """The next deadline's date, marked when it has passed (the reminders show it in red)."""
    if x.next_deadline is None:
        return None
    day = _deadline(x) if x.next_is_timed() else bi_date(x.next_deadline)
    return Bi(f"{day.en} (overdue)", f"{day.zh}（已逾期）") if x.overdue else day


def _selection(chosen: ProjectFilter, names: dict[str, tuple[str, str]]) -> Bi:
    """The filters the overview was made with, in both languages, above its tables."""
    parts = []
    if chosen.stages:
        stage_names = [enum_label(s) for s in chosen.stages]
        parts.append(
            Bi(
                f"Stage: {', '.join(n.en for n in stage_names)}",
                f"阶段：{'、'.join(n.zh for n in stage_names)}",
            )
        )
    if chosen.funder_id:
        funder = Bi(*names.get(chosen.funder_id, ("", "")))
        parts.append(Bi(f"Funder: {funder.en}", f"资助方：{funder.zh}"))
    if chosen.partner_id:
        partner = Bi(*names.get(chosen.partner_id, ("", "")))
        parts.append(Bi(f"Partner: {partner.en}", f"合作伙伴：{partner.zh}"))
    if chosen.due:
        last = bi_date(chosen.due[1])  # overdue dates of open projects are in too (project_dates)
        parts.append(Bi(f"Due by {last.en}, overdue included", f"{last.zh}前到期（含已逾期）"))
    if chosen.active:
        first, last = bi_date(chosen.active[0]), bi_date(chosen.active[1])
        parts.append(Bi(f"Under way {first.en} – {last.en}", f"{first.zh}至{last.zh}期间在推进"))
    if chosen.query.strip():
        words = chosen.query.strip()
        parts.append(Bi(f"Search: {words}", f"搜索：{words}"))
    return Bi(" · ".join(p.en for p in parts), " · ".join(p.zh for p in parts))


def _partners(detail: Any) -> tuple[PartnerLine, ...]:
    """The project's partners with their roles, its lead organisation first when it is not among
    them with a role (the Partners column left the lead out: field projfollow60)."""
    lines = [PartnerLine(Bi(p.name_en, p.name_zh), enum_label(p.role)) for p in detail.partners]
    if detail.lead_id and detail.lead_id not in {p.organisation_id for p in detail.partners}:
        lines.insert(0, PartnerLine(Bi(*detail.lead_names), enum_label(PartnerRole.LEAD)))
    return tuple(lines)


def gather_projects(
    session: Session,
    chosen: ProjectFilter | None = None,
    *,
    today: dt.date | None = None,
) -> ProjectReportData:
    """The live projects (board order) that ``chosen`` lets through: the window's list filter or
    the command line's options."""
    from petdesk.services import follow_ups as follow_up_service
    from petdesk.services import projects as project_service

    today = today or dt.date.today()
    lines = []
    chosen = chosen or project_service.ProjectFilter()
    rows = chosen.rows(session)
    for r in rows:
        detail = project_service.get_project(session, r.id)
        milestones = tuple(
            MilestoneLine(Bi(x.title_en, x.title_zh), enum_label(x.kind), x.due, x.done)
            for x in detail.milestones
        )
        lines.append(
            ProjectLine(
                id=r.id,
                title=Bi(r.title_en, r.title_zh),
                stage=enum_label(r.stage),
                funder=Bi(r.funder_en, r.funder_zh),
                programme=Bi(r.programme_en, r.programme_zh),
                currency=r.currency,
                requested=r.amount_requested,
                approved=r.amount_approved,
                cofinancing=detail.cofinancing,
                deadline=r.deadline,
                deadline_time=r.deadline_time,
                deadline_zone=r.deadline_zone,
                # the office's day of a timed deadline, as the reminders and the Projects list
                next_deadline=(
                    due := next_deadline(
                        r.stage,
                        deadline_time.office_day(r.deadline, r.deadline_time, r.deadline_zone),
                        milestones,
                        today,
                    )
                ),
                overdue=due is not None and due < today,
                partners=_partners(detail),
                milestones=milestones,
                follow_ups=tuple(
                    FollowUpLine(
                        f.due_date, Bi(f.title("en"), f.title("zh")), Bi(f.owner("en"), f.owner("zh"))
                    )
                    for f in follow_up_service.of_record(session, "project", r.id)
                    if f.is_open
                ),
            )
        )
    named = [i for i in (chosen.funder_id, chosen.partner_id) if i]
    names = project_service.org_names(session, named) if named else {}
    return ProjectReportData(
        office=office_name(session),
        selection=_selection(chosen, names),
        projects=tuple(lines),
        totals=project_service.totals_by_currency(rows),
        today=today,
    )


# --------------------------------------------------------------------------- money


def money(value: float | None, currency: str, *, whole: bool = False, exact: bool = False) -> Bi:
    """An amount in both languages ("€1,800,000.00" / "180万欧元"); "—" for none. ``exact`` for the
    totals and a project's own figures: never rounded to 万 (``i18n.chinese_money``)."""
    if value is None or not currency:
        return Bi("—", "—")
    return Bi(
        *(i18n.format_money(value, currency, lang, whole=whole, exact=exact) for lang in ("en", "zh_CN"))
    )


def _shared(value: Bi, lang: str) -> str:
    """A value for a column shared by both languages: once when it reads the same, else both;
    only ``lang``'s when the document is in one language."""
    return value.both("\n") if lang == "both" else value.get(lang)


# --------------------------------------------------------------------------- PDF


def _title(line: ProjectLine) -> Callable[[str], Parts]:
    """The title in bold, the funder and programme muted under it."""

    def cell(lang: str) -> Parts:
        shown = "en" if lang == "both" else lang
        parts: Parts = [(line.title.get(shown), {"bold": True})]
        under = " · ".join(x for x in (line.funder.get(shown), line.programme.get(shown)) if x)
        if under:
            parts += [("\n", {}), (under, {"muted": True})]
        return parts

    return cell


def _milestone_mark(done: bool) -> Bi:
    """ "Done" / "Open" as words in both languages (the report printed the lowercase codes "done"
    and "open" beside its capitalised words; review of round 56). The spreadsheet says them the
    same way: its other columns are words too (a stage is "Submitted", not "submitted")."""
    return Bi("Done", label("done").zh) if done else Bi("Open", label("open").zh)


def _overview(data: ProjectReportData, lang: str) -> list[Any]:
    rows = [
        Row(
            [
                _title(x),
                x.stage,
                _shared(money(x.requested, x.currency, whole=True), lang),  # the overview's narrow columns
                _shared(money(x.approved, x.currency, whole=True), lang),
                _next_deadline(x) or "—",
            ]
        )
        for x in data.projects
    ]
    table = BiTable(
        [
            Col(label("Project"), 2.2),
            Col(label("Stage"), 0.8),
            Col(label("Requested"), 1.3, shared=True, align="RIGHT", gap=AMOUNT_GAP),
            Col(label("Approved"), 1.3, shared=True, align="RIGHT", gap=AMOUNT_GAP),
            Col(label("Next deadline"), 1.1, shared=True),
        ],
        rows,
        empty=label("No projects."),
    )
    totals = BiTable(
        [
            Col(label("Currency"), 0.6, shared=True),
            Col(label("Requested"), 1.4, shared=True, align="RIGHT", gap=AMOUNT_GAP),
            Col(label("Approved"), 1.4, shared=True, align="RIGHT", gap=AMOUNT_GAP),
        ],
        [
            Row([cur, _shared(money(req, cur, exact=True), lang), _shared(money(app, cur, exact=True), lang)])
            for cur, (req, app) in data.totals.items()
        ],
        # projects may be listed without any amount yet (field test 106)
        empty=label("No amounts yet.") if data.projects else label("No projects."),
    )
    blocks: list[Any] = []
    if data.selection:
        blocks.append(Heading(data.selection, "cellb"))
    return [
        *blocks,
        table,
        Heading(label("Money per currency (never summed across currencies)"), "cellb"),
        totals,
    ]


def _project_blocks(x: ProjectLine) -> list[Any]:
    facts = [
        ("Stage", x.stage),
        ("Funder", x.funder),
        ("Funding programme", x.programme),
        ("Requested", money(x.requested, x.currency, exact=True)),
        ("Approved", money(x.approved, x.currency, exact=True)),
        ("Co-financing", money(x.cofinancing, x.currency, exact=True) if x.cofinancing is not None else Bi()),
        ("Application deadline", _deadline(x)),
        ("Next deadline", _next_deadline(x) or Bi()),
    ]
    blocks: list[Any] = [
        Heading(x.title),
        BiTable(
            [Col(label("Item"), 1), Col(label("Details"), 2.6)],
            [Row([label(what), value]) for what, value in facts if value],
        ),
        BiTable(
            [Col(label("Partner"), 2.4), Col(label("Role in the project"), 1.2)],
            [Row([p.name, p.role]) for p in x.partners],
            empty=label("No partners yet."),
        ),
        BiTable(
            [
                Col(label("Due"), 0.9, shared=True),
                Col(label("Milestone"), 2.2),
                Col(label("Kind"), 0.9),
                Col(label("Done"), 0.6),
            ],
            [Row([bi_date(m.due), m.title, m.kind, _milestone_mark(m.done)]) for m in x.milestones],
            empty=label("No milestones yet."),
        ),
    ]
    if x.follow_ups:  # only where there are some: most projects have none
        blocks.append(
            BiTable(
                [
                    Col(label("Due"), 0.9, shared=True),
                    Col(label("Follow-up"), 2.2),
                    Col(label("Owner"), 1.5),
                ],
                [Row([bi_date(f.due), f.title, f.owner]) for f in x.follow_ups],
            )
        )
    return blocks


def project_sections(data: ProjectReportData, lang: str = "both") -> list[Section]:
    """The overview table and totals, then one part per project with its partners and milestones."""
    sections = [Section("overview", label("Project overview"), _overview(data, lang))]
    for n, x in enumerate(data.projects):
        sections.append(Section(f"project{n}", Bi(), _project_blocks(x), new_page=n == 0, in_contents=False))
    return sections


def render_projects(
    data: ProjectReportData, out: Path | str, lang: str = "both", options: DossierOptions | None = None
) -> Path:
    """Write the overview of already gathered ``data`` to ``out`` (.pdf) in ``lang`` (en, zh or both)."""
    from petdesk.dossier.layout import Layout

    options = options or DossierOptions(restricted=False, contents=False)
    if lang != "both":
        options = dataclasses.replace(options, layout=Layout.SEQUENTIAL, first_lang=lang, only_lang=lang)
    printed = options.generated_at or now_local()
    chrome = Chrome(
        office=data.office,
        title=label("Project overview"),
        generated=printed,
        kind=label("Project overview"),
        restricted=options.restricted,
        version=options.version,
        keywords=("projects", "项目"),
    )
    return render(project_sections(data, lang), out, options, chrome)


# --------------------------------------------------------------------------- XLSX


def _text(value: Bi, lang: str) -> str:
    return value.both(" / ") if lang == "both" else value.get(lang)


def xlsx_rows(data: ProjectReportData, lang: str) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """(headers, rows) per sheet: the same rows the PDF prints, amounts as numbers with their currency."""

    def head(*words: str) -> list[str]:
        return [_text(label(w), lang) for w in words]

    def day(value: dt.date | None) -> dt.date | None:
        return value

    projects = [
        [
            x.id,
            _text(x.title, lang),
            _text(x.stage, lang),
            _text(x.funder, lang),
            _text(x.programme, lang),
            "; ".join(f"{_text(p.name, lang)} ({_text(p.role, lang)})" for p in x.partners),
            x.currency,
            x.requested,
            x.approved,
            x.cofinancing,
            # a timed deadline as the office's moment, a real date-and-time cell (0072): the
            # list's text "2027-03-18 06:00|2027-03-17|17:00|…" is for the window only
            x.deadline_here() or x.deadline,
            x.deadline_here() if x.next_is_timed() else x.next_deadline,
        ]
        for x in data.projects
    ]
    milestones = [
        [
            x.id,
            _text(x.title, lang),
            day(m.due),
            _text(m.title, lang),
            _text(m.kind, lang),
            _text(_milestone_mark(m.done), lang),
        ]
        for x in data.projects
        for m in x.milestones
    ]
    follow_ups = [
        [x.id, _text(x.title, lang), day(f.due), _text(f.title, lang), _text(f.owner, lang)]
        for x in data.projects
        for f in x.follow_ups
    ]
    totals = [[cur, req, app] for cur, (req, app) in data.totals.items()]
    return {
        "projects": (
            head(
                "ID",
                "Project",
                "Stage",
                "Funder",
                "Funding programme",
                "Partners",
                "Currency",
                "Requested",
                "Approved",
                "Co-financing",
                "Application deadline",
                "Next deadline",
            ),
            projects,
        ),
        "milestones": (head("ID", "Project", "Due", "Milestone", "Kind", "Done"), milestones),
        "follow-ups": (head("ID", "Project", "Due", "Follow-up", "Owner"), follow_ups),
        "money": (head("Currency", "Requested", "Approved"), totals),
    }


#: Money cells in a spreadsheet: two decimals and a thousands separator (the "General" format showed
#: 0.10 as 0.1 and 1000000.01 without separators; field test 37, §8). The currency has its own column.
MONEY_FORMAT = "#,##0.00"
#: Columns of money, by sheet (1-based, as openpyxl counts): Requested, Approved, Co-financing.
_MONEY_COLUMNS = {"projects": (8, 9, 10), "money": (2, 3)}
#: A timed deadline's cell: the day and the office's time, without openpyxl's seconds.
MOMENT_FORMAT = "yyyy-mm-dd hh:mm"


def write_xlsx(data: ProjectReportData, path: Path | str, lang: str = "both") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, (headers, rows) in xlsx_rows(data, lang).items():
        ws = wb.create_sheet(name)
        ws.append(headers)
        for row in rows:
            ws.append(row)
            # KRW and JPY have no cents: "800,000,000", not "800,000,000.00" (babel's digits)
            digits = i18n.currency_digits(str(row[_CURRENCY_COLUMN if name == "projects" else 0] or ""))
            for money_column in _MONEY_COLUMNS.get(name, ()):
                ws.cell(ws.max_row, money_column).number_format = MONEY_FORMAT if digits else "#,##0"
            for number, value in enumerate(row, 1):
                if isinstance(value, dt.datetime):
                    ws.cell(ws.max_row, number).number_format = MOMENT_FORMAT
        ws.freeze_panes = "A2"
        for column in "BDEF":
            ws.column_dimensions[column].width = 36
    path = Path(path)
    from petdesk.services.table_file import text_workbook

    text_workbook(wb)  # a title or name that starts with "=" is no formula
    with outfile.writing(path) as fh:
        wb.save(fh)
    return path


def write_csv(data: ProjectReportData, path: Path | str, lang: str = "both", *, delimiter: str = ",") -> Path:
    """The projects list (the XLSX's first sheet) as CSV: amounts as plain numbers with two
    decimals beside their currency, dates as ISO; a BOM so that Excel reads the Chinese;
    ``delimiter`` between the fields (a semicolon for Excel where numbers have a decimal comma,
    and then amounts with that comma: :func:`petdesk.csv_separators.number_cell`)."""
    import csv

    headers, rows = xlsx_rows(data, lang)["projects"]
    path = Path(path)
    with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(headers)
        money = {column - 1 for column in _MONEY_COLUMNS["projects"]}
        cells = (
            [
                _csv_cell(value, n in money, delimiter, str(row[_CURRENCY_COLUMN] or ""))
                for n, value in enumerate(row)
            ]
            for row in rows
        )
        writer.writerows(cells)
    return path


#: The projects sheet's currency column (0-based), whose digits its amounts are written with.
_CURRENCY_COLUMN = 6


def _csv_cell(value: Any, money: bool, delimiter: str, currency: str = "") -> Any:
    if money and value is not None:  # 0.1 written as 0.10, KRW 800,000,000 without ".00"
        return number_cell(float(value), delimiter, places=i18n.currency_digits(currency))
    if isinstance(value, str):
        from petdesk.services.exporting import safe_cell  # a title "=1+1" is no formula

        return safe_cell(value)
    if isinstance(value, dt.datetime):
        return moment_text(value)
    return value.isoformat() if isinstance(value, dt.date) else value


def moment_text(value: dt.datetime) -> str:
    """A timed deadline on the office's clock with its UTC offset, ISO 8601 as the calendar files
    and sync packages write moments: "2027-03-18T05:00+08:00" (a bare "2027-03-18 05:00" read as
    another zone's time on another office's computer: field projfollow60)."""
    here = value if value.tzinfo else value.replace(tzinfo=deadline_time.office_zone())
    return here.isoformat(timespec="minutes")


#: The kinds of file the project overview is written as, by name ending.
REPORT_SUFFIXES = (".pdf", ".xlsx", ".csv")


def build_project_report(
    db: Database,
    out: Path | str,
    chosen: ProjectFilter | None = None,
    *,
    lang: str = "both",
    options: DossierOptions | None = None,
    delimiter: str = ",",
) -> Path:
    """Read the projects ``chosen`` lets through from ``db`` and write the overview to ``out``
    (.pdf, .xlsx or .csv, its fields separated by ``delimiter``)."""
    with db.reading() as session:
        data = gather_projects(session, chosen)
    if Path(out).suffix.lower() == ".xlsx":
        return write_xlsx(data, out, lang)
    if Path(out).suffix.lower() == ".csv":
        return write_csv(data, out, lang, delimiter=delimiter)
    return render_projects(data, out, lang, options)
