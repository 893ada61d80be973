"""The flat variant of the exchange: one row per record, for CSV files and XLSX workbooks, and the
catalogue import (``petdesk import-technologies`` / ``import-needs``) that reads the same columns.

Lists (tags, certifications) are joined with "; ". Reference installations are written as
"place / 地点, CC, year, scale" joined with "; " and are not read back by the catalogue import
(the JSON file carries them exactly). The column names are documented in README.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk import outfile
from petdesk.cfa_franc import which_cfa_franc, without_cfa_mark
from petdesk.chinese_names import has_cjk, same_name_key
from petdesk.city_names import both_names, city_key, city_keys, names_city
from petdesk.csv_separators import number_cell
from petdesk.exchange import ExchangeError
from petdesk.exchange.catalogue_columns import (
    EITHER_LANGUAGE,
    column_for,
    readiness_level,
    sector_code,
    unit_factor,
)
from petdesk.exchange.catalogue_report import FieldChange
from petdesk.exchange.jsonfile import local_id
from petdesk.han_script import simplified, spellings
from petdesk.ids import forms, uuid_text
from petdesk.models.enums import NeedStatus, OrgKind
from petdesk.peso_signs import DOTS_GROUP_ALL_AMOUNTS, southern_cone_dollar
from petdesk.quoting import quoted
from petdesk.textsafety import one_line, without_formula_guard

if TYPE_CHECKING:
    from petdesk.services.importing import RawRows, Table

TECHNOLOGY_COLUMNS = (
    "id", "name_en", "name_zh", "provider", "sector", "description_en", "description_zh", "key_figures_en",
    "key_figures_zh", "trl", "certifications", "tags", "references", "licence", "consent",
)  # fmt: skip
NEED_COLUMNS = (
    "id", "title_en", "title_zh", "city", "sector", "problem_en", "problem_zh", "scale", "budget_min",
    "budget_max", "currency", "deadline", "status", "tags", "licence", "consent",
)  # fmt: skip
#: The needs import also reads a contact person, the contact's phone and remarks, kept with the
#: problem (a need has no field for them).
NEED_IMPORT_COLUMNS = (*NEED_COLUMNS, "contact", "phone", "remarks")
#: The technologies import also reads the provider's country, which a provider it adds gets.
TECHNOLOGY_IMPORT_COLUMNS = (*TECHNOLOGY_COLUMNS, "provider_country")
#: ``phone`` and ``email`` (the organisation's own, 0078) are the flat files' only: the JSON format
#: 1.0 has no such field, and a reader of 1.0 refuses fields it does not know.
ORGANISATION_COLUMNS = (
    *("id", "name_en", "name_zh", "kind", "country", "city_en", "city_zh", "website"),
    *("phone", "email"),
)
#: The columns an import reads for each kind (a need file may name a contact).
_IMPORT_COLUMNS = {
    "technologies": TECHNOLOGY_IMPORT_COLUMNS,
    "needs": NEED_IMPORT_COLUMNS,
    "organisations": ORGANISATION_COLUMNS,
}
#: Which file column feeds which catalogue field: the header as written -> the field ("" leaves the
#: column out). Headers it does not name keep the alias guess (``catalogue_columns``).
ColumnMap = Mapping[str, str]
#: A match's columns; ``notes`` (exchange 1.1) last, so sheets read by column position keep theirs.
MATCH_COLUMNS = (
    "id",
    "need_id",
    "technology_id",
    "state",
    "score",
    "explanation",
    "state_changed_on",
    "notes",
)
#: The match columns 1.0 knows: a 1.0 sheet has no notes column (see :func:`match_columns`).
_MATCH_COLUMNS_1_0 = MATCH_COLUMNS[:-1]


def match_columns(doc: dict[str, Any]) -> tuple[str, ...]:
    """The matches sheet's columns for the document's version: without ``notes`` for 1.0, whose
    reader refuses a column it does not know (``exchange export --format-version 1.0``)."""
    return _MATCH_COLUMNS_1_0 if doc.get("version") == "1.0" else MATCH_COLUMNS


#: The contact persons of ``--with-contacts``: the JSON file's fields, each language in a column.
CONTACT_COLUMNS = ("id", "name_en", "name_zh", "organisation_id", "position_en", "position_zh", "email")


def _join(values: Sequence[str]) -> str:
    return "; ".join(values)


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace("；", ";").split(";") if v.strip()]


def _reference(r: dict[str, Any]) -> str:
    place = f"{r['place']['en']} / {r['place']['zh']}"
    return f"{place}, {r['country']}, {r.get('year') or ''}, {r.get('scale', '')}"


def rows_from_document(
    doc: dict[str, Any], channels: Mapping[str, tuple[str, str]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The JSON document's records as flat rows per kind; ``channels``: each organisation's own phone
    and e-mail by id, which the document does not carry."""
    channels = channels or {}
    orgs = {o["id"]: o for o in doc.get("organisations", [])}
    out: dict[str, list[dict[str, Any]]] = {}
    out["organisations"] = [
        {
            "id": o["id"],
            "name_en": o["name"]["en"],
            "name_zh": o["name"]["zh"],
            "kind": o["kind"],
            "country": o["country"],
            "city_en": o.get("city", {}).get("en", ""),
            "city_zh": o.get("city", {}).get("zh", ""),
            "website": o.get("website", ""),
            "phone": channels.get(o["id"], ("", ""))[0],
            "email": channels.get(o["id"], ("", ""))[1],
        }
        for o in doc.get("organisations", [])
    ]
    out["technologies"] = [
        {
            "id": t["id"],
            "name_en": t["name"]["en"],
            "name_zh": t["name"]["zh"],
            "provider": orgs.get(t.get("provider_id") or "", {}).get("name", {}).get("en", "")
            or (t.get("provider_id") or ""),
            "sector": t["sector"],
            "description_en": t["description"]["en"],
            "description_zh": t["description"]["zh"],
            "key_figures_en": t["key_figures"]["en"],
            "key_figures_zh": t["key_figures"]["zh"],
            "trl": t.get("trl"),
            "certifications": _join(t.get("certifications", [])),
            "tags": _join(t.get("tags", [])),
            "references": _join([_reference(r) for r in t.get("references", [])]),
            "licence": t["licence"],
            "consent": "yes" if t["consent"] else "no",
        }
        for t in doc.get("technologies", [])
    ]
    out["needs"] = [
        {
            "id": n["id"],
            "title_en": n["title"]["en"],
            "title_zh": n["title"]["zh"],
            "city": orgs.get(n.get("city_id") or "", {}).get("name", {}).get("en", "")
            or (n.get("city_id") or ""),
            "sector": n["sector"],
            "problem_en": n["problem"]["en"],
            "problem_zh": n["problem"]["zh"],
            "scale": n.get("scale", ""),
            "budget_min": n["budget"].get("min"),
            "budget_max": n["budget"].get("max"),
            "currency": n["budget"]["currency"],
            "deadline": n.get("deadline") or "",
            "status": n["status"],
            "tags": _join(n.get("tags", [])),
            "licence": n["licence"],
            "consent": "yes" if n["consent"] else "no",
        }
        for n in doc.get("needs", [])
    ]
    out["matches"] = [{k: x.get(k) for k in match_columns(doc)} for x in doc.get("matches", [])]
    out["contacts"] = [
        {
            "id": c["id"],
            "name_en": c["name"]["en"],
            "name_zh": c["name"]["zh"],
            "organisation_id": c["organisation_id"],
            "position_en": c.get("position", {}).get("en", ""),
            "position_zh": c.get("position", {}).get("zh", ""),
            "email": c.get("email", ""),
        }
        for c in doc.get("contacts", [])
    ]
    return {k: v for k, v in out.items() if k in doc}


_COLUMNS = {
    "organisations": ORGANISATION_COLUMNS,
    "technologies": TECHNOLOGY_COLUMNS,
    "needs": NEED_COLUMNS,
    "matches": MATCH_COLUMNS,
    "contacts": CONTACT_COLUMNS,
}


def file_of(out: Path, kind: str) -> Path:
    """The file of the flat export to ``out`` that holds ``kind``: the workbook itself, or the CSV
    file of that kind beside ``out`` (``name.contacts.csv``)."""
    return out if out.suffix.lower() == ".xlsx" else out.with_name(f"{out.stem}.{kind}.csv")


