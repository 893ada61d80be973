"""Online attendance of a hybrid training from a Zoom participant report (field test 79).

Zoom's "Participants" report (Reports → Usage → Participants → Export) is a CSV with a row per
connection: "Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
"Guest"; whoever dropped out and came back has several rows, and with "Export with meeting data" a
meeting block and a blank line come first. Times are the account's wall-clock time. A registered
person is found by e-mail, else by name (the display name or the original one, accents and word
order aside); their connections are joined (two devices at once count once) and they are present at
a session when online for at least :data:`ONLINE_SHARE` of it. Only "present" marks are added: a
person missing from the report may well have been in the room, and an existing mark is kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from petdesk.chinese_names import fold
from petdesk.enums import AttendanceStatus, ContactChannel
from petdesk.language import N_
from petdesk.services import encoding
from petdesk.services import trainings as ts
from petdesk.services.schedule_time import ScheduleError
from petdesk.services.visits import local_to_utc

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.models import Contact

#: Share of a session a person must be connected for to count as present.
ONLINE_SHARE = 0.5

#: Time formats of Zoom's exports: the web portal's US form, with and without seconds, and ISO.
_TIME_FORMATS = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S")


class ZoomReportError(ValueError):
    """The file is not a Zoom participant report petdesk can read: the English sentence, and
    ``sentence`` and ``values`` to say it in the reader's language."""

    def __init__(self, sentence: str, **values: object) -> None:
        super().__init__(sentence.format(**values))
        self.sentence, self.values = sentence, values


@dataclass(frozen=True)
class Connection:
    """One row of the report: a person online from ``joined`` to ``left`` (wall-clock time)."""

    names: tuple[str, ...]
    email: str
    joined: dt.datetime
    left: dt.datetime
    line: int


@dataclass
class PersonOnline:
    """A registered person found in the report, their minutes online and the sessions they attended."""

    contact_id: str
    name: str
    minutes: int
    #: Session codes (S1, S2 …) attended online, and those newly marked present by this report.
    present: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)


@dataclass
class ZoomResult:
    people: list[PersonOnline]
    #: Names in the report matching no registered person (the host, a guest, a colleague), once each.
    unknown: list[str]
    #: Present marks refused (a substitute's part, a parallel session already marked): "S3 name".
    refused: list[str] = field(default_factory=list)

    @property
    def marked(self) -> int:
        return sum(len(p.marked) for p in self.people)


def _time(text: str, line: int) -> dt.datetime:
    text = " ".join(text.split())
    for fmt in _TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ZoomReportError(N_("line {line}: “{text}” is not a time of a Zoom report"), line=line, text=text)


def _names(cell: str) -> tuple[str, ...]:
    """ "Lan N. (Nguyễn Thị Lan)" -> ("Lan N.", "Nguyễn Thị Lan"): the name shown, then the original."""
    found = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", cell)
    if found and found.group(1):
        return tuple(n for n in (found.group(1).strip(), found.group(2).strip()) if n)
    return (cell.strip(),) if cell.strip() else ()


def _heads(row: Sequence[str]) -> set[str]:
    return {c.strip().casefold() for c in row}


def read_report(data: bytes) -> list[Connection]:
    """The connections of a participant report (any of the encodings :mod:`encoding` detects)."""
    rows = list(csv.reader(io.StringIO(encoding.detect(data).text)))
    at = next((n for n, row in enumerate(rows) if {"join time", "leave time"} <= _heads(row)), None)
    if at is None:
        raise ZoomReportError(N_("no “Join Time” and “Leave Time” columns: not a Zoom participant report"))
    heads = [c.strip().casefold() for c in rows[at]]
    name = next((i for i, h in enumerate(heads) if h.startswith("name")), None)
    email = next((i for i, h in enumerate(heads) if "email" in h), None)
    joined, left = heads.index("join time"), heads.index("leave time")
    if name is None:
        raise ZoomReportError(N_("no “Name (Original Name)” column: not a Zoom participant report"))
    found = []
    for n, row in enumerate(rows[at + 1 :], at + 2):
        if len(row) <= max(joined, left, name) or not row[joined].strip():
            continue
        found.append(
            Connection(
                names=_names(row[name]),
                email=row[email].strip().casefold() if email is not None and email < len(row) else "",
                joined=_time(row[joined], n),
                left=_time(row[left], n),
                line=n,
            )
        )
    return found


