"""The training dossier: cover, programme, trainers, participant list, sign-in sheet, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm

from petdesk.dossier.data import Participant, PersonInfo, SessionInfo, TrainingData
from petdesk.dossier.labels import (
    KANA_STAND_IN_NOTE,
    STAND_IN_NOTE,
    Bi,
    cell_language,
    enum_label,
    label,
    order,
)
from petdesk.dossier.layout import (
    MUTED as MUTED_COLOUR,
)
from petdesk.dossier.layout import (
    BiTable,
    Block,
    Col,
    Heading,
    Parts,
    Row,
    Section,
    Text,
    bi_date,
    fmt_date,
    fmt_date_range,
    fmt_long_date,
    fmt_time,
    fmt_time_range,
    join,
    place_line,
    scaled,
    zone_note,
)
from petdesk.dossier.training_lodging import lodging_section
from petdesk.dossier.visit import (
    BOLD,
    MUTED,
    cover_blocks,
    names_cell,
    notes_section,
    other_clock,
    person_position,
    profile_block,
)
from petdesk.i18n import format_number
from petdesk.labels import chinese_spacing
from petdesk.models.enums import AttendanceStatus, ParticipantRole, TrainingRole
from petdesk.services.attendance import (
    CERTIFICATE_SHARE,
    CERTIFICATE_WORDS,
    head_counts,
    held_slots,
    shows_run,
    tally,
    time_slots,
)
from petdesk.services.attendance_mode import ONLINE, attends_online, every_session_online
from petdesk.services.attendance_mode import words as mode_words
from petdesk.services.counted_people import head_count
from petdesk.services.trainings import ATTENDING_ROLES

TRAINING_SECTIONS: dict[str, Bi] = {
    "cover": label("Cover"),
    "programme": label("Programme"),
    "trainers": label("Trainers"),
    "participants": label("Participant list"),
    "signin": label("Sign-in sheet"),
    "lodging": label("Lodging list"),
    "attendance": label("Attendance and certificates"),
    "notes": label("Notes"),
}

#: A gap between two sessions of a day at least this long is printed as a break (or a meal).
BREAK_MINUTES = 15

#: A session of a shared place that was the other person's (before a substitute joined, or after).
OUTSIDE_PART = "—"

#: Attendance marks as ``petdesk trainings ID`` prints them.
MARKS = {
    AttendanceStatus.PRESENT: Bi("✓", "✓"),
    AttendanceStatus.ABSENT: Bi("✗", "✗"),
    AttendanceStatus.EXCUSED: Bi("E", "假"),
}

#: At most this many session columns on one sign-in sheet; more sessions continue on the next sheet.
SESSIONS_PER_SHEET = 6
#: In large print: the larger column headings and names need wider columns.
SESSIONS_PER_SHEET_LARGE = 4


def _cover(t: TrainingData) -> Section:
    rows = [
        ("Status", enum_label(t.status)),
        ("Topic", t.topic),
        ("Venue", Bi(place_line(t.venue.en, t.city.en, "en"), place_line(t.venue.zh, t.city.zh, "zh"))),
        ("Address", t.venue_address),
        ("Organiser", t.organiser.name if t.organiser else Bi()),
        (
            "Sessions",
            Bi(format_number(len(t.sessions), "en"), format_number(len(t.sessions), "zh"))
            if t.sessions
            else Bi(),
        ),
        ("Head count", _head_counts(t) if t.people else Bi()),
    ]
    dates = Bi(fmt_date_range(t.start_date, t.end_date, "en"), fmt_date_range(t.start_date, t.end_date, "zh"))
    return Section(
        "cover",
        Bi(),
        cover_blocks(label("Training dossier"), t.title, dates, t.office, rows),
        new_page=False,
        always_parallel=True,
    )


def _head_counts(t: TrainingData) -> Bi:
    """Both head counts, named as the Trainings list and the attendance report name them, of the
    people taking part: a place a substitute took over counts once (it counted twice, dossier54)."""
    counted = head_count(
        (p.role in ATTENDING_ROLES, p.replaced, p.replacing is not None) for p in t.participants
    )
    return Bi(*head_counts(counted.people, counted.attendees, counted.substitutes))


def _place_numbers(t: TrainingData, listed: Sequence[Participant]) -> list[str]:
    """The row numbers of ``listed`` (by place, in order): one number a place, so that the person
    replaced and their substitute, one under the other, do not read as two people (dossier54)."""
    place_of = {p.person.id: n for n, place in enumerate(t.places) for p in place}
    numbers: list[str] = []
    seen: set[int] = set()
    for p in listed:
        place = place_of.get(p.person.id, -1 - len(numbers))
        numbers.append("" if place in seen else str(len(seen) + 1))
        seen.add(place)
    return numbers


def _session_cell(s: SessionInfo, n: int):
    def cell(lang: str) -> Parts:
        parts: Parts = [(f"{n}. {s.title.get(lang)}", BOLD)]
        if s.room:
            parts += [("\n", {}), (s.room.get(lang), MUTED)]
        if s.online:  # said online (0080): the room alone may be the studio it is streamed from
            parts += [("\n", {}), (mode_words(ONLINE, lang), MUTED)]
        return parts

    return cell


def _trainer_names(s: SessionInfo):
    """The trainers of a session; a shared column names them in the first language first, and once
    when both languages write them alike (a trainer without a Chinese name)."""

    def cell(lang: str) -> Parts:
        if lang == "both":
            lines = [join([p.formal_name(code) for p in s.trainers], code) for code in order()]
            if not s.trainers:
                return []
            if lines[0] == lines[1]:
                return [(lines[0], {})]
            return [(lines[0], {}), ("\n", {}), (lines[1], {})]
        return [(join([p.formal_name(lang) for p in s.trainers], lang), {})]

    return cell


def _on_clock(s: SessionInfo, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """A session's start and end on the training's clock: an online talk given from Berlin is
    18:00 for the attendees in Chengdu (field test fieldtraining60)."""
    here = ZoneInfo(zone)
    return s.start.astimezone(here), s.end.astimezone(here)


def _time_cell(s: SessionInfo, zone: str):
    """The session on the training's clock, and one in another zone on its own clock after it,
    named by its city, as the visit programme prints an item elsewhere (field test 110)."""
    start, end = _on_clock(s, zone)

    def cell(lang: str) -> Parts:
        shown = cell_language(lang)
        parts: Parts = [(fmt_time_range(start, end, shown), {})]
        if s.timezone != zone:
            parts += [("\n", {}), (other_clock(s, shown), MUTED)]
        return parts

    return cell


def _programme(t: TrainingData) -> Section:
    blocks: list[Block] = []
    if t.description:
        blocks += [Heading(label("Description")), Text(t.description)]
    rows: list[Row] = []
    day = None
    previous: SessionInfo | None = None
    for n, s in enumerate(t.sessions, start=1):
        # days and breaks on the training's one clock: a break from 17:30 Beijing time to 11:00
        # Berlin time read "17:30–11:00 Dinner" (field test fieldtraining60)
        start = _on_clock(s, t.timezone)[0]
        if start.date() != day:
            day = start.date()
            rows.append(Row(group=Bi(fmt_long_date(day, "en"), fmt_long_date(day, "zh"))))
        elif previous is not None and (s.start - previous.end).total_seconds() >= BREAK_MINUTES * 60:
            rows.append(Row([_gap_time(previous, s, t.timezone), _gap_label(previous, s, t.timezone), ""]))
        rows.append(Row([_time_cell(s, t.timezone), _session_cell(s, n), _trainer_names(s)]))
        previous = s
    elsewhere = any(s.timezone != t.timezone for s in t.sessions)
    blocks.append(Text(zone_note(t.timezone, t.start_date, t.end_date, elsewhere=elsewhere), "small"))
    blocks.append(
        BiTable(
            [
                Col(label("Time"), 1.1, shared=True),
                Col(label("Session"), 3),
                Col(label("Trainers"), 1.8, shared=True),
            ],
            rows,
            empty=label("No items in the programme yet."),
        )
    )
    return Section("programme", label("Programme"), blocks)


def _taught(
    t: TrainingData, person_id: str, lang: str, *, interpreted: bool = False
) -> list[tuple[int, str]]:
    """The sessions a person teaches (or interprets), by their number in the programme:
    (1, "Landfill design — 3 Mar 2027 09:00")."""
    dash = "——" if lang == "zh" else " — "
    starts = [_on_clock(s, t.timezone)[0] for s in t.sessions]  # the programme's clock
    return [
        (n, f"{s.title.get(lang)}{dash}{fmt_date(start.date(), lang)} {fmt_time(start, lang)}")
        for n, (s, start) in enumerate(zip(t.sessions, starts, strict=True), start=1)
        if any(p.id == person_id for p in (s.interpreters if interpreted else s.trainers))
    ]


def _trainers(t: TrainingData) -> Section:
    blocks: list[Block] = []
    for person in t.trainers:
        taught = partial(_taught, t, person.id)
        role = enum_label(trainer_role(t, person.id))
        blocks.append(profile_block(person, role, lists=[("Sessions taught", taught)]))
    if not blocks:
        blocks.append(Text(label("None recorded."), "small"))
    if t.interpreters:
        # apart from the trainers, and not in the participant list: they interpret, not attend
        blocks.append(Heading(label("Interpreters")))
        for person in t.interpreters:
            interpreted = partial(_taught, t, person.id, interpreted=True)
            role = enum_label(TrainingRole.INTERPRETER)
            blocks.append(profile_block(person, role, lists=[("Sessions interpreted", interpreted)]))
    # flows on after the programme: one trainer does not get a page of their own
    return Section("trainers", label("Trainers"), blocks, new_page=False)


def _gap_time(before: SessionInfo, after: SessionInfo, zone: str):
    begins, ends = _on_clock(before, zone)[1], _on_clock(after, zone)[0]

    def cell(lang: str) -> Parts:
        return [(fmt_time_range(begins, ends, cell_language(lang)), MUTED)]

    return cell


def _gap_label(before: SessionInfo, after: SessionInfo, zone: str) -> Bi:
    """ "Lunch" when the gap covers noon to one o'clock, "Dinner" after five, else "Break" (on the
    training's clock)."""
    begins, ends = _on_clock(before, zone)[1], _on_clock(after, zone)[0]
    if (begins.hour < 13 and ends.hour >= 13) or begins.hour == 12:
        return label("Lunch")
    if begins.hour >= 17:
        return label("Dinner")
    return label("Break")


