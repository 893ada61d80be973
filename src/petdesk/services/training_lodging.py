"""Where a training's attendees from other cities sleep: the answers on each registration
(``TrainingParticipant.lodging_*``, migration 0054), the list sent to the hotel and the rooms
needed per night.

A night is the date one goes to bed: a stay from 16 to 19 March is the nights of the 16th, 17th and
18th. Without dates a stay runs from the training's first day to its last (the attendees of a
three-day training arrive the evening before only when someone says so); a ONE-DAY training has no
night between its first day and its last, so its stay is the night before: check-in the day before,
check-out on the training day (a field office's attendees from elsewhere arrive the evening before;
fieldbits62: a "Yes" on such a training's sign-up sheet failed the whole import). Rooms: a "single" person
takes a room, two "shared" people one room between them, a person whose room kind is not known yet a
room of their own (the hotel is better asked for one room too many than one too few).

A late substitute takes the room of the person they replaced (``trainings.replace_attendee``): the
person replaced needs no room from the day of the substitute's first session (none at all when that is
the first day: they never came), and the substitute, until they answer for themselves, has the
replaced person's answers from that day on (the hotel list booked a room for both, exchange54b).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.language import N_
from petdesk.models import TrainingParticipant
from petdesk.services.pinyin_name import pinyin_name
from petdesk.services.schedule_time import zone
from petdesk.services.table_file import write_table
from petdesk.services.trainings import get_training, sign_in_sheet
from petdesk.services.visits import ScheduleError

if TYPE_CHECKING:  # importing loads only when a registration file is read
    from petdesk.services.importing import Table

SINGLE = "single"
SHARED = "shared"
#: Room kinds, "" while not known.
ROOM_KINDS = ("", SINGLE, SHARED)
#: What a registration file or the command line may say for "needs lodging" (folded to lower case).
_YES = frozenset({"yes", "y", "true", "1", "是", "需要", "要", "x", "✓", "oui"})
_NO = frozenset({"no", "n", "false", "0", "否", "不需要", "不要", "无", "non"})
_UNKNOWN = frozenset({"", "unknown", "?", "未知", "待定"})
#: Registration file headers that carry the answer (``services.importing`` reads them).
HEADERS = (
    "住宿",
    "需要住宿",
    "是否需要住宿",
    "需要安排住宿",
    "是否住宿",
    "accommodation needed",
    "accommodation",
    "needs accommodation",
    "lodging",
    "needs lodging",
    "hotel needed",
    # a Microsoft Forms or Google Forms question, in English and French (field test 111)
    "do you need accommodation",
    "do you require accommodation",
    "will you need accommodation",
    "do you need a hotel room",
    "avez-vous besoin d'un hébergement",
    "besoin d'hébergement",
    "hébergement",
)
#: The first word of an answer that says more ("Yes, 3 nights (14-16 March)", "Oui - 2 nuits").
_FIRST_WORD = re.compile(r"^\s*([^\s,;:(\-–]+)")
_UNSET: Any = object()


class LodgingError(ScheduleError):
    """A lodging answer that cannot be saved (a stay ending before it begins, an unknown room kind):
    the English sentence, and ``text`` and ``values`` to say it in the reader's language."""

    def __init__(self, sentence: str, **values: object) -> None:
        super().__init__(sentence.format(**values))
        self.sentence, self.values = sentence, values

    def describe(self, locale: str) -> str:
        from petdesk.i18n import translator

        return translator(locale)(self.sentence).format(**self.values)


def parse_needed(text: str) -> bool | None:
    """ "是"/"yes" → True, "否"/"no" → False, ""/"unknown" → None; anything else is refused."""
    word = text.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    if word in _UNKNOWN:
        return None
    raise LodgingError(N_("“{text}” is not yes, no or unknown"), text=text)


@dataclass(frozen=True)
class LodgingRow:
    contact_id: str
    name_latin: str
    name_zh: str
    organisation_en: str
    organisation_zh: str
    role: str
    needed: bool | None
    hotel: str
    #: As saved (None: the training's days).
    check_in: dt.date | None
    check_out: dt.date | None
    room: str
    note: str
    #: The stay's first night and the morning after its last, the training's days filled in.
    arrives: dt.date
    leaves: dt.date
    #: The person who took this place from ``replaced_on`` (a late substitute), or "".
    replaced_by: str = ""
    replaced_on: dt.date | None = None
    #: The person this late substitute replaced, or "".
    substitute_for: str = ""

    @property
    def stays(self) -> bool:
        """Needs a room for at least one night: a person replaced before the first day needs none."""
        return bool(self.needed) and self.leaves > self.arrives

    def name(self, language: str) -> str:
        first, second = (
            (self.name_zh, self.name_latin) if language.startswith("zh") else (self.name_latin, self.name_zh)
        )
        if not first:
            return second
        return labels.bracket(first, second if second != first else "", language)

    @property
    def nights(self) -> list[dt.date]:
        return [self.arrives + dt.timedelta(days=n) for n in range((self.leaves - self.arrives).days)]


