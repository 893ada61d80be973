"""What a dossier prints, read from the database in one go into plain objects.

Rendering works on these snapshots, never on live ORM rows, so that the session can close before
the (slower) PDF layout starts and the layout can run in a worker thread without touching the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session, selectinload

from petdesk import city_names
from petdesk.dossier.briefing_series import group_series
from petdesk.dossier.changes import ChangeInfo, changes_since, data_as_of
from petdesk.dossier.fonts import DossierError
from petdesk.dossier.labels import KANA_STAND_IN_NOTE, STAND_IN_NOTE, Bi, label
from petdesk.dossier.pipeline import OrgPipelineInfo, gather_pipeline
from petdesk.dossier.text import keep_words
from petdesk.ids import first_found
from petdesk.labels import native_name_with_title, script_language
from petdesk.language import DEFAULT_OFFICE_NAME, DEFAULT_OFFICE_NAME_ZH
from petdesk.models import (
    Activity,
    Affiliation,
    Contact,
    FollowUp,
    ItineraryAttendee,
    ItineraryItem,
    ItineraryOrganisation,
    Office,
    Organisation,
    Project,
    SessionTrainer,
    Technology,
    Training,
    TrainingParticipant,
    TrainingSession,
    Visit,
    VisitParticipant,
)
from petdesk.models.enums import (
    ActivityKind,
    AttendanceStatus,
    ChannelLabel,
    ContactChannel,
    FollowUpStatus,
    ItineraryKind,
    NameOrder,
    OrgKind,
    ParticipantRole,
    ProjectStatus,
    TrainingRole,
    TrainingStatus,
    VisitDirection,
    VisitStatus,
)
from petdesk.phone_dialling import international_form, numbers_country
from petdesk.quoting import quoted
from petdesk.services import honorifics, names_indic, newer_values, organisations, training_lodging
from petdesk.services.attendance import outside_part, session_order, time_slots
from petdesk.services.clashes import (
    ORGANISATION,
    OUTSIDE,
    OVERLAP,
    WHEREABOUTS,
    Clash,
    city_name,
    find_clashes,
)
from petdesk.services.logistics import (
    Logistics,
    delegation_roles,
    host_organisations,
    logistics,
    side_of,
    side_rank,
)
from petdesk.services.matching import fold_latin, korean_name_spellings
from petdesk.services.names import (
    family_name_key,
    filing_country,
    kana_stand_in,
    latin_stand_in,
    person_chinese_name,
    with_suffix,
)
from petdesk.services.names_by_script import has_hangul
from petdesk.services.office import home_country
from petdesk.services.training_lodging import LodgingList
from petdesk.services.trainings import ATTENDING_ROLES, SERVING_ROLES, live_interpreters, live_trainers

#: Itinerary kinds that get a briefing page of their own.
BRIEFING_KINDS = (ItineraryKind.MEETING,)
#: How many earlier activities a briefing lists per meeting.
MAX_INTERACTIONS = 6


#: No-break space: glues the words of a name (reportlab draws it as a space, never breaks there).
NBSP = "\u00a0"


class NotFoundError(DossierError):
    """No live visit or training has that id."""


def _native_title(title: str) -> str:
    """A title that may follow a name in Chinese characters: one in its own script (部長, 부장), never
    one in Latin letters. Indonesian "Ir." and "H." (Haji), which have no Chinese counterpart,
    printed 苏哈托Ir. and 苏哈索H. (field test 86); the name cards already leave them to the Latin line."""
    return title if any(ord(ch) >= 0x2E80 for ch in title) else ""


@dataclass(frozen=True)
class OrgInfo:
    id: str
    name: Bi
    short_name: Bi
    kind: OrgKind
    country: str
    city: Bi
    address: Bi
    website: str
    technology_areas: tuple[str, ...]
    is_member_city: bool
    notes: str
    #: the address's postal code (0071), "" if not known
    postal_code: str = ""
    #: its own phone, its switchboard (0078), dialled from anywhere; "" if not known
    phone: str = ""


@dataclass(frozen=True)
class Method:
    channel: ContactChannel
    label: ChannelLabel
    value: str


@dataclass(frozen=True)
class PersonInfo:
    """A contact as printed: names in both scripts, current position, ways to reach them."""

    id: str
    family_name: str
    given_name: str
    name_order: NameOrder
    family_name_zh: str
    given_name_zh: str
    honorific: Bi
    position: Bi
    department: Bi
    organisation: OrgInfo | None
    languages: tuple[str, ...]
    dietary_needs: str
    accessibility_needs: str
    emergency_contact: str
    methods: tuple[Method, ...]
    #: Language of the names in Chinese characters: "" (Chinese), "ja" or "ko".
    native_name_language: str = ""
    #: The native name's reading as recorded (kana for a Japanese name, a romanisation for a Korean one).
    phonetic_family_name: str = ""
    phonetic_given_name: str = ""
    #: A Korean name's Hanja (李敏鎬 beside 이민호), printed beside the Hangul.
    name_hanja: str = ""
    #: ISO 3166 code; with the organisation's country, it decides where the surname files ("van der
    #: Merwe" of South Africa under V: :func:`names.filing_country`).
    nationality: str = ""
    #: "Jr.", "III": printed after the Latin name (field test 126).
    name_suffix: str = ""

    @property
    def name_latin(self) -> str:
        parts = (
            (self.family_name, self.given_name)
            if self.name_order == NameOrder.FAMILY_FIRST
            else (self.given_name, self.family_name)
        )
        return with_suffix(" ".join(p for p in parts if p), self.name_suffix)

    @cached_property
    def latin_stand_in(self) -> str:
        """The pinyin of a Chinese name without a Latin one ("Zhang Wei" for 张伟 from a WeCom list),
        or a Japanese one's kana reading in Hepburn (:attr:`kana_stand_in`), printed where English
        needs a Latin name and marked as such (:attr:`stand_in_note`)."""
        return self.kana_stand_in or latin_stand_in(
            family=self.family_name,
            given=self.given_name,
            family_zh=self.family_name_zh,
            given_zh=self.given_name_zh,
            native_name_language=self.native_name_language,
            languages=self.languages,
        )

    @cached_property
    def kana_stand_in(self) -> str:
        """A Japanese name without a Latin one in Hepburn from its kana reading, family name first
        as Japan writes names in English: "Kato Yumi" for 加藤由美 read カトウ ユミ. The English
        side printed the kanji alone for a delegation sent by Outlook or a card app (field test 78)."""
        if self.name_latin:
            return ""
        return kana_stand_in(
            family=self.family_name,
            given=self.given_name,
            native_name_language=self.native_name_language,
            reading_family=self.phonetic_family_name,
            reading_given=self.phonetic_given_name,
        )

    def stand_in_note(self, lang: str) -> str:
        """Under a name printed in pinyin or romanised from kana: that it is not a spelling of the
        person's own, which protocol staff must not copy to a badge or a letter as if it were."""
        if not self.latin_stand_in:
            return ""
        return label(KANA_STAND_IN_NOTE if self.kana_stand_in else STAND_IN_NOTE).get(lang)

    @property
    def name_zh(self) -> str:
        return person_chinese_name(
            self.family_name_zh,
            self.given_name_zh,
            family=self.family_name,
            order=self.name_order,
            native_name_language=self.native_name_language,
            languages=self.languages,
        )

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """By family name, however the name is written (:func:`names.family_name_key`)."""
        name = (self.family_name, self.given_name, self.family_name_zh)
        country = filing_country(self.nationality, self.organisation.country if self.organisation else "")
        reading = (self.phonetic_family_name, self.phonetic_given_name)
        return (*family_name_key(*name, *reading, country=country), self.id)

    def name(self, lang: str) -> str:
        """The name as a reader of ``lang`` expects it: Latin order as the person writes it in English,
        the Chinese name (family name first) in Chinese, each falling back to the other script."""
        if lang.startswith("zh"):
            return self.name_latin if self.indic_name else self.name_zh or self.name_latin
        return self.name_latin or self.latin_stand_in or self.name_zh

    @property
    def indic_name(self) -> str:
        """A Hindi (or other Indian-script) name kept beside the English one: printed beside it, not
        as the Chinese name; in the Chinese column "मीना कुमारी女士" glued a Chinese honorific to
        the Devanagari, before the English name the person goes by (field test 107)."""
        if self.native_name_language in names_indic.LANGUAGES and self.name_latin:
            return " ".join(p for p in (self.family_name_zh, self.given_name_zh) if p)
        return ""

    def formal_name(self, lang: str) -> str:
        """With the honorific where each language puts it: "Dr. Anna Berg", "张伟博士".

        A person without a Chinese name keeps the Latin name in Chinese, followed by the Chinese
        honorific as Chinese puts it ("Björn Schäfer 博士"; "Dr." is known as 博士); an English
        honorific with no Chinese counterpart stays in front, as in English, never after the name
        ("Björn Schäfer Dr.", field test 33, defect 6)."""
        zh = lang.startswith("zh")
        # no-break spaces: a name, and an honorific with its name, never split across lines
        name = self.name(lang).replace(" ", NBSP)
        if zh and self.chinese_honorific() in honorifics.CHINESE_BEFORE_NAME:
            # Burmese U and Daw: 吴昂敏 before a Chinese name, "U Aung Min" before a Latin one
            before = self.chinese_honorific() if self.name_zh else self.honorific.en
            return f"{before}{name}" if self.name_zh or not before else f"{before}{NBSP}{name}"
        if zh and self.name_zh and not self.indic_name:  # 张伟主任, 山田太郎部長, 박지훈 부장
            title = self.chinese_honorific() or _native_title(self.honorific.en)
            return native_name_with_title(name, title, self.native_name_language).replace(" ", NBSP)
        if zh and (honorific_zh := self.chinese_honorific()):
            return f"{name}{NBSP}{honorific_zh}"
        if not self.name_latin and self.latin_stand_in and not self.honorific.en:
            return name  # "Zhang Wei": a Chinese title (主任) is not put before a pinyin name
        if not self.name_latin and not self.honorific.en and self.honorific.zh:
            # only native script to show: its own order, "김민준 국장", never "국장 김민준"
            titled = native_name_with_title(name, self.honorific.zh, self.native_name_language)
            return titled.replace(" ", NBSP)
        # Ông / Bà read Mr. / Ms. among English names (the Chinese side has 先生 / 女士 already)
        honorific = honorifics.english(self.honorific.en) or self.honorific.zh
        return f"{honorific.replace(' ', NBSP)}{NBSP}{name}" if honorific else name

    def chinese_honorific(self) -> str:
        """The Chinese honorific: the one recorded, else the counterpart of a known English one."""
        if self.honorific.zh:
            return self.honorific.zh
        return honorifics.chinese(self.honorific.en) if self.honorific.en else ""

    def both_scripts(self, lang: str) -> str:
        """Name in the language's script first, the other script in brackets; a Korean name's Hanja
        beside its Hangul ("Minho Lee (이민호 李敏鎬)", "이민호 李敏鎬（Minho Lee）")."""
        first = self.formal_name(lang)
        other = (self.indic_name or self.name("en" if lang.startswith("zh") else "zh")).replace(" ", NBSP)
        hanja = self.name_hanja.strip() if has_hangul(self.family_name_zh + self.given_name_zh) else ""
        if hanja and lang.startswith("zh"):
            first = f"{first}{NBSP}{hanja}"
        elif hanja and other:
            other = f"{other}{NBSP}{hanja}"
        if not other or other in first:
            return first
        return f"{first}（{other}）" if lang.startswith("zh") else f"{first} ({other})"

    @property
    def reading(self) -> str:
        """How the native name is read, for protocol staff to address the person: the recorded reading
        ("さとう ひろし" for 佐藤 浩), else for a name in Hangul alone its usual romanisation ("Kim
        Minjun"); "" when the Latin name printed beside it says it already (field test 56, defect 1)."""
        in_order = (self.phonetic_family_name, self.phonetic_given_name)
        if self.name_order == NameOrder.GIVEN_FIRST and not (self.family_name_zh or self.given_name_zh):
            # the Latin reading of an Arabic or Thai name, read in the name's own order: "Mohammed bin
            # Rashid", not "bin Rashid Mohammed" (field test 75); kana and Korean stay family first
            in_order = in_order[::-1]
        recorded = " ".join(p.strip() for p in in_order if p.strip())
        if recorded:
            parts = {fold_latin(self.phonetic_family_name), fold_latin(self.phonetic_given_name)}
            return "" if parts == {fold_latin(self.family_name), fold_latin(self.given_name)} else recorded
        if self.name_latin or not has_hangul(self.family_name_zh + self.given_name_zh):
            return ""
        spellings = korean_name_spellings(self.family_name_zh, self.given_name_zh)
        return " ".join(p.capitalize() for p in spellings[0] if p) if spellings else ""

    def methods_of(self, *channels: ContactChannel) -> list[Method]:
        return [m for m in self.methods if m.channel in channels]


