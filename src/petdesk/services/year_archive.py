"""The yearly archive (field test 69): one workbook, a sheet per record kind, of the live records
created or last changed in a calendar year, each with its created and last-changed times.

Before it, a year-end archive took five commands (and ``export-contacts`` has no times at all).
The sheets are streamed: openpyxl's write-only mode and rows read from a cursor, so a five-year-old
database costs no more memory than a small one.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from petdesk import outfile
from petdesk.enums import (
    ActivityKind,
    FollowUpStatus,
    OrgKind,
    ProjectStatus,
    TrainingStatus,
    VisitStatus,
)
from petdesk.stored_times import read_stored_time, stored_time
from petdesk.vocab import label

#: Words of the sheets' headers: (English, Chinese).
H = {
    "id": ("ID", "编号"),
    "name_en": ("Name (English)", "英文名称"),
    "name_zh": ("Name (Chinese)", "中文名称"),
    "kind": ("Kind", "类别"),
    "country": ("Country", "国家"),
    "city": ("City", "城市"),
    "tags": ("Tags", "标签"),
    "family": ("Family name", "姓"),
    "given": ("Given name", "名"),
    "family_zh": ("Chinese family name", "中文姓"),
    "given_zh": ("Chinese given name", "中文名"),
    "organisation": ("Organisation", "机构"),
    "title_en": ("Title (English)", "英文标题"),
    "title_zh": ("Title (Chinese)", "中文标题"),
    "start": ("From", "开始日期"),
    "end": ("To", "结束日期"),
    "status": ("Status", "状态"),
    "deadline": ("Deadline", "截止日期"),
    "description_en": ("Description (English)", "英文说明"),
    "description_zh": ("Description (Chinese)", "中文说明"),
    "due": ("Due", "到期日"),
    "occurred": ("Date", "日期"),
    "subject": ("Subject", "主题"),
    "contact": ("Contact", "联系人"),
    "created": ("Created (UTC)", "创建时间（UTC）"),
    "changed": ("Last changed (UTC)", "最后修改时间（UTC）"),
}


@dataclass(frozen=True)
class Sheet:
    """One record kind: its table, sheet names (English, Chinese), columns and the SELECT of them
    (``t`` is the table; the last two selected values are its created and updated times)."""

    table: str
    names: tuple[str, str]
    headers: Sequence[str]
    select: str
    #: Columns holding an enum's value, by position, shown by their label.
    enums: dict[int, type[enum.StrEnum]]


_ORG = "(SELECT COALESCE(NULLIF(o.name_en, ''), o.name_zh) FROM organisation o WHERE o.id = {col})"
_PERSON = (
    "(SELECT TRIM(c.given_name || ' ' || c.family_name || ' ' || c.family_name_zh || c.given_name_zh)"
    " FROM contact c WHERE c.id = {col})"
)

SHEETS = (
    Sheet(
        "organisation",
        ("organisations", "机构"),
        ("id", "name_en", "name_zh", "kind", "country", "city", "tags"),
        "t.id, t.name_en, t.name_zh, t.kind, t.country, COALESCE(NULLIF(t.city_en, ''), t.city_zh), t.tags",
        {3: OrgKind},
    ),
    Sheet(
        "contact",
        ("contacts", "联系人"),
        ("id", "family", "given", "family_zh", "given_zh", "organisation", "tags"),
        "t.id, t.family_name, t.given_name, t.family_name_zh, t.given_name_zh, "
        + _ORG.format(
            col="(SELECT a.organisation_id FROM affiliation a WHERE a.contact_id = t.id"
            " AND a.deleted_at IS NULL ORDER BY a.end_date IS NOT NULL, a.start_date DESC LIMIT 1)"
        )
        + ", t.tags",
        {},
    ),
    Sheet(
        "visit",
        ("visits", "代表团访问"),
        ("id", "title_en", "title_zh", "start", "end", "status"),
        "t.id, t.title_en, t.title_zh, t.start_date, t.end_date, t.status",
        {5: VisitStatus},
    ),
    Sheet(
        "training",
        ("trainings", "培训"),
        ("id", "title_en", "title_zh", "start", "end", "status", "city"),
        "t.id, t.title_en, t.title_zh, t.start_date, t.end_date, t.status,"
        " COALESCE(NULLIF(t.city_en, ''), t.city_zh)",
        {5: TrainingStatus},
    ),
    Sheet(
        "project",
        ("projects", "项目"),
        ("id", "title_en", "title_zh", "status", "organisation", "deadline"),
        "t.id, t.title_en, t.title_zh, t.status, "
        + _ORG.format(col="t.lead_organisation_id")
        + ", t.deadline",
        {3: ProjectStatus},
    ),
    Sheet(
        "follow_up",
        ("follow-ups", "后续事项"),
        ("id", "description_en", "description_zh", "due", "status", "contact", "organisation"),
        "t.id, t.description_en, t.description_zh, t.due_date, t.status, "
        + _PERSON.format(col="t.contact_id")
        + ", "
        + _ORG.format(col="t.organisation_id"),
        {4: FollowUpStatus},
    ),
    Sheet(
        "activity",
        ("activities", "活动记录"),
        ("id", "kind", "occurred", "subject", "contact", "organisation"),
        "t.id, t.kind, t.occurred_at, t.subject, "
        + _PERSON.format(col="t.contact_id")
        + ", "
        + _ORG.format(col="t.organisation_id"),
        {1: ActivityKind},
    ),
)

#: Rows between two progress reports.
STEP = 500


def _zh(locale: str) -> bool:
    return locale.startswith("zh")


def header(key: str, locale: str) -> str:
    en, zh = H[key]
    return zh if _zh(locale) else en


def sheet_name(sheet: Sheet, locale: str) -> str:
    return sheet.names[1] if _zh(locale) else sheet.names[0]


def _year_bounds(year: int) -> tuple[int, int]:
    start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    return stored_time(start), stored_time(start.replace(year=year + 1))


_WHERE = (
    "t.deleted_at IS NULL AND ((t.created_at >= :a AND t.created_at < :b)"
    " OR (t.updated_at >= :a AND t.updated_at < :b))"
)


def counts(session: Session, year: int) -> dict[str, int]:
    """How many records of each kind the archive of ``year`` holds, by table."""
    a, b = _year_bounds(year)
    conn = session.connection()
    return {
        sheet.table: conn.exec_driver_sql(
            f"SELECT COUNT(*) FROM {sheet.table} t WHERE {_WHERE.replace(':a', '?').replace(':b', '?')}",
            (a, b, a, b),
        ).scalar_one()
        for sheet in SHEETS
    }


def _cell(value: Any, position: int, sheet: Sheet, locale: str) -> Any:
    if value is None:
        return ""
    kind = sheet.enums.get(position)
    if kind is not None:
        try:
            return label(kind(value), locale)
        except ValueError:  # a newer office's value: as stored
            return value
    key = sheet.headers[position]
    if key == "occurred":
        return read_stored_time(value).replace(tzinfo=None)
    if key == "tags" and isinstance(value, str):
        import json

        return ", ".join(json.loads(value or "[]"))
    return value


def _rows(session: Session, sheet: Sheet, year: int, locale: str) -> Iterator[list[Any]]:
    a, b = _year_bounds(year)
    where = _WHERE.replace(":a", "?").replace(":b", "?")
    cursor = session.connection().exec_driver_sql(
        f"SELECT {sheet.select}, t.created_at, t.updated_at FROM {sheet.table} t WHERE {where}"
        " ORDER BY t.created_at, t.id",
        (a, b, a, b),
    )
    width = len(sheet.headers)
    for row in cursor:
        cells = [_cell(row[i], i, sheet, locale) for i in range(width)]
        # naive UTC: Excel has no time zones (the header says UTC)
        cells += [read_stored_time(row[width]).replace(tzinfo=None)]
        cells += [read_stored_time(row[width + 1]).replace(tzinfo=None)]
        yield cells


def _project_rows(session: Session, year: int, locale: str) -> tuple[list[str], Iterator[list[Any]]]:
    """The projects sheet: the columns ``report projects --out F.csv`` writes, in its words, which
    ``import-projects`` reads back in either language (field projfollow60: the sheet had no funder,
    amounts or currency, and its Chinese headers were not read). The title in both languages in one
    cell, "English / 中文", as the overview writes it and the import splits it."""
    from petdesk.dossier.project_report import gather_projects, moment_text, xlsx_rows

    a, b = _year_bounds(year)
    where = _WHERE.replace(":a", "?").replace(":b", "?")
    times = session.connection().exec_driver_sql(
        f"SELECT t.id, t.created_at, t.updated_at FROM project t WHERE {where} ORDER BY t.created_at, t.id",
        (a, b, a, b),
    )
    wanted = {row_id: (made, changed) for row_id, made, changed in times}
    data = gather_projects(session)  # every live project: the year's are a few hundred at most
    headers, rows = xlsx_rows(data, "zh" if _zh(locale) else "en")["projects"]
    lines = {x.id: (x, row) for x, row in zip(data.projects, rows, strict=True)}
    header_row = [*headers, header("created", locale), header("changed", locale)]

    def cells() -> Iterator[list[Any]]:
        for row_id, (made, changed) in wanted.items():
            if row_id not in lines:
                continue
            line, row = lines[row_id]
            row = list(row)
            row[1] = (
                line.title.both(" / ") if line.title.en and line.title.zh else line.title.en or line.title.zh
            )
            # a timed deadline with its offset, as the CSV: a bare time is no one's clock
            row = [moment_text(v) if isinstance(v, dt.datetime) else v for v in row]
            row += [
                read_stored_time(made).replace(tzinfo=None),
                read_stored_time(changed).replace(tzinfo=None),
            ]
            yield row

    return header_row, cells()


def _text_cell(ws: Any, value: Any) -> Any:
    """``value``, or a text cell for a text openpyxl would make a formula ("=1+1", brought by an
    import or another office: Excel runs it on opening) or an error code ("#N/A")."""
    if not (isinstance(value, str) and value[:1] in ("=", "#")):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    return cell


def write_archive(
    session: Session,
    year: int,
    out: Path,
    locale: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Write the archive of ``year`` to the workbook ``out`` in ``locale``'s words; ``progress``
    gets ``(done, total)`` rows as they are written. Returns the rows written per table. The
    contacts it lists are logged in the export log (their data left the office: field test 84)."""
    from openpyxl import Workbook

    from petdesk.services import export_log

    total = sum(counts(session, year).values())
    done = 0
    if progress is not None:
        progress(0, total)
    written: dict[str, int] = {}
    people: list[str] = []  # the contacts' ids (the sheet's first column), for the export log
    wb = Workbook(write_only=True)
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet_name(sheet, locale))
        ws.freeze_panes = "A2"
        if sheet.table == "project":
            headers, rows = _project_rows(session, year, locale)
        else:
            headers = [header(k, locale) for k in (*sheet.headers, "created", "changed")]
            rows = _rows(session, sheet, year, locale)
        ws.append(headers)
        written[sheet.table] = 0
        for cells in rows:
            if sheet.table == "contact":
                people.append(cells[0])
            ws.append([_text_cell(ws, value) for value in cells])
            written[sheet.table] += 1
            done += 1
            if progress is not None and done % STEP == 0:
                progress(done, total)
    with outfile.writing(out) as fh:
        wb.save(fh)
    export_log.record_after(session, "archive", out, len(people), people)
    if progress is not None:
        progress(total, total)
    return written
