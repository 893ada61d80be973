"""Past delegation visits from an office's own record sheet (field test 101: the Changsha hub kept eight
years of visits in a workbook, 来访记录, and the yearly statistics began the day it moved to petdesk).

A row gives a date or a range as the office typed it ("2019.5.12-5.15", "2024.12.30-2025.1.3", a real
date, an Excel serial, or two columns; "05/08/2027" the way the office's country writes dates), the
delegation, its country in Chinese or English, a head count without names, the host and a remark. Each
becomes a visit marked done (planned when it ends after today: a sheet lists coming visits too), with
the country's code and the head count in their fields (since 0070); the host, the remark and a country
petdesk cannot name a code for go into its notes, as the visit has no field for them. Rows
that say nothing, rows without a readable date and visits already in petdesk are skipped with the
reason; everything else is added in the caller's transaction, recorded as one import for import-undo.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.compat_letters import nfkc_keeping_letters
from petdesk.csv_separators import guessed
from petdesk.day_order import DAY_FIRST, YEAR_FIRST, day_order
from petdesk.language import N_
from petdesk.models import Visit
from petdesk.models.enums import VisitDirection, VisitStatus
from petdesk.textsafety import without_direction_marks
from petdesk.thai_dates import buddhist_day
from petdesk.written_days import reads_two_ways, written_day

#: What is imported: past visits or past trainings; also the kind ``import-undo --list`` names.
VISITS, TRAININGS, PROJECTS = "visits", "trainings", "projects"
KIND = VISITS

_DATES: dict[str, tuple[str, ...]] = {
    "end": ("结束日期", "离开日期", "离开", "end", "enddate", "to", "until"),
    "start": (
        "开始日期",
        "抵达日期",
        "到达日期",
        "来访日期",
        "日期",
        "时间",
        "date",
        "start",
        "startdate",
        "from",
    ),
}
_REMARK = ("备注", "说明", "notes", "note", "remarks", "remark")
#: Header words (after NFKC, lower case, without spaces) for each field of each kind; the first wins.
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    VISITS: {
        **_DATES,
        "title": (
            "代表团",
            "来访团组",
            "团组",
            "团组名称",
            "来访单位",
            "delegation",
            "visitor",
            "visitors",
            "title",
        ),
        "country": ("国家", "国别", "国家/地区", "country"),
        "people": ("人数", "来访人数", "people", "headcount", "persons", "size"),
        "host": ("接待人", "接待", "联系人", "host", "hostedby"),
        "remark": _REMARK,
    },
    TRAININGS: {
        **_DATES,
        "title": ("培训名称", "培训", "培训班", "课程", "名称", "training", "course", "title"),
        "place": ("地点", "城市", "举办地", "培训地点", "venue", "city", "place"),
        "people": ("人数", "学员人数", "参训人数", "attendees", "participants", "people"),
        "remark": _REMARK,
    },
}
#: Excel's day 0 (serial 1 is 1900-01-01; the 1900 leap-year bug makes 1899-12-30 the usable origin).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DAY = r"(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})\s*日?"
_RANGE = re.compile(
    rf"{_DAY}\s*(?:[-~～—–至到]+)\s*(?:(?:(\d{{4}})\s*[.\-/年]\s*)?(\d{{1,2}})\s*[.\-/月]\s*)?(\d{{1,2}})\s*日?"
)


class PastVisitsError(ValueError):
    """The sheet cannot be imported at all; ``sentence`` (translatable) with ``values``."""

    def __init__(self, sentence: str, **values: Any) -> None:
        super().__init__(sentence.format(**values))
        self.sentence = sentence
        self.values = values


@dataclass(frozen=True)
class Skipped:
    row: int
    #: translatable reason with ``values``
    reason: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Added:
    row: int
    visit_id: str
    title: str
    start: dt.date
    end: dt.date
    #: a visit's country code (or the country as typed), a training's place
    place: str
    people: int | None
    #: "done", or "planned" for one that ends after the day of the import
    status: str = "done"
    #: the Buddhist-era dates of the row as typed, with the day taken ("15/03/2570", 2027-03-15):
    #: said under the row, as the projects preview says them (field test 120)
    buddhist: list[tuple[str, dt.date]] = field(default_factory=list)


@dataclass
class PastVisitsResult:
    sheet: str
    kind: str = VISITS
    added: list[Added] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: the office's country, and how many dates that read two ways ("05/08/2027") were read the way
    #: it writes dates (:mod:`petdesk.day_order`); said once above the rows
    country: str = ""
    two_way_dates: int = 0
    order: str | None = None

    @property
    def planned(self) -> int:
        """How many were added as planned: dated after the day of the import."""
        return sum(1 for added in self.added if added.status == "planned")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # without the direction marks Arabic Excel leaves around a cell's text (field test 118); Thai ำ
    # kept whole, which plain NFKC took apart (field test 120)
    return without_direction_marks(nfkc_keeping_letters(str(value))).strip()


#: What the preview says of a Buddhist-era date ("15/03/2570"): the year less 543.
BUDDHIST_TAKEN = N_("{text} is a date in the Buddhist era: {date} is taken")


def _buddhist_days(*cells: Any) -> list[tuple[str, dt.date]]:
    """The Buddhist-era dates in ``cells`` (a range in one cell too) as typed, with their day."""
    out = []
    for cell in cells:
        for part in _BETWEEN_DATES.split(_text(cell)):
            if day := buddhist_day(part.strip()):
                out.append((part.strip(), day))
    return out


def _day(value: Any, order: str | None = None) -> dt.date | None:
    """A date from a cell: a real date, an Excel serial (a number), or text such as 2019.5.12,
    2019-05-12, 2019/5/12 or 2019年5月12日; 17/08/2027, and 05/08/2027 in the ``order`` the office's
    country writes dates ("dmy", "mdy"; unread without one)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _EXCEL_EPOCH + dt.timedelta(days=int(value)) if 1 <= value < 2958466 else None
    text = _text(value)
    if buddhist := buddhist_day(text):  # "15/03/2570" was the year 2570 (field test 120)
        return buddhist
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # a serial saved as text (WPS "文本" cells)
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    match = re.fullmatch(_DAY, text)
    if not match:
        return written_day(text, order)  # "17/08/2027", "17 Agustus 2027" (field test 108)
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_dates(
    first: Any, second: Any = None, *, order: str | None = None
) -> tuple[dt.date, dt.date] | None:
    """(start, end) from one cell holding a day or a range ("2019.5.12-5.15", "2023.3.28-4.2",
    "2024.12.30-2025.1.3") or from two cells; ``None`` if no date can be read. ``order``: as
    :func:`_day`."""
    if second not in (None, ""):
        start, end = _day(first, order), _day(second, order)
        if start is None or end is None:
            return None
        return start, end
    start = _day(first, order)
    if start is not None:
        return start, start
    match = _RANGE.fullmatch(_text(first))
    if not match:
        return _two_whole_dates(_text(first), order)
    y, m, d, y2, m2, d2 = match.groups()
    try:
        start = dt.date(int(y), int(m), int(d))
        end = dt.date(int(y2 or y), int(m2 or m), int(d2))
    except ValueError:
        return None
    return start, end