@dataclass(frozen=True)
class Participant:
    person: PersonInfo
    role: ParticipantRole | TrainingRole
    notes: str = ""
    #: Order of precedence on the person's side (1 first); None after the numbered ones.
    precedence: int | None = None
    #: "delegation" or "host" for a visit's people (services.logistics.side_of); "" in a training.
    side: str = ""
    #: A training's late substitutes (services.trainings.replace_attendee): the person this one
    #: replaces, from which session (an id); and who replaced this one, from which session. The
    #: replaced person keeps the place's earlier sessions, the substitute its later ones.
    replacing: PersonInfo | None = None
    joined_at: str | None = None
    replaced_by: PersonInfo | None = None
    left_at: str | None = None
    #: How a training's participant attends: "in_person", "online" or "" (0062).
    mode: str = ""

    @property
    def replaced(self) -> bool:
        """Someone else takes this place from ``left_at`` on (the substitute may since be erased)."""
        return self.left_at is not None


@dataclass(frozen=True)
class ActivityInfo:
    kind: ActivityKind
    occurred_at: dt.datetime
    subject: str
    body: str
    author: str
    organisation: Bi
    person: Bi


@dataclass(frozen=True)
class ProjectInfo:
    title: Bi
    status: ProjectStatus
    fund: Bi
    amount: float | None
    currency: str
    deadline: dt.date | None
    technology_areas: tuple[str, ...]
    #: The funder's programme applied to.
    programme: Bi = field(default_factory=Bi)


