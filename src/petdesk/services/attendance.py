"""A training's attendance counted in time slots: the certificate rule and the attendance report.

Sessions of one training that overlap are parallel breakouts; an attendee chooses one of them, so
together they are one slot, attended when the person was present at any of them (field test 15:
with two breakouts in nine sessions, nobody could reach 9/9).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from petdesk import outfile
from petdesk.enums import AttendanceStatus, stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.db import Database
    from petdesk.services.trainings import SheetRow, SheetSession

#: Share of the slots a participant must attend for a certificate.
CERTIFICATE_SHARE = 0.8

#: Which mark stands for a slot of parallel sessions: present at one beats excused beats absent.
_RANK = {AttendanceStatus.PRESENT: 3, AttendanceStatus.EXCUSED: 2, AttendanceStatus.ABSENT: 1}


def time_slots(sessions: Iterable[tuple[str, dt.datetime, dt.datetime]]) -> list[tuple[str, ...]]:
    """The ids of (id, start, end) sessions grouped into slots in time order: sessions overlapping
    each other, directly or through a third, share one. Times must be aware or all in one zone."""
    slots: list[list[str]] = []
    slot_end: dt.datetime | None = None
    for sid, start, end in sorted(sessions, key=lambda s: (s[1], s[2], s[0])):
        if slot_end is not None and start < slot_end:
            slots[-1].append(sid)
            slot_end = max(slot_end, end)
        else:
            slots.append([sid])
            slot_end = end
    return [tuple(slot) for slot in slots]


def session_code(number: int) -> str:
    """ "S3": how the command line, the reports and the window name the third session of
    :func:`session_order`."""
    return f"S{number}"


def session_order(
    start: dt.datetime, *, room_en: str, room_zh: str, title_en: str, title_zh: str, session_id: str
) -> tuple:
    """The one order of a training's sessions, hence their numbers S1, S2 …, wherever they are shown
    (CLI, window, dossier): by start, then parallel sessions by room, title and id (field test 36:
    the dossier and the CLI numbered two sessions starting together differently)."""
    return (start.astimezone(dt.UTC), room_en.casefold(), room_zh, title_en.casefold(), title_zh, session_id)


def outside_part(slots: Sequence[tuple[str, ...]], *, joined_at: str | None, left_at: str | None) -> set[str]:
    """The sessions outside a shared place's part: the slots before the one a substitute joined in,
    and from the one the person replaced left in. Whole slots: whoever left at 09:00 is at none of
    the sessions running in parallel at 09:00 (field test 36)."""
    index = {sid: n for n, slot in enumerate(slots) for sid in slot}
    first = index.get(joined_at, 0) if joined_at else 0
    last = index.get(left_at, len(slots)) if left_at else len(slots)
    return {sid for n, slot in enumerate(slots) if not first <= n < last for sid in slot}


@dataclass(frozen=True)
class Tally:
    """One person's attendance over a training's slots."""

    present: int
    absent: int
    excused: int
    #: Slots held so far in the person's part of the place (unmarked ones count against the rate but
    #: under no mark); slots outside it, the other person's part of a shared place, are not counted.
    slots: int
    #: Slots of the person's part not held yet: the certificate waits for them (field test 68).
    to_come: int = 0

    @property
    def rate(self) -> float:
        return self.present / self.slots if self.slots else 0.0

    @property
    def earns_certificate(self) -> bool:
        return self.to_come == 0 and self.slots > 0 and self.rate >= CERTIFICATE_SHARE

    @property
    def certificate(self) -> str:
        """ "yes", "no", or "pending" while sessions of the person's part are still to come."""
        if self.to_come:
            return "pending"
        return "yes" if self.earns_certificate else "no"


def shows_run(mark: AttendanceStatus | str | None) -> bool:
    """Whether a mark says its session has run: present or absent. An excuse is often entered ahead
    ("he cannot come on day two"), and made the day count as held for everyone (review 50b)."""
    return mark is not None and mark != "" and AttendanceStatus(mark) != AttendanceStatus.EXCUSED