def write_flat(
    doc: dict[str, Any],
    out: Path,
    *,
    delimiter: str = ",",
    channels: Mapping[str, tuple[str, str]] | None = None,
) -> list[Path]:
    """Write the document as one XLSX workbook (a sheet per kind) or, for ``.csv``, one CSV file per
    kind beside ``out`` (``name.technologies.csv`` ..., ``name.contacts.csv`` when the document
    carries contact persons), its fields split at ``delimiter``: the
    agency's comma unless asked; a semicolon file has budgets and scores with a decimal comma, as
    Excel there reads them (the catalogue import reads either file back). ``channels``: the
    organisations' own phone and e-mail by id (:func:`organisation_channels`). Returns the files written."""
    rows = rows_from_document(doc, channels)
    columns = dict(_COLUMNS, matches=match_columns(doc))
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        from petdesk.services.table_file import text_cells

        wb = Workbook()
        wb.remove(wb.active)
        for kind, records in rows.items():
            ws = wb.create_sheet(kind)
            ws.append(list(columns[kind]))
            for r in records:
                ws.append([r.get(c) for c in columns[kind]])
                text_cells(ws[ws.max_row])
        with outfile.writing(out) as fh:
            wb.save(fh)
        return [out]
    written = []
    for kind, records in rows.items():
        path = file_of(out, kind)
        with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(columns[kind]), delimiter=delimiter)
            w.writeheader()
            for r in records:
                w.writerow({c: _flat_cell(r.get(c), delimiter) for c in columns[kind]})
        written.append(path)
    return written


def organisation_channels(session: Session, doc: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """The document's organisations' own (phone, e-mail) by the document's id (the canonical UUID
    form of the id here), where they have either: one query over those few, not one per organisation."""
    wanted = {o["id"] for o in doc.get("organisations", [])}
    org = m.Organisation
    rows = session.execute(select(org.id, org.phone, org.email).where(or_(org.phone != "", org.email != "")))
    found = ((uuid_text(row.id), row.phone, row.email) for row in rows)
    return {key: (phone, email) for key, phone, email in found if key in wanted}


def _flat_cell(value: Any, delimiter: str) -> Any:
    """A cell of the flat CSV: a fraction (a budget, a match's score) with the separator's decimal
    mark; whole numbers as they are; text a spreadsheet would run as a formula guarded as the contact
    exports guard it (the catalogue import takes the guard off)."""
    from petdesk.services.exporting import safe_cell

    if value is None:
        return ""
    if isinstance(value, str):
        return safe_cell(value)
    return number_cell(value, delimiter) if isinstance(value, float) else value


# --- catalogue import -------------------------------------------------------------------------


@dataclass
class CatalogueReport:
    kind: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    new_organisations: list[str] = field(default_factory=list)
    #: Each updated record's name with the fields the import changes in it (old and new values).
    changes: list[tuple[str, list[FieldChange]]] = field(default_factory=list)
    #: Sentences for the user about rows that did something unexpected (English; see messages.py).
    warnings: list[str] = field(default_factory=list)


class CatalogueColumnsError(ExchangeError):
    """The file's columns do not say where a field is (or the mapping names what is not there): the
    user can fix it by saying which column is which (``--map``, the window's mapping step)."""


class UnplacedColumnsError(CatalogueColumnsError):
    """Columns no field is known for: the message names them all and lists petdesk's fields."""


class CatalogueRowsError(ExchangeError):
    """Rows of the file that cannot be imported, every one of them with its line, column, value
    and what is allowed; nothing was imported."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.file = path.name
        self.problems = problems
        super().__init__(self.in_words("en"))

    def in_words(self, locale: str) -> str:
        """The problems in ``locale``, one a line, the first ``SHOWN_PROBLEMS`` of them."""
        from petdesk.exchange.catalogue_report import capped
        from petdesk.i18n import translator
        from petdesk.messages import localize

        lines = [localize(p, locale) for p in self.problems]
        _ = translator(locale)
        if len(lines) == 1:  # said too: the good rows were not imported either (field test 58)
            head = _("a row of {file} cannot be imported, so nothing was imported:").format(file=self.file)
        else:
            head = _("{file} has {n} rows that cannot be imported, so nothing was imported:").format(
                file=self.file, n=len(lines)
            )
        return "\n".join([head, *capped(lines, locale)])


def catalogue_fields(kind: str) -> tuple[str, ...]:
    """The fields a catalogue of ``kind`` ("technologies" or "needs") can fill from a file column."""
    if kind not in ("technologies", "needs"):
        raise ValueError(kind)
    return _IMPORT_COLUMNS[kind]


def name_fields(kind: str) -> tuple[str, str]:
    """The fields of which a catalogue file needs at least one column: the name or title."""
    return ("name_en", "name_zh") if kind == "technologies" else ("title_en", "title_zh")


@dataclass
class CataloguePreview:
    """What the mapping step shows before anything is imported."""

    #: The file's headers as written, in file order.
    headers: list[str]
    #: header -> the field the aliases recognise ("" for a row number); unknown headers are absent.
    guess: dict[str, str]
    #: The first body rows, cells as written (a row shorter than the header is padded).
    rows: list[list[str]]
    unit: str
    header_line: int


def preview_catalogue(path: Path, kind: str, *, limit: int = 20) -> CataloguePreview:
    """The headers of a catalogue file, the fields guessed for them and its first rows."""
    from petdesk.exchange.read_errors import unreadable
    from petdesk.services.importing import ImportFileError

    known = catalogue_fields(kind)
    try:
        table, columns, _factors = _open(path, kind, _sheet_of(path, kind), None)
    except (ImportFileError, OSError) as exc:
        raise ExchangeError(unreadable(path.name, exc)) from None
    guess = {}
    for header, column in zip(table.headers, columns, strict=True):
        if column in known or (column == "" and header.strip()):  # a field, or a row number
            guess[header] = column
    width = len(table.headers)
    rows = [(cells + [""] * width)[:width] for _n, cells in islice(table.body(), limit * 2) if any(cells)]
    return CataloguePreview(list(table.headers), guess, rows[:limit], table.unit, table.header_line)


_YES = {"yes", "y", "true", "1", "是", "x", "同意"}
_NO = {"no", "n", "false", "0", "否", "", "不同意"}


@dataclass
class _Sheet:
    #: The catalogue column of each header (the header as written when it names none).
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]
    unit: str
    #: column -> factor of its figures (a budget "in 万元" is in ten thousands)
    factors: dict[str, float]
    #: The headers as the file writes them.
    written: list[str]
    #: Totals rows left out: (line or row number, the cell that says so).
    totals: list[tuple[int, str]] = field(default_factory=list)
    #: Hidden columns of a workbook that no field is known for, left out (their headers).
    hidden: list[str] = field(default_factory=list)
    #: Rows with text only in columns left out (a footnote under the table): (row, the text).
    unread: list[tuple[int, str]] = field(default_factory=list)


def _read(path: Path, kind: str, sheet: str | None = None, mapping: ColumnMap | None = None) -> _Sheet:
    """The rows of ``kind`` in a CSV file, or in the worksheet of a workbook that holds them
    (``sheet``, else the one :func:`_sheet_of` finds), each header named by the catalogue column
    it means (English or Chinese: ``catalogue_columns``, or as ``mapping`` says)."""
    from petdesk.services.importing import ImportFileError

    try:
        sheet = sheet or _sheet_of(path, kind)
        table, headers, factors = _open(path, kind, sheet, mapping)
        _check_mapping(path, kind, table.headers, mapping)
        hidden: list[str] = []
        if kind != "organisations":  # a hidden column no field is known for: the agency's own notes
            chosen = {k.strip() for k in mapping or {}}
            for i in _hidden_columns(path, sheet):
                unknown = i < len(headers) and headers[i] and headers[i] not in _IMPORT_COLUMNS[kind]
                if unknown and table.headers[i].strip() not in chosen:
                    hidden.append(table.headers[i])
                    headers[i] = ""
        seen: dict[str, str] = {}
        for written, column in zip(table.headers, headers, strict=True):
            if column and column in seen:
                raise ExchangeError(
                    f"{path.name} has two columns for {column}: {quoted(seen[column])} and {quoted(written)}"
                )
            seen[column] = written
        rows, totals, unread = [], [], []
        for n, values in table.body():  # every row: ``table.rows`` holds only the first ones
            if kind != "organisations" and (label := _totals_label(values)):
                totals.append((n, label))
                continue
            row = {
                h: _unguarded((v or "").strip(), table.unit)
                for h, v in zip(headers, values, strict=False)
                if h
            }
            if any(row.values()):
                rows.append((n, row))
            elif kind != "organisations" and (text := " ".join(v.strip() for v in values if v.strip())):
                unread.append((n, text))  # "注：投资估算单位为万元" under the table (field test 97)
    except (ImportFileError, OSError) as exc:
        from petdesk.exchange.read_errors import unreadable

        raise ExchangeError(unreadable(path.name, exc)) from None
    return _Sheet(headers, rows, table.unit, factors, list(table.headers), totals, hidden, unread)


def _unguarded(text: str, unit: str) -> str:
    """A CSV cell without the apostrophe :func:`_flat_cell` put before formula-like text."""
    return without_formula_guard(text) if unit == "line" and text[:1] == "'" else text


#: A column's entry in a worksheet's XML: ``<col min="9" max="9" width="12" hidden="1"/>``.
_COL = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b(min|max|hidden)="([^"]*)"')


def _hidden_columns(path: Path, sheet: str | None) -> list[int]:
    """The indices (from 0) of the columns hidden in the worksheet ``sheet`` (else the first) of a
    workbook; none for a CSV file. The ``<cols>`` element comes before the rows, so the start of
    the sheet's XML is enough (openpyxl's read-only reader does not give column widths)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        with ws._get_source() as source:  # openpyxl's own way to open the sheet's XML
            head = source.read(1 << 16)
    finally:
        workbook.close()
    hidden: list[int] = []
    for col in _COL.findall(head.split(b"<sheetData", 1)[0]):
        found = {k.decode(): v.decode() for k, v in _ATTRIBUTE.findall(col)}
        if found.get("hidden") in ("1", "true") and found.get("min", "").isdigit():
            first = int(found["min"])
            hidden.extend(range(first - 1, int(found.get("max") or first)))
    return hidden