@dataclass(frozen=True)
class TechnologyInfo:
    """A catalogue technology a meeting's organisation provides, as a briefing lists it."""

    name: Bi
    trl: int | None
    #: Its key figures, else the first sentence of its description, shortened (one line of a table).
    line: Bi


#: How long a technology's one line may be, in characters (a table cell of a briefing, not its text).
TECHNOLOGY_LINE = 90


def _one_line(figures: str, description: str) -> str:
    text = " ".join((figures or description).split())
    if not figures:  # the first sentence, in either language's punctuation
        for stop in ("。", ". "):
            if stop in text:
                text = text[: text.index(stop) + len(stop)].strip()
    return text if len(text) <= TECHNOLOGY_LINE else text[: TECHNOLOGY_LINE - 1].rstrip() + "…"


def technology_info(t: Technology) -> TechnologyInfo:
    return TechnologyInfo(
        name=Bi(t.name_en, t.name_zh),
        trl=t.trl,
        line=Bi(_one_line(t.key_figures_en, t.description_en), _one_line(t.key_figures_zh, t.description_zh)),
    )


@dataclass(frozen=True)
class FollowUpInfo:
    description: Bi
    due_date: dt.date | None
    status: FollowUpStatus
    owner: PersonInfo | None
    organisation: Bi


@dataclass(frozen=True)
class ItemInfo:
    id: str
    kind: ItineraryKind
    title: Bi
    start: dt.datetime  #: in the place's zone
    end: dt.datetime
    timezone: str
    place: Bi
    address: Bi
    city: Bi
    notes: str
    organisations: tuple[OrgInfo, ...]
    #: The people ticked for the item or, with nobody ticked, the whole delegation and the hosts.
    attendees: tuple[PersonInfo, ...]
    #: Nobody was ticked: the whole delegation attends (as the item dialog and the itinerary say).
    whole_delegation: bool = False
    #: Who hosts or chairs the item and who interprets (``host_contact_id``, ``interpreter_contact_id``).
    host: PersonInfo | None = None
    interpreter: PersonInfo | None = None
    #: An imported all-day event: its days, not "00:00–00:00 (+1)" (field test 40, defect 2).
    all_day: bool = False

    @property
    def last_day(self) -> dt.date:
        """The place's last day of the item (an all-day item ends at the midnight after it)."""
        return (self.end - dt.timedelta(microseconds=1)).date() if self.all_day else self.end.date()

    @property
    def people(self) -> tuple[PersonInfo, ...]:
        """Everyone in the item, once: the attendees, then its host and interpreter. The item's host
        and interpreter are people of the item whether ticked or not, so a briefing never names
        an interpreter the programme line does not (field test 11, defect 1)."""
        found = {p.id: p for p in self.attendees}
        for person in (self.host, self.interpreter):
            if person is not None:
                found.setdefault(person.id, person)
        return tuple(found.values())