def _attendance(t: TrainingData, now: dt.datetime | None = None) -> Section:
    """Who attended which session, and who has earned a certificate: counted over the sessions held
    by ``now`` (the print's time), the certificate pending until the last is (field test 68)."""
    sessions = t.sessions
    cols = [
        Col(label("No."), 0.45, shared=True, align="RIGHT"),
        Col(label("Name"), 2.0, shared=True),
        *[Col(Bi(str(k), str(k)), 0.45, shared=True, align="CENTER") for k in range(1, len(sessions) + 1)],
        Col(label("Attendance"), 0.9, shared=True, align="RIGHT"),
        Col(label("Certificate"), 0.9, shared=True),
    ]
    marks = MARKS
    slots = time_slots((s.id, s.start, s.end) for s in sessions)
    marked = {s.id for s in sessions if any(map(shows_run, s.attendance.values()))}
    held = held_slots(slots, {s.id: s.end for s in sessions}, marked, now)
    rows = []
    # the graded only (a substitute right after the one replaced): an organiser signs in but earns
    # no certificate, as in the attendance report
    graded = {p.person.id for p in t.attendees}
    everyone = [p for place in t.places for p in place if p.person.id in graded]
    for n, p in zip(_place_numbers(t, everyone), everyone, strict=True):
        seen = {s.id: s.attendance.get(p.person.id) for s in sessions}
        counted = tally(slots, seen, {s.id for s in sessions if not t.takes_part(p, s.id)}, held)
        rows.append(
            Row(
                [
                    n,
                    _name_with_note(t, p),
                    *[_mark(t, p, s.id, seen[s.id], marks) for s in sessions],
                    f"{counted.present}/{counted.slots}",
                    Bi(*CERTIFICATE_WORDS[counted.certificate]),
                ]
            )
        )
    key = Bi(
        " · ".join(f"{k}. {s.title.en}" for k, s in enumerate(sessions, start=1)),
        " · ".join(f"{k}. {s.title.zh or s.title.en}" for k, s in enumerate(sessions, start=1)),
    )
    rule = Bi(
        f"Certificate: at least {round(CERTIFICATE_SHARE * 100)} % of the sessions attended; "
        "parallel sessions count as one. ✓ present, ✗ absent, E excused.",
        f"结业证书：出勤不少于 {round(CERTIFICATE_SHARE * 100)}% 的课程，同时进行的平行课程计为一节。"
        "✓ 出席，✗ 缺席，假 请假。",
    )
    if len(held) < len(slots):  # mid-training: say why the counts are short and nobody has a certificate
        rule = Bi(
            f"{rule.en} Counted over the sessions held so far; the certificate is pending until the last.",
            f"{rule.zh}按已举行的课程计算；最后一节课结束前结业证书待定。",
        )
    return Section(
        "attendance",
        label("Attendance and certificates"),
        [
            Text(_head_counts(t), "small"),
            Text(key, "small"),
            Text(rule, "small"),
            BiTable(cols, rows, empty=label("None recorded.")),
        ],
        template="landscape",
        always_parallel=True,
    )