#: The first cell of a catalogue's totals row: "合计", "总计：400项", "Total" (field test 81: a
#: technology named "共400项" came in from the agency's totals row).
_TOTALS = re.compile(
    r"(合\s*计|总\s*计|小\s*计|共\s*计|total|totals|grand total|sum)[:：]?\s*[\d,.]*\s*(项|items?)?"
)


def _totals_label(cells: Sequence[str]) -> str:
    """The first cell of ``cells`` when it says the row is a totals row, else ""."""
    first = next((c.strip() for c in cells if c and c.strip()), "")
    return first if _TOTALS.fullmatch(first.casefold()) else ""


def _open(
    path: Path, kind: str, sheet: str | None, mapping: ColumnMap | None
) -> tuple[Table, list[str], dict[str, float]]:
    """The table of ``kind`` with its header row found (a bureau's headers may sit below a title),
    the catalogue column of each header and the factors of their figures."""
    from petdesk.services.importing import HEADER_SEARCH, NO_HEADER, open_table

    known = _IMPORT_COLUMNS[kind]
    table = open_table(path, sheet=sheet)
    headers, factors = columns_for(table.headers, kind, known, mapping)
    if kind != "organisations" and not _names_a_record(headers, kind):
        # The header guess knows contact lists; a bureau's own headers may sit below a title.
        top = islice(open_table(path, sheet=sheet, header_row=NO_HEADER).body(), HEADER_SEARCH)
        for n, cells in top:
            if _names_a_record(columns_for(cells, kind, known, mapping)[0], kind):
                table = open_table(path, sheet=sheet, header_row=n)
                break
    table = _with_language_row(table)
    # again with the first rows: a column headed in both languages takes its cells' language
    headers, factors = columns_for(table.headers, kind, known, mapping, [cells for _n, cells in table.rows])
    return table, headers, factors


#: The words of a second header row that says each column's language under a merged header.
_LANGUAGE_WORDS = {"中文", "英文", "中", "英", "chinese", "english", "zh", "en", "cn"}


def _with_language_row(table: Table) -> Table:
    """``table`` with a second header row of languages joined to the one above: WPS and Excel
    catalogues merge "技术名称" over two columns and write 中文 | 英文 below it (field test 81: that
    row was read as a technology named 中文, and the unnamed English column was left out). Each
    header becomes "技术名称（英文）"; a cell merged down from the header row is no language."""
    if not table.rows:
        return table
    line, below = table.rows[0]
    words = [
        cell if cell.strip().casefold() in _LANGUAGE_WORDS and cell != header else ""
        for header, cell in zip(table.headers, below, strict=False)
    ]
    others = [
        c for c, w, h in zip(below, words, table.headers, strict=False) if c.strip() and not w and c != h
    ]
    if not any(words) or others:
        return table
    headers, over = [], ""
    for header, word in zip(table.headers, words + [""] * len(table.headers), strict=False):
        over = header.strip() or over  # an empty header sits under the merged one to its left
        headers.append(f"{over}（{word.strip()}）" if word and over else header)
    stream = table.stream

    def body() -> RawRows:
        return ((n, cells) for n, cells in (stream() if stream else iter(table.rows)) if n != line)

    return replace(table, headers=headers, rows=table.rows[1:], header_line=line, stream=body)


def _check_mapping(path: Path, kind: str, headers: Sequence[str], mapping: ColumnMap | None) -> None:
    """Refuse a mapping that names a column the file lacks or a field the catalogue lacks: a typing
    mistake would otherwise leave a column out without a word."""
    if not mapping:
        return
    written = {h.strip() for h in headers}
    fields = _IMPORT_COLUMNS[kind]
    for header, column in mapping.items():
        if header.strip() not in written:
            raise CatalogueColumnsError(
                f"{path.name} has no column {quoted(header)}; its columns are {', '.join(headers)}"
            )
        if column and column not in fields:
            raise CatalogueColumnsError(
                f"{quoted(column)} is not a field of the catalogue; the fields are {', '.join(fields)}"
            )


def columns_for(
    headers: Sequence[str],
    kind: str,
    known: tuple[str, ...],
    mapping: ColumnMap | None = None,
    samples: Sequence[Sequence[str]] = (),
) -> tuple[list[str], dict[str, float]]:
    """The catalogue column each header names (as ``mapping`` says, else the alias guess: English or
    Chinese; "" leaves a column out; a column headed in both languages takes the language of its
    cells in ``samples``, the first rows) and the factors of their figures; an organisations sheet
    (petdesk's own export) is named by its columns as written."""
    if kind == "organisations":
        return [h.strip().lower() for h in headers], {}
    chosen = {k.strip(): v for k, v in (mapping or {}).items()}
    out: list[str] = []
    factors: dict[str, float] = {}
    for header in headers:
        guessed, factor = column_for(header, kind, known)
        column = chosen.get(header.strip(), guessed)
        out.append(header.strip().lower() if column is None else column)
        if column and column == guessed and factor != 1.0:  # "预算（万元）" chosen as guessed
            factors[column] = factor
        elif column and column.startswith("budget") and (by_unit := unit_factor(header)) != 1.0:
            factors[column] = by_unit  # "投资估算（万元）" chosen by hand: still in 万元
    for i, column in enumerate(out):
        if not column.endswith(EITHER_LANGUAGE):
            continue
        out[i] = _language_of_column(column, [row[i] if i < len(row) else "" for row in samples], out)
        # A header merged over two columns (WPS: "技术简介 Description" over G:H) names the next,
        # unnamed one too: the other language.
        following = headers[i + 1].strip() if i + 1 < len(headers) else None
        if following == "" and following not in chosen:
            stem, _underscore, language = out[i].rpartition("_")
            other = f"{stem}_{'en' if language == 'zh' else 'zh'}"
            if other not in out:
                out[i + 1] = other
    return out, factors


def _language_of_column(column: str, cells: Sequence[str], taken: Sequence[str]) -> str:
    """The field a column headed in both languages ("技术简介 Description") fills: the language its
    cells are written in (field test 26, §7), else the one no other column fills, else Chinese."""
    stem = column.removesuffix(EITHER_LANGUAGE)
    written = [cell for cell in cells if cell and cell.strip()]
    chinese = sum(1 for cell in written if any("\u4e00" <= ch <= "\u9fff" for ch in cell))
    free = [language for language in ("zh", "en") if f"{stem}_{language}" not in taken] or ["zh"]
    if not written:
        return f"{stem}_{free[0]}"
    by_cells = "zh" if chinese * 2 >= len(written) else "en"
    return f"{stem}_{by_cells if by_cells in free else free[0]}"


def _names_a_record(columns: list[str], kind: str) -> bool:
    stem = "name" if kind == "technologies" else "title"
    return any(c in columns for c in (f"{stem}_en", f"{stem}_zh", f"{stem}{EITHER_LANGUAGE}"))