@dataclass(frozen=True)
class Briefing:
    """Everything the people going into one meeting should know."""

    item: ItemInfo
    interactions: tuple[ActivityInfo, ...]
    projects: tuple[ProjectInfo, ...]
    follow_ups: tuple[FollowUpInfo, ...]
    #: The catalogue technologies the meeting's organisations provide (field test 76: an enterprise
    #: at a B2B table with five technologies was briefed "No projects or technology areas recorded").
    technologies: tuple[TechnologyInfo, ...] = ()
    #: Every day of a meeting held daily at the same time with the same people, ``item`` the first
    #: (dossier.briefing_series); empty for a meeting briefed alone.
    series: tuple[ItemInfo, ...] = ()

    @property
    def technology_areas(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for org in self.item.organisations:
            seen.update(dict.fromkeys(org.technology_areas))
        for project in self.projects:
            seen.update(dict.fromkeys(project.technology_areas))
        return tuple(seen)


@dataclass(frozen=True)
class VisitData:
    id: str
    office: Bi
    title: Bi
    direction: VisitDirection
    status: VisitStatus
    start_date: dt.date
    end_date: dt.date
    timezone: str
    host: OrgInfo | None
    visiting: OrgInfo | None
    purpose: Bi
    outcomes: Bi
    notes: str
    participants: tuple[Participant, ...]
    items: tuple[ItemInfo, ...]
    briefings: tuple[Briefing, ...]
    follow_ups: tuple[FollowUpInfo, ...]
    #: Travel, rooming, cars, gifts, emergency sheet and per-item protocol (services.logistics).
    logistics: Logistics | None = None
    #: Technologies, needs and matches of the organisations involved (dossier.pipeline).
    pipeline: tuple[OrgPipelineInfo, ...] = ()
    #: Scheduling clashes of the programme, as ``petdesk clashes --visit`` and the window find them.
    clashes: tuple[ClashNote, ...] = ()
    clash_count: int = 0
    #: The last change of the visit or its parts (UTC); None when none was recorded.
    data_as_of: dt.datetime | None = None
    #: The date the "Changes since" part starts from, and its lines; None when not asked for.
    changes_since: dt.datetime | None = None
    changes: tuple[ChangeInfo, ...] = ()
    #: The delegation's country code and announced size (0070), for the cover.
    country: str = ""
    head_count: int | None = None


@dataclass(frozen=True)
class ClashNote:
    """One clash as the programme prints it on one of its items: a short note in each language."""

    item_id: str
    text: Bi


def _who(clash: Clash, lang: str) -> str:
    if len(clash.people) == 1:
        latin, _, chinese = clash.people[0][1].partition(" (")  # "Anna Berg (安娜·伯格)"
        return (chinese.rstrip(")") or latin) if lang == "zh" else latin
    if clash.whole_delegation:
        return label("the whole delegation").get(lang)
    return label("{n} people").get(lang).format(n=len(clash.people))


def _clash_text(clash: Clash, item_id: str) -> Bi:
    """ "Overlaps with “Press briefing” for Anna Berg" / "与“新闻发布会”时间重叠（10 人）"."""
    if clash.kind == OUTSIDE:
        return label("Outside the visit's dates")
    other = next((s for s in clash.slots if s.id != item_id), clash.slots[0])
    if clash.kind == WHEREABOUTS:
        return _whereabouts_text(clash)
    if clash.kind == ORGANISATION:  # the organisation booked at both, as a person would be named
        words = label("Overlaps with “{item}” for {who}")
        return Bi(
            words.en.format(item=other.title("en"), who=clash.organisation("en")),
            words.zh.format(item=other.title("zh_CN"), who=clash.organisation("zh")),
        )
    key = (
        "Overlaps with “{item}” for {who}"
        if clash.kind == OVERLAP
        else "Too little time to travel to or from “{item}” for {who}"
    )
    words = label(key)
    return Bi(
        words.en.format(item=other.title("en"), who=_who(clash, "en")),
        words.zh.format(item=other.title("zh_CN"), who=_who(clash, "zh")),
    )


def _whereabouts_text(clash: Clash) -> Bi:
    """ "Cannot be in Hangzhou then by the travel plan (“LH 2386 …”) for 12 people", on the item
    and on the leg alike."""
    here, leg = clash.slots
    words = label("Cannot be in {city} then by the travel plan (“{item}”) for {who}")
    return Bi(
        words.en.format(city=city_name(here.city_code, "en"), item=leg.title("en"), who=_who(clash, "en")),
        words.zh.format(
            city=city_name(here.city_code, "zh_CN"), item=leg.title("zh_CN"), who=_who(clash, "zh")
        ),
    )


def visit_clashes(session: Session, visit_id: str) -> tuple[tuple[ClashNote, ...], int]:
    """The notes of the visit's clashes on each item concerned, and how many clashes there are, by
    the rule of ``services.clashes`` (field test 21, defect 3: a printed programme must never hide a
    clash the window shows)."""
    found = find_clashes(session, visit_id=visit_id)
    notes = tuple(ClashNote(item, _clash_text(c, item)) for c in found for item in dict.fromkeys(c.item_ids))
    return notes, len(found)


@dataclass(frozen=True)
class SessionInfo:
    id: str
    title: Bi
    start: dt.datetime  #: in the session's zone
    end: dt.datetime
    timezone: str
    room: Bi
    notes: str
    trainers: tuple[PersonInfo, ...]
    attendance: dict[str, AttendanceStatus] = field(default_factory=dict, hash=False, compare=False)
    #: Marks a newer petdesk stored, as stored, per contact id (``attendance`` holds their stand-in).
    stored_marks: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Who interprets the session (people registered as interpreters attached to it).
    interpreters: tuple[PersonInfo, ...] = ()
    #: Said to be held online (True) or in person (False), None when not said (0080).
    online: bool | None = None


@dataclass(frozen=True)
class TrainingData:
    id: str
    office: Bi
    title: Bi
    topic: Bi
    status: TrainingStatus
    start_date: dt.date
    end_date: dt.date
    venue: Bi
    city: Bi
    timezone: str
    organiser: OrgInfo | None
    description: Bi
    notes: str
    sessions: tuple[SessionInfo, ...]
    participants: tuple[Participant, ...]
    #: Street address of the venue (issue 14).
    venue_address: Bi = field(default_factory=Bi)
    #: Who needs a room, where and which nights (0054); None when not read.
    lodging: LodgingList | None = None

    @property
    def trainers(self) -> tuple[PersonInfo, ...]:
        """Everyone who teaches a session or is registered as a trainer, in order of first session."""
        seen: dict[str, PersonInfo] = {}
        for session in self.sessions:
            for person in session.trainers:
                seen.setdefault(person.id, person)
        for participant in self.participants:
            if participant.role == TrainingRole.TRAINER:
                seen.setdefault(participant.person.id, participant.person)
        return tuple(seen.values())

    @property
    def interpreters(self) -> tuple[PersonInfo, ...]:
        """Everyone registered as an interpreter, those of the sessions first in order of session."""
        seen: dict[str, PersonInfo] = {}
        for session in self.sessions:
            for person in session.interpreters:
                seen.setdefault(person.id, person)
        for participant in self.participants:
            if participant.role == TrainingRole.INTERPRETER:
                seen.setdefault(participant.person.id, participant.person)
        return tuple(seen.values())

    @property
    def people(self) -> tuple[Participant, ...]:
        """Everyone registered, trainers and organisers included, a replaced person and their
        substitute both (the record; the head count is :attr:`taking_part`, counts54)."""
        return self.participants

    @property
    def attendees(self) -> tuple[Participant, ...]:
        """The training's "attendees" (:data:`ATTENDING_ROLES`), the people graded for attendance and
        certificates, a replaced one included; not trainers or organisers (the list's definition)."""
        return tuple(p for p in self.participants if p.role in ATTENDING_ROLES)

    @property
    def taking_part(self) -> tuple[Participant, ...]:
        """The people of the training now, as its cover counts them: a replaced person is not, their
        substitute is (the cover counted both, one place twice, dossier54)."""
        return tuple(p for p in self.participants if not p.replaced)

    @property
    def signers(self) -> tuple[Participant, ...]:
        """Who signs the sign-in sheet: the attendees and the organisers, not the trainers or
        interpreters (``SignInSheet.signers``, the sheet the window prints)."""
        return tuple(p for p in self.participants if p.role not in SERVING_ROLES)

    @property
    def places(self) -> tuple[tuple[Participant, ...], ...]:
        """The signers by place: each registered person followed by their substitute (and the
        substitute's, if they too were replaced), in the list order of the person first registered."""
        attendees = self.signers
        here = {p.person.id for p in attendees}
        substitute_of = {p.replacing.id: p for p in attendees if p.replacing is not None}
        places = []
        for first in attendees:
            if first.replacing is not None and first.replacing.id in here:
                continue  # listed in the place of the person replaced
            chain = [first]
            while chain[-1].person.id in substitute_of and len(chain) <= len(attendees):
                chain.append(substitute_of[chain[-1].person.id])
            places.append(tuple(chain))
        return tuple(places)

    @property
    def expected(self) -> tuple[Participant, ...]:
        """The signers expected now: a substitute in the place of the person replaced, who is
        no longer expected. Counted once per place: what the cover and the participant list show."""
        return tuple(place[-1] for place in self.places if not place[-1].replaced)

    def session_number(self, session_id: str | None) -> int | None:
        """A session's number in the programme (1 first), None for an unknown one."""
        return next((n for n, s in enumerate(self.sessions, start=1) if s.id == session_id), None)

    @cached_property
    def slots(self) -> list[tuple[str, ...]]:
        """The sessions' ids in time slots (parallel sessions share one)."""
        return time_slots((s.id, s.start, s.end) for s in self.sessions)

    def takes_part(self, participant: Participant, session_id: str) -> bool:
        """Whether the session is in the participant's part: not before the time slot a substitute
        joined in, not from the one a replaced person left in (the rule the window and the CLI
        use, services.attendance.outside_part)."""
        if participant.joined_at is None and participant.left_at is None:
            return True
        outside = outside_part(self.slots, joined_at=participant.joined_at, left_at=participant.left_at)
        return session_id not in outside


# --------------------------------------------------------------------------- conversion helpers


def _day_after(day: dt.date) -> dt.datetime:
    """The end of an event's last day (UTC): a rename made after it is one the event did not see."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC)


def _live(rows: Iterable) -> list:
    return [r for r in rows if r.deleted_at is None]


def org_info(
    org: Organisation | None, renamed: Mapping[str, Mapping[str, str]] | None = None
) -> OrgInfo | None:
    """``renamed``: the names organisations had when the event took place, where they changed since
    (:func:`organisations.names_then`)."""
    if org is None or org.deleted_at is not None:
        return None
    return OrgInfo(
        id=org.id,
        name=_name_then(org, (renamed or {}).get(org.id, {})),
        short_name=Bi(org.short_name_en, org.short_name_zh),
        kind=org.kind,
        country=org.country or "",
        city=Bi(*city_names.on_both_sides(org.city_en, org.city_zh)),
        address=Bi(org.address_en, org.address_zh),
        website=org.website or "",
        technology_areas=tuple(org.technology_areas or ()),
        is_member_city=bool(org.is_member_city),
        notes=org.notes or "",
        postal_code=org.postal_code or "",
        # stored in international form; another office's older value is read with the country here
        phone=international_form(org.phone, org.country or "") if org.phone else "",
    )


def _name_then(org: Organisation, then: Mapping[str, str]) -> Bi:
    """The name as it was at the event, with the current one after it: "Virtanen Cleantech Oy
    (now: Virtanen Cleantech Group AG)". A 2017 visit's dossier reprinted today named the host
    by its 2018 name, which it did not have then (field test 102, defect 4)."""
    words = label("{then} (now: {now})")
    sides = []
    for lang, template in (("en", words.en), ("zh", words.zh)):
        now, old = getattr(org, f"name_{lang}") or "", then.get(f"name_{lang}", "")
        renamed = old and now and not organisations.same_words(old, now)  # a case correction is none
        sides.append(template.format(then=old, now=now) if renamed else now or old)
    return Bi(*sides)


class _People:
    """Converts each contact once, however often it appears in the visit."""

    def __init__(self, renamed: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self._cache: dict[str, PersonInfo] = {}
        self._renamed = renamed

    def get(self, contact: Contact) -> PersonInfo:
        found = self._cache.get(contact.id)
        if found is None:
            found = self._cache[contact.id] = _person_info(contact, self._renamed)
        return found


def _current_affiliation(contact: Contact) -> Affiliation | None:
    current = [
        a
        for a in contact.affiliations
        if a.end_date is None and a.deleted_at is None and a.organisation.deleted_at is None
    ]
    current.sort(key=lambda a: (not a.is_primary, -(a.start_date or dt.date.min).toordinal()))
    return current[0] if current else None


def _printed(channel: ContactChannel, value: str, country: str) -> str:
    """A method's value as the dossier prints it: a number in its international form (read with
    ``country`` when typed without a code), as typed when it does not read.

    A dossier travels: an outbound delegation reads it abroad, on phones roaming where "0871 6512
    3456" or "(0)30 1234567" reach nobody, and an inbound one dials from foreign phones; "+86 871
    6512 3456" dials from any mobile, at home too (field test phones55)."""
    if channel in (ContactChannel.PHONE, ContactChannel.FAX):
        return international_form(value, country)
    return value