def _mark(
    t: TrainingData,
    p: Participant,
    session_id: str,
    status: AttendanceStatus | None,
    marks: dict[AttendanceStatus, Bi],
) -> Bi | str:
    """A session's mark; a dash where the session is the other person's part of a shared place."""
    if not t.takes_part(p, session_id):
        return OUTSIDE_PART
    return marks.get(status, Bi()) if status else ""


def _shown_mark(t: TrainingData, p: Participant, s: SessionInfo) -> Bi | str:
    """The sign-in sheet's mark: a newer petdesk's mark as stored (counted as its stand-in, present,
    but not printed as a tick it may not be)."""
    stored = s.stored_marks.get(p.person.id)
    if stored and t.takes_part(p, s.id):
        return stored
    return _mark(t, p, s.id, s.attendance.get(p.person.id), MARKS)


def trainer_role(t: TrainingData, person_id: str) -> ParticipantRole | TrainingRole:
    """A trainer's role as the Trainers section prints it. A participant registered as an attendee
    who leads a session (a guest presenting a case study) is a trainer there; the participant
    list and the certificates keep them as an attendee, which they also are."""
    role = _role_of(t.participants, person_id)
    return TrainingRole.TRAINER if role == TrainingRole.ATTENDEE else role


def _role_of(participants: Sequence[Participant], person_id: str) -> ParticipantRole | TrainingRole:
    for p in participants:
        if p.person.id == person_id:
            return p.role
    return TrainingRole.TRAINER