def _sheet_of(path: Path, kind: str) -> str | None:
    """The worksheet holding ``kind`` when ``path`` is a workbook: the one named so (petdesk's own
    export writes a sheet per kind, organisations first), else the first whose header has only
    columns of ``kind``, else the first (a workbook of another program has one sheet, named
    anything). None for a CSV file."""
    from petdesk.services.importing import detect_format

    with open(path, "rb") as fh:
        if detect_format(path, fh.read(200)) != "xlsx":
            return None
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a damaged workbook: open_table says what is wrong with it
        return None
    try:
        names = list(workbook.sheetnames)
        named = [n for n in names if n.strip().casefold() == kind]
        if named:
            return named[0]
        known = set(_COLUMNS[kind])
        for name in names:
            header = next(workbook[name].iter_rows(max_row=1, values_only=True), ())
            columns = {str(c).strip().lower() for c in header if c is not None and str(c).strip()}
            if columns and columns <= known:
                return name
        return names[0] if names else None
    finally:
        workbook.close()


def _organisation_rows(path: Path, kind: str) -> dict[str, dict[str, str]]:
    """The organisations petdesk's export wrote beside ``kind`` (the workbook's organisations sheet,
    or ``name.organisations.csv`` beside ``name.technologies.csv``), by id and by name: the import
    makes a provider or city it does not know with these names, country and id."""
    if path.suffix.lower() == ".csv":
        stem = path.name[: -len(f".{kind}.csv")] if path.name.endswith(f".{kind}.csv") else ""
        source = path.with_name(f"{stem}.organisations.csv") if stem else None
        if source is None or not source.exists():
            return {}
        organisations = _read(source, "organisations")
    else:
        if _sheet_of(path, "organisations") != "organisations":
            return {}
        organisations = _read(path, "organisations", sheet="organisations")  # found already
    headers, rows = organisations.headers, organisations.rows
    if not {"id", "name_en", "name_zh"} <= set(headers):
        return {}
    out: dict[str, dict[str, str]] = {}
    for _n, row in rows:
        for key in (row.get("name_en", ""), row.get("name_zh", ""), row.get("id", "")):
            if key:
                out[key] = row
    return out


class _OrganisationsByName:
    """The office's live organisations by name, read once per import: a file of 1,500 rows against
    1,500 providers looks each one up in a dict, not in a scan per row. Names are compared by
    :func:`same_name_key` (any script's case: "Ørsted", "Großhausen" and "GROSSHAUSEN" meet), where
    SQLite's ``lower()`` folds A-Z only and made a new provider for every row (field test 44, §1)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, str] | None = None

    def find(self, value: str) -> m.Organisation | None:
        if not value:
            return None
        for form in forms(value):  # an export names a provider without a name by its canonical UUID
            org = self._session.get(m.Organisation, form)
            if org is not None and org.deleted_at is None:
                return org
        org_id = self._by_name().get(same_name_key(value))
        return self._session.get(m.Organisation, org_id) if org_id else None

    def add(self, org: m.Organisation) -> None:
        """Know ``org`` (just added by the import) by its names, so the file's next rows find it."""
        for name in (org.name_en, org.name_zh, org.short_name_en):
            if name:
                self._by_name().setdefault(same_name_key(name), org.id)

    def _by_name(self) -> dict[str, str]:
        if self._ids is None:
            o = m.Organisation
            rows = self._session.execute(
                select(o.id, o.name_en, o.name_zh, o.short_name_en)
                .where(o.deleted_at.is_(None))
                .order_by(o.created_at, o.id)  # the oldest of two of one name, as a re-import found
            )
            self._ids = {}
            for org_id, *names in rows:
                for name in names:
                    if name:
                        self._ids.setdefault(same_name_key(name), org_id)
        return self._ids


def find_city(session: Session, value: str) -> m.Organisation | None:
    """The city government a needs file names with or without its administrative suffix ("深圳" for
    深圳市, "Shenzhen City" for Shenzhen), by its English or Chinese name: the oldest, when the office
    already has two."""
    keys = city_keys(value)
    cities = session.scalars(
        select(m.Organisation)
        .where(m.Organisation.deleted_at.is_(None), m.Organisation.kind == OrgKind.CITY_GOVERNMENT)
        .order_by(m.Organisation.created_at, m.Organisation.id)
    )
    return next(
        (org for org in cities if keys & {city_key(n) for n in (org.name_en, org.name_zh) if n}), None
    )


def find_cities(session: Session, value: str) -> list[m.Organisation]:
    """Every city government ``value`` names, for a person to choose from (``needs add --city``):
    those its name in either language names, with or without 市, 市人民政府 or "City"; else those
    whose name it spells in pinyin ("Tangshan" for 唐山市人民政府, field test 63: refused, as petdesk's
    list of known cities lacks 唐山), which may be several ("Suzhou": 苏州市 and 宿州市)."""
    cities = list(
        session.scalars(
            select(m.Organisation)
            .where(m.Organisation.deleted_at.is_(None), m.Organisation.kind == OrgKind.CITY_GOVERNMENT)
            .order_by(m.Organisation.created_at, m.Organisation.id)
        )
    )
    names = {
        org.id: [n or "" for n in (org.name_en, org.name_zh, org.city_en, org.city_zh)] for org in cities
    }
    keys = city_keys(value)
    by_name = [org for org in cities if keys & {city_key(n) for n in names[org.id] if n.strip()}]
    if by_name or has_cjk(value):  # 宿州 is not 苏州 though both are "suzhou"
        return by_name
    return [org for org in cities if names_city(value, names[org.id])]


def import_catalogue(
    session: Session, path: Path, kind: str, mapping: ColumnMap | None = None
) -> CatalogueReport:
    """:func:`_import_catalogue`, remembered as the last import so that it can be undone as one step."""
    from petdesk.services import import_undo

    with import_undo.remembered(session, kind=kind, source=path.name):
        return _import_catalogue(session, path, kind, mapping)