def held_slots(
    slots: Sequence[tuple[str, ...]],
    ends: Mapping[str, dt.datetime],
    marked: Collection[str],
    now: dt.datetime | None = None,
) -> list[tuple[str, ...]]:
    """The slots held by ``now``: ended (``ends``: session id → aware end, so the venue's zone is
    respected), or with a session someone has been marked for (the coordinator marks while it runs;
    ``marked``: the sessions with a mark that :func:`shows_run`).
    Field test 68: read after day one, everyone stood at 50 % and "No" for a day two still to come."""
    from petdesk.stored_times import utcnow

    now = now or utcnow()
    return [slot for slot in slots if any(ends[sid] <= now or sid in marked for sid in slot)]


def tally(
    slots: Sequence[tuple[str, ...]],
    marks: Mapping[str, AttendanceStatus | str | None],
    outside: Collection[str] = frozenset(),
    held: Collection[tuple[str, ...]] | None = None,
) -> Tally:
    """Count ``marks`` (session id → status) per slot: one mark per slot, the best of its sessions.
    Slots ``outside`` the person's part (see :func:`outside_part`) are left out of the count, so a
    substitute and the person replaced are each measured over their own part (field test 36).
    Only the ``held`` slots (:func:`held_slots`; all when None) count; the rest are ``to_come``."""
    counts = dict.fromkeys(AttendanceStatus, 0)
    slots = [slot for slot in slots if not set(slot) <= set(outside)]
    to_come = 0 if held is None else sum(slot not in held for slot in slots)
    if held is not None:
        slots = [slot for slot in slots if slot in held]
    for slot in slots:
        statuses = [stored(AttendanceStatus, m) for sid in slot if (m := marks.get(sid))]
        if statuses:
            counts[max(statuses, key=_RANK.__getitem__)] += 1
    return Tally(
        present=counts[AttendanceStatus.PRESENT],
        absent=counts[AttendanceStatus.ABSENT],
        excused=counts[AttendanceStatus.EXCUSED],
        slots=len(slots),
        to_come=to_come,
    )


# --- the attendance report (field test 15: the funder asks per attendee and per organisation) -----

#: The report's columns, in both languages: the funder and the Chinese cities read the same file.
#: Printed in the reader's language first (:func:`petdesk.language.reader_first`), as the dossiers.
HEADERS = {
    "name": ("Name", "姓名"),
    "organisation": ("Organisation", "单位"),
    "people": ("People", "人数"),
    #: the organisation and session tables count attendees (trainers and organisers are not graded)
    "attendees": ("Attendees", "学员"),
    "present": ("Present", "出席"),
    "absent": ("Absent", "缺席"),
    "excused": ("Excused", "请假"),
    "slots": ("Sessions", "课程"),
    "rate": ("Rate", "出勤率"),
    "certificate": ("Certificate", "结业证书"),
    "number": ("No.", "序号"),
    "session": ("Session", "课程"),
    "start": ("Start", "开始"),
}
#: The certificate column's words; "pending" until the person's last session is held (field test 68).
CERTIFICATE_WORDS = {"yes": ("Yes", "是"), "no": ("No", "否"), "pending": ("Pending", "待定")}
#: The grid's marks, as the printed attendance list has them ("–": the other person's part).
GRID_MARKS = {"present": "✓", "absent": "✗", "excused": "E", "": ""}
OUTSIDE_MARK = "–"
#: A session's rate before anyone is marked for it.
NOT_RECORDED = "—"


class Rate(float):
    """A share from 0 to 1: a percentage-formatted number in a workbook, "86 %" as text."""

    def __str__(self) -> str:
        return f"{round(self * 100)} %"


#: A table cell: text, a count or a rate (field test 36, defect 4: every number was text).
Cell = str | int | Rate


@dataclass(frozen=True)
class PersonLine:
    contact_id: str
    name: str
    organisation: str
    counted: Tally


@dataclass(frozen=True)
class OrganisationLine:
    organisation: str
    #: its attendees taking part: a person replaced by a substitute is not (the substitute's place)
    people: int
    present: int
    absent: int
    excused: int
    #: The slots of all its people together, each person's own part (a shared place counts once).
    slots: int
    certificates: int
    #: People whose certificate waits for sessions still to come.
    pending: int = 0

    @property
    def rate(self) -> float:
        return self.present / self.slots if self.slots else 0.0


@dataclass(frozen=True)
class SessionLine:
    """One session's marks over the attendees whose part it is in."""

    number: int
    title: str
    #: The session's start on its own clock (an online talk's, given from Berlin).
    starts_local: dt.datetime
    people: int
    present: int
    absent: int
    excused: int
    #: The training's zone: the report's one clock (field test trainfollow60).
    training_zone: str = ""

    @property
    def rate(self) -> float:
        return self.present / self.people if self.people else 0.0