def _person_info(contact: Contact, renamed: Mapping[str, Mapping[str, str]] | None = None) -> PersonInfo:
    aff = _current_affiliation(contact)
    session = object_session(contact)
    dialled = numbers_country(
        contact.addresses or (),
        aff.organisation.country if aff and aff.organisation else "",
        home_country(session) if session is not None else "",
    )
    info = PersonInfo(
        id=contact.id,
        family_name=contact.family_name or "",
        given_name=contact.given_name or "",
        name_order=contact.name_order or NameOrder.GIVEN_FIRST,
        family_name_zh=contact.family_name_zh or "",
        given_name_zh=contact.given_name_zh or "",
        honorific=Bi(contact.honorific_en or "", contact.honorific_zh or ""),
        position=Bi(aff.position_en, aff.position_zh) if aff else Bi(),
        department=Bi(aff.department_en, aff.department_zh) if aff else Bi(),
        organisation=org_info(aff.organisation, renamed) if aff else None,
        languages=tuple(contact.languages or ()),
        dietary_needs=contact.dietary_needs or "",
        accessibility_needs=contact.accessibility_needs or "",
        emergency_contact=contact.emergency_contact or "",
        methods=tuple(
            Method(m.channel, m.label or ChannelLabel.WORK, _printed(m.channel, m.value, dialled))
            for m in _live(contact.methods)
            if m.value
        ),
        # a record saved before the language was kept: its script says it (박지훈 is Korean)
        native_name_language=contact.native_name_language
        or script_language((contact.family_name_zh or "") + (contact.given_name_zh or "")),
        phonetic_family_name=contact.phonetic_family_name or "",
        phonetic_given_name=contact.phonetic_given_name or "",
        name_hanja=contact.name_hanja or "",
        nationality=contact.nationality or "",
        name_suffix=contact.name_suffix or "",
    )
    if info.name_zh:  # a Chinese name never splits, nor does it from its honorific
        keep_words(info.name_zh, info.formal_name("zh"))
    return info


def _contact_loads(path):
    return (
        path.selectinload(Contact.methods),
        path.selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
    )


def office_name(session: Session) -> Bi:
    """This installation's office name, without creating the office row (dossiers only read)."""
    office = session.scalars(
        select(Office).where(Office.is_self.is_(True), Office.deleted_at.is_(None))
    ).first()
    if office is None:
        return Bi(DEFAULT_OFFICE_NAME, DEFAULT_OFFICE_NAME_ZH)
    return Bi(office.name, office.name_zh)


def _bi_name(person: PersonInfo | None) -> Bi:
    return Bi(person.name("en"), person.name("zh")) if person else Bi()