def _import_catalogue(
    session: Session, path: Path, kind: str, mapping: ColumnMap | None = None
) -> CatalogueReport:
    """Read technologies or needs from CSV/XLSX into ``session``: every row is checked first and one
    bad row refuses the whole file. ``mapping`` says which column feeds which field where the
    headers alone do not (see :data:`ColumnMap`). A row updates the record with the same id, or
    else the one with the same English or Chinese name/title; otherwise it is added. An unknown
    provider or city is added as a new organisation (enterprise or city government)."""
    known = set(catalogue_fields(kind))
    sheet = _read(path, kind, mapping=mapping)
    headers, rows, unit = sheet.headers, sheet.rows, sheet.unit
    name_cols = name_fields(kind)
    # The name first: a file whose headers are all a bureau's own wording lacks it, and that is the
    # one thing to say (rather than the first of its unknown columns).
    if not any(c in headers for c in name_cols):
        raise CatalogueColumnsError(
            f"{path.name} has no column for {name_cols[0]} or {name_cols[1]} (one of them is needed); "
            f"its columns are {', '.join(sheet.written)}"
        )
    unplaced = [written for written, h in zip(sheet.written, headers, strict=True) if h and h not in known]
    if unplaced:
        raise UnplacedColumnsError(_unplaced_columns(path, unplaced, kind))
    if not rows:
        raise ExchangeError(f"{path.name} has no rows to import")
    parsed: list[tuple[int, dict[str, Any]]] = []
    problems: list[str] = []  # every bad row, said at once (field test 26, §3)
    readings: list[str] = []  # how a cell that could not be stored as written was read
    # a need's "FCFA" budget is the franc of the office's country, as a project's is of its row's
    country = _office_country(session) if kind == "needs" else ""
    for n, r in rows:
        try:
            values = _parse_row(r, kind, name_cols, sheet.factors, country)
        except ValueError as exc:
            problems.append(f"{path.name}, {unit} {n}: {exc}")
            continue
        readings.extend(f"{path.name}, {unit} {n}: {note}" for note in values.pop("_readings", []))
        parsed.append((n, values))
    if kind == "needs" and not problems:
        problems = _cities_missing(path, parsed, unit)
    if problems:
        raise CatalogueRowsError(path, problems)
    report = CatalogueReport(kind)
    report.warnings.extend(
        f"{path.name}: the column {quoted(name)} is hidden in the workbook and was left out"
        for name in sheet.hidden
    )
    report.warnings.extend(
        f"{path.name}, {unit} {n}: a totals row ({label}), not imported" for n, label in sheet.totals
    )
    report.warnings.extend(
        f"{path.name}, {unit} {n}: only columns left out are filled ({one_line(text)}), not imported"
        for n, text in sheet.unread
    )
    report.warnings.extend(readings)
    if kind == "needs":
        parsed = _one_need_per_part(path, parsed, unit, report)
    organisations = _organisation_rows(path, kind)
    owner_col = "provider" if kind == "technologies" else "city"
    owner_id_col = "provider_organisation_id" if kind == "technologies" else "city_organisation_id"
    #: Records this file added under ids of their own (see the name match below).
    added_with_ids: set[str] = set()
    #: record id -> the row that added or last changed it, to say when rows of the file meet
    from_row: dict[str, int] = {}
    #: the providers (cities) the rows name, and those of them this import adds
    owners: list[m.Organisation] = []
    new_orgs: list[m.Organisation] = []
    by_name = _OrganisationsByName(session)
    for n, values in parsed:
        owner = values.pop(owner_col)
        owner_country = values.pop("provider_country", "")
        org = by_name.find(owner) if owner else None
        if org is None and owner and kind == "needs":
            org = find_city(session, owner)
        if org is not None and kind == "needs":
            name_known_city(org)
        if owner and org is None:
            org = _add_organisation(session, owner, organisations.get(owner), kind, f"import:{path.name}")
            org.country = org.country or owner_country
            by_name.add(org)
            report.new_organisations.append(owner)
            new_orgs.append(org)
        if org is not None:
            owners.append(org)
        values[owner_id_col] = org.id if org else None
        model = m.Technology if kind == "technologies" else m.CityNeed
        given = values.pop("_given")
        row_id = values.pop("id")
        if row_id:  # a canonical UUID (as exports write it) of a row that holds the compact one
            row_id = local_id(session, model, row_id)
        existing: Any = session.get(model, row_id) if row_id else None
        if existing is None:
            # a Chinese name in either script: 臺北 updates the technology written 台北 (and back)
            conds = [
                _same_chinese(getattr(model, c), values[c])
                if c.endswith("_zh")
                else getattr(model, c) == values[c]
                for c in name_cols
                if values.get(c)
            ]
            same_name: list[Any] = list(
                session.scalars(select(model).where(model.deleted_at.is_(None), or_(*conds)))
            )
            existing = _same_record(
                [r for r in same_name if not (row_id and r.id in added_with_ids)],
                owner_id_col,
                values[owner_id_col],
                # A need is its city's: one without a city is never another city's need.
                any_owner=kind == "technologies",
            )
        if values[owner_id_col] is None:  # a row that names no provider (or city) keeps the known one
            del values[owner_id_col]
        label = values.get(name_cols[0]) or values.get(name_cols[1]) or ""
        if existing is None:
            obj = model(**values, source=f"import:{path.name}")
            if row_id:
                obj.id = row_id
                added_with_ids.add(row_id)
            session.add(obj)
            session.flush()
            report.added.append(label)
            from_row[obj.id] = n
        else:
            if existing.id in from_row:
                report.warnings.append(
                    f"{path.name}, {unit} {n}: {label} repeats {unit} {from_row[existing.id]}; "
                    "the later values are kept"
                )
            from_row[existing.id] = n
            changes = _update(session, existing, values, given | {owner_id_col}, owner_id_col)
            if changes:
                report.updated.append(label)
                report.changes.append((label, changes))
        session.flush()
    if kind == "needs":
        _same_country(new_orgs, owners)
    else:
        _providers_without_country(new_orgs, report)
    return report


def _same_chinese(column: Any, value: str) -> Any:
    """``column`` holds ``value`` in either script: its spellings compared in SQL, or for a name of
    too many, the column Simplified (a Python call per row)."""
    forms = spellings(value)
    return column.in_(forms) if forms is not None else func.petdesk_simplified(column) == simplified(value)


#: Providers named in the warning about new providers without a country, before "…".
SHOWN_PROVIDERS = 5


def _providers_without_country(new_providers: list[m.Organisation], report: CatalogueReport) -> None:
    """Say how many new providers have no country and how to give them one: a catalogue with
    Chinese-only provider names and no provider_country column added them silently, and the market
    report counted them under "Country not given" (field test). The country is not guessed: a Chinese
    name is also that of a Singapore or Taiwan firm."""
    names = [org.name_zh or org.name_en for org in new_providers if not org.country]
    if not names:
        return
    shown = ", ".join(names[:SHOWN_PROVIDERS]) + (", …" if len(names) > SHOWN_PROVIDERS else "")
    sentence = PROVIDERS_WITHOUT_COUNTRY[0] if len(names) == 1 else PROVIDERS_WITHOUT_COUNTRY[1]
    report.warnings.append(sentence.format(n=len(names), names=shown))


#: The warning of :func:`_providers_without_country` (translated by ``messages.localize``).
PROVIDERS_WITHOUT_COUNTRY = (
    "{n} new provider has no country ({names}), so the market report counts it under "
    "“Country not given”: set its country in its editor on the Organisations page; a "
    "provider_country column in the file gives new providers their country",
    "{n} new providers have no country ({names}), so the market report counts them under "
    "“Country not given”: set their country in each one's editor on the Organisations page; a "
    "provider_country column in the file gives new providers their country",
)


def _same_country(new_cities: list[m.Organisation], cities: list[m.Organisation]) -> None:
    """A new city of no known country takes the one country of the file's other cities: a bureau's
    file lists the cities of one country ("温州" beside 杭州市 and 宁波市)."""
    countries = {city.country for city in cities if city.country}
    if len(countries) == 1:
        country = countries.pop()
        for city in new_cities:
            city.country = city.country or country


def _given_fields(r: dict[str, str]) -> frozenset[str]:
    """The record's fields a row says something about: those whose cell is filled in. A column the
    file lacks, or an empty cell, keeps what the office knows (field test 26, §1: curated
    descriptions, licences and consents were lost to columns the file did not have)."""
    return frozenset(_FIELD_OF_COLUMN.get(column, column) for column, value in r.items() if value)


#: The record's field a file column fills, where the two are named apart.
_FIELD_OF_COLUMN = {"consent": "share_consent"}


def _update(
    session: Session, existing: Any, values: dict[str, Any], given: frozenset[str], owner_id_col: str
) -> list[FieldChange]:
    """Set the fields the row gives on ``existing``; the changes made, old and new."""
    changes = []
    for k, v in values.items():
        old = getattr(existing, k)
        if k not in given or old == v:
            continue
        if k == owner_id_col:
            changes.append(FieldChange(k, _organisation_name(session, old), _organisation_name(session, v)))
        else:
            changes.append(FieldChange(k, list(old) if isinstance(old, list) else old, v))
        setattr(existing, k, v)
    return changes


def _organisation_name(session: Session, org_id: str | None) -> str:
    org = session.get(m.Organisation, org_id) if org_id else None
    return (org.name_zh or org.name_en) if org else ""


def _unplaced_columns(path: Path, columns: list[str], kind: str) -> str:
    """Every column of the file petdesk cannot place, in one sentence (not one per run), with
    petdesk's fields below it to choose from."""
    named = ", ".join(repr(c) for c in columns)
    fields = ", ".join(catalogue_fields(kind))
    sentence = (
        f"{path.name} has a column petdesk cannot place: {named}"
        if len(columns) == 1
        else f"{path.name} has {len(columns)} columns petdesk cannot place: {named}"
    )
    return f"{sentence}\npetdesk's fields: {fields}"


def add_city(session: Session, name: str, *, source: str) -> m.Organisation:
    """A city government called ``name`` added as a needs import adds one: a city petdesk knows
    gets both names and its country (``needs add --city 杭州市``; field test 44, §2)."""
    return _add_organisation(session, name, None, "needs", source)


def _add_organisation(
    session: Session, owner: str, row: dict[str, str] | None, kind: str, source: str
) -> m.Organisation:
    org = _new_organisation(session, owner, row, kind)
    org.source = source
    session.add(org)
    session.flush()
    return org


def _new_organisation(session: Session, owner: str, row: dict[str, str] | None, kind: str) -> m.Organisation:
    """A provider (or city) the office does not know: as the file's organisations row has it (both
    names, country, city and the id it has in the other office, so that sync knows it as one
    organisation), else named ``owner`` in the language it is written in."""
    default_kind = OrgKind.ENTERPRISE if kind == "technologies" else OrgKind.CITY_GOVERNMENT
    if row is None:
        is_zh = any("\u4e00" <= ch <= "\u9fff" for ch in owner)
        name_en, name_zh = ("", owner) if is_zh else (owner, "")
        if kind == "technologies":  # 兰州交通大学 is a university, not an enterprise (field test 81)
            from petdesk.services.org_kind_guess import kind_from_name

            default_kind = kind_from_name(name_en, name_zh)
        org = m.Organisation(name_en=name_en, name_zh=name_zh, kind=default_kind)
        if kind == "needs":
            _place_city(org, owner)
        return org
    org_kind = next((k for k in OrgKind if k.value == row.get("kind", "").strip().lower()), default_kind)
    org = m.Organisation(
        name_en=row.get("name_en", ""),
        name_zh=row.get("name_zh", ""),
        kind=org_kind,
        country=row.get("country", "").upper()[:2],
        city_en=row.get("city_en", ""),
        city_zh=row.get("city_zh", ""),
        website=row.get("website", ""),
    )
    _take_channels(org, row)
    known_id = local_id(session, m.Organisation, row["id"]) if row.get("id") else ""
    if known_id and session.get(m.Organisation, known_id) is None:  # not a deleted one of that id
        org.id = known_id
    return org