def _substitute_note(t: TrainingData, p: Participant, lang: str) -> str:
    """ "replacing Dr Wang Li" under a substitute, "replaced by Ms Anna Berg from session 3" under
    the person replaced; "" for everyone else. In Chinese no space beside a Chinese name
    ("自第 8 节课起由欧阳斌振替代", field test 36, §10)."""
    note = _who_replaced_whom(t, p, lang)
    return chinese_spacing(note) if lang == "zh" else note


def _who_replaced_whom(t: TrainingData, p: Participant, lang: str) -> str:
    if p.replacing is not None:
        name = p.replacing.formal_name(lang)
        joined = t.session_number(p.joined_at)
        if joined is None or joined == 1:
            return label("replacing {name}").get(lang).format(name=name)
        return label("replacing {name} from session {n}").get(lang).format(name=name, n=joined)
    if p.replaced:
        left = t.session_number(p.left_at) or "?"
        if p.replaced_by is None:  # the substitute's name was erased
            return label("replaced from session {n}").get(lang).format(n=left)
        name = p.replaced_by.formal_name(lang)
        return label("replaced by {name} from session {n}").get(lang).format(name=name, n=left)
    return ""


def _signing_note(group: Sequence[SessionInfo]) -> Callable[[TrainingData, Participant, str], str]:
    """On a sign-in form that spans a substitution: "substitute from session 3" under the
    substitute and "replaced from session 3" under the person replaced (each has dashes in the
    other's sessions)."""

    def note(t: TrainingData, p: Participant, lang: str) -> str:
        if all(t.takes_part(p, s.id) for s in group):
            return ""
        joined = t.session_number(p.joined_at) if p.replacing is not None else None
        if joined is not None:
            return label("substitute from session {n}").get(lang).format(n=joined)
        left = t.session_number(p.left_at)
        return label("replaced from session {n}").get(lang).format(n=left) if left is not None else ""

    return note


