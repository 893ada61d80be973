"""A training's attendance counted in time slots: the certificate rule and the attendance report.

Sessions of one training that overlap are parallel breakouts; an attendee chooses one of them, so
together they are one slot, attended when the person was present at any of them (field test 15:
with two breakouts in nine sessions, nobody could reach 9/9).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk import outfile
from petdesk.enums import AttendanceStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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
    #: Slots in the person's part of the place (unmarked ones count against the rate but under no
    #: mark); slots outside it, the other person's part of a shared place, are not counted.
    slots: int

    @property
    def rate(self) -> float:
        return self.present / self.slots if self.slots else 0.0

    @property
    def earns_certificate(self) -> bool:
        return self.slots > 0 and self.rate >= CERTIFICATE_SHARE


def tally(
    slots: Sequence[tuple[str, ...]],
    marks: Mapping[str, AttendanceStatus | str | None],
    outside: Collection[str] = frozenset(),
) -> Tally:
    """Count ``marks`` (session id → status) per slot: one mark per slot, the best of its sessions.
    Slots ``outside`` the person's part (see :func:`outside_part`) are left out of the count, so a
    substitute and the person replaced are each measured over their own part (field test 36)."""
    counts = dict.fromkeys(AttendanceStatus, 0)
    slots = [slot for slot in slots if not set(slot) <= set(outside)]
    for slot in slots:
        statuses = [AttendanceStatus(m) for sid in slot if (m := marks.get(sid))]
        if statuses:
            counts[max(statuses, key=_RANK.__getitem__)] += 1
    return Tally(
        present=counts[AttendanceStatus.PRESENT],
        absent=counts[AttendanceStatus.ABSENT],
        excused=counts[AttendanceStatus.EXCUSED],
        slots=len(slots),
    )


# --- the attendance report (field test 15: the funder asks per attendee and per organisation) -----

#: The report's columns, in both languages: the funder and the Chinese cities read the same file.
HEADERS = {
    "name": "Name / 姓名",
    "organisation": "Organisation / 单位",
    "people": "People / 人数",
    "present": "Present / 出席",
    "absent": "Absent / 缺席",
    "excused": "Excused / 请假",
    "slots": "Sessions / 课程",
    "rate": "Rate / 出勤率",
    "certificate": "Certificate / 结业证书",
}
_YES, _NO = "Yes / 是", "No / 否"


@dataclass(frozen=True)
class PersonLine:
    contact_id: str
    name: str
    organisation: str
    counted: Tally


@dataclass(frozen=True)
class OrganisationLine:
    organisation: str
    people: int
    present: int
    absent: int
    excused: int
    #: The slots of all its people together, each person's own part (a shared place counts once).
    slots: int
    certificates: int

    @property
    def rate(self) -> float:
        return self.present / self.slots if self.slots else 0.0


@dataclass(frozen=True)
class AttendanceReport:
    title: str
    sessions: int
    slots: int
    people: list[PersonLine]
    organisations: list[OrganisationLine]


def _both(en: str, zh: str) -> str:
    return f"{en} / {zh}" if en and zh and en != zh else en or zh


def attendance_report(session: Session, training_id: str) -> AttendanceReport:
    """Each attendee's (not the trainers') slots present, absent and excused, and the same summed
    per organisation (by its name in both languages; people without one together)."""
    from petdesk.services.trainings import sign_in_sheet

    sheet = sign_in_sheet(session, training_id)
    spans = [(s.id, s.starts_local, s.ends_local) for s in sheet.sessions]
    slots = time_slots(spans)
    people = [
        PersonLine(
            r.contact_id,
            _both(r.name_latin, r.name_zh),
            _both(r.organisation_en, r.organisation_zh),
            tally(slots, r.attendance, r.outside),
        )
        for r in sheet.attendees
    ]
    by_org: dict[str, list[Tally]] = {}
    for p in people:
        by_org.setdefault(p.organisation, []).append(p.counted)
    organisations = [
        OrganisationLine(
            organisation=org,
            people=len(counts),
            present=sum(c.present for c in counts),
            absent=sum(c.absent for c in counts),
            excused=sum(c.excused for c in counts),
            slots=sum(c.slots for c in counts),
            certificates=sum(c.earns_certificate for c in counts),
        )
        for org, counts in sorted(by_org.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    ]
    title = _both(sheet.title_en, sheet.title_zh)
    return AttendanceReport(title, len(sheet.sessions), len(slots), people, organisations)


def _percent(rate: float) -> str:
    return f"{round(rate * 100)} %"


def person_table(report: AttendanceReport) -> list[list[str]]:
    """Header and one row per attendee."""
    keys = ("name", "organisation", "present", "absent", "excused", "slots", "rate", "certificate")
    rows = [[HEADERS[k] for k in keys]]
    for p in report.people:
        c = p.counted
        counts = map(str, (c.present, c.absent, c.excused, c.slots))
        certificate = _YES if c.earns_certificate else _NO
        rows.append([p.name, p.organisation, *counts, _percent(c.rate), certificate])
    return rows


def organisation_table(report: AttendanceReport) -> list[list[str]]:
    """Header and one row per organisation; its certificates in the last column."""
    keys = ("organisation", "people", "present", "absent", "excused", "slots", "rate", "certificate")
    rows = [[HEADERS[k] for k in keys]]
    for o in report.organisations:
        counts = (o.people, o.present, o.absent, o.excused, o.slots)
        rows.append([o.organisation, *map(str, counts), _percent(o.rate), str(o.certificates)])
    return rows


def write_report(report: AttendanceReport, path: Path) -> None:
    """The two tables as ``.csv`` (one after the other, a blank line between) or ``.xlsx`` (a sheet each)."""
    from petdesk.services.exporting import safe_cell  # (not for the dossier, which counts only)

    suffix = path.suffix.lower()
    tables = {"attendees": person_table(report), "organisations": organisation_table(report)}
    if suffix == ".csv":
        with outfile.writing(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
            out = csv.writer(fh)
            out.writerow([report.title])
            for n, rows in enumerate(tables.values()):
                if n:
                    out.writerow([])
                out.writerows([[safe_cell(cell) for cell in row] for row in rows])
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for name, rows in tables.items():
            ws = wb.create_sheet(name)
            ws.append([report.title])
            for row in rows:
                ws.append([safe_cell(cell) for cell in row])
            ws.column_dimensions["A"].width = 40
            ws.column_dimensions["B"].width = 36
        with outfile.writing(path) as fh:
            wb.save(fh)
    else:
        raise ValueError(f"{path.name}: choose a .csv or .xlsx file name")