@dataclass(frozen=True)
class NightCount:
    night: dt.date
    hotel: str
    people: int
    rooms: int


@dataclass(frozen=True)
class LodgingList:
    training_id: str
    title_en: str
    title_zh: str
    start_date: dt.date
    end_date: dt.date
    #: Every registered person, in the sign-in sheet's order.
    rows: list[LodgingRow]

    @property
    def staying(self) -> list[LodgingRow]:
        """The people who need a room: the list the hotel gets."""
        return [r for r in self.rows if r.stays]

    @property
    def unanswered(self) -> int:
        """The people still to be asked: not a person replaced (their substitute answers now)."""
        return sum(1 for r in self.rows if r.needed is None and not r.replaced_by)

    @property
    def hotels(self) -> list[str]:
        """The hotels named so far, most used first: what the editor offers to choose from."""
        used = Counter(r.hotel for r in self.rows if r.hotel)
        return [h for h, _n in sorted(used.items(), key=lambda kv: (-kv[1], kv[0]))]

    def per_night(self) -> list[NightCount]:
        """People and rooms per night and hotel ("" for people without a hotel yet)."""
        people: dict[tuple[dt.date, str], Counter[str]] = {}
        for r in self.staying:
            for night in r.nights:
                people.setdefault((night, r.hotel), Counter())[r.room] += 1
        return [
            NightCount(night, hotel, sum(kinds.values()), _rooms(kinds))
            for (night, hotel), kinds in sorted(people.items())
        ]


def _rooms(kinds: Counter[str]) -> int:
    return kinds[SINGLE] + kinds[""] + math.ceil(kinds[SHARED] / 2)