@dataclass(frozen=True)
class AttendanceReport:
    title: str
    sessions: int
    slots: int
    people: list[PersonLine]
    organisations: list[OrganisationLine]
    #: Per session, in programme order (field test 36, defect 5).
    session_lines: list[SessionLine] = field(default_factory=list)
    #: The session × attendee grid: header (name, organisation, S1 …), then one row per attendee.
    grid: list[list[str]] = field(default_factory=list)
    #: The language printed first in each bilingual cell: "en" or "zh".
    first: str = "en"
    #: The training's "people" (everyone taking part, trainers and organisers included); ``people``
    #: above lists only its attendees, the ones graded (:data:`petdesk.services.trainings.ATTENDING_ROLES`),
    #: a person replaced by a late substitute among them (graded for their part).
    registered: int = 0
    #: The slots held by the report's time (:func:`held_slots`): fewer than ``slots`` mid-training.
    held: int | None = None

    #: The attendees taking part (a place a substitute took over counts once, as on the dossier's
    #: cover: counts54), and how many of them are late substitutes.
    attendees: int = 0
    substitutes: int = 0


def _both(en: str, zh: str, first: str = "en") -> str:
    """ "en / zh", or "zh / en" for a Chinese reader (field test: a Chinese office's CSV read
    English first); one side alone when the other is empty or the same."""
    if not en or not zh or en == zh:
        return en or zh
    return f"{zh} / {en}" if first == "zh" else f"{en} / {zh}"


def heading(key: str, first: str = "en") -> str:
    """The column heading ``key`` of :data:`HEADERS`, both languages, ``first`` first."""
    return _both(*HEADERS[key], first)