#: After a name printed in pinyin for want of one of the person's own, on the sign-in sheet; its
#: footnote says once what the participant list says under each such name.
STAND_IN_MARK = "*"


def _signing_name(person: PersonInfo) -> Callable[[str], Parts]:
    """The sign-in sheet's name cell: a pinyin stand-in marked with :data:`STAND_IN_MARK` instead of
    a note under every Chinese name (field test 68: a line of noise in each row of a sheet people sign)."""
    name = names_cell(person, stand_in_note=False)
    stand_in = person.formal_name("en") if person.latin_stand_in else ""

    def cell(lang: str) -> Parts:
        parts = name(lang)
        if not stand_in:
            return parts
        return [(text.replace(stand_in, stand_in + STAND_IN_MARK, 1), style) for text, style in parts]

    return cell


def _stand_in_footnote(people: Sequence[Participant]) -> list[Text]:
    """Once below the sign-in table, when a name on it is a pinyin stand-in."""
    kinds = {
        KANA_STAND_IN_NOTE if p.person.kana_stand_in else STAND_IN_NOTE
        for p in people
        if p.person.latin_stand_in
    }
    notes = [label(kind) for kind in (STAND_IN_NOTE, KANA_STAND_IN_NOTE) if kind in kinds]
    return [Text(Bi(f"{STAND_IN_MARK} {n.en}", f"{STAND_IN_MARK} {n.zh}"), "small") for n in notes]


def _name_with_note(
    t: TrainingData,
    p: Participant,
    note: Callable[..., str] = _substitute_note,
    name: Callable[[str], Parts] | None = None,
):
    """The name cell, with a small note below on who replaced whom."""
    name = name or names_cell(p.person)

    def cell(lang: str) -> Parts:
        parts = name(lang)
        langs = order() if lang == "both" else (lang,)
        notes = list(dict.fromkeys(n for code in langs if (n := note(t, p, code))))
        for line in notes:
            parts = [*parts, ("\n", {}), (line, MUTED)]
        return parts

    return cell


def _participants(t: TrainingData) -> Section:
    """Who is expected: a substitute in the place of the person replaced, who is not listed (the
    desk must not prepare a badge and a seat for them); the substitute's note names them, and the
    attendance section keeps both with the sessions each attended."""
    rows = [
        Row(
            [
                str(n),
                _name_with_note(t, p),
                partial(person_position, p.person),
                _role_and_mode(p),
            ]
        )
        for n, p in enumerate(t.expected, start=1)
    ]
    table = BiTable(
        [
            Col(label("No."), 0.45, shared=True, align="RIGHT"),
            Col(label("Name"), 1.8, shared=True),
            Col(label("Position"), 2.6),
            Col(label("Role"), 0.9),
        ],
        rows,
        empty=label("None recorded."),
    )
    return Section("participants", label("Participant list"), [table], new_page=False)


def _role_and_mode(p: Participant) -> Bi:
    """ "Attendee · online": a hybrid training's desk sees who comes to the room (field test 79)."""
    role = enum_label(p.role)
    if not p.mode:
        return role
    return Bi(f"{role.en} · {mode_words(p.mode, 'en')}", f"{role.zh} · {mode_words(p.mode, 'zh')}")


def _when(s: SessionInfo, lang: str) -> str:
    return f"{fmt_date(s.start.date(), lang)} {fmt_time(s.start, lang)}"


def _expected_at(t: TrainingData, group: Sequence[SessionInfo]) -> list[Participant]:
    """Everyone of a place who takes part in any of ``group``'s sessions: on a form that spans a
    substitution, the person replaced (who signed the sessions before it) and then the substitute,
    as ``petdesk trainings ID`` lists them (field test 33, defect 5)."""
    people = []
    for place in t.places:
        there = [p for p in place if any(t.takes_part(p, s.id) for s in group)] if group else []
        if there:
            people += there
        elif not place[-1].replaced:  # no sessions yet: whoever holds the place now
            people.append(place[-1])
    return people