def usual_stay(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The check-in and check-out of a person who gave no dates: the training's first and last day,
    or for a one-day training the night before it (see the module's docstring)."""
    if end > start:
        return start, end
    return start - dt.timedelta(days=1), start


def night_before(start: dt.date, end: dt.date, check_in: dt.date | None, check_out: dt.date | None) -> bool:
    """Whether a stay is the one-day training's night before, taken because no dates were given."""
    return end <= start and check_in is None and check_out is None


def lodging_list(session: Session, training_id: str) -> LodgingList:
    sheet = sign_in_sheet(session, training_id)
    training = get_training(session, training_id)
    answers = {p.contact_id: p for p in training.participants if p.deleted_at is None}
    first, last = usual_stay(training.start_date, training.end_date)
    rows = []
    for r in sheet.rows:  # trainers from elsewhere sleep somewhere too
        if r.mode == "online":  # at home: not asked, not counted as unanswered (field test 79)
            continue
        p = answers[r.contact_id]
        # the answers that stand for this person: a substitute who has not answered has the room of
        # the person they replaced, from the day they take over
        given = p
        arrives = p.lodging_check_in or first
        leaves = p.lodging_check_out or last
        replaced_on = _replaced_on(p, training.timezone)
        if replaced_on is not None:  # no room from the day the substitute came
            leaves = min(leaves, replaced_on) if replaced_on > training.start_date else arrives
        original = answers.get(r.substitute_for) if r.substitute_for else None
        took_over = (_replaced_on(original, training.timezone) if original else None) or training.start_date
        if original is not None and p.lodging_needed is None:
            given = original
            arrives = original.lodging_check_in or first
            if took_over > training.start_date:
                arrives = max(arrives, took_over)
            leaves = original.lodging_check_out or last
        elif original is not None and p.lodging_check_in is None:  # came from that day, not the first
            arrives = max(arrives, took_over)
        rows.append(
            LodgingRow(
                contact_id=r.contact_id,
                # the hotel's list needs a Latin name beside the Chinese one (a hotel abroad)
                name_latin=r.name_latin or pinyin_name(r.name_zh),
                name_zh=r.name_zh,
                organisation_en=r.organisation_en,
                organisation_zh=r.organisation_zh,
                role=r.role,
                needed=given.lodging_needed,
                hotel=given.lodging_hotel,
                check_in=given.lodging_check_in,
                check_out=given.lodging_check_out,
                room=given.lodging_room,
                note=p.lodging_note,
                arrives=arrives,
                leaves=leaves,
                replaced_by=r.replaced_by,
                replaced_on=replaced_on,
                substitute_for=r.substitute_for,
            )
        )
    return LodgingList(
        training.id, training.title_en, training.title_zh, sheet.start_date, sheet.end_date, rows
    )


def _replaced_on(p: TrainingParticipant, training_zone: str) -> dt.date | None:
    """The local day of the first session a late substitute attends instead of ``p``, if replaced."""
    if not p.replaced_by_id:
        return None
    first = p.replaced_from
    if first is None or first.deleted_at is not None:  # the session gone: the place is the substitute's
        return dt.date.min
    return first.starts_at.astimezone(zone(first.timezone or training_zone)).date()


def set_lodging(
    session: Session,
    training_id: str,
    contact_id: str,
    *,
    needed: bool | None = _UNSET,
    hotel: str = _UNSET,
    check_in: dt.date | None = _UNSET,
    check_out: dt.date | None = _UNSET,
    room: str = _UNSET,
    note: str = _UNSET,
) -> TrainingParticipant:
    """Change the answers given; the others stay. Only the columns that change are written, so an
    office that changed another answer meanwhile keeps its own (sync merges per column)."""
    training = get_training(session, training_id)
    p = next((x for x in training.participants if x.contact_id == contact_id and x.deleted_at is None), None)
    if p is None:
        raise LodgingError(N_("{contact} is not registered for this training"), contact=contact_id)
    wanted: dict[str, Any] = {
        "lodging_needed": needed,
        "lodging_hotel": hotel.strip() if isinstance(hotel, str) else hotel,
        "lodging_check_in": check_in,
        "lodging_check_out": check_out,
        "lodging_room": room,
        "lodging_note": note.strip() if isinstance(note, str) else note,
    }
    wanted = {k: v for k, v in wanted.items() if v is not _UNSET}
    if wanted.get("lodging_room", "") not in ROOM_KINDS:
        raise LodgingError(N_("room “{room}”: say single, shared or nothing"), room=wanted["lodging_room"])
    first, last = usual_stay(training.start_date, training.end_date)
    arrives: dt.date = wanted.get("lodging_check_in", p.lodging_check_in) or first
    leaves: dt.date = wanted.get("lodging_check_out", p.lodging_check_out) or last
    # No room, no stay to check: a "No" is taken though a stay saved earlier no longer fits the
    # training's dates (review 62: it was refused, and the hotel list kept the room)
    no_stay = wanted.get("lodging_needed", p.lodging_needed) is False and not (
        wanted.keys() & {"lodging_check_in", "lodging_check_out"}
    )
    # A note alone changes no stay: it is kept though a saved stay no longer fits (review 62)
    note_only = wanted.keys() <= {"lodging_note"}
    if leaves <= arrives and not (no_stay or note_only):
        raise LodgingError(
            N_("check-out {leaves} is not after check-in {arrives}"),
            leaves=leaves.isoformat(),
            arrives=arrives.isoformat(),
        )
    for name, value in wanted.items():
        if getattr(p, name) != value:
            setattr(p, name, value)
    session.flush()
    return p


# --- the list for the hotel -------------------------------------------------------------------

#: (English, Chinese) of each column, in order; headers in both languages as the other exports.
COLUMNS = (
    ("Name", "姓名"),
    ("Name (Chinese)", "中文姓名"),
    ("Organisation", "单位"),
    ("Hotel", "酒店"),
    ("Check-in", "入住日期"),
    ("Check-out", "退房日期"),
    ("Nights", "晚数"),
    ("Room", "房型"),
    ("Note", "备注"),
)
ROOM_WORDS = {SINGLE: ("single", "单人间"), SHARED: ("shared", "合住"), "": ("", "")}
SUFFIXES = (".csv", ".xlsx")


def headers(lang: str = "en") -> list[str]:
    return [f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}" for en, zh in COLUMNS]


def room_words(room: str, lang: str = "en") -> str:
    en, zh = ROOM_WORDS.get(room, (room, room))
    return zh if lang.startswith("zh") else en


def table(found: LodgingList, lang: str = "en") -> list[list[object]]:
    """The hotel's list: the people who need a room, by hotel, then as the sign-in sheet orders them."""
    zh = lang.startswith("zh")
    order = sorted(enumerate(found.staying), key=lambda nr: (nr[1].hotel == "", nr[1].hotel, nr[0]))
    return [
        [
            r.name_latin or r.name_zh,
            r.name_zh,
            (r.organisation_zh or r.organisation_en) if zh else (r.organisation_en or r.organisation_zh),
            r.hotel,
            r.arrives,
            r.leaves,
            len(r.nights),
            room_words(r.room, lang),
            r.note,
        ]
        for _n, r in order
    ]


def write(found: LodgingList, path: Path, lang: str = "en", *, delimiter: str = ",") -> int:
    """``path``'s suffix (.csv or .xlsx) says the format; returns the people listed."""
    sheet = "住宿名单" if lang.startswith("zh") else "lodging"
    rows = table(found, lang)
    return write_table(path, headers(lang), rows, sheet=sheet, date_columns=(5, 6), delimiter=delimiter)


# --- registration files -------------------------------------------------------------------------


def answers_in(table: Table) -> dict[int, bool | None]:
    """A registration file's "needs lodging" answers by line (``importing.Table``): the column headed
    "住宿", "需要住宿", "Accommodation needed" or "Do you need accommodation?"; an answer that begins
    with yes or no and says more counts as that (the rest: :func:`notes_in`); other words are left
    out (nothing is guessed). Empty when the file has no such column."""
    out: dict[int, bool | None] = {}
    for line, text in _answer_texts(table).items():
        try:
            answer = parse_needed(text)
        except LodgingError:
            # "Yes, 3 nights (14-16 March)": its first word answers; the rest goes to the note
            first = _FIRST_WORD.match(text)
            answer = _plain_yes_no(first[1]) if first else None
        if answer is not None:
            out[line] = answer
    return out


def notes_in(table: Table) -> dict[int, str]:
    """The "needs lodging" answers that say more than yes, no or unknown, by line ("Yes, 3 nights
    (14-16 March)", "Maybe, if the workshop runs late"): kept whole in the registration's lodging
    note (field test 111: nothing of them was kept)."""
    out: dict[int, str] = {}
    for line, text in _answer_texts(table).items():
        try:
            parse_needed(text)
        except LodgingError:
            out[line] = text.strip()
    return out


def _answer_texts(table: Table) -> dict[int, str]:
    from petdesk.services.importing import question_column

    column = question_column(table.headers, HEADERS)
    if column is None:
        return {}
    return {line: cells[column] if column < len(cells) else "" for line, cells in table.body()}


def _plain_yes_no(word: str) -> bool | None:
    folded = word.strip().lower()
    return True if folded in _YES else False if folded in _NO else None


@dataclass
class FromFile:
    """What a registration file's lodging answers did (:func:`fill_from_file`)."""

    #: How many "needs lodging" answers were set.
    taken: int = 0
    #: The lines whose "yes" on a one-day training is the night before the training day.
    night_before: list[int] = field(default_factory=list)
    #: The lines whose answer could not be saved, with why: warned about, the other lines kept.
    refused: dict[int, LodgingError] = field(default_factory=dict)
    #: The refused lines whose note was kept all the same (review 62: it was lost with the answer).
    notes_kept: list[int] = field(default_factory=list)


def fill_from_file(
    session: Session,
    training_id: str,
    answers: dict[int, bool | None],
    people: dict[int, str],
    notes: dict[int, str] | None = None,
) -> FromFile:
    """Set "needs lodging" of the people a registration file registered (``people``: line → contact)
    from the file's answers, and the lodging note of those whose answer said more (``notes``, from
    :func:`notes_in`). An answer given already is replaced: the file is the person's latest word. A
    line whose answer cannot be saved (a stay saved before the training's dates moved) is refused
    alone: one row never costs the others (fieldbits62), and its note is kept (``notes_kept``)."""
    training = get_training(session, training_id)
    done = FromFile()
    for line in sorted(answers.keys() | (notes or {}).keys()):
        contact = people.get(line)
        if contact is None:
            continue
        values: dict[str, Any] = {}
        if line in answers:
            values["needed"] = answers[line]
        if notes and line in notes:
            values["note"] = notes[line]
        try:
            p = set_lodging(session, training_id, contact, **values)
        except LodgingError as exc:
            done.refused[line] = exc
            if values.get("note"):  # "arrive late" does not depend on the stay's dates
                with contextlib.suppress(LodgingError):  # not registered: nowhere to keep it
                    set_lodging(session, training_id, contact, note=values["note"])
                    done.notes_kept.append(line)
            continue
        if "needed" in values:
            done.taken += 1
        dates = (training.start_date, training.end_date, p.lodging_check_in, p.lodging_check_out)
        if p.lodging_needed and night_before(*dates):
            done.night_before.append(line)
    return done


def refused_names(session: Session, done: FromFile, people: dict[int, str], locale: str) -> dict[int, str]:
    """The refused lines' people by name in the reader's language (a Chinese name for a Chinese
    reader when known), so the window and the command line say whose answer was not taken."""
    from petdesk.models import Contact

    names: dict[int, str] = {}
    for line in done.refused:
        contact = session.get(Contact, people[line])
        names[line] = contact.display_name(locale) if contact is not None else people[line]
    return names