def _take_channels(org: m.Organisation, row: dict[str, str]) -> None:
    """The row's phone and e-mail of the organisation (the flat export's, 0078), each where it is one."""
    from petdesk.services import organisation_channels as channels

    phone, email = (without_formula_guard(row.get(key, "").strip()) for key in ("phone", "email"))
    org.phone = channels.stored_phone(phone, org.country) if not channels.channel_issues(phone, "") else ""
    org.email = channels.stored_email(email) if not channels.channel_issues("", email) else ""


#: How a Chinese city government is written: "温州市", "温州市人民政府", "余杭区", "桐庐县".
_CHINESE_CITY = re.compile(r"^[\u4e00-\u9fff]{1,8}(市|县|区|自治州|盟|人民政府|市政府)$")


def names_chinese_city(name: str) -> bool:
    """Whether ``name`` says itself that it is a Chinese city or county government ("唐山市人民政府",
    "桐庐县"), as an import trusts it to add one."""
    return bool(_CHINESE_CITY.match(name.strip()))


def _place_city(org: m.Organisation, name: str) -> None:
    """The other language's name, the city and the country of a city government an import adds: a
    city petdesk knows gets both names (杭州市 is also "Hangzhou", so ``needs --city Hangzhou``, the
    English lists and the PDFs name it; field test 44, §2–3) and its country (北九州市 is in JP);
    else China for a name in Chinese characters with a Chinese administrative suffix (field test
    26, §12: 26 cities came in without a country, so the market report counted their needs under
    "country not given")."""
    name_en, name_zh, known = both_names(name)
    if known is not None:
        org.name_en, org.name_zh = org.name_en or name_en, org.name_zh or name_zh
        org.city_en, org.city_zh = org.city_en or known.en, org.city_zh or known.zh
        org.country = known.country
    elif names_chinese_city(name):
        org.country = "CN"


def name_known_city(org: m.Organisation) -> bool:
    """Give a city government with no English name the known city's (盐城市 is also "Yancheng"), with
    its city and country where those are empty; whether it did. A city an import added before
    petdesk knew the city (field test 76 named Jiangsu's cities in English) gets its name at the
    next import that names it, as a new one would; a name the office wrote stays."""
    if org.kind != OrgKind.CITY_GOVERNMENT or org.name_en.strip() or not org.name_zh.strip():
        return False
    name_en, _zh, known = both_names(org.name_zh)
    if known is None:
        return False
    org.name_en = name_en
    org.city_en, org.city_zh = org.city_en or known.en, org.city_zh or known.zh
    org.country = org.country or known.country
    return True


def _same_record(
    same_name: list[Any], owner_id_col: str, owner_id: str | None, *, any_owner: bool = True
) -> Any:
    """Of the records with a row's name, the one the row is: from the same provider (or city), else
    from none yet, else, for a row that names none, from any (``any_owner``; never for needs, which
    are matched by city and title). Another provider's technology of the same name is another
    technology; two rows of one file with ids of their own are two records (the caller leaves out
    those this file added)."""
    ranked = []
    for record in same_name:
        theirs = getattr(record, owner_id_col)
        anyone = any_owner and owner_id is None
        rank = 0 if theirs == owner_id else 1 if theirs is None else 2 if anyone else None
        if rank is not None:
            ranked.append((rank, record.created_at, record.id, record))
    return min(ranked, key=lambda entry: entry[:3])[3] if ranked else None


def _cities_missing(path: Path, parsed: list[tuple[int, dict[str, Any]]], unit: str) -> list[str]:
    """The needs without a city (nor an id) in a file whose other rows name cities: their city is
    most likely in a cell left empty by mistake, and petdesk does not guess it. (A merged city cell
    already gave its value to every row it spans.)"""
    if not any(values["city"] for _n, values in parsed):
        return []
    return [
        f"{path.name}, {unit} {n}: this need names no city while other rows do; "
        "fill in its city (needs are matched by city and title)"
        for n, values in parsed
        if not values["city"] and not values["id"]
    ]


#: What a city bureau writes between several needs in one cell: "黑臭水体治理；污泥处置".
_NEED_SEPARATORS = re.compile(r"\s*[；;、\r\n]+\s*")
#: Columns whose values belong to one need: a row that fills one of them is one need, even when
#: its title cell reads like a list.
_ONE_NEED_COLUMNS = ("id", "problem_en", "problem_zh", "scale", "budget_min", "budget_max")


def _title_parts(title: str) -> list[str]:
    """The needs a title cell lists, each once, in the order written."""
    return list(dict.fromkeys(p for p in _NEED_SEPARATORS.split(title) if p))


def _one_need_per_part(
    path: Path, parsed: list[tuple[int, dict[str, Any]]], unit: str, report: CatalogueReport
) -> list[tuple[int, dict[str, Any]]]:
    """Rows whose title cell lists several needs become one need per part (same city, sector and
    deadline), said in the report; a row whose description, scale or budget (or id) is one need's
    stays one need, with a warning, since petdesk cannot tell which part those belong to."""
    out: list[tuple[int, dict[str, Any]]] = []
    for n, values in parsed:
        parts = {col: _title_parts(values[col]) for col in ("title_en", "title_zh") if values[col]}
        counts = {len(p) for p in parts.values()}
        if max(counts) < 2:
            out.append((n, values))
            continue
        label = values["title_en"] or values["title_zh"]
        if len(counts) > 1 or any(values.get(col) for col in _ONE_NEED_COLUMNS):
            report.warnings.append(
                f"{path.name}, {unit} {n}: {one_line(label)} may be several needs in one cell; "
                "kept as one need, since the row's description, scale or budget is one need's "
                "(give each need a row of its own to import them apart)"
            )
            out.append((n, values))
            continue
        count = counts.pop()
        for k in range(count):
            one = {**values, "tags": list(values["tags"])}
            for col, titles in parts.items():
                one[col] = titles[k]
            out.append((n, one))
        report.warnings.append(f"{path.name}, {unit} {n}: {count} needs from one cell")
    return out