def _sign_in(t: TrainingData) -> list[Section]:
    """One bilingual sign-in form (landscape) per group of sessions; the same in both layouts.

    A form lists who is expected at its sessions, with the marks recorded so far: on a form that
    spans a substitution, the person replaced (dashes from the switch on) and then the substitute
    (dashes before joining); a form of sessions all before or all after it lists only the one."""
    per_sheet = SESSIONS_PER_SHEET if scaled(1) == 1 else SESSIONS_PER_SHEET_LARGE
    all_online = every_session_online(s.online for s in t.sessions)
    groups = [t.sessions[i : i + per_sheet] for i in range(0, len(t.sessions), per_sheet)]
    if not groups:
        groups = [()]
    sections = []
    for g, group in enumerate(groups):
        first = g * per_sheet
        cols = [
            Col(label("No."), 0.45, shared=True, align="RIGHT"),
            Col(label("Name"), 2.0, shared=True),
            Col(label("Organisation"), 2.2, shared=True),
        ]
        for k, s in enumerate(group, start=first + 1):
            cols.append(
                Col(
                    Bi(  # always printed with both languages stacked: the number once, on top
                        f"{k}. {s.title.en or s.title.zh}\n{_when(s, 'en')}",
                        f"{s.title.zh or s.title.en}\n{_when(s, 'zh')}",
                    ),
                    1.35,
                    shared=True,
                )
            )
        # online people are marked from the meeting's report, not on paper (field test 79); one whose
        # mode is blank is online when every session is held online, as on the certificates (0080)
        people = [
            p for p in _expected_at(t, group) if not attends_online(p.mode, all_sessions_online=all_online)
        ]
        numbers = _place_numbers(t, people)
        rows = [
            Row(
                [
                    n,
                    _name_with_note(t, p, _signing_note(group), _signing_name(p.person)),
                    p.person.organisation.name if p.person.organisation else "",
                    *[_shown_mark(t, p, s) for s in group],
                ]
            )
            for n, p in zip(numbers, people, strict=True)
        ]
        # a few blank lines for walk-ins, numbered on from the places
        places = sum(bool(n) for n in numbers)
        rows += [Row([str(n), "", "", *([""] * len(group))]) for n in range(places + 1, places + 4)]
        title = label("Sign-in sheet")
        if len(groups) > 1:
            title = Bi(f"{title.en} ({g + 1}/{len(groups)})", f"{title.zh}（{g + 1}/{len(groups)}）")
        instruction = label("Please sign once for each session you attend.")
        table = BiTable(
            cols,
            rows,
            row_height=11 * mm,
            extra_style=[("LINEAFTER", (0, 0), (-2, -1), 0.25, MUTED_COLOUR)],
        )
        sections.append(
            Section(
                "signin",
                title,
                [Text(instruction, "small"), table, *_stand_in_footnote(people)],
                template="landscape",
                always_parallel=True,
            )
        )
    return sections


def training_sections(
    t: TrainingData, wanted: set[str] | frozenset[str] | None = None, now: dt.datetime | None = None
) -> list[Section]:
    """The dossier's sections; ``now``, the print's time, decides which sessions have been held."""

    def want(key: str) -> bool:
        return wanted is None or key in wanted

    sections: list[Section] = []
    if want("cover"):
        sections.append(_cover(t))
    if want("programme"):
        sections.append(_programme(t))
    if want("trainers"):
        sections.append(_trainers(t))
    if want("participants"):
        sections.append(_participants(t))
    if want("signin"):
        sections += _sign_in(t)
    if want("lodging") and t.lodging is not None and t.lodging.staying:
        # only when someone needs a room: most trainings are for people of the city, and the
        # dossier window ticks every section
        sections.append(lodging_section(t.lodging))
    if want("attendance"):
        sections.append(_attendance(t, now))
    if want("notes"):
        sections.append(notes_section(t.notes))
    return sections


__all__ = ["TRAINING_SECTIONS", "bi_date", "training_sections"]