#: Between two whole dates of a range: a dash with spaces around it (not the one inside 2027-11-05),
#: an en or em dash, or "to": "05/11/2027 - 07/11/2027" as Dhaka's sheet writes it (field test 122).
_BETWEEN_DATES = re.compile(r"\s+(?:-|to)\s+|\s*[–—]\s*", re.IGNORECASE)


def _two_whole_dates(text: str, order: str | None) -> tuple[dt.date, dt.date] | None:
    parts = _BETWEEN_DATES.split(text.strip())
    if len(parts) != 2:
        return None
    start, end = _day(parts[0], order), _day(parts[1], order)
    return (start, end) if start is not None and end is not None and start <= end else None


def _key(header: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", header)).casefold()


def column_map(header: Sequence[Any], kind: str = VISITS) -> dict[str, int]:
    """Which column (0-based) holds which field, from the header row's words."""
    return columns_named([_key(_text(h)) for h in header], HEADERS[kind])


def columns_named(keys: list[str], table: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Which of the header's ``keys`` (as :func:`_key` makes them) holds which field of ``table``
    (field -> the words naming it, most likely first); a column serves one field."""
    found: dict[str, int] = {}
    for name, words in table.items():
        for word in words:
            if word in keys and keys.index(word) not in found.values():
                found[name] = keys.index(word)
                break
    return found


def read_rows(
    path: Path,
    sheet: str | None = None,
    kind: str = VISITS,
    *,
    header_at: Callable[[Sequence[Sequence[Any]]], int | None] | None = None,
) -> tuple[str, list[list[Any]]]:
    """The rows of ``sheet`` (default: the first whose header names a date and a delegation or a
    training, or that ``header_at`` finds a header in: past projects) of an
    .xlsx workbook, or of a CSV file (UTF-8 with or without BOM, else GB 18030)."""
    found_header = header_at or (lambda rows: _header_index(rows, kind))
    if path.suffix.lower() == ".csv":
        # Read as the contact import reads a CSV: Excel pt-BR writes Windows-1252 with semicolons, which
        # the fixed UTF-8/UTF-16/GB 18030 list refused or, worse, decoded as Chinese (field test 110);
        # the separator guessed as for the en-ZA and fr-FR semicolon sheets (field test 111).
        from petdesk.services import encoding as enc

        try:
            text = enc.detect(path.read_bytes()).text
        except enc.EncodingError as exc:
            raise PastVisitsError(
                N_("{file}: the text encoding is not UTF-8, UTF-16 or GB 18030"), file=path.name
            ) from exc
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=guessed(text))
        return path.stem, [list(r) for r in reader]
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise  # a file not there is not "not an Excel workbook": the caller names it (polish63)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise PastVisitsError(
            N_("{file}: not an Excel workbook ({error})"), file=path.name, error=exc
        ) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise PastVisitsError(
                    N_("{file} has no worksheet named {sheet}; it has {sheets}"),
                    file=path.name,
                    sheet=sheet,
                    sheets=", ".join(workbook.sheetnames),
                )
            names = [sheet]
        else:
            names = list(workbook.sheetnames)
        for name in names:
            rows = [list(r) for r in workbook[name].iter_rows(values_only=True)]
            if sheet is not None or found_header(rows) is not None:
                return name, rows
    finally:
        workbook.close()
    if kind == PROJECTS:
        raise PastVisitsError(
            N_(
                "{file}: no worksheet has columns for the project's name and its funder or status; "
                "name it with --sheet"
            ),
            file=path.name,
        )
    if kind == TRAININGS:
        raise PastVisitsError(
            N_("{file}: no worksheet has columns for the date and the training; name it with --sheet"),
            file=path.name,
        )
    raise PastVisitsError(
        N_("{file}: no worksheet has columns for the date and the delegation; name it with --sheet"),
        file=path.name,
    )


def _header_index(rows: Sequence[Sequence[Any]], kind: str = VISITS) -> int | None:
    """The first of the top ten rows naming a date column and a delegation (training) column."""
    for index, row in enumerate(rows[:10]):
        found = column_map(row, kind)
        if "start" in found and "title" in found:
            return index
    return None


def _people(value: Any) -> int | str | None:
    """The head count: 8, "8", "8人"; None for none; the text itself if it is not a count."""
    text = _text(value)
    if not text:
        return None
    match = re.fullmatch(r"(\d+)\s*(人|名|位|people|persons|pax)?", text, re.IGNORECASE)
    return int(match.group(1)) if match else text


#: The notes line that keeps a past training's head count (no field for it; a visit's is a field since
#: 0070, which moved its lines out of the notes).
PEOPLE_LINE = "人数 / People: {n}"
#: Read back as staff leave the line after editing the notes: one language only ("人数：8"), a full-width
#: colon, a trailing space or "8人"; the exact line alone dropped an edited visit's people from the report.
_PEOPLE_LINE = re.compile(
    r"^[ \t]*(?:人数[ \t]*/[ \t]*People|人数|People)[ \t]*[:：][ \t]*(\d+)[ \t]*(?:人|名|位)?[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
#: SQL LIKE patterns that find the notes holding such a line (LIKE ignores ASCII case)
PEOPLE_LIKE = ("%人数%", "%people%")


def recorded_head_count(notes: str) -> int | None:
    """The head count an imported past training keeps in its notes, None if it has none."""
    match = _PEOPLE_LINE.search(notes or "")
    return int(match.group(1)) if match else None


def _notes(country_text: str, code: str, host: str, remark: str, row: int) -> str:
    """The facts a visit has no field for, in both languages, so that either reader finds them: a
    country without a code petdesk knows stays as typed."""
    lines = []
    if country_text and not code:
        lines.append(f"国家 / Country: {country_text}")
    if host:
        lines.append(f"接待人 / Host: {host}")
    if remark:
        lines.append(f"备注 / Remark: {remark}")
    lines.append(f"导入自来访记录第 {row} 行 / Imported from the visit record, row {row}")
    return "\n".join(lines)


def import_past_visits(
    session: Session, path: Path, *, sheet: str | None = None, kind: str = VISITS
) -> PastVisitsResult:
    """Add the past visits (or trainings) of ``path`` as done ones, in the caller's transaction (a dry
    run rolls it back); remembered as one import that ``import-undo`` takes back."""
    from petdesk.labels import country_code_in_any_language
    from petdesk.services import import_undo

    name, rows = read_rows(path, sheet, kind)
    header_at = _header_index(rows, kind)
    if header_at is None:
        if kind == TRAININGS:
            raise PastVisitsError(
                N_("{file}, {sheet}: no row names the columns of a date (日期) and a training (培训名称)"),
                file=path.name,
                sheet=name,
            )
        raise PastVisitsError(
            N_("{file}, {sheet}: no row names the columns of a date (日期) and a delegation (代表团)"),
            file=path.name,
            sheet=name,
        )
    columns = column_map(rows[header_at], kind)
    country = _office_country(session)
    order = day_order(country) if country else None
    result = PastVisitsResult(name, kind, country=country, order=order)
    known = _known(session, kind)
    today = dt.date.today()

    def cell(row: Sequence[Any], name: str) -> Any:
        index = columns.get(name)
        return row[index] if index is not None and index < len(row) else None

    with import_undo.remembered(session, kind=kind, source=path.name):
        for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
            if not any(_text(v) for v in row):
                result.skipped.append(Skipped(number, N_("empty row")))
                continue
            title = _text(cell(row, "title"))
            dates = parse_dates(cell(row, "start"), cell(row, "end"), order=order)
            # a Buddhist-era day (02/11/2569) is read day first, as Thai writes it, and said on its own
            two_ways = [
                t
                for t in (_text(cell(row, "start")), _text(cell(row, "end")))
                if reads_two_ways(t) and not buddhist_day(t)
            ]
            if dates is None:
                typed = _text(cell(row, "start"))
                if two_ways:  # 05/08/2027 where the office's country says nothing of the order
                    result.skipped.append(
                        Skipped(
                            number,
                            _two_ways_reason(country, order),
                            {"date": two_ways[0], "country": country},
                        )
                    )
                else:
                    result.skipped.append(
                        Skipped(number, N_("no date that can be read: “{date}”"), {"date": typed})
                    )
                continue
            start, end = dates
            if end < start:
                result.skipped.append(
                    Skipped(
                        number, N_("ends before it starts: {start} – {end}"), {"start": start, "end": end}
                    )
                )
                continue
            if not title:
                unnamed = N_("no training named") if kind == TRAININGS else N_("no delegation named")
                result.skipped.append(Skipped(number, unnamed))
                continue
            people = _people(cell(row, "people"))
            if isinstance(people, str):
                result.skipped.append(
                    Skipped(number, N_("the head count is not a number: “{people}”"), {"people": people})
                )
                continue
            if (start, title) in known:
                result.skipped.append(
                    Skipped(
                        number, N_("already in petdesk: {title} on {date}"), {"title": title, "date": start}
                    )
                )
                continue
            remark = _text(cell(row, "remark"))
            done = end < today  # a sheet lists coming visits too: those stay planned (field 108)
            if kind == TRAININGS:
                place = _text(cell(row, "place"))
                record_id = _add_training(session, title, start, end, place, people, remark, number, done)
            else:
                place = _text(cell(row, "country"))
                code = (country_code_in_any_language(place) or "") if place else ""
                notes = _notes(place, code, _text(cell(row, "host")), remark, number)
                record_id = _add_visit(session, title, start, end, notes, code or None, people, done)
                place = code or place
            known.add((start, title))
            result.two_way_dates += bool(two_ways)
            status = "done" if done else "planned"
            buddhist = _buddhist_days(cell(row, "start"), cell(row, "end"))
            result.added.append(Added(number, record_id, title, start, end, place, people, status, buddhist))
        session.flush()
    return result


def _bilingual(title: str) -> dict[str, str]:
    """A title in the field of its script: a Chinese title is no English one."""
    zh = any(unicodedata.east_asian_width(ch) == "W" for ch in title)
    return {"title_zh": title, "title_en": ""} if zh else {"title_zh": "", "title_en": title}


def _add_visit(
    session: Session,
    title: str,
    start: dt.date,
    end: dt.date,
    notes: str,
    country: str | None,
    people: int | None,
    done: bool,
) -> str:
    from petdesk.services.visits import create_visit

    visit = create_visit(
        session,
        **_bilingual(title),
        start_date=start,
        end_date=end,
        direction=VisitDirection.INBOUND,
        notes=notes,
        country=country,
        head_count=people or None,
    )
    # A past visit is done; set directly: set_visit_status asks for an itinerary first.
    visit.status = VisitStatus.DONE if done else VisitStatus.PLANNED
    return visit.id


def _add_training(
    session: Session,
    title: str,
    start: dt.date,
    end: dt.date,
    place: str,
    people: int | None,
    remark: str,
    row: int,
    done: bool,
) -> str:
    """A past training: its place as the venue (and the city, when petdesk knows it), the head count
    and the remark in its notes (no field for them)."""
    from petdesk.city_names import known_city
    from petdesk.enums import TrainingStatus
    from petdesk.services.trainings import create_training

    city = known_city(place) if place else None
    lines = [PEOPLE_LINE.format(n=people)] if people is not None else []
    if remark:
        lines.append(f"备注 / Remark: {remark}")
    lines.append(f"导入自培训记录第 {row} 行 / Imported from the training record, row {row}")
    training = create_training(
        session,
        **_bilingual(title),
        start_date=start,
        end_date=end,
        venue_zh=place if any(unicodedata.east_asian_width(ch) == "W" for ch in place) else "",
        venue_en="" if any(unicodedata.east_asian_width(ch) == "W" for ch in place) else place,
        city_en=city.en if city else "",
        city_zh=city.zh if city else "",
        notes="\n".join(lines),
    )
    training.status = TrainingStatus.DONE if done else TrainingStatus.PLANNED
    return training.id


def _office_country(session: Session) -> str:
    """The office's country as set, "" when none is (not the default China petdesk assumes elsewhere:
    how the office writes dates is not guessed)."""
    from petdesk.models import Setting
    from petdesk.office_country import COUNTRY_SETTING

    row = session.get(Setting, COUNTRY_SETTING)
    return (row.value or "").strip().upper() if row is not None else ""


#: Said of "05/08/2027" that is not read: no office country, or one writing the year first.
TWO_WAYS_NO_COUNTRY = N_(
    "“{date}” reads two ways (day or month first) and the office's country is not set: set it "
    "(petdesk office --country) or write the date year first (2027-08-05)"
)
TWO_WAYS_YEAR_FIRST = N_(
    "“{date}” reads two ways (day or month first), and dates in {country} are written year first: "
    "write it year first (2027-08-05)"
)


def _two_ways_reason(country: str, order: str | None) -> str:
    return TWO_WAYS_YEAR_FIRST if country and order == YEAR_FIRST else TWO_WAYS_NO_COUNTRY


def _known(session: Session, kind: str) -> set[tuple[dt.date, str]]:
    """(start, title) of the live visits (trainings): a row naming one again is already in petdesk."""
    from petdesk.models import Training

    model: Any = Training if kind == TRAININGS else Visit
    rows = session.execute(
        select(model.start_date, model.title_zh, model.title_en).where(model.deleted_at.is_(None))
    )
    # both titles: a past visit imported as 'Vienna Water Delegation' and translated since is still it
    return {(start, title) for start, zh, en in rows for title in (zh, en) if title}


def _place_name(place: str, kind: str, locale: str) -> str:
    """A visit's country by its name in ``locale`` ("巴基斯坦", "Pakistan"; the report said "PK"), a
    country as typed or a training's place as it is."""
    from petdesk.labels import country_name
    from petdesk.services.validation import country_codes

    if kind == TRAININGS or place not in country_codes():
        return place
    return country_name(place, locale)