def _follow_up_info(row: FollowUp, people: _People, orgs: dict[str, OrgInfo]) -> FollowUpInfo:
    org = orgs.get(row.organisation_id or "")
    return FollowUpInfo(
        description=Bi(row.description_en, row.description_zh),
        due_date=row.due_date,
        status=row.status,
        owner=people.get(row.owner) if row.owner is not None and row.owner.deleted_at is None else None,
        organisation=org.name if org else Bi(),
    )


# --------------------------------------------------------------------------- visits


def resolve_id(session: Session, model: type[Visit] | type[Training], ident: str) -> str:
    """The full id of the live visit or training whose id is ``ident`` or starts with it."""
    ident = ident.strip()
    if not ident:
        raise NotFoundError("an id is needed")
    what = "visit" if model is Visit else "training"
    ident, ids = first_found(
        ident,
        lambda form: list(
            session.scalars(
                select(model.id)
                .where(model.id >= form, model.id < form + "\uffff", model.deleted_at.is_(None))
                .limit(3)
            )
        ),
    )
    if not ids:
        raise NotFoundError(f"there is no {what} with the id {quoted(ident)}")
    if len(ids) > 1 and ident not in ids:
        raise NotFoundError(f"several {what}s have ids starting with {quoted(ident)}; give more of the id")
    return ident if ident in ids else ids[0]


class _WithId(Protocol):
    @property
    def id(self) -> str: ...


_Found = TypeVar("_Found", bound=_WithId)


def one_with_id(items: Iterable[_Found], wanted: str, *, none: str, several: str) -> _Found:
    """The one of ``items`` whose id is ``wanted``, else the only one whose id starts with it.
    ``none`` and ``several`` are the errors' sentences, ``{id}`` standing for ``wanted``
    (``messages`` translates them)."""
    listed = list(items)
    found = [i for i in listed if i.id == wanted] or [i for i in listed if wanted and i.id.startswith(wanted)]
    if not found:
        raise NotFoundError(none.format(id=wanted))
    if len(found) > 1:
        raise NotFoundError(several.format(id=wanted))
    return found[0]


def programme_item(data: VisitData, item_id: str) -> ItemInfo:
    """The visit's programme item with this id, or a unique beginning of it."""
    return one_with_id(
        data.items,
        item_id.strip(),
        none="the visit has no programme item with the id {id}",
        several="several programme items of the visit have ids starting with {id}; give more characters",
    )


def gather_visit(session: Session, visit_id: str, *, since: dt.datetime | None = None) -> VisitData:
    """Everything the visit dossier prints, read in a handful of queries; with ``since``, the
    visit's changes from then on too."""
    visit = session.scalars(
        select(Visit)
        .where(Visit.id == visit_id, Visit.deleted_at.is_(None))
        .options(
            selectinload(Visit.host_organisation),
            selectinload(Visit.visiting_organisation),
            *_contact_loads(selectinload(Visit.participants).selectinload(VisitParticipant.contact)),
            selectinload(Visit.items)
            .selectinload(ItineraryItem.organisations)
            .selectinload(ItineraryOrganisation.organisation),
            *_contact_loads(
                selectinload(Visit.items)
                .selectinload(ItineraryItem.attendees)
                .selectinload(ItineraryAttendee.contact)
            ),
            *_contact_loads(selectinload(Visit.follow_ups).selectinload(FollowUp.owner)),
        )
    ).first()
    if visit is None:
        raise NotFoundError(f"there is no visit with the id {quoted(visit_id)}")
    clashes, clash_count = visit_clashes(session, visit.id)
    renamed = organisations.names_then(session, _day_after(visit.end_date))
    people = _People(renamed)
    orgs: dict[str, OrgInfo] = {}

    def org(o: Organisation | None) -> OrgInfo | None:
        info = org_info(o, renamed)
        if info is not None:
            orgs[info.id] = info
        return info

    host, visiting = org(visit.host_organisation), org(visit.visiting_organisation)
    live = [p for p in _live(visit.participants) if p.contact.deleted_at is None]
    orgs_of = {p.id: _organisation_id(people.get(p.contact)) for p in live}
    outbound = visit.direction == VisitDirection.OUTBOUND
    pairs = ((p.role, orgs_of[p.id]) for p in live)
    hosts = host_organisations(visit.host_organisation_id, pairs, outbound=outbound)
    participants = [
        Participant(
            people.get(p.contact),
            p.role,
            p.notes or "",
            p.precedence,
            side_of(p.role, orgs_of[p.id], hosts, outbound=outbound),
        )
        for p in live
    ]
    participants.sort(key=lambda p: (_ROLE_ORDER.get(p.role, 99), p.person.sort_key))

    # who attends an item with nobody ticked (drivers and staff do not sit in meetings, but the
    # officer who accompanies an outbound delegation does: field test 77)
    meeting_roles = meeting_roles_of(outbound)
    everyone = tuple(p.person for p in participants if p.role in meeting_roles)
    protocol_people = _protocol_people(session, _live(visit.items), people)
    # a meeting's people in the visit's order of precedence, as its delegation list: in the rows'
    # order, two offices printed the same briefing's table in two orders once a sync package had
    # brought it over (field test 60); by role and name alone, a set order was not kept (review60)
    rank = {p.person.id: n for n, p in enumerate(in_precedence(participants))}
    items: list[ItemInfo] = []
    for row in _live(visit.items):
        zone = ZoneInfo(row.timezone or visit.timezone or "UTC")
        ticked = tuple(
            sorted(
                (people.get(a.contact) for a in _live(row.attendees) if a.contact.deleted_at is None),
                key=lambda person: (rank.get(person.id, len(rank)), person.sort_key, person.id),
            )
        )
        items.append(
            ItemInfo(
                id=row.id,
                kind=row.kind,
                title=Bi(row.title_en, row.title_zh),
                start=row.starts_at.astimezone(zone),
                end=row.ends_at.astimezone(zone),
                timezone=zone.key,
                place=Bi(row.place_en, row.place_zh),
                address=Bi(row.address_en, row.address_zh),
                city=Bi(*city_names.on_both_sides(row.city_en, row.city_zh)),
                notes=row.notes or "",
                organisations=tuple(
                    info for link in _live(row.organisations) if (info := org(link.organisation)) is not None
                ),
                attendees=ticked or everyone,
                whole_delegation=not ticked,
                host=protocol_people.get(row.host_contact_id or ""),
                interpreter=protocol_people.get(row.interpreter_contact_id or ""),
                all_day=bool(row.all_day),
            )
        )
    items.sort(key=lambda i: (i.start.astimezone(dt.UTC), i.end.astimezone(dt.UTC), i.title.en))

    visit_follow_ups = tuple(
        _follow_up_info(f, people, orgs) for f in _live(visit.follow_ups) if f.status == FollowUpStatus.OPEN
    )
    briefings = _briefings(session, [i for i in items if i.kind in BRIEFING_KINDS], people, orgs)
    return VisitData(
        id=visit.id,
        office=office_name(session),
        title=Bi(visit.title_en, visit.title_zh),
        direction=visit.direction,
        status=visit.status,
        start_date=visit.start_date,
        end_date=visit.end_date,
        timezone=visit.timezone or "UTC",
        host=host,
        visiting=visiting,
        purpose=Bi(visit.purpose_en, visit.purpose_zh),
        outcomes=Bi(visit.outcomes_en, visit.outcomes_zh),
        notes=visit.notes or "",
        participants=tuple(participants),
        items=tuple(items),
        briefings=briefings,
        follow_ups=visit_follow_ups,
        logistics=logistics(session, visit.id),
        # host, visiting side, then the organisations met
        pipeline=gather_pipeline(session, [(o.id, o.name) for o in orgs.values()]),
        clashes=clashes,
        clash_count=clash_count,
        data_as_of=data_as_of(session, visit.id),
        changes_since=since,
        changes=changes_since(session, visit.id, since) if since is not None else (),
        country=visit.country or "",
        head_count=visit.head_count,
    )