def _parse_row(
    r: dict[str, str], kind: str, name_cols: tuple[str, str], factors: dict[str, float], country: str = ""
) -> dict[str, Any]:
    """One row's values; ``country`` (the office's) tells which CFA franc a need's "FCFA" budget is."""
    if not (r.get(name_cols[0]) or r.get(name_cols[1])):
        raise ValueError(f"the row has neither {name_cols[0]} nor {name_cols[1]}")
    sector_raw = r.get("sector", "")
    sector = sector_code(sector_raw) if sector_raw else ""
    consent_raw = r.get("consent", "").casefold()
    if consent_raw not in _YES | _NO:
        raise ValueError(f"consent must be yes or no, not {quoted(r.get('consent'))}")
    out: dict[str, Any] = {
        "_given": _given_fields(r),  # what an update may change; taken out before the record is made
        "id": r.get("id", ""),
        name_cols[0]: r.get(name_cols[0], ""),
        name_cols[1]: r.get(name_cols[1], ""),
        "sector": sector,
        "tags": _split(r.get("tags", "")),
        "licence": r.get("licence", ""),
        "share_consent": consent_raw in _YES,
    }
    if kind == "technologies":
        trl_raw = r.get("trl", "")
        trl = None
        if trl_raw:
            trl = readiness_level(trl_raw) or 0
            if not 1 <= trl <= 9:
                raise ValueError(f"readiness (trl) must be a whole number from 1 to 9, not {quoted(trl_raw)}")
        out.update(
            provider=r.get("provider", ""),
            description_en=r.get("description_en", ""),
            description_zh=r.get("description_zh", ""),
            key_figures_en=r.get("key_figures_en", ""),
            key_figures_zh=r.get("key_figures_zh", ""),
            trl=trl,
            certifications=_split(r.get("certifications", "")),
            provider_country=_country(r.get("provider_country", "")),
        )
        return out
    readings: list[str] = []
    cells = _budget_cells(r, factors, readings)
    bare = [without_cfa_mark(text) for text, _factor in cells]
    unmarked = [
        (text if plain is None else plain, factor) for (text, factor), plain in zip(cells, bare, strict=True)
    ]
    budget: list[float | None] = []
    said: dict[str, str] = {}  # currency -> the cell that says it with "$", "mdp" or "MDD"
    for col, (text, factor) in zip(("budget_min", "budget_max"), unmarked, strict=True):
        number, factor, in_currency = _dollar_or_peso_marks(text, factor, country, r.get("currency") or "")
        if in_currency:
            said.setdefault(in_currency, text)
        # "U$S 25.000": Uruguay's and Argentina's dollar, whose dots group thousands wherever it is read
        dots = _country_currency(country) in DOTS_GROUP_ALL_AMOUNTS or southern_cone_dollar(text)
        try:
            amount = _budget(col, number, dot_groups=dots, typed=text)
        except _BudgetUnread as unread:
            # "5 mil. Kč", "EUR 2 mil.": read as the projects import reads the cell (money64: refused)
            # (a refusal for a reason of its own, "1.500" reads two ways, stands unless it is "mil.")
            read = None
            if unread.no_number or _CZECH_MIL.fullmatch(text.strip()):
                read = _as_projects_read(text, factor, r.get("currency") or "", country, readings)
            if read is None:
                raise ValueError(str(unread)) from None
            amount, in_currency = read
            if in_currency != (r.get("currency") or "CNY").strip().upper():
                said.setdefault(in_currency, text)
            factor = 1.0  # applied by the projects import's reading, as its column's unit is
        budget.append(amount * factor if amount is not None else None)
    if budget[0] is not None and budget[1] is not None and budget[0] > budget[1]:
        raise ValueError("budget_min is above budget_max")
    currency = (r.get("currency") or "CNY").upper()
    if said:
        currency = _marked_currency(said, r.get("currency") or "", readings)
    if any(plain is not None for plain in bare):
        currency = _cfa_currency(r.get("currency") or "", country, readings)
    if len(currency) != 3 or not currency.isalpha():
        raise ValueError(f"currency must be a code like CNY or USD, not {quoted(r.get('currency'))}")
    if said or any(plain is not None for plain in bare):
        # The budget's own sign or word says the currency: a need stored before as CN¥ (the default)
        # takes it, as a filled-in currency column would; the preview lists it as a change (field
        # test 123: "$ 250.000" again left Córdoba's need in yuan).
        out["_given"] = out["_given"] | {"currency"}
    deadline = None
    if r.get("deadline"):
        deadline = _deadline(r["deadline"], readings)
    status = _need_status(r.get("status") or "open")
    problem_en, problem_zh = r.get("problem_en", ""), r.get("problem_zh", "")
    # No field of their own: kept with the problem, in the language the row is written in, not lost
    # (field test 97: 联系电话 and 备注 had to be left out of a commission's list).
    chinese = bool(r.get("title_zh") or problem_zh or not (r.get("title_en") or problem_en))
    contact = " ".join(filter(None, [r.get("contact", ""), r.get("phone", "")]))
    labels = ("预算：", "联系人：", "备注：") if chinese else ("Budget: ", "Contact: ", "Remarks: ")
    texts = (_approximate_budget(r, factors, chinese), contact, r.get("remarks", ""))
    extra = [f"{label}{text}" for label, text in zip(labels, texts, strict=True) if text]
    if chinese:
        problem_zh = "\n".join(filter(None, [problem_zh, *extra]))
    else:
        problem_en = "\n".join(filter(None, [problem_en, *extra]))
    out.update(
        city=r.get("city", ""),
        problem_en=problem_en,
        problem_zh=problem_zh,
        scale=r.get("scale", ""),
        budget_min=budget[0],
        budget_max=budget[1],
        currency=currency,
        deadline=deadline,
        status=status,
        _readings=readings,
    )
    return out


#: An amount said to be approximate: "约500", "大约 1,200", "about 500", "~500", "≈500".
_APPROXIMATE = re.compile(
    r"(?:约计|大约|约|近|approximately|approx\.?|about|ca\.|~|≈)\s*(\S.*)", re.IGNORECASE
)
#: A range of amounts in one cell: "300-500", "300～500", "300至500", "300 – 500".
_AMOUNT_RANGE = re.compile(r"(\d.*?)\s*(?:-|–|—|~|～|至|到)\s*(\d.*)")


def _budget_cells(
    r: dict[str, str], factors: dict[str, float], readings: list[str]
) -> tuple[tuple[str, float], tuple[str, float]]:
    """The texts of the budget's lower and upper end with the factor of each, as a commission's
    list writes one budget cell (field test 97: "约500" and "300-500" refused the whole file): a
    range fills both ends; an approximate amount is read as the upper end and said."""
    low, high = r.get("budget_min", ""), r.get("budget_max", "")
    low_factor, high_factor = factors.get("budget_min", 1.0), factors.get("budget_max", 1.0)
    if not low and (found := _one_cell_range(high, readings)):
        return _range_ends(found[1], found[2], high_factor)
    if not high and (found := _one_cell_range(low, readings)):
        return _range_ends(found[1], found[2], low_factor)
    if found := _APPROXIMATE.fullmatch(high.strip()):
        readings.append(f"the budget {high} is approximate: {found[1]} is taken as its upper end")
        high = found[1]
    if found := _APPROXIMATE.fullmatch(low.strip()):
        readings.append(f"the budget {low} is approximate: {found[1]} is taken as its lower end")
        low = found[1]
    return (low, _factor(low, low_factor)), (high, _factor(high, high_factor))


def _one_cell_range(text: str, readings: list[str]) -> re.Match[str] | None:
    """A range written in one cell, "300-500" or said to be approximate, "约300-500", whose 约 is
    said as "约500"'s is (it was refused as not a number)."""
    if found := _AMOUNT_RANGE.fullmatch(text.strip()):
        return found
    if (about := _APPROXIMATE.fullmatch(text.strip())) and (found := _AMOUNT_RANGE.fullmatch(about[1])):
        readings.append(
            f"the budget {text} is approximate: it is taken as the range {found[1]} to {found[2]}"
        )
        return found
    return None


#: A cell's own unit of ten thousands or hundred millions ("500万", "300-500万元", "1.2亿元"): the
#: amount says its size itself, and the column's factor (its header's 万元) is not applied again.
_OWN_UNIT = re.compile(r"\s*[万亿]\s*(?:元|人民币)?\s*$")


def _factor(text: str, factor: float) -> float:
    return 1.0 if _OWN_UNIT.search(text) else factor


def _range_ends(low: str, high: str, factor: float) -> tuple[tuple[str, float], tuple[str, float]]:
    """The two ends of a range cell: a unit written once after the range ("300-500万元") is both
    ends' (the lower end was read as 300 yuan beside the upper end's 5,000,000)."""
    if (unit := _OWN_UNIT.search(high)) and not _OWN_UNIT.search(low):
        low += unit[0]
    return (low, _factor(low, factor)), (high, _factor(high, factor))


def _approximate_budget(r: dict[str, str], factors: dict[str, float], chinese: bool) -> str:
    """An approximate budget cell as written ("约500万元"), kept with the problem: the amount
    stored is exact, the word 约 is the bureau's (field test 97)."""
    for col in ("budget_max", "budget_min"):
        text = r.get(col, "").strip()
        if _APPROXIMATE.fullmatch(text):
            if _OWN_UNIT.search(text):  # "约500万元": said as written
                return text
            unit = "万元" if factors.get(col) == 10_000.0 and chinese else ""
            unit = unit or (" × 10,000 CNY" if factors.get(col) == 10_000.0 else "")
            return f"{text}{unit}"
    return ""