def report_lines(result: PastVisitsResult, locale: str, *, dry_run: bool = False) -> list[str]:
    """What the import did, in ``locale``: a line per visit added, one per row skipped with the reason,
    then the counts; the command line prints them and the window shows them."""
    from petdesk.i18n import format_date, format_date_range, translator
    from petdesk.labels import country_name
    from petdesk.language import is_chinese
    from petdesk.vocab import label

    _ = translator(locale)

    def day(value: object) -> str:
        return format_date(value, locale) if isinstance(value, dt.date) else str(value)

    lines = []
    if result.two_way_dates:  # said once, not on each row
        how = (
            _(
                "Dates such as 05/08/2027 were read day first (5 August), as the office's country "
                "writes them ({country})."
            )
            if result.order == DAY_FIRST
            else _(
                "Dates such as 05/08/2027 were read month first (May 8), as the office's country "
                "writes them ({country})."
            )
        )
        lines.append(how.format(country=country_name(result.country, locale)))
    planned = label(VisitStatus.PLANNED, locale)
    for added in result.added:
        people = "" if added.people is None else _.ngettext("{n} person", "{n} people", added.people)
        span = format_date_range(added.start, added.end, locale)
        place = _place_name(added.place, result.kind, locale)
        line = f"  {added.row:>4}  {span}  {added.title}  {place}  {people.format(n=added.people)}"
        if added.status == "planned":
            line = f"{line.rstrip()}  " + (f"（{planned}）" if is_chinese(locale) else f"({planned})")
        lines.append(line.rstrip())
        lines += [
            "        " + _(BUDDHIST_TAKEN).format(text=text, date=format_date(taken, locale))
            for text, taken in added.buddhist
        ]
    for skipped in result.skipped:
        values = {k: country_name(v, locale) if k == "country" else day(v) for k, v in skipped.values.items()}
        reason = _(skipped.reason).format(**values)
        lines.append("  " + _("row {row} skipped: {reason}").format(row=skipped.row, reason=reason))
    if result.added:
        lines.append(status_counts(result, locale))
    n, rows = len(result.added), len(result.skipped)
    # the rows skipped a plural of their own: "1 rows skipped" (as past_projects' summary since field 125)
    rows_skipped = _.ngettext("{n} row skipped", "{n} rows skipped", rows).format(n=rows)
    if result.kind == TRAININGS:
        if dry_run:
            done = _.ngettext(
                "Dry run, nothing changed: {n} training would be added from {sheet}, {skipped}.",
                "Dry run, nothing changed: {n} trainings would be added from {sheet}, {skipped}.",
                n,
            )
        else:
            done = _.ngettext(
                "{n} training added from {sheet}, {skipped} (petdesk import-undo takes them back).",
                "{n} trainings added from {sheet}, {skipped} (petdesk import-undo takes them back).",
                n,
            )
    elif dry_run:
        done = _.ngettext(
            "Dry run, nothing changed: {n} visit would be added from {sheet}, {skipped}.",
            "Dry run, nothing changed: {n} visits would be added from {sheet}, {skipped}.",
            n,
        )
    else:
        done = _.ngettext(
            "{n} visit added from {sheet}, {skipped} (petdesk import-undo takes them back).",
            "{n} visits added from {sheet}, {skipped} (petdesk import-undo takes them back).",
            n,
        )
    lines.append(done.format(n=n, sheet=result.sheet, skipped=rows_skipped))
    return lines


def status_counts(result: PastVisitsResult, locale: str) -> str:
    """ "Done: 3 · planned (dated after today): 2": a sheet of past visits may list coming ones."""
    from petdesk.i18n import translator

    _ = translator(locale)
    planned = result.planned
    return _("Done: {done} · planned (dated after today): {planned}").format(
        done=len(result.added) - planned, planned=planned
    )