def _organisation_id(person: PersonInfo) -> str | None:
    return person.organisation.id if person.organisation else None


def _protocol_people(session: Session, items: list[ItineraryItem], people: _People) -> dict[str, PersonInfo]:
    """The live contacts named as the items' hosts and interpreters, by id, in one query."""
    ids = {cid for item in items for cid in (item.host_contact_id, item.interpreter_contact_id) if cid}
    if not ids:
        return {}
    found = session.scalars(
        select(Contact)
        .where(Contact.id.in_(ids), Contact.deleted_at.is_(None))
        .options(
            selectinload(Contact.methods),
            selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
        )
    )
    return {c.id: people.get(c) for c in found}


def meeting_roles_of(outbound: bool) -> frozenset[ParticipantRole]:
    """Who attends an itinerary item that has nobody ticked: the delegation and its hosts, with
    the office's staff when it sends the delegation (they travel and sit with it)."""
    return delegation_roles(outbound) | {ParticipantRole.HOST}


_ROLE_ORDER: dict[ParticipantRole | TrainingRole, int] = {
    ParticipantRole.HEAD: 0,
    ParticipantRole.DELEGATE: 1,
    ParticipantRole.INTERPRETER: 2,
    ParticipantRole.HOST: 3,
    ParticipantRole.ORGANISER: 4,
    ParticipantRole.STAFF: 5,
    ParticipantRole.DRIVER: 6,
}


#: Staff who serve the visit rather than take part in it: after the officials of their side.
SERVICE_ROLES = frozenset({ParticipantRole.DRIVER})
#: The order of the sides in every list of a visit's people: the delegation, then the hosts.
SIDE_ORDER = {"delegation": 0, "host": 1}


def in_precedence(people: Iterable[Participant]) -> list[Participant]:
    """A visit's people as every document of the visit lists them (field test 21): the delegation,
    then the hosts; on each side the officials by their order of precedence, then drivers; without
    a number by the rank of the role on its side, keeping the recorded order (a stable sort)."""
    return sorted(
        people,
        key=lambda p: (
            SIDE_ORDER.get(p.side, len(SIDE_ORDER)),
            p.role in SERVICE_ROLES,
            p.precedence is None,
            p.precedence or 0,
            side_rank(p.role, p.side),  # type: ignore[arg-type]
        ),
    )


def _briefings(
    session: Session, meetings: list[ItemInfo], people: _People, orgs: dict[str, OrgInfo]
) -> tuple[Briefing, ...]:
    """Briefings for all meetings from three queries (activities, projects, follow-ups) in total."""
    if not meetings:
        return ()
    org_ids = {o.id for m in meetings for o in m.organisations}
    contact_ids = {p.id for m in meetings for p in m.attendees}
    latest = max(m.start for m in meetings).astimezone(dt.UTC)

    activities: list[Activity] = []
    if org_ids or contact_ids:
        activities = list(
            session.scalars(
                select(Activity)
                .where(
                    Activity.deleted_at.is_(None),
                    Activity.occurred_at < latest,
                    or_(Activity.organisation_id.in_(org_ids), Activity.contact_id.in_(contact_ids)),
                )
                .order_by(Activity.occurred_at.desc())
            )
        )
    by_org: dict[str, list[Activity]] = defaultdict(list)
    by_contact: dict[str, list[Activity]] = defaultdict(list)
    for a in activities:
        if a.organisation_id:
            by_org[a.organisation_id].append(a)
        if a.contact_id:
            by_contact[a.contact_id].append(a)
    # names of organisations and people the activities mention but the visit does not load
    extra_contacts = {a.contact_id for a in activities if a.contact_id} - set(people._cache)
    extra_orgs = {a.organisation_id for a in activities if a.organisation_id} - set(orgs)
    contact_names: dict[str, Bi] = {pid: _bi_name(p) for pid, p in people._cache.items()}
    if extra_contacts:
        for c in session.scalars(select(Contact).where(Contact.id.in_(extra_contacts))):
            contact_names[c.id] = Bi(c.name_latin or c.name_zh, c.name_zh or c.name_latin)
    org_names: dict[str, Bi] = {oid: o.name for oid, o in orgs.items()}
    if extra_orgs:
        for o in session.scalars(select(Organisation).where(Organisation.id.in_(extra_orgs))):
            org_names[o.id] = Bi(o.name_en, o.name_zh)

    projects_by_org: dict[str, list[ProjectInfo]] = defaultdict(list)
    follow_ups_by_org: dict[str, list[FollowUpInfo]] = defaultdict(list)
    if org_ids:
        led = session.scalars(
            select(Project)
            .where(Project.deleted_at.is_(None), Project.lead_organisation_id.in_(org_ids))
            .order_by(Project.deadline, Project.title_en)
        ).all()
        funder_ids = {p.funder_organisation_id for p in led if p.funder_organisation_id}
        funders = {
            o.id: Bi(o.name_en, o.name_zh)
            for o in session.scalars(select(Organisation).where(Organisation.id.in_(funder_ids)))
        }
        for p in led:
            projects_by_org[p.lead_organisation_id or ""].append(
                ProjectInfo(
                    title=Bi(p.title_en, p.title_zh),
                    status=p.status,
                    fund=funders.get(p.funder_organisation_id or "", Bi("", "")),
                    amount=p.amount,
                    currency=p.currency or "CNY",
                    deadline=p.deadline,
                    technology_areas=tuple(p.technology_areas or ()),
                    programme=Bi(p.programme_en, p.programme_zh),
                )
            )
        for f in session.scalars(
            select(FollowUp)
            .where(
                FollowUp.deleted_at.is_(None),
                newer_values.is_or_unknown(FollowUp.status, FollowUpStatus.OPEN),
                FollowUp.organisation_id.in_(org_ids),
            )
            .options(*_contact_loads(selectinload(FollowUp.owner)))
            .order_by(FollowUp.due_date)
        ):
            follow_ups_by_org[f.organisation_id or ""].append(_follow_up_info(f, people, orgs))

    technologies_by_org: dict[str, list[TechnologyInfo]] = defaultdict(list)
    if org_ids:
        for t in session.scalars(
            select(Technology)
            .where(Technology.deleted_at.is_(None), Technology.provider_organisation_id.in_(org_ids))
            .order_by(Technology.name_en, Technology.name_zh)
        ):
            technologies_by_org[t.provider_organisation_id or ""].append(technology_info(t))

    result = []
    for days in group_series(meetings):
        meeting = days[0]
        before = meeting.start.astimezone(dt.UTC)
        seen: dict[str, Activity] = {}
        for org in meeting.organisations:
            for a in by_org.get(org.id, ()):
                seen[a.id] = a
        for person in meeting.attendees:
            for a in by_contact.get(person.id, ()):
                seen[a.id] = a
        earlier = sorted(
            (a for a in seen.values() if a.occurred_at < before), key=lambda a: a.occurred_at, reverse=True
        )[:MAX_INTERACTIONS]
        result.append(
            Briefing(
                item=meeting,
                interactions=tuple(
                    ActivityInfo(
                        kind=a.kind,
                        occurred_at=a.occurred_at,
                        subject=a.subject or "",
                        body=a.body or "",
                        author=a.author or "",
                        organisation=org_names.get(a.organisation_id or "", Bi()),
                        person=contact_names.get(a.contact_id or "", Bi()),
                    )
                    for a in earlier
                ),
                projects=tuple(p for o in meeting.organisations for p in projects_by_org.get(o.id, ())),
                follow_ups=tuple(f for o in meeting.organisations for f in follow_ups_by_org.get(o.id, ())),
                technologies=tuple(
                    t for o in meeting.organisations for t in technologies_by_org.get(o.id, ())
                ),
                series=days if len(days) > 1 else (),
            )
        )
    return tuple(result)