#: A planned month or year, as a five-year plan's list writes its dates: "2027年3月", "2027-03", "2027年".
_MONTH = re.compile(r"(\d{4})\s*(?:年\s*|[-/.])(\d{1,2})\s*月?")
_YEAR = re.compile(r"(\d{4})\s*年?(?:底|末)?")
#: An Excel date serial that reached the cell as a number (a text cell, or a CSV saved from one):
#: 46539 is 2027-06-01. Only numbers of dates between 1954 and 2119 are read so.
_EXCEL_SERIAL = re.compile(r"[2-7]\d{4}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _deadline(text: str, readings: list[str] | None = None) -> dt.date:
    """A deadline cell: ISO, or as Excel on Chinese Windows saves a date cell to CSV ("2027/6/30"),
    or typed "2027.6.30" / "2027年6月30日" (field test 81: every Excel-saved deadline was refused).
    A date that reads two ways ("5/6/2027") or has no year is refused. A month or a year alone
    ("2027年3月", "2027年": a plan's dates) is taken at its last day, which ``readings`` says (field
    test 97: the whole list was refused for them), and an Excel serial (46539) as its date."""
    from petdesk.services.partial_dates import normalize_typed_date

    iso = text[:10] if re.fullmatch(r"\d{4}-\d\d-\d\d(?:[T ].*)?", text) else normalize_typed_date(text)
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        pass
    plain = text.strip()
    notes = readings if readings is not None else []
    if (found := _MONTH.fullmatch(plain)) and 1 <= int(found[2]) <= 12:
        year, month = int(found[1]), int(found[2])
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        notes.append(f"the deadline {plain} is a month: its last day, {last.isoformat()}, is taken")
        return last
    if found := _YEAR.fullmatch(plain):
        last = dt.date(int(found[1]), 12, 31)
        notes.append(f"the deadline {plain} is a year: its last day, {last.isoformat()}, is taken")
        return last
    if _EXCEL_SERIAL.fullmatch(plain):
        return _EXCEL_EPOCH + dt.timedelta(days=int(plain))
    raise ValueError(f"deadline must be a date like 2027-03-31, not {quoted(text)}")


def _cfa_currency(column: str, country: str, readings: list[str]) -> str:
    """The currency of a budget marked FCFA: the currency column's franc, else the country's
    (XOF or XAF, as the projects import decides it), else the West African franc, said. The needs
    import refused "1 500 000 FCFA" as no number, and a project's rule was not applied."""
    if column.strip() and column.strip().upper() not in ("XOF", "XAF"):
        raise ValueError(
            f"the budget is in CFA francs, not in {column.strip()}: write XOF or XAF as its currency"
        )
    franc = which_cfa_franc(column, country)
    if not franc:
        readings.append(
            "FCFA taken as the West African CFA franc (XOF); "
            "neither the currency column nor the office's country tells"
        )
    return franc or "XOF"


def _dollar_or_peso_marks(text: str, factor: float, country: str, column: str = "") -> tuple[str, float, str]:
    """A budget cell without its "$", "US$", "mdp", "MDD" or "M.N." and the factor and currency they
    give ("" for none): a bare "$" is the office's own money where that is its sign (pesos in Mexico
    City, as the projects import reads it); "$12.5 mdp" is 12.5 million pesos (field test 116:
    both were refused as no number)."""
    from petdesk.amounts import currencies_said
    from petdesk.peso_signs import (
        dollar_sign_currency,
        in_unidades_de_fomento,
        peso_words,
        rewritten_peso_marks,
    )

    own = _country_currency(country)
    if in_unidades_de_fomento(text):  # Chile's UF: no money to keep as pesos or dollars (field 123)
        raise ValueError(
            f"the budget {quoted(text)} is in UF (Chile's Unidad de Fomento): write it in pesos (CLP) or"
            " another currency, and the UF in the problem"
        )
    # "U$S 250.000", "MM$ 250", at an office in Chile "M$ 250.000"; errors say what was typed
    typed, text = text, rewritten_peso_marks(text, own)
    try:
        words = peso_words(text, own)
    except ValueError:
        raise ValueError(f"the budget {quoted(typed)} names two currencies: write one") from None
    if words:
        number, currency, size = words
        return number, size, currency
    if found := re.fullmatch(r"(US\$|\$)\s*(\d.*)", text.strip()):
        return found[2], factor, "USD" if found[1] == "US$" else dollar_sign_currency(own)
    if said := currencies_said(text):  # "15 millones de pesos" was kept as 15 million yuan (field 123)
        # whose pesos: the currency column's, else the office's, else the only one the word names
        whose = [c for c in (column.strip().upper(), own) if c in said] or [said[0]] * (len(said) == 1)
        if not whose:
            raise ValueError(
                f"the budget {quoted(typed)} is in pesos of which country? Write the code: ARS, CLP …"
            )
        return text, factor, whose[0]
    return text, factor, ""


def _marked_currency(said: dict[str, str], column: str, readings: list[str]) -> str:
    """The currency the budget's signs say (``said``: currency -> cell), checked against the
    currency column; a "$" taken as other money than the US dollar is said in ``readings``."""
    if len(said) > 1:
        raise ValueError(f"the budget's two ends are in two currencies: {', '.join(said.values())}")
    currency, text = next(iter(said.items()))
    if column.strip() and column.strip().upper() != currency:
        raise ValueError(
            f"the budget {quoted(text)} is in {currency}, not in {column.strip()}: write one currency"
        )
    if currency != "USD" and "$" in text and "mdp" not in text.casefold():
        readings.append(f"the budget {text}: $ taken as {currency}, the office's currency ($ is its sign)")
    return currency


def _country_currency(country: str) -> str:
    """The currency of ``country`` (MXN for MX), "" when unknown."""
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country, tender=True) if country else []
    return found[0] if found else ""


def _office_country(session: Session) -> str:
    """The office's country as set, "" when none is."""
    from petdesk.services.past_visits import _office_country as office_country

    return office_country(session)


class _BudgetUnread(ValueError):
    """A budget cell the amount reader refused; ``no_number``: as no number, not for a reason of its own."""

    def __init__(self, message: str, *, no_number: bool) -> None:
        super().__init__(message)
        self.no_number = no_number


#: "5 mil.", "EUR 2 mil.": the Czech million, which only the projects import's reading tells from
#: the Portuguese and Spanish thousand (by the office's country, the currency, a peso sign).
_CZECH_MIL = re.compile(r".*\d\s*mil\.?(?:\s*(?:Kč|[A-Za-z]{3}|€))?", re.IGNORECASE)


def _as_projects_read(
    text: str, factor: float, column: str, country: str, readings: list[str]
) -> tuple[float | None, str] | None:
    """(amount, currency) of a budget cell as the projects import reads an amount cell
    (:func:`petdesk.services.past_projects.parse_money`: its signs, codes and words, "mil." a
    million at a Czech office or in koruna), its notes said in ``readings``; None if it refuses too.
    The currency column, else the yuan (the needs import's own default), is the sheet's currency."""
    from petdesk.services.past_projects import parse_money

    try:
        sheet = (column.strip() or "CNY").upper()
        amount, currency, notes = parse_money(text, factor, sheet, country=country)
    except ValueError:
        return None
    readings += [note.sentence.format(**{k: str(v) for k, v in note.values.items()}) for note in notes]
    return amount, currency


def _budget(column: str, text: str, *, dot_groups: bool = False, typed: str = "") -> float | None:
    """A budget cell read as every amount is (:func:`petdesk.amounts.parse_amount`): "1.234.567,50"
    is 1234567.5, not 1.23456750 (every comma removed); "1.500", which reads two ways, is refused.
    ``dot_groups``: the office writes dots between thousands (Buenos Aires, Santiago: field 123).
    ``typed``: the cell as written ("U$S abc", not the "US$ abc" it was read as), named in errors."""
    from petdesk.amounts import NOT_AN_AMOUNT, AmountError, parse_amount

    typed = typed or text
    try:
        return parse_amount(text, dot_groups=dot_groups) if text.strip() else None
    except AmountError as exc:
        if exc.template != NOT_AN_AMOUNT:  # its own reason: reads two ways, M$ outside Chile …
            raise _BudgetUnread(str(exc.as_typed(typed)), no_number=False) from None
        if column == "budget_min":  # the field in the reader's words, not its code
            message = f"the budget's lower end must be a number, not {quoted(typed)}"
        else:
            message = f"the budget's upper end must be a number, not {quoted(typed)}"
        raise _BudgetUnread(message, no_number=True) from None


def _country(text: str) -> str:
    """The ISO code of a country cell: "DK", "Denmark" or "丹麦"; "" for an empty cell."""
    text = text.strip()
    if not text:
        return ""
    from petdesk.labels import country_code

    code = country_code(text)
    if not code:
        raise ValueError(f"{quoted(text)} is not a country petdesk knows; write its code (DK) or its name")
    return code


def _need_status(text: str) -> NeedStatus:
    """The status ``text`` names: its code, or the label petdesk shows for it in English or Chinese
    (field test 26, §4: 待对接, the word of ``petdesk needs`` and the window, was refused)."""
    from petdesk.vocab import label

    wanted = text.strip().casefold()
    for status in NeedStatus:
        if wanted in (status.value, label(status, "en").casefold(), label(status, "zh_CN")):
            return status
    allowed = ", ".join(label(status, "en") for status in NeedStatus)
    raise ValueError(f"status must be one of {allowed}, not {quoted(text)}")