def _key(name: str) -> str:
    """A name with accents, case, punctuation and word order aside: "Nguyen Thi Lan" = "Lan, Nguyễn Thị"."""
    return " ".join(sorted(re.findall(r"\w+", fold(name))))


def _keys(contact: Contact) -> set[str]:
    names = {contact.display_name("en"), contact.display_name("zh_CN"), contact.name_latin, contact.name_zh}
    return {_key(n) for n in names if n and _key(n)}


def _joined(spans: Iterable[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Overlapping connections as one: a laptop and a phone at once are one person online."""
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlap(spans: Sequence[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime) -> float:
    return sum(max(0.0, (min(e, end) - max(s, start)).total_seconds()) for s, e in spans)


def apply_report(
    session: Session,
    training_id: str,
    connections: Sequence[Connection],
    *,
    timezone: str | ZoneInfo | None = None,
    share: float = ONLINE_SHARE,
) -> ZoomResult:
    """Mark present whoever of the training's registered people was online long enough for a session.
    ``timezone``: the Zoom account's zone the report's times are in (default: the training's), by
    name or as the command line's ``--tz`` reads it (field test fieldtraining60: a ZoneInfo was
    refused as "unknown time zone zoneinfo.ZoneInfo(key='Europe/Berlin')")."""
    training = ts.get_training(session, training_id)
    tz = (timezone.key if isinstance(timezone, ZoneInfo) else timezone) or training.timezone
    registered = [p.contact for p in training.participants if p.deleted_at is None]
    by_email: dict[str, Contact] = {}
    by_name: dict[str, Contact] = {}
    for contact in registered:
        for method in contact.methods:
            if method.channel is ContactChannel.EMAIL and method.deleted_at is None:
                by_email.setdefault(method.value.strip().casefold(), contact)
        for key in _keys(contact):
            by_name.setdefault(key, contact)
    spans: dict[str, list[tuple[dt.datetime, dt.datetime]]] = {}
    contacts: dict[str, Contact] = {}
    unknown: list[str] = []
    for c in connections:
        who = by_email.get(c.email) if c.email else None
        who = who or next((by_name[k] for k in map(_key, c.names) if k in by_name), None)
        if who is None:
            label = " / ".join(c.names) + (f" <{c.email}>" if c.email else "")
            if label not in unknown:
                unknown.append(label)
            continue
        contacts[who.id] = who
        utc = (local_to_utc(c.joined, tz, fold=0), local_to_utc(c.left, tz, fold=0))
        spans.setdefault(who.id, []).append(utc)
    sessions = list(enumerate(ts.live_sessions(training), 1))
    result = ZoomResult(people=[], unknown=unknown)
    for contact_id, found in spans.items():
        online = _joined(found)
        contact = contacts[contact_id]
        minutes = round(sum((e - s).total_seconds() for s, e in online) / 60)
        person = PersonOnline(contact_id, contact.display_name("en"), minutes)
        result.people.append(person)
        for number, row in sessions:
            start, end = _aware(row.starts_at), _aware(row.ends_at)
            if _overlap(online, start, end) < share * (end - start).total_seconds():
                continue
            code = f"S{number}"
            person.present.append(code)
            if any(
                a.contact_id == contact_id and a.deleted_at is None and a.status is AttendanceStatus.PRESENT
                for a in row.attendance
            ):
                continue
            try:
                ts.set_attendance(session, row.id, contact_id, AttendanceStatus.PRESENT)
            except ScheduleError:
                result.refused.append(f"{code} {person.name}")
                continue
            person.marked.append(code)
    result.people.sort(key=lambda p: fold(p.name))
    return result


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