# --------------------------------------------------------------------------- trainings


def _training_participants(training: Training, people: _People, live_sessions: set[str]) -> list[Participant]:
    """The live registrations, with who replaced whom from which (live) session."""
    rows = [p for p in _live(training.participants) if p.contact.deleted_at is None]
    replaced = {p.replaced_by_id: p for p in rows if p.replaced_by_id}  # substitute → original's row

    def live_session(session_id: str | None) -> str | None:
        return session_id if session_id in live_sessions else None

    def substitute(row: TrainingParticipant) -> PersonInfo | None:
        sub = row.replaced_by
        return people.get(sub) if sub is not None and sub.deleted_at is None else None

    participants = []
    for row in rows:
        original = replaced.get(row.contact_id)
        participants.append(
            Participant(
                people.get(row.contact),
                row.role,
                replacing=people.get(original.contact) if original is not None else None,
                joined_at=live_session(original.replaced_from_id) if original is not None else None,
                replaced_by=substitute(row),
                left_at=row.replaced_from_id if row.replaced_from_id else None,
                mode=row.attendance_mode or "",
            )
        )
    participants.sort(key=lambda p: p.person.sort_key)
    return participants


def gather_training(session: Session, training_id: str) -> TrainingData:
    """Everything the training dossier prints."""
    training = session.scalars(
        select(Training)
        .where(Training.id == training_id, Training.deleted_at.is_(None))
        .options(
            selectinload(Training.organiser),
            *_contact_loads(selectinload(Training.participants).selectinload(TrainingParticipant.contact)),
            *_contact_loads(
                selectinload(Training.sessions)
                .selectinload(TrainingSession.trainers)
                .selectinload(SessionTrainer.contact)
            ),
            selectinload(Training.sessions).selectinload(TrainingSession.attendance),
            selectinload(Training.participants).selectinload(TrainingParticipant.replaced_by),
        )
    ).first()
    if training is None:
        raise NotFoundError(f"there is no training with the id {quoted(training_id)}")
    renamed = organisations.names_then(session, _day_after(training.end_date))
    people = _People(renamed)
    sessions = []
    marks = [a for row in _live(training.sessions) for a in _live(row.attendance)]
    found = newer_values.unknown_values_of(session, marks)
    newer = {a.id: n["status"] for a, n in zip(marks, found, strict=True) if "status" in n}
    for row in _live(training.sessions):
        zone = ZoneInfo(row.timezone or training.timezone or "UTC")
        sessions.append(
            SessionInfo(
                id=row.id,
                title=Bi(row.title_en, row.title_zh),
                start=row.starts_at.astimezone(zone),
                end=row.ends_at.astimezone(zone),
                timezone=zone.key,
                room=Bi(row.room_en, row.room_zh),
                notes=row.notes or "",
                trainers=tuple(people.get(c) for c in live_trainers(row) if c.deleted_at is None),
                attendance={a.contact_id: a.status for a in _live(row.attendance)},
                stored_marks={a.contact_id: newer[a.id] for a in _live(row.attendance) if a.id in newer},
                interpreters=tuple(people.get(c) for c in live_interpreters(row) if c.deleted_at is None),
                online=row.online,
            )
        )
    sessions.sort(  # the order of petdesk trainings' S-numbers and the window's
        key=lambda s: session_order(
            s.start,
            room_en=s.room.en,
            room_zh=s.room.zh,
            title_en=s.title.en,
            title_zh=s.title.zh,
            session_id=s.id,
        )
    )
    participants = _training_participants(training, people, {s.id for s in sessions})
    return TrainingData(
        id=training.id,
        office=office_name(session),
        title=Bi(training.title_en, training.title_zh),
        topic=Bi(training.topic_en, training.topic_zh),
        status=training.status,
        start_date=training.start_date,
        end_date=training.end_date,
        venue=Bi(training.venue_en, training.venue_zh),
        venue_address=Bi(training.venue_address_en, training.venue_address_zh),
        city=Bi(*city_names.on_both_sides(training.city_en, training.city_zh)),
        timezone=training.timezone or "UTC",
        organiser=org_info(training.organiser, renamed),
        description=Bi(training.description_en, training.description_zh),
        notes=training.notes or "",
        sessions=tuple(sessions),
        participants=tuple(participants),
        lodging=training_lodging.lodging_list(session, training.id),
    )