def attendance_report(
    session: Session, training_id: str, *, lang: str | None = None, now: dt.datetime | None = None
) -> AttendanceReport:
    """Each attendee's (not the trainers' or organisers', who are not graded: field test 65) slots
    present, absent and excused, and the same summed per organisation (by its name in both
    languages; people without one together) and per session. Only the slots held by ``now`` count
    (:func:`held_slots`). Bilingual cells print the language of a reader of ``lang`` (a locale) first."""
    from petdesk.language import reader_first
    from petdesk.services.trainings import sign_in_sheet

    first = reader_first(lang)

    sheet = sign_in_sheet(session, training_id)
    spans = [(s.id, s.starts_local, s.ends_local) for s in sheet.sessions]
    slots = time_slots(spans)
    marked = {sid for r in sheet.attendees for sid, mark in r.attendance.items() if shows_run(mark)}
    held = held_slots(slots, {s.id: s.ends_local for s in sheet.sessions}, marked, now)
    people = [
        PersonLine(
            r.contact_id,
            _both(r.name_latin, r.name_zh, first),
            _both(r.organisation_en, r.organisation_zh, first),
            tally(slots, r.attendance, r.outside, held),
        )
        for r in sheet.attendees
    ]
    by_org: dict[str, list[Tally]] = {}
    #: an organisation's attendees are its places (the head count's rule): not a person replaced
    places: dict[str, int] = {}
    for p, r in zip(people, sheet.attendees, strict=True):
        by_org.setdefault(p.organisation, []).append(p.counted)
        places[p.organisation] = places.get(p.organisation, 0) + (not r.replaced_by)
    organisations = [
        OrganisationLine(
            organisation=org,
            people=places[org],
            present=sum(c.present for c in counts),
            absent=sum(c.absent for c in counts),
            excused=sum(c.excused for c in counts),
            slots=sum(c.slots for c in counts),
            certificates=sum(c.earns_certificate for c in counts),
            pending=sum(c.certificate == "pending" for c in counts),
        )
        for org, counts in sorted(by_org.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    ]
    title = _both(sheet.title_en, sheet.title_zh, first)
    return AttendanceReport(
        title,
        len(sheet.sessions),
        len(slots),
        people,
        organisations,
        _session_lines(sheet.sessions, sheet.attendees, first, sheet.timezone),
        _grid(sheet.sessions, sheet.attendees, people, first),
        first,
        registered=sheet.head_count.people,
        held=len(held),
        attendees=sheet.head_count.attendees,
        substitutes=sheet.head_count.substitutes,
    )


def _session_lines(
    sessions: Sequence[SheetSession], attendees: Sequence[SheetRow], first: str, zone: str = ""
) -> list[SessionLine]:
    lines = []
    for n, s in enumerate(sessions, start=1):
        marks = [r.attendance.get(s.id, "") for r in attendees if s.id not in r.outside]
        lines.append(
            SessionLine(
                number=n,
                title=_both(s.title_en, s.title_zh, first),
                starts_local=s.starts_local,
                people=len(marks),
                present=marks.count(AttendanceStatus.PRESENT),
                absent=marks.count(AttendanceStatus.ABSENT),
                excused=marks.count(AttendanceStatus.EXCUSED),
                training_zone=zone,
            )
        )
    return lines


def _grid(
    sessions: Sequence[SheetSession],
    attendees: Sequence[SheetRow],
    people: Sequence[PersonLine],
    first: str,
) -> list[list[str]]:
    numbers = (session_code(n) for n in range(1, len(sessions) + 1))
    header = [heading("name", first), heading("organisation", first), *numbers]
    rows = [header]
    for r, p in zip(attendees, people, strict=True):
        marks = [
            # a newer petdesk's mark as stored: counted as present, but not printed as a tick it is not
            OUTSIDE_MARK
            if s.id in r.outside
            else r.stored_marks.get(s.id) or GRID_MARKS[r.attendance.get(s.id, "")]
            for s in sessions
        ]
        rows.append([p.name, p.organisation, *marks])
    return rows


def figures(report: AttendanceReport) -> str:
    """Which head count the report shows, both languages (field test 65: a training read 12 people in
    the Trainings list and 11 here, with the organiser listed at 0 %)."""
    return _both(*head_counts(report.registered, report.attendees, report.substitutes), report.first)


def head_counts(people: int, attendees: int, substitutes: int = 0) -> tuple[str, str]:
    """A training's two head counts named, (English, Chinese): the report and the training dossier
    print the same line, so the dossier's cover cannot count an organiser the report does not. The
    dossier counts who takes part now and says how many of them are late substitutes."""
    ungraded = "trainers and organisers are not graded for attendance"
    if substitutes:
        ungraded = f"{substitutes} substitute{'s' if substitutes > 1 else ''}; {ungraded}"
    en = f"People: {people}; attendees: {attendees} ({ungraded})"
    zh_note = f"含替补 {substitutes} 人；" if substitutes else ""
    zh = f"人数：{people}；学员：{attendees}（{zh_note}培训讲师和组织方不计出勤）"
    return en, zh


def person_table(report: AttendanceReport) -> list[list[Cell]]:
    """Header and one row per attendee."""
    keys = ("name", "organisation", "present", "absent", "excused", "slots", "rate", "certificate")
    rows: list[list[Cell]] = [[heading(k, report.first) for k in keys]]
    for p in report.people:
        c = p.counted
        certificate = _both(*CERTIFICATE_WORDS[c.certificate], report.first)
        rows.append(
            [p.name, p.organisation, c.present, c.absent, c.excused, c.slots, Rate(c.rate), certificate]
        )
    return rows


def organisation_table(report: AttendanceReport) -> list[list[Cell]]:
    """Header and one row per organisation; its certificates in the last column."""
    keys = ("organisation", "attendees", "present", "absent", "excused", "slots", "rate", "certificate")
    rows: list[list[Cell]] = [[heading(k, report.first) for k in keys]]
    for o in report.organisations:
        counts = (o.people, o.present, o.absent, o.excused, o.slots)
        # while some of its people's sessions are to come, a count of 0 would read as "none earned"
        pending = _both(*CERTIFICATE_WORDS["pending"], report.first)
        certificates: Cell = pending if o.pending else o.certificates
        rows.append([o.organisation, *counts, Rate(o.rate), certificates])
    return rows


def session_table(report: AttendanceReport) -> list[list[Cell]]:
    """Header and one row per session: its marks and the share present of the attendees whose part
    it is in (parallel breakouts each over everyone: an attendee chooses one of them)."""
    keys = ("number", "session", "start", "attendees", "present", "absent", "excused", "rate")
    rows: list[list[Cell]] = [[heading(k, report.first) for k in keys]]
    for s in report.session_lines:
        start = session_start(s, report.first)
        # A session nobody has been marked for yet (day two, read after day one) has no rate: "0 %"
        # read as "nobody came" (field test 68).
        rate: Cell = Rate(s.rate) if s.present + s.absent + s.excused else NOT_RECORDED
        rows.append([f"S{s.number}", s.title, start, s.people, s.present, s.absent, s.excused, rate])
    return rows


def session_start(line: SessionLine, first: str = "en") -> str:
    """ "2027-03-17 18:00 Asia/Shanghai (Berlin time 11:00)": the start on the training's clock,
    named (a coordinator abroad read "09:00" as his own time: field test 57), and a session in
    another zone on its own clock beside it, as the dossier prints it; an online talk from Berlin
    was listed at 11:00 among sessions in Shanghai time (field test trainfollow60)."""
    from petdesk.labels import beijing_time, zone_city

    own = getattr(line.starts_local.tzinfo, "key", "")
    zone = line.training_zone or own
    here = line.starts_local.astimezone(ZoneInfo(zone)) if zone else line.starts_local
    start = f"{here:%Y-%m-%d %H:%M} {zone}".rstrip()
    if not own or own == zone:
        return start
    zh = first == "zh"
    city = zone_city(own, first)
    clock = beijing_time(own, first) or (f"{city}时间" if zh else f"{city} time") if city else own
    return (
        f"{start}（{clock} {line.starts_local:%H:%M}）"
        if zh
        else f"{start} ({clock} {line.starts_local:%H:%M})"
    )


def as_text(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """A table's cells as the terminal and a CSV file show them."""
    return [[str(cell) for cell in row] for row in rows]


#: The workbook's sheets for a Chinese reader; an English reader's keep their names.
CHINESE_SHEET_NAMES = {"attendees": "学员", "organisations": "单位", "sessions": "课程", "grid": "出勤表"}


def write_report(
    report: AttendanceReport, path: Path, *, delimiter: str = ",", logged_in: Database | None = None
) -> None:
    """The tables as ``.csv`` (one after the other, a blank line between) or ``.xlsx`` (a sheet
    each). Both carry the session × attendee grid: without it a CSV held only counts, not who came
    to which session (field test 57). The people it names are logged in ``logged_in``'s export log
    (field test 84)."""
    tables: dict[str, list[list[Cell]]] = {
        "attendees": person_table(report),
        "organisations": organisation_table(report),
        "sessions": session_table(report),
        "grid": [list(row) for row in report.grid],
    }
    if report.first == "zh":  # a Chinese reader's sheets, as the market report's (field test fieldtraining60)
        tables = {CHINESE_SHEET_NAMES[name]: rows for name, rows in tables.items()}
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv([report.title, figures(report)], tables, path, delimiter)
    elif suffix == ".xlsx":
        _write_xlsx([report.title, figures(report)], tables, path)
    else:
        raise ValueError(f"{path.name}: choose a .csv or .xlsx file name")
    if logged_in is not None:
        from petdesk.services import export_log

        ids = list(dict.fromkeys(p.contact_id for p in report.people))
        export_log.record_through(logged_in, "report", path, len(ids), ids)


def _write_csv(
    title: list[str], tables: Mapping[str, list[list[Cell]]], path: Path, delimiter: str = ","
) -> None:
    from petdesk.services.exporting import safe_cell  # (not for the dossier, which counts only)

    with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
        out = csv.writer(fh, delimiter=delimiter)
        out.writerow(title)
        for n, rows in enumerate(tables.values()):
            if n:
                out.writerow([])
            out.writerows([[safe_cell(cell) for cell in row] for row in as_text(rows)])


def _write_xlsx(title: list[str], tables: Mapping[str, Sequence[Sequence[Cell]]], path: Path) -> None:
    """Counts as numbers and rates as percentages, so that a spreadsheet sums and sorts them; the
    header row frozen (field test 36, defect 4)."""
    from openpyxl import Workbook

    from petdesk.services.exporting import safe_cell

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        ws.append(title)
        for row in rows:
            ws.append([safe_cell(cell) if isinstance(cell, str) else cell for cell in row])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, Rate):
                    cell.value = float(cell.value)
                    cell.number_format = "0%"
        ws.freeze_panes = "A3"  # the title and the header stay in sight
        ws.column_dimensions["A"].width = 40
        ws.column_dimensions["B"].width = 36
    with outfile.writing(path) as fh:
        wb.save(fh)
