"""Realistic bilingual demo data, deterministic for a seed and an anchor date, fast at 100,000 contacts.

Everything random comes from one ``random.Random(seed)`` — row UUIDs and timestamps included — and
all dates are laid out around the anchor date, so the same (seed, anchor) gives the same file content.
The row ids are then made the office's own (see :func:`office_salt`): two offices that each make a
demo hold the same people under different ids, and syncing them adds one to the other.
Rows are written with plain ``executemany`` on the session's own SQLite connection, inside the same
transaction as the office identity: building ORM objects for half a million rows would take minutes.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import hashlib
import itertools
import json
import random
import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from petdesk import bulkload, vocab
from petdesk import models as m
from petdesk.db import Database, begin_real_transaction, session_sqlite
from petdesk.demo import data as D
from petdesk.demo import pipeline as pipeline_demo
from petdesk.demo.event_facts import add_event_facts
from petdesk.demo.logistics import add_logistics
from petdesk.ids import COMPACT_VERSION, LENGTH, compact, forms
from petdesk.language import N_
from petdesk.messages import english_count
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
from petdesk.models.types import stored_time
from petdesk.services import office as office_service
from petdesk.services import search as search_service
from petdesk.vocab import CITIES_BY_CODE, COUNTRIES, TECHNOLOGY_AREAS, City

UTC = dt.UTC
#: The demo office's own name: its hub entry's (the first), so the two cannot drift apart.
OFFICE_NAME = (D.HUB_OFFICES[0][0], D.HUB_OFFICES[0][1], "East Asia")
SOURCE = "demo"
#: ``progress(step, done, total)``: the step under way ("contacts", "indexes", …) and how far it is;
#: the steps are marked for the core catalogue (the command line shows them translated).
Progress = Callable[[str, int, int], None]
_CHUNK = 20_000
#: SQLite's page cache while the demo writes and indexes (MB). Rows go in at the end of each table
#: and index (ids ascend, secondary indexes are built afterwards), so a small cache loses no time
#: (at 300,000 contacts 16 MB took the same CPU time as 64 MB); and SQLite's sorts (CREATE INDEX,
#: the search rebuild's orderings) take as much memory again each.
CACHE_MB = 16


class DemoError(ValueError):
    """Demo data cannot be added (for example the same seed was already used on this file)."""


# ------------------------------------------------------------------------------------------------
# small helpers
# ------------------------------------------------------------------------------------------------


#: The version and variant (RFC 9562) bits of a UUID: cleared, then set, in one step each. Version 8
#: as :mod:`petdesk.ids` makes ids; demo files made before hold version-4 ids.
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (COMPACT_VERSION << 76) | (0x8000 << 48)
_UUID_SET_EARLIER = (0x4000 << 64) | (0x8000 << 48)
_PREFIX_MASK = (1 << 48) - 1
_AFTER_PREFIX = ((1 << 80) - 1) & _UUID_CLEAR
#: Each id's first 48 bits are the last one's plus this: its first 32 bits are one more, so no two ids
#: share the 8 characters lists and commands show as a short id (``dossier 0zD6x3kQ``: the top 44
#: bits), up to 2**32 ids from the first.
_ID_STEP = 1 << 16


def _uuid_int(rng: random.Random) -> int:
    """A version-8 UUID's number drawn from ``rng`` (see :data:`petdesk.ids.COMPACT_VERSION`)."""
    return rng.getrandbits(128) & _UUID_CLEAR | _UUID_SET


def office_salt(office_id: str) -> int:
    """What a demo's ids are mixed with at the office ``office_id`` (its version and variant bits
    clear). Ids drawn from the seed alone were the same at every office that made a demo: a sync
    between two of them met each record at both, and every field the two drew differently was a
    conflict. The office's id is random, so its demo's ids are too; the same file (the same office)
    gives the same ids again, so a seed used twice on a file is still recognised."""
    digest = hashlib.blake2b(office_id.encode("utf-8"), digest_size=16, person=b"petdesk-demo-ids")
    return int.from_bytes(digest.digest(), "big") & _UUID_CLEAR


def _earlier(number: int) -> int:
    """The id the demo generator made of the same draw before ids were version 8."""
    return number & _UUID_CLEAR | _UUID_SET_EARLIER


def _uuid(rng: random.Random, salt: int = 0) -> str:
    """A version-8 UUID drawn from ``rng``, as a row id (the compact form of :mod:`petdesk.ids`),
    mixed with the office's ``salt``."""
    return compact(_uuid_int(rng) ^ salt)


def _ts(value: dt.datetime) -> int:
    """What a ``UTCDateTime`` column stores (integer microseconds since 1970, UTC)."""
    return stored_time(value)


def _json(values: Sequence[str]) -> str:
    """The text a ``JSONList`` column stores."""
    if isinstance(values, tuple):
        return _json_cached(values)
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


@functools.lru_cache(maxsize=4096)
def _json_cached(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


_NON_DIGIT = re.compile(r"\D")
_QUEUE_INSERT = re.compile(r"INSERT\s+(OR\s+\w+\s+)?INTO\s+search_dirty\b", re.IGNORECASE)
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _slug(text: str) -> str:
    return _NON_SLUG.sub("-", _ascii(text).lower()).strip("-")


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


#: The share of contacts with a nickname, so that searches go through that part of the index too.
NICKNAME_SHARE = 0.05


def _nickname(rng: random.Random, family_zh: str, given_zh: str, given: str) -> str:
    """A nickname for about :data:`NICKNAME_SHARE` of the people, as colleagues say it: 老王 or 小王
    (the family name), 小明 (the last character of the given name); Tom for Thomas. "" for the
    others, and for names with no short form in the demo's lists."""
    if rng.random() >= NICKNAME_SHARE:
        return ""
    if family_zh:
        style = rng.random()
        if style < 0.4:
            return "老" + family_zh
        return "小" + (family_zh if style < 0.75 or not given_zh else given_zh[-1])
    forms = D.SHORT_FORMS.get(given, ())
    return forms[int(rng.random() * len(forms))] if forms else ""


def _local(day: dt.date, hour: int, minute: int, tz: str) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(tz))


# ------------------------------------------------------------------------------------------------
# bulk writer
# ------------------------------------------------------------------------------------------------


class _Bulk:
    """Buffers rows per table and writes them with ``executemany``.

    Columns that this generator does not know (added by a later migration) get their model
    default, so the generator keeps working when the schema grows.
    """

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.sql: dict[str, str] = {}
        self.extra: dict[str, tuple[Any, ...]] = {}
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.counts: dict[str, int] = {}

    def table(self, table: Table, columns: Sequence[str]) -> None:
        known = set(columns)
        missing = [c for c in table.columns if c.name not in known]
        unknown = known - {c.name for c in table.columns}
        if unknown:
            raise RuntimeError(f"demo generator writes unknown columns {sorted(unknown)} of {table.name}")
        names = [*columns, *(c.name for c in missing)]
        self.extra[table.name] = tuple(_default_value(c) for c in missing)
        self.sql[table.name] = (
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        )
        self.rows[table.name] = []
        self.counts[table.name] = 0

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        rows = self.rows[table]
        rows.append(row + self.extra[table] if self.extra[table] else row)
        if len(rows) >= _CHUNK:
            self.flush_all()  # parents first: tables are registered parents before children

    def flush(self, table: str) -> None:
        rows = self.rows[table]
        if rows:
            self.conn.executemany(self.sql[table], rows)
            self.counts[table] += len(rows)
            rows.clear()

    def flush_all(self) -> None:
        for table in self.rows:
            self.flush(table)


def _default_value(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        value = default.arg
        if isinstance(value, bool):
            return int(value)
        return getattr(value, "value", value)
    type_name = type(column.type).__name__
    if type_name == "JSONList":
        return "[]"
    if type_name == "UTCDateTime":
        return None if column.nullable else _ts(dt.datetime.now(UTC))
    return None


# ------------------------------------------------------------------------------------------------
# in-memory records the later sections refer to
# ------------------------------------------------------------------------------------------------


@dataclass
class _Org:
    id: str
    kind: OrgKind
    country: str
    city: City
    name_en: str
    name_zh: str
    short_en: str
    short_zh: str
    areas: tuple[str, ...]
    domain: str
    address_en: str = ""
    address_zh: str = ""
    contacts: array[int] = field(default_factory=lambda: array("I"))  # people, as indexes


class _People:
    """Column-wise facts about every contact that visits, trainings and activities need, in flat
    arrays (about 46 bytes a person) so that a million people fit in about 46 MB: Python lists of
    strings took about 250 MB. (Reading names back from the file instead was slow: before the
    commit every read searches the ever longer write-ahead log.)"""

    def __init__(self) -> None:
        self._ids = bytearray()  # each id's 22 characters (petdesk.ids), one after the other
        self.org = array("I")  # index into the generator's organisations
        self.chinese = bytearray()  # 1 for a person named in Chinese
        self._names = bytearray()  # each name in its own script, UTF-8, one after the other
        self._name_ends = array("I")  # up to 4 GB of names

    def __len__(self) -> int:
        return len(self.chinese)

    def add(self, contact_id: str, org: int, chinese: bool, name: str) -> None:
        self._ids += contact_id.encode("ascii")
        self.org.append(org)
        self.chinese.append(chinese)
        self._names += name.encode()
        self._name_ends.append(len(self._names))

    def name(self, i: int) -> str:
        """The person's name in their own script (Chinese characters for people named in Chinese)."""
        start = self._name_ends[i - 1] if i else 0
        return self._names[start : self._name_ends[i]].decode()

    def id(self, i: int) -> str:
        return self._ids[LENGTH * i : LENGTH * (i + 1)].decode("ascii")


# fmt: off
_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": (
        "id", "created_at", "updated_at", "deleted_at", "name_en", "name_zh", "short_name_en",
        "short_name_zh", "aliases", "kind", "country", "city_en", "city_zh", "address_en",
        "address_zh", "website", "technology_areas", "is_member_city", "notes", "tags", "source",
        "postal_code",
    ),
    "contact": (
        "id", "created_at", "updated_at", "deleted_at", "family_name", "given_name", "name_order",
        "family_name_zh", "given_name_zh", "honorific_en", "honorific_zh", "gender", "languages",
        "dietary_needs", "accessibility_needs", "emergency_contact", "notes", "tags", "source",
        "nickname",
    ),
    "contact_method": (
        "id", "created_at", "updated_at", "deleted_at", "contact_id", "channel", "label", "value",
        "normalized", "position",
    ),
    "affiliation": (
        "id", "created_at", "updated_at", "deleted_at", "contact_id", "organisation_id",
        "position_en", "position_zh", "department_en", "department_zh", "start_date", "end_date",
        "is_primary",
    ),
    "visit": (
        "id", "created_at", "updated_at", "deleted_at", "title_en", "title_zh", "direction",
        "status", "start_date", "end_date", "host_organisation_id", "visiting_organisation_id",
        "timezone", "purpose_en", "purpose_zh", "outcomes_en", "outcomes_zh", "notes", "tags",
        "country", "head_count",
    ),
    "visit_participant": (
        "id", "created_at", "updated_at", "deleted_at", "visit_id", "contact_id", "role", "notes",
    ),
    "itinerary_item": (
        "id", "created_at", "updated_at", "deleted_at", "visit_id", "kind", "title_en", "title_zh",
        "starts_at", "ends_at", "timezone", "place_en", "place_zh", "address_en", "address_zh",
        "city_en", "city_zh", "notes",
    ),
    "itinerary_organisation": (
        "id", "created_at", "updated_at", "deleted_at", "item_id", "organisation_id",
    ),
    "itinerary_attendee": (
        "id", "created_at", "updated_at", "deleted_at", "item_id", "contact_id",
    ),
    "follow_up": (
        "id", "created_at", "updated_at", "deleted_at", "visit_id", "organisation_id", "owner_id",
        "description_en", "description_zh", "due_date", "status",
    ),
    "training": (
        "id", "created_at", "updated_at", "deleted_at", "title_en", "title_zh", "topic_en",
        "topic_zh", "status", "start_date", "end_date", "venue_en", "venue_zh", "city_en",
        "city_zh", "timezone", "organiser_id", "description_en", "description_zh", "notes", "tags",
        "venue_address_en", "venue_address_zh",
    ),
    "training_session": (
        "id", "created_at", "updated_at", "deleted_at", "training_id", "title_en", "title_zh",
        "starts_at", "ends_at", "timezone", "room_en", "room_zh", "notes",
    ),
    "session_trainer": (
        "id", "created_at", "updated_at", "deleted_at", "session_id", "contact_id",
    ),
    "training_participant": (
        "id", "created_at", "updated_at", "deleted_at", "training_id", "contact_id", "role",
        "registered_on",
    ),
    "attendance": (
        "id", "created_at", "updated_at", "deleted_at", "session_id", "contact_id", "status",
    ),
    "activity": (
        "id", "created_at", "updated_at", "deleted_at", "kind", "occurred_at", "subject", "body",
        "organisation_id", "contact_id", "visit_id", "author",
    ),
    "project": (
        "id", "created_at", "updated_at", "deleted_at", "title_en", "title_zh", "status",
        "amount", "currency", "lead_organisation_id", "technology_areas", "deadline",
        "description_en", "description_zh",
    ),
}
# fmt: on

#: Keys of the returned counts (the labels ``petdesk stats`` uses) per table.
_LABELS: dict[str, str] = {
    "organisation": "organisations",
    "contact": "contacts",
    "contact_method": "contact methods",
    "affiliation": "affiliations",
    "visit": "visits",
    "visit_participant": "visit participants",
    "itinerary_item": "itinerary items",
    "itinerary_organisation": "itinerary organisations",
    "itinerary_attendee": "itinerary attendees",
    "follow_up": "follow-ups",
    "training": "trainings",
    "training_session": "training sessions",
    "session_trainer": "session trainers",
    "training_participant": "training participants",
    "attendance": "attendance records",
    "activity": "activities",
    "project": "projects",
}

_KIND_WEIGHTS: dict[OrgKind, int] = {
    OrgKind.CITY_GOVERNMENT: 18,
    OrgKind.MINISTRY_AGENCY: 6,
    OrgKind.ENTERPRISE: 48,
    OrgKind.FUND: 6,
    OrgKind.UNIVERSITY: 10,
    OrgKind.NGO: 8,
    OrgKind.HUB_OFFICE: 4,
}
#: How many people an organisation of each kind has, relative to an enterprise.
_STAFF_WEIGHTS: dict[OrgKind, float] = {
    OrgKind.CITY_GOVERNMENT: 1.3,
    OrgKind.MINISTRY_AGENCY: 1.6,
    OrgKind.ENTERPRISE: 1.0,
    OrgKind.FUND: 0.7,
    OrgKind.UNIVERSITY: 1.1,
    OrgKind.NGO: 0.6,
    OrgKind.HUB_OFFICE: 0.5,
}

#: Stored values of the channels and labels (enum attribute lookups cost time in the hot loop).
_CH_EMAIL = ContactChannel.EMAIL.value
_CH_PHONE = ContactChannel.PHONE.value
_CH_FAX = ContactChannel.FAX.value
_CH_WECHAT = ContactChannel.WECHAT.value
_CH_LINE = ContactChannel.LINE.value
_CH_WHATSAPP = ContactChannel.WHATSAPP.value
_CH_TELEGRAM = ContactChannel.TELEGRAM.value
_CH_SKYPE = ContactChannel.SKYPE.value
_LB_WORK = ChannelLabel.WORK.value
_LB_MOBILE = ChannelLabel.MOBILE.value
_LB_HOME = ChannelLabel.HOME.value
_LB_OTHER = ChannelLabel.OTHER.value


def _has_demo_pools(city: City) -> bool:
    """Whether the demo has everything it looks up for the city: a Chinese city's area code and
    districts; abroad the country's names, name pool, businesses, streets, postcode and mobile
    formats, the city's dialling code. Twice a field test added a city without these to
    ``vocab.CITIES`` and every demo died with KeyError; such a city is left out of the demo."""
    if city.country == "CN":
        return city.code in D.CN_CITY_INFO
    country = city.country
    return (
        country in COUNTRIES
        and country in D.DEMONYMS
        and country in D.ZH_ABBR
        and D.COUNTRY_POOL.get(country, "") in (*D.FOREIGN_NAMES, "JP")
        and country in D.FOREIGN_BUSINESSES
        and country in D.FOREIGN_STREETS
        and country in D.POSTCODES
        and country in D.MOBILE
        and city.code in D.DIAL
    )


def _demo_countries() -> list[str]:
    """Partner countries of projects: those with a demonym and a short Chinese name (Mongolia in
    ``COUNTRIES`` once broke the demo: no demonym)."""
    return [c for c in COUNTRIES if c != "CN" and c in D.DEMONYMS and c in D.ZH_ABBR]


def _demo_cities() -> tuple[tuple[City, ...], tuple[City, ...], tuple[City, ...]]:
    """Chinese cities, mainland Chinese cities and foreign cities the demo can draw: read from
    ``vocab.CITIES`` when a demo starts, in its order, so existing seeds give the same rows."""
    usable = [c for c in vocab.CITIES if _has_demo_pools(c)]
    cn = tuple(c for c in usable if c.country == "CN")
    return cn, tuple(c for c in cn if c.code != "hong_kong"), tuple(c for c in usable if c.country != "CN")


# ------------------------------------------------------------------------------------------------
# the generator
# ------------------------------------------------------------------------------------------------


def generate(
    db: Database,
    *,
    contacts: int,
    seed: int,
    anchor: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill ``db`` with demo data around ``anchor`` (default: the first day of this month).

    Returns the number of rows added per entity. The same ``seed`` and ``anchor`` give the same
    rows (timestamps included) on an empty database, under ids of the file's office (the same ids
    at the same office: see :func:`office_salt`); adding the same seed twice to one file raises
    :class:`DemoError`. ``progress(step, done, total)`` hears each step as it starts
    (``done`` 0) and the contacts as they are made.
    """
    report: Progress = progress or (lambda _step, _done, _total: None)
    if contacts < 0:
        raise DemoError("the number of contacts must be zero or more")
    if anchor is None:
        anchor = dt.date.today().replace(day=1)
    with contextlib.ExitStack() as after_the_transaction, db.transaction() as session:
        # Rows go in without foreign-key lookups (each one a random read of a big index): the
        # generator only refers to rows it has written. SQLite takes this setting only between
        # transactions, so it is switched back on after this one ends.
        after_the_transaction.enter_context(bulkload.foreign_keys_unchecked(session_sqlite(session)))
        had_office = session.scalar(select(m.Office.id).where(m.Office.is_self.is_(True)))
        office = office_service.get_self(session)
        _refuse_a_real_office(session, db, office)
        if had_office is None or office.name == office_service.DEFAULT_OFFICE_NAME:
            name, name_zh, region = OFFICE_NAME
            office_service.set_identity(session, name=name, name_zh=name_zh, region=region)
        office_service.mark_demo(session)
        conn = session_sqlite(session)
        salt = office_salt(office.id)
        gen = _Generator(conn, seed=seed, anchor=anchor, progress=report, salt=salt)
        ids = gen.first_ids
        marks = ", ".join("?" * len(ids))
        if conn.execute(f"SELECT 1 FROM organisation WHERE id IN ({marks})", ids).fetchone():
            raise DemoError(
                f"this database already holds the demo data of seed {seed}; choose another --seed"
            )
        # The search index is rebuilt in one pass at the end instead of row by row: its dirty-queue
        # triggers are set aside for the bulk insert (DDL is transactional: an error restores them).
        session.info[search_service.DEFER_KEY] = True
        triggers = _index_triggers(conn)
        # One real transaction from here: a kill or an error never leaves the triggers dropped.
        begin_real_transaction(conn)
        try:
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            with bulkload.page_cache(conn, CACHE_MB):
                with (
                    bulkload.indexes_set_aside(conn, build_cache_mb=CACHE_MB),
                    bulkload.no_cycle_collection(),
                ):
                    gen.run(contacts)
                    report(N_("indexes"), 0, 1)
                gen.finish()
                add_logistics(conn, seed=seed, salt=salt)  # flights, hotels, cars, emergency sheets, gifts
                counts = {_LABELS[t]: gen.bulk.counts[t] for t in _COLUMNS}
                # training interpreters (after the indexes are back)
                interpreters = add_event_facts(conn, seed=seed, salt=salt)
                counts[_LABELS["training_participant"]] += interpreters
                # Its arrays of every person (50 MB at a million) are not needed for the index.
                del gen
                for _name, sql in triggers:
                    conn.execute(sql)
                report(N_("search index"), 0, 1)
                bulkload.give_memory_back()
                search_service.rebuild_search_index(session)
        finally:
            session.info.pop(search_service.DEFER_KEY, None)
    return counts


def _refuse_a_real_office(session: Session, db: Database, office: m.Office) -> None:
    """Demo rows never go into a file that holds an office's own records (typed or synced): they
    would be taken for real ones and travel to other offices in its sync packages (field test 22,
    defect 1). An empty file, or one that holds a demo already, is fine."""
    if office_service.holds_demo(session, db.path):
        return
    records = own_record_count(session_sqlite(session))
    if records:
        holds = english_count(records, "holds {n} record of its own", "holds {n} records of its own")
        raise DemoError(
            f"{db.path} is the database of the office {office.name} and {holds}; demo data would "
            "mix with them and go out in its sync packages, so nothing was added. For a demo, name "
            "a new file: petdesk --db NEW.sqlite demo"
        )


def own_record_count(conn: Any) -> int:
    """Rows (deleted ones too) in the synchronised tables, other offices included, this office's
    own row not: zero for a new file that only has its name set."""
    from petdesk.sync.schema import TABLES

    total = 0
    for table in (t["name"] for t in TABLES):
        where = " WHERE is_self = 0" if table == "office" else ""
        total += conn.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]
    return total


def planned_sizes(contacts: int) -> dict[str, int]:
    """How many of the main entities a demo of ``contacts`` people has (activities: besides the
    one preparatory meeting logged per visit)."""
    return {
        "organisations": max(60, contacts // 40),
        "contacts": contacts,
        "visits": max(12, contacts // 200),
        "trainings": max(4, contacts // 1000),
        "activities": contacts // 2,
        "projects": max(8, contacts // 400),
    }


def _index_triggers(conn: Any) -> list[tuple[str, str]]:
    """Triggers that only queue rows for the search index, on the tables the generator fills."""
    rows = conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    out = []
    for name, table, sql in rows:
        if table not in _COLUMNS or not sql or " BEGIN " not in sql:
            continue
        body = sql.split(" BEGIN ", 1)[1].rsplit("END", 1)[0]
        statements = [s.strip() for s in body.split(";") if s.strip()]
        if statements and all(_QUEUE_INSERT.match(s) for s in statements):
            out.append((name, sql))
    return out


class _Generator:
    def __init__(self, conn: Any, *, seed: int, anchor: dt.date, progress: Progress, salt: int = 0) -> None:
        self.progress = progress
        self.rng = random.Random(seed)
        #: The cities the demo has pools for (:func:`_demo_cities`).
        self.cn_cities, self.cn_mainland, self.foreign_cities = _demo_cities()
        #: Nicknames drawn apart from ``rng``, so that adding them changed none of the other data.
        self.nickname_rng = random.Random(f"nicknames {seed}")
        #: Visits' country and head count (0070) drawn apart too, for the same reason.
        self.visit_count_rng = random.Random(f"visit counts {seed}")
        self.anchor = anchor
        self.anchor_dt = dt.datetime(anchor.year, anchor.month, anchor.day, tzinfo=UTC)
        #: Mixed into every id (:func:`office_salt`): the draws, and so the data, stay the seed's.
        self.salt = salt
        #: The first id as the seed draws it: demo files made before ids counted up begin with it.
        drawn = _uuid_int(self.rng)
        # In the lower half of the 48-bit range, so that counting up from it never wraps past the top.
        first = (drawn ^ salt) & ~(1 << 127)
        self.first_id = compact(first)
        #: The first id of every demo file of this seed, as each version of the generator drew it
        #: (in either form: files made before ids were compact hold the canonical one; files made
        #: before ids were the office's hold the draw itself).
        plain = drawn & ~(1 << 127)
        numbers = (first, plain, drawn, _earlier(plain), _earlier(drawn))
        self.first_ids = tuple(dict.fromkeys(form for number in numbers for form in forms(compact(number))))
        #: The first 48 bits of the last id given out: each new id counts up from the first one's.
        self._id_prefix = first >> 80
        #: How far the office's prefixes are from the ones the seed alone gives (see ``drawn_id``).
        self._prefix_shift = (first >> 80) - (plain >> 80)
        #: The last draw ``new_id`` made.
        self._drawn = 0
        self.bulk = _Bulk(conn)
        for name, cols in _COLUMNS.items():
            self.bulk.table(m.Base.metadata.tables[name], cols)
        self.orgs: list[_Org] = []
        #: Fund (English, Chinese) each generated project applies to, by project id.
        self.project_funds: dict[str, tuple[str, str]] = {}
        self.people = _People()
        self.by_country: dict[str, array[int]] = {}
        self.staff: list[int] = []

    # -- shared bits ------------------------------------------------------------------------

    def new_id(self) -> str:
        """A row id: a version-8 UUID drawn from the seeded source like :func:`_uuid`, whose first
        48 bits then count up by one from the first id's, so ids ascend in the order rows are made.

        Each table's primary key index then grows at its end as rows go in. With wholly random ids
        every insert touched a random page of an index far larger than the page cache (at a million
        contacts most of the demo's time went into reading and spilling those pages)."""
        self._drawn = drawn = self.rng.getrandbits(128)  # the draw stays 128 bits
        rest = (drawn ^ self.salt) & _AFTER_PREFIX | _UUID_SET
        self._id_prefix = prefix = (self._id_prefix + _ID_STEP) & _PREFIX_MASK
        return compact(prefix << 80 | rest)

    def drawn_id(self) -> str:
        """The last id ``new_id`` gave as the seed alone makes it (without the office's salt): for
        data seeded by an id, which stays the same at every office."""
        prefix = (self._id_prefix - self._prefix_shift) & _PREFIX_MASK
        return compact(prefix << 80 | self._drawn & _AFTER_PREFIX | _UUID_SET)

    def stamps(self, lo: dt.datetime, hi: dt.datetime | None = None) -> tuple[int, int]:
        """created_at and updated_at between ``lo`` and ``hi`` (never after the anchor)."""
        hi = min(hi or self.anchor_dt, self.anchor_dt)
        lo = min(lo, hi)
        span = (hi - lo).total_seconds()
        r = self.rng.random
        created = lo + dt.timedelta(seconds=int(span * r()))
        updated = created + dt.timedelta(seconds=int((hi - created).total_seconds() * r() * r()))
        return _ts(created), _ts(updated)

    def day_dt(self, day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, tzinfo=UTC)

    def address(self, city: City) -> tuple[str, str]:
        """A venue's or a stop's address: a foreign one's postcode in the text, as it is typed there."""
        en, zh, postcode = self.address_and_postcode(city)
        if not postcode:
            return en, zh
        country_en = COUNTRIES[city.country][0]
        line = en.removesuffix(f", {city.en}, {country_en}")
        return f"{line}, {postcode} {city.en}, {country_en}", f"{zh}（邮编 {postcode}）"

    def address_and_postcode(self, city: City) -> tuple[str, str, str]:
        """English and Chinese address and the postcode apart, "" where the demo has none (China,
        Hong Kong): an organisation keeps it in its own field (0071). The same draws either way."""
        rng = self.rng
        n = rng.randint(1, 688)
        if city.code == "hong_kong":
            road_en, road_zh = rng.choice(D.HK_ROADS)
            district_en, district_zh = rng.choice(D.CN_CITY_INFO["hong_kong"][1])
            return f"{n} {road_en}, {district_en}, Hong Kong", f"香港{district_zh}{road_zh}{n}号", ""
        if city.country == "CN":
            district_en, district_zh = rng.choice(D.CN_CITY_INFO[city.code][1])
            road_en, road_zh = rng.choice(D.CN_ROADS)
            return (
                f"No. {n} {road_en} Road, {district_en}, {city.en}, China",
                f"{city.zh}市{district_zh}{road_zh}路{n}号",
                "",
            )
        street_first, streets = D.FOREIGN_STREETS[city.country]
        street = rng.choice(streets)
        line = f"{street} {n}" if street_first else f"{n} {street}"
        postcode = _digits(rng, D.POSTCODES[city.country])
        country_en, country_zh = COUNTRIES[city.country]
        return f"{line}, {city.en}, {country_en}", f"{country_zh}{city.zh} {line}", postcode

    def phone(self, city: City, *, mobile: bool) -> str:
        r = self.rng.random
        if mobile:
            prefixes = D.MOBILE.get(city.country, ("+86 138",))
            prefix = prefixes[int(r() * len(prefixes))]
            if prefix.startswith("+86"):
                return f"{prefix} {int(r() * 10000):04d} {int(r() * 10000):04d}"
            return f"{prefix}{int(r() * 1000):03d} {int(r() * 10000):04d}"
        if city.country == "CN" and city.code != "hong_kong":
            area = D.CN_CITY_INFO[city.code][0]
            return f"+86 {area} {5000 + int(r() * 4000)} {int(r() * 10000):04d}"
        return f"{D.DIAL[city.code]}{int(r() * 1000):03d} {int(r() * 10000):04d}"

    # -- run --------------------------------------------------------------------------------

    def run(self, n_contacts: int) -> None:
        sizes = planned_sizes(n_contacts)
        self.progress(N_("organisations"), 0, sizes["organisations"])
        self.make_organisations(sizes["organisations"])
        self.make_contacts(n_contacts)
        self.progress(N_("contacts"), n_contacts, n_contacts)
        self.progress(N_("visits and trainings"), 0, sizes["visits"] + sizes["trainings"])
        self.make_visits(sizes["visits"])
        self.make_trainings(sizes["trainings"])
        self.make_activities(sizes["activities"])
        self.make_projects(sizes["projects"])
        self.bulk.flush_all()

    def finish(self) -> None:
        """The pipeline's rows, after the big tables have their indexes again: it asks which
        organisations are in use, which an index answers without reading every row."""
        pipeline_demo.make_pipeline(self)
        self.bulk.flush_all()

    # -- organisations ----------------------------------------------------------------------

    def _candidates(self) -> dict[OrgKind, list[dict[str, Any]]]:
        cands: dict[OrgKind, list[dict[str, Any]]] = {k: [] for k in OrgKind}

        def add(
            kind: OrgKind,
            city: City,
            en: str,
            zh: str,
            s_en: str,
            s_zh: str,
            areas: Sequence[str],
            aliases: Sequence[str] = (),
            country: str | None = None,
            domain: str | None = None,
        ) -> None:
            cands[kind].append(
                dict(
                    kind=kind,
                    city=city,
                    country=country or city.country,
                    name_en=en,
                    name_zh=zh,
                    short_en=s_en,
                    short_zh=s_zh,
                    areas=tuple(areas),
                    aliases=tuple(aliases),
                    domain=domain or f"{_slug(s_en)}.example",
                )
            )

        for city in self.cn_mainland:
            for i, (en, zh, s_en, s_zh, areas) in enumerate(D.CN_CITY_BUREAUS):
                aliases: tuple[str, ...] = (
                    (f"{city.en} Environmental Protection Bureau", f"{city.zh}市环境保护局") if i == 1 else ()
                )
                add(
                    OrgKind.CITY_GOVERNMENT,
                    city,
                    en.format(city=city.en),
                    city.zh + zh,
                    s_en.format(city=city.en),
                    city.zh + s_zh,
                    areas,
                    aliases,
                    domain=f"{_slug(s_en.format(city=city.code))}.gov.example",
                )
        for city in (CITIES_BY_CODE["hong_kong"], *self.foreign_cities):
            for i, (en, zh, areas) in enumerate(D.FOREIGN_CITY_UNITS):
                if city.code in D.CITY_GOV_NAMES:
                    if i > 0:
                        continue
                    name_en, name_zh = D.CITY_GOV_NAMES[city.code]
                else:
                    name_en, name_zh = en.format(city=city.en), city.zh + zh
                short = name_en.replace("City of ", "")
                add(
                    OrgKind.CITY_GOVERNMENT,
                    city,
                    name_en,
                    name_zh,
                    short,
                    name_zh,
                    areas,
                    domain=f"{_slug(short)}.city.example",
                )
        for en, zh, s_en, s_zh, aliases, _country, code, areas in D.AGENCIES:
            add(OrgKind.MINISTRY_AGENCY, CITIES_BY_CODE[code], en, zh, s_en, s_zh, areas, aliases)
        for p_en, p_zh, code in D.PROVINCES:
            for en, zh, s_en, areas in D.PROVINCIAL_DEPARTMENTS:
                short_zh = p_zh + zh.replace("发展和改革委员会", "发改委")
                add(
                    OrgKind.MINISTRY_AGENCY,
                    CITIES_BY_CODE[code],
                    en.format(p=p_en),
                    p_zh + zh,
                    s_en.format(p=p_en),
                    short_zh,
                    areas,
                )
        for city in self.cn_mainland:
            for brand_en, brand_zh in D.BRANDS:
                for biz_en, biz_zh, areas in D.CN_BUSINESSES:
                    short_en = f"{brand_en} {biz_en.split(' Co.')[0]}"
                    short_zh = brand_zh + biz_zh.replace("有限公司", "")
                    add(
                        OrgKind.ENTERPRISE,
                        city,
                        f"{city.en} {brand_en} {biz_en}",
                        f"{city.zh}{brand_zh}{biz_zh}",
                        short_en,
                        short_zh,
                        areas,
                        domain=f"{_slug(short_en)}-{city.code}.example",
                    )
        for city in self.foreign_cities:
            pool = D.FOREIGN_NAMES.get(D.COUNTRY_POOL[city.country])
            families = [f for f, _ in D.JP_FAMILY] if pool is None else list(pool[2])
            for family in families:
                for biz_en, biz_zh, areas in D.FOREIGN_BUSINESSES[city.country]:
                    name = f"{family} {biz_en}"
                    add(
                        OrgKind.ENTERPRISE,
                        city,
                        f"{name} ({city.en})",
                        f"{family}{biz_zh}（{city.zh}）",
                        name,
                        f"{family}{biz_zh}",
                        areas,
                        domain=f"{_slug(name)}-{city.code}.example",
                    )
        for city in self.cn_mainland:
            for en, zh, s_en, areas in D.FUND_TEMPLATES:
                if "{city}" in en:
                    add(
                        OrgKind.FUND,
                        city,
                        en.format(city=city.en),
                        zh.format(city=city.zh),
                        s_en.format(city=city.en),
                        zh.format(city=city.zh),
                        areas,
                    )
        for brand_en, brand_zh in D.BRANDS:
            for en, zh, s_en, areas in D.FUND_TEMPLATES:
                if "{brand}" in en:
                    city = CITIES_BY_CODE[("beijing", "shanghai", "shenzhen", "hong_kong")[len(brand_en) % 4]]
                    add(
                        OrgKind.FUND,
                        city,
                        en.format(brand=brand_en),
                        zh.format(brand=brand_zh),
                        s_en.format(brand=brand_en),
                        zh.format(brand=brand_zh),
                        areas,
                    )
        for en, zh, s_en, s_zh, _country, code, areas in D.UNIVERSITIES:
            add(
                OrgKind.UNIVERSITY,
                CITIES_BY_CODE[code],
                en,
                zh,
                s_en,
                s_zh,
                areas,
                domain=f"{_slug(s_en)}.edu.example",
            )
        for city in self.cn_mainland:
            for en, zh, s_en, areas in D.INSTITUTE_TEMPLATES:
                add(
                    OrgKind.UNIVERSITY,
                    city,
                    en.format(city=city.en),
                    zh.format(city=city.zh),
                    s_en.format(city=city.en),
                    zh.format(city=city.zh),
                    areas,
                )
        for city in (*self.cn_mainland, *self.foreign_cities):
            city_zh = city.zh + ("市" if city.country == "CN" else "")
            for en, zh, s_en, areas in D.NGO_TEMPLATES:
                add(
                    OrgKind.NGO,
                    city,
                    en.format(city=city.en),
                    zh.format(city=city_zh),
                    s_en.format(city=city.en),
                    zh.format(city=city_zh),
                    areas,
                    domain=f"{_slug(s_en.format(city=city.en))}.org.example",
                )
        for en, zh, s_en, s_zh, code in D.HUB_OFFICES:
            add(
                OrgKind.HUB_OFFICE,
                CITIES_BY_CODE[code],
                en,
                zh,
                s_en,
                s_zh,
                ("low_carbon", "adaptation", "green_finance"),
                (f"{D.NETWORK_EN} {en}",),
                domain=f"{_slug(s_en)}.network.example",
            )
        return cands

    def make_organisations(self, n: int) -> None:
        rng = self.rng
        cands = self._candidates()
        hubs = cands[OrgKind.HUB_OFFICE]
        first = [hubs.pop(0)]  # this office's own hub entry first
        for kind in OrgKind:
            rng.shuffle(cands[kind])
        for kind in OrgKind:
            if kind is not OrgKind.HUB_OFFICE:
                first.append(cands[kind].pop())
        kinds = list(_KIND_WEIGHTS)
        cum = list(itertools.accumulate(_KIND_WEIGHTS.values()))
        chosen = first[:n]
        while len(chosen) < n:
            kind = kinds[bisect.bisect(cum, rng.random() * cum[-1])]
            pool = cands[kind] or cands[OrgKind.ENTERPRISE]
            if pool:
                chosen.append(pool.pop())
            else:  # more organisations than names: a branch of a known enterprise
                # the same draw as rng.choice(chosen[1:]) without copying the list each time
                base = dict(chosen[rng.choice(range(1, len(chosen)))])
                k = len(chosen)
                base.update(
                    name_en=f"{base['name_en']} (Branch {k})", name_zh=f"{base['name_zh']}（第{k}分公司）"
                )
                chosen.append(base)

        lo = self.anchor_dt - dt.timedelta(days=4 * 365)
        for c in chosen:
            org = _Org(
                id=self.first_id if not self.orgs else self.new_id(),
                kind=c["kind"],
                country=c["country"],
                city=c["city"],
                name_en=c["name_en"],
                name_zh=c["name_zh"],
                short_en=c["short_en"],
                short_zh=c["short_zh"],
                areas=c["areas"],
                domain=c["domain"],
            )
            org.address_en, org.address_zh, postal_code = self.address_and_postcode(org.city)
            areas = list(org.areas) or [rng.choice(list(TECHNOLOGY_AREAS))]
            if rng.random() < 0.4:
                extra = rng.choice(list(TECHNOLOGY_AREAS))
                if extra not in areas:
                    areas.append(extra)
            aliases = list(c["aliases"])
            if org.kind is OrgKind.ENTERPRISE and rng.random() < 0.15:
                aliases.append(org.short_zh)
            tags = rng.sample(D.ORG_TAGS, rng.choice((0, 0, 1, 1, 2)))
            notes = ""
            if org.kind is OrgKind.HUB_OFFICE:
                notes = f"Hub office of the {D.NETWORK_EN} / {D.NETWORK_ZH}枢纽伙伴办公室"
            created, updated = self.stamps(lo)
            self.bulk.add(
                "organisation",
                (
                    org.id,
                    created,
                    updated,
                    None,
                    org.name_en,
                    org.name_zh,
                    org.short_en,
                    org.short_zh,
                    _json(aliases),
                    org.kind.value,
                    org.country,
                    org.city.en,
                    org.city.zh,
                    org.address_en,
                    org.address_zh,
                    f"https://www.{org.domain}",
                    _json(areas),
                    int(org.kind is OrgKind.CITY_GOVERNMENT and org.city.code in D.MEMBER_CITIES),
                    notes,
                    _json(tags),
                    SOURCE,
                    postal_code or None,
                ),
            )
            self.orgs.append(org)
        self.orgs_by_city: dict[str, list[int]] = {}
        for i, org in enumerate(self.orgs):
            self.orgs_by_city.setdefault(org.city.code, []).append(i)
        self.cn_orgs = [i for i, o in enumerate(self.orgs) if o.country == "CN"]
        self.foreign_orgs = [i for i, o in enumerate(self.orgs) if o.country != "CN"]

    # -- contacts ---------------------------------------------------------------------------

    def make_contacts(self, n: int) -> None:
        rng = self.rng
        rand = rng.random

        def choice(seq: Sequence[Any]) -> Any:  # cheaper than Random.choice, equally deterministic
            return seq[int(rand() * len(seq))]

        def randint(a: int, b: int) -> int:
            return a + int(rand() * (b - a + 1))

        orgs = self.orgs
        people = self.people
        add = self.bulk.add
        uid = self.new_id
        digits = _NON_DIGIT.sub
        anchor = self.anchor
        lo = self.anchor_dt - dt.timedelta(days=3 * 365)
        #: ISO text of the day ``k`` days before the anchor.
        day_text = [(anchor - dt.timedelta(days=k)).isoformat() for k in range(8200)]

        weights = [_STAFF_WEIGHTS[o.kind] for o in orgs]
        # Drawn in chunks into a flat array (a list of a million ints took 36 MB); each pick uses one
        # random(), so the picks are the ones a single call for all of them would make.
        org_of = array("I", [0] * min(n, len(D.STAFF)))
        while len(org_of) < n:
            k = min(_CHUNK, n - len(org_of))
            org_of.extend(rng.choices(range(len(orgs)), weights=weights, k=k))
        fam_cum = list(itertools.accumulate(w for _, _, w in D.CN_FAMILY))
        fam_total = fam_cum[-1]
        by_country_org: dict[str, list[int]] = {}
        for i, o in enumerate(orgs):
            by_country_org.setdefault(o.country, []).append(i)

        report = self.progress
        #: Contacts made between two reports (a twentieth of them), so the loop checks one integer.
        report_every = max(1, n // 20)
        for i in range(n):
            if i % report_every == 0:
                report(N_("contacts"), i, n)
            oi = org_of[i]
            org = orgs[oi]
            kind = org.kind.value
            cid = uid()
            family_zh = given_zh = ""
            if i < len(D.STAFF):
                family_zh, given_zh, family, given, gender, pool = D.STAFF[i]
                order = NameOrder.FAMILY_FIRST if pool == "CN" else NameOrder.GIVEN_FIRST
                langs = ["zh", "en"] if pool == "CN" else ["sv", "en", "zh"]
            else:
                pool = "CN" if org.country == "CN" or rand() < 0.12 else D.COUNTRY_POOL.get(org.country, "EN")
                gender = "female" if rand() < 0.48 else "male"
                if pool == "CN":
                    family_zh, family, _ = D.CN_FAMILY[bisect.bisect(fam_cum, rand() * fam_total)]
                    chars = D.CN_GIVEN_FEMALE if gender == "female" else D.CN_GIVEN_MALE
                    if rand() < 0.3:
                        given_zh = choice(chars)
                    else:
                        a = choice(chars)
                        given_zh = a + (a if rand() < 0.04 else choice(chars))
                    syll = [D.PINYIN[c] for c in given_zh]
                    if len(syll) == 2 and syll[1][0] in "aeo":
                        syll[1] = "'" + syll[1]
                    given = "".join(syll).capitalize()
                    order = NameOrder.GIVEN_FIRST if rand() < 0.1 else NameOrder.FAMILY_FIRST
                    langs = ["zh", "en"] if rand() < 0.65 else ["zh"]
                    if rand() < 0.04:
                        langs.append(choice(("ja", "de", "fr", "ko")))
                elif pool == "JP":
                    family, family_zh = choice(D.JP_FAMILY)
                    given, given_zh = choice(D.JP_GIVEN_FEMALE if gender == "female" else D.JP_GIVEN_MALE)
                    order = NameOrder.FAMILY_FIRST if rand() < 0.5 else NameOrder.GIVEN_FIRST
                    langs = ["ja", "en"]
                else:
                    male, female, families, pool_langs, pool_order = D.FOREIGN_NAMES[pool]
                    given = choice(female if gender == "female" else male)
                    family = choice(families)
                    order = NameOrder(pool_order)
                    langs = list(pool_langs)
                    if rand() < 0.06:
                        langs.append("zh")
            chinese = pool == "CN"
            name_en = f"{family} {given}" if order is NameOrder.FAMILY_FIRST else f"{given} {family}"
            own_name = family_zh + given_zh if chinese and family_zh else name_en

            # position, honorific
            pos_en, pos_zh = choice(D.POSITIONS[kind])
            dep_en, dep_zh = choice(D.DEPARTMENTS[kind])
            if pos_en in ("Professor", "Associate Professor"):
                hon_en, hon_zh = "Prof.", "教授"
            elif rand() < 0.12:
                hon_en, hon_zh = "Dr.", "博士"
            elif rand() < (0.2 if chinese else 0.5):
                hon_en, hon_zh = ("Ms.", "女士") if gender == "female" else ("Mr.", "先生")
            else:
                hon_en = hon_zh = ""

            r = rand()
            dietary = choice(D.DIETARY) if r < 0.08 else ""
            access = choice(D.ACCESSIBILITY) if rand() < 0.015 else ""
            emergency = ""
            if rand() < 0.15:
                rel_en, rel_zh = choice(D.RELATIONS)
                number = self.phone(org.city, mobile=True)
                if chinese:
                    fz, _, _ = D.CN_FAMILY[bisect.bisect(fam_cum, rand() * fam_total)]
                    gz = choice(D.CN_GIVEN_FEMALE) + choice(D.CN_GIVEN_MALE)
                    emergency = f"{fz}{gz}（{rel_zh}）{number}"
                else:
                    emergency = (
                        f"{choice(('Alex', 'Sam', 'Chris', 'Kim', 'Robin'))} {family} ({rel_en}), {number}"
                    )
            notes = ""
            if rand() < 0.05:
                note_en, note_zh = choice(D.CONTACT_NOTES)
                notes = note_zh if chinese else note_en
            tags = (choice(D.CONTACT_TAGS),) if rand() < 0.25 else ()
            if i < len(D.STAFF):
                tags = ("staff",)
            # (a Japanese name's kanji take no 老 or 小)
            nickname = _nickname(self.nickname_rng, family_zh if chinese else "", given_zh, given)
            created, updated = self.stamps(lo)
            add(
                "contact",
                (
                    cid,
                    created,
                    updated,
                    None,
                    family,
                    given,
                    order.value,
                    family_zh,
                    given_zh,
                    hon_en,
                    hon_zh,
                    "f" if gender == "female" else "m",  # the code the editor stores
                    _json(tuple(langs)),
                    dietary,
                    access,
                    emergency,
                    notes,
                    _json(tags),
                    SOURCE,
                    nickname,
                ),
            )

            # ways of reaching them
            fam_ascii = _ascii(family).lower().replace(" ", "").replace("'", "")
            giv_ascii = _ascii(given).lower().replace(" ", "").replace("'", "").replace("-", "")
            style = rand()
            if style < 0.4:
                local = f"{fam_ascii}{giv_ascii}"
            elif style < 0.8:
                local = f"{giv_ascii}.{fam_ascii}"
            else:
                local = f"{giv_ascii[0]}{fam_ascii}{randint(1, 99)}"
            methods: list[tuple[str, str, str, str]] = []
            email = f"{local}@{org.domain}"
            methods.append((_CH_EMAIL, _LB_WORK, email, email.lower()))
            mobile = self.phone(org.city, mobile=True)
            if rand() < 0.92:
                methods.append((_CH_PHONE, _LB_MOBILE, mobile, digits("", mobile)))
            if rand() < 0.6:
                land = self.phone(org.city, mobile=False)
                methods.append((_CH_PHONE, _LB_WORK, land, digits("", land)))
                if kind == "city_government" and chinese and rand() < 0.15:
                    fax = land[:-4] + f"{randint(0, 9999):04d}"
                    methods.append((_CH_FAX, _LB_WORK, fax, digits("", fax)))
            if chinese and rand() < 0.72:
                wx = (
                    f"{fam_ascii}{giv_ascii}_{randint(1, 9999)}"
                    if rand() < 0.6
                    else f"wxid_{rng.getrandbits(40):010x}"
                )
                methods.append((_CH_WECHAT, _LB_MOBILE, wx, wx.lower()))
            elif not chinese:
                if pool == "JP" and rand() < 0.35:
                    line_id = f"{giv_ascii}.{fam_ascii}"
                    methods.append((_CH_LINE, _LB_MOBILE, line_id, line_id))
                elif rand() < 0.4:
                    methods.append((_CH_WHATSAPP, _LB_MOBILE, mobile, digits("", mobile)))
                if rand() < 0.05:
                    tg = f"@{giv_ascii}_{fam_ascii}"
                    methods.append((_CH_TELEGRAM, _LB_OTHER, tg, tg))
                if rand() < 0.12:
                    wx = f"{giv_ascii}{fam_ascii}{randint(1, 99)}"
                    methods.append((_CH_WECHAT, _LB_OTHER, wx, wx))
            if rand() < 0.04:
                sk = f"live:{giv_ascii}.{fam_ascii}"
                methods.append((_CH_SKYPE, _LB_WORK, sk, sk))
            if rand() < 0.2:
                home = (
                    f"{local}{randint(1, 999)}@{choice(('mail.example', '163mail.example', 'inbox.example'))}"
                )
                methods.append((_CH_EMAIL, _LB_HOME, home, home.lower()))
            for pos, (channel, lab, value, norm) in enumerate(methods):
                add("contact_method", (uid(), created, updated, None, cid, channel, lab, value, norm, pos))

            # job history
            start_days = randint(60, 5000)
            start = day_text[start_days]
            add(
                "affiliation",
                (
                    uid(),
                    created,
                    updated,
                    None,
                    cid,
                    org.id,
                    pos_en,
                    pos_zh,
                    dep_en,
                    dep_zh,
                    start,
                    None,
                    1,
                ),
            )
            if rand() < 0.2 and i >= len(D.STAFF):
                same = by_country_org.get(org.country) or [0]
                former = orgs[choice(same)]
                fkind = former.kind.value
                f_end_days = start_days + randint(1, 90)
                f_end = day_text[f_end_days]
                f_start = day_text[f_end_days + randint(300, 3000)]
                fp_en, fp_zh = choice(D.POSITIONS[fkind])
                fd_en, fd_zh = choice(D.DEPARTMENTS[fkind])
                add(
                    "affiliation",
                    (
                        uid(),
                        created,
                        updated,
                        None,
                        cid,
                        former.id,
                        fp_en,
                        fp_zh,
                        fd_en,
                        fd_zh,
                        f_start,
                        f_end,
                        0,
                    ),
                )

            people.add(cid, oi, chinese, own_name)
            org.contacts.append(i)
            self.by_country.setdefault(org.country, array("I")).append(i)
        self.staff = list(range(min(n, len(D.STAFF))))

    # -- people pickers ---------------------------------------------------------------------

    def pick_people(self, org_index: int | None, country: str, k: int, taken: set[int]) -> list[int]:
        """Up to ``k`` contacts of the organisation, topped up with others of its country."""
        rng = self.rng
        out: list[int] = []
        pools: list[Sequence[int]] = []
        if org_index is not None:
            pools.append(self.orgs[org_index].contacts)
        pools.append(self.by_country.get(country, []))
        pools.append(self.people_all)
        for pool in pools:
            if not pool:
                continue
            tries = 0
            while len(out) < k and tries < 4 * k:
                tries += 1
                c = pool[rng.randrange(len(pool))]
                if c not in taken:
                    taken.add(c)
                    out.append(c)
            if len(out) >= k:
                break
        return out

    @property
    def people_all(self) -> range:
        return range(len(self.people))

    def author(self) -> str:
        fz, gz, family, given, _, pool = self.rng.choice(D.STAFF)
        return f"{family} {given} ({fz}{gz})" if pool == "CN" else f"{given} {family}"

    # -- visits -----------------------------------------------------------------------------

    def make_visits(self, n: int) -> None:
        rng = self.rng
        add = self.bulk.add
        forced_status = (VisitStatus.DONE, VisitStatus.CANCELLED, VisitStatus.PLANNED, VisitStatus.CONFIRMED)
        # the city governments of each side, listed once (per visit this took time in the square)
        city_govs = {
            inbound: [i for i in side if self.orgs[i].kind is OrgKind.CITY_GOVERNMENT]
            for inbound, side in ((True, self.foreign_orgs), (False, self.cn_orgs))
        }
        for v in range(n):
            inbound = rng.random() < 0.55 if v > 1 else v == 0
            duration = rng.randint(2, 6) if v else 5
            offset = (-60, -30, 45, 20)[v] if v < len(forced_status) else int(rng.triangular(-540, 180, 0))
            start = self.anchor + dt.timedelta(days=offset)
            end = start + dt.timedelta(days=duration - 1)
            if v < len(forced_status):
                status = forced_status[v]
            elif end < self.anchor:
                status = VisitStatus.CANCELLED if rng.random() < 0.12 else VisitStatus.DONE
            elif start <= self.anchor:
                status = VisitStatus.CONFIRMED
            else:
                status = VisitStatus.CONFIRMED if rng.random() < 0.45 else VisitStatus.PLANNED

            # where: one or two cities, the host organisation in the first
            # delegations are mostly led by a city government
            side = self.foreign_orgs if inbound else self.cn_orgs
            cities_side = city_govs[inbound]
            visiting = self.orgs[rng.choice(cities_side if cities_side and rng.random() < 0.6 else side)]
            city_pool = self.cn_cities if inbound else self.foreign_cities
            first_city = rng.choice([c for c in city_pool if self.orgs_by_city.get(c.code)])
            cities = [first_city]
            if duration >= 4 and rng.random() < 0.5:
                near = [c for c in city_pool if c.code != first_city.code and c.country == first_city.country]
                if near:
                    cities.append(rng.choice(near))
            host_i = rng.choice(self.orgs_by_city[first_city.code])
            host = self.orgs[host_i]
            areas = [a for a in visiting.areas if a in host.areas] or list(host.areas) or ["low_carbon"]
            tech = rng.choice(areas)
            tech_en, tech_zh = TECHNOLOGY_AREAS[tech]
            cities_en = " and ".join(c.en for c in cities)
            cities_zh = "、".join(c.zh for c in cities)
            country_en, country_zh = COUNTRIES[visiting.country]
            if inbound:
                people_en = D.DEMONYMS.get(visiting.country, country_en)
                title_en = f"{people_en} delegation on {tech_en.lower()} visits {cities_en}"
                title_zh = f"{country_zh}{tech_zh}代表团访问{cities_zh}"
                purpose_en = (
                    f"Exchange experience on {tech_en.lower()} with {host.name_en} and match "
                    f"{country_en} technology providers with Chinese partners."
                )
                purpose_zh = (
                    f"与{host.name_zh}交流{tech_zh}经验，推动{country_zh}技术供应方与中方合作伙伴技术对接。"
                )
            else:
                title_en = f"{visiting.short_en} study visit to {cities_en}: {tech_en.lower()}"
                title_zh = f"{visiting.short_zh}代表团赴{cities_zh}考察{tech_zh}"
                purpose_en = (
                    f"Learn from {cities_en} on {tech_en.lower()} and prepare a joint project "
                    f"with {host.name_en}."
                )
                purpose_zh = f"学习{cities_zh}{tech_zh}经验，与{host.name_zh}筹备合作项目。"
            outcomes_en = outcomes_zh = ""
            if status is VisitStatus.DONE:
                # One number in both languages (field test 22, §8: "2 enterprises" beside "3家企业").
                # The second draw stays, so that a seed gives the same data as before otherwise.
                firms, _unused = rng.randint(2, 6), rng.randint(2, 6)
                outcomes_en = (
                    f"Agreed to draft an MoU on {tech_en.lower()} cooperation; "
                    f"{firms} enterprises to follow up on pilot projects."
                )
                outcomes_zh = f"双方同意起草{tech_zh}合作谅解备忘录；{firms}家企业将跟进试点项目。"
            vid = self.new_id()
            created, updated = self.stamps(
                self.day_dt(start) - dt.timedelta(days=rng.randint(20, 120)),
                self.day_dt(end) + dt.timedelta(days=10),
            )
            tags = [tech] + (["3iPET"] if rng.random() < 0.3 else [])
            notes = "" if rng.random() < 0.7 else "Visa invitation letters sent / 已发送签证邀请函"
            if status is VisitStatus.CANCELLED:
                notes = rng.choice(D.CANCEL_REASONS)
            # the delegation and the hosts
            taken: set[int] = set()
            visiting_i = self._org_index[visiting.id]
            size = rng.randint(3, 10)
            roles: list[tuple[int, ParticipantRole]] = []
            for c in self.pick_people(visiting_i, visiting.country, 1, taken):
                roles.append((c, ParticipantRole.HEAD))
            n_hosts = 1 if size < 6 else 2
            extras = 2 if inbound else 1  # interpreter (+ driver for inbound)
            n_delegates = max(0, size - 1 - n_hosts - extras - 1)
            for c in self.pick_people(visiting_i, visiting.country, n_delegates, taken):
                roles.append((c, ParticipantRole.DELEGATE))
            for c in self.pick_people(host_i, host.country, n_hosts, taken):
                roles.append((c, ParticipantRole.HOST))
            # the interpreter comes from the Chinese side
            for c in self.pick_people(host_i if inbound else visiting_i, "CN", 1, taken):
                roles.append((c, ParticipantRole.INTERPRETER))
            if inbound:
                for c in self.pick_people(host_i, host.country, 1, taken):
                    roles.append((c, ParticipantRole.DRIVER))
            free_staff = [s for s in self.staff if s not in taken]
            if free_staff:
                s = rng.choice(free_staff)
                taken.add(s)
                roles.append((s, ParticipantRole.ORGANISER))
            # the delegation's country and declared size, known for most visits: the size is
            # often more than the people entered by name (who travels is settled late)
            delegation = [c for c, r in roles if r in (ParticipantRole.HEAD, ParticipantRole.DELEGATE)]
            counts_rng = self.visit_count_rng
            country = visiting.country if counts_rng.random() < 0.9 else None
            head_count = (
                len(delegation) + counts_rng.choice((0, 0, 1, 2, 3, 5)) if counts_rng.random() < 0.8 else None
            )
            add(
                "visit",
                (
                    vid,
                    created,
                    updated,
                    None,
                    title_en,
                    title_zh,
                    (VisitDirection.INBOUND if inbound else VisitDirection.OUTBOUND).value,
                    status.value,
                    start.isoformat(),
                    end.isoformat(),
                    host.id,
                    visiting.id,
                    first_city.timezone,
                    purpose_en,
                    purpose_zh,
                    outcomes_en,
                    outcomes_zh,
                    notes,
                    _json(tags),
                    country,
                    head_count,
                ),
            )

            for c, role in roles:
                note = (
                    "Needs visa invitation / 需签证邀请函"
                    if role is ParticipantRole.HEAD and rng.random() < 0.3
                    else ""
                )
                add(
                    "visit_participant",
                    (self.new_id(), created, updated, None, vid, self.people.id(c), role.value, note),
                )
            hosts = [c for c, r in roles if r in (ParticipantRole.HOST, ParticipantRole.ORGANISER)]
            helpers = [c for c, r in roles if r in (ParticipantRole.INTERPRETER, ParticipantRole.DRIVER)]

            self.make_itinerary(
                vid,
                created,
                updated,
                start,
                duration,
                cities,
                host_i,
                visiting_i,
                tech,
                delegation,
                hosts,
                helpers,
                force_all=v == 0,
            )

            # follow-ups
            if status is not VisitStatus.CANCELLED:
                owners: Sequence[int | None] = hosts or delegation or [None]
                for _ in range(rng.randint(1, 3)):
                    desc_en, desc_zh = rng.choice(D.FOLLOW_UPS)
                    fund_en, fund_zh, _ = rng.choice(D.FUNDS)
                    other = host if not inbound else visiting
                    fill = dict(
                        org=other.short_en,
                        org_zh=other.short_zh,
                        tech=tech_en.lower(),
                        tech_zh=tech_zh,
                        fund=fund_en,
                        fund_zh=fund_zh,
                    )
                    due = end + dt.timedelta(days=rng.randint(7, 60))
                    if due < self.anchor:
                        fs = rng.choices(
                            (FollowUpStatus.DONE, FollowUpStatus.DROPPED, FollowUpStatus.OPEN), (7, 1, 2)
                        )[0]
                    else:
                        fs = FollowUpStatus.OPEN
                    owner = rng.choice(owners)
                    add(
                        "follow_up",
                        (
                            self.new_id(),
                            created,
                            updated,
                            None,
                            vid,
                            other.id,
                            None if owner is None else self.people.id(owner),
                            desc_en.format(**fill),
                            desc_zh.format(**fill),
                            due.isoformat(),
                            fs.value,
                        ),
                    )
            # one logged activity per visit, for the history
            if self.people and delegation:
                when = min(
                    self.day_dt(start) - dt.timedelta(days=rng.randint(3, 30)), self.anchor_dt
                ) + dt.timedelta(hours=3)
                if when < self.anchor_dt:
                    c = delegation[0]
                    add(
                        "activity",
                        (
                            self.new_id(),
                            _ts(when),
                            _ts(when),
                            None,
                            ActivityKind.MEETING.value,
                            _ts(when),
                            f"Preparatory meeting: {title_en}"
                            if not self.people.chinese[c]
                            else f"筹备会：{title_zh}",
                            "",
                            visiting.id,
                            self.people.id(c),
                            vid,
                            self.author(),
                        ),
                    )

    @property
    def _org_index(self) -> dict[str, int]:
        if not hasattr(self, "_org_index_cache"):
            self._org_index_cache = {o.id: i for i, o in enumerate(self.orgs)}
        return self._org_index_cache

    def make_itinerary(
        self,
        vid: str,
        created: int,
        updated: int,
        start: dt.date,
        duration: int,
        cities: list[City],
        host_i: int,
        visiting_i: int,
        tech: str,
        delegation: list[int],
        hosts: list[int],
        helpers: list[int],
        *,
        force_all: bool,
    ) -> None:
        rng = self.rng
        # which city each day is spent in: the first city, then (if any) the second
        split = duration // 2 if len(cities) > 1 else duration
        plan: list[tuple[ItineraryKind, int, dt.date, tuple[int, int, int, int], dict[str, Any]]] = []
        for d in range(duration):
            day = start + dt.timedelta(days=d)
            ci = 0 if d < split else 1
            city = cities[ci]
            last = d == duration - 1
            if d == 0:
                plan.append((ItineraryKind.TRANSFER, ci, day, (8, 0, 9, 30), {"what": "arrival"}))
                plan.append((ItineraryKind.MEETING, ci, day, (10, 30, 12, 0), {"what": "welcome"}))
                plan.append((ItineraryKind.SITE_VISIT, ci, day, (14, 0, 16, 30), {}))
                plan.append((ItineraryKind.BANQUET, ci, day, (18, 30, 20, 30), {"what": "welcome"}))
            elif len(cities) > 1 and d == split:
                plan.append((ItineraryKind.TRANSFER, 0, day, (8, 0, 10, 0), {"what": "train", "to": city}))
                plan.append((ItineraryKind.MEETING, ci, day, (11, 0, 12, 30), {}))
                plan.append((ItineraryKind.SITE_VISIT, ci, day, (14, 30, 17, 0), {}))
            elif last:
                plan.append((ItineraryKind.MEETING, ci, day, (9, 0, 11, 0), {"what": "wrap-up"}))
                plan.append((ItineraryKind.TRANSFER, ci, day, (13, 0, 15, 0), {"what": "departure"}))
            else:
                if (force_all and d == 1) or rng.random() < 0.3:
                    plan.append((ItineraryKind.TRAINING_SESSION, ci, day, (9, 30, 12, 0), {}))
                else:
                    plan.append((ItineraryKind.MEETING, ci, day, (9, 0, 11, 30), {}))
                plan.append((ItineraryKind.SITE_VISIT, ci, day, (14, 0, 16, 30), {}))
                if (force_all and d == 1) or rng.random() < 0.4:
                    plan.append((ItineraryKind.FREE_TIME, ci, day, (17, 0, 18, 30), {}))
                elif rng.random() < 0.4:
                    plan.append((ItineraryKind.BANQUET, ci, day, (18, 30, 20, 30), {}))
        target = rng.randint(4, 12)
        kept = {ItineraryKind.TRANSFER}
        if force_all:  # the first visit shows every kind of item
            kept |= {ItineraryKind.TRAINING_SESSION, ItineraryKind.FREE_TIME}
        while len(plan) > target:
            droppable = [i for i, p in enumerate(plan) if p[0] not in kept]
            if not droppable:
                break
            plan.pop(rng.choice(droppable))

        add = self.bulk.add
        people = self.people
        tech_en, tech_zh = TECHNOLOGY_AREAS[tech]
        for kind, ci, day, (h1, m1, h2, m2), extra in plan:
            city = cities[ci]
            local_orgs = self.orgs_by_city.get(city.code) or [host_i]
            other_i = host_i if ci == 0 else rng.choice(local_orgs)
            other = self.orgs[other_i]
            linked: list[int] = []
            attendees = list(delegation) + list(helpers)
            address_en = address_zh = ""
            if kind is ItineraryKind.TRANSFER:
                what = extra["what"]
                if what == "train":
                    to: City = extra["to"]
                    title_en, title_zh = f"Train from {city.en} to {to.en}", f"乘火车从{city.zh}前往{to.zh}"
                    place_en, place_zh = f"{city.en} Central Station", f"{city.zh}火车站"
                elif what == "arrival":
                    title_en, title_zh = "Airport pick-up and transfer to hotel", "机场接机并前往酒店"
                    place_en, place_zh = f"{city.en} Airport", f"{city.zh}机场"
                else:
                    title_en, title_zh = "Transfer to the airport", "送机"
                    place_en, place_zh = f"{city.en} Airport", f"{city.zh}机场"
            elif kind is ItineraryKind.MEETING:
                what = extra.get("what")
                if what == "welcome":
                    title_en, title_zh = (
                        f"Welcome meeting with {other.short_en}",
                        f"与{other.short_zh}会谈并欢迎代表团",
                    )
                elif what == "wrap-up":
                    title_en, title_zh = "Wrap-up meeting and next steps", "总结会及下一步工作"
                else:
                    title_en, title_zh = (
                        f"Meeting with {other.short_en} on {tech_en.lower()}",
                        f"与{other.short_zh}就{tech_zh}会谈",
                    )
                room = rng.randint(1, 12)
                place_en, place_zh = (
                    f"{other.name_en}, Conference Room {room}",
                    f"{other.name_zh}{room}号会议室",
                )
                address_en, address_zh = other.address_en, other.address_zh
                linked.append(other_i)
                if rng.random() < 0.5:
                    linked.append(visiting_i)
                attendees += hosts
            elif kind is ItineraryKind.SITE_VISIT:
                sites = D.SITES.get(tech) or D.SITES["water"]
                site_en, site_zh = rng.choice(sites)
                title_en, title_zh = f"Site visit: {site_en}", f"实地考察：{site_zh}"
                place_en, place_zh = f"{city.en} {site_en.title()}", f"{city.zh}{site_zh}"
                address_en, address_zh = self.address(city)
                linked.append(rng.choice(local_orgs))
                attendees += hosts[:1]
            elif kind is ItineraryKind.BANQUET:
                hotel_en, hotel_zh = rng.choice(D.HOTELS)
                if extra.get("what") == "welcome":
                    title_en, title_zh = (
                        f"Welcome banquet hosted by {other.short_en}",
                        f"{other.short_zh}欢迎宴请",
                    )
                else:
                    title_en, title_zh = "Working dinner", "工作晚宴"
                place_en, place_zh = hotel_en.format(city=city.en), hotel_zh.format(city=city.zh)
                address_en, address_zh = self.address(city)
                linked.append(other_i)
                attendees += hosts
            elif kind is ItineraryKind.TRAINING_SESSION:
                title_en, title_zh = (
                    f"Training session: {tech_en} policy and practice",
                    f"培训课程：{tech_zh}政策与实践",
                )
                place_en, place_zh = f"{other.name_en} Training Centre", f"{other.name_zh}培训中心"
                address_en, address_zh = other.address_en, other.address_zh
                linked.append(other_i)
                attendees += hosts[:1]
            else:
                title_en, title_zh = rng.choice(D.FREE_TIME)
                place_en, place_zh = f"{city.en} city centre", f"{city.zh}市中心"
            starts = _local(day, h1, m1, city.timezone).astimezone(UTC)
            ends = _local(day, h2, m2, city.timezone).astimezone(UTC)
            iid = self.new_id()
            add(
                "itinerary_item",
                (
                    iid,
                    created,
                    updated,
                    None,
                    vid,
                    kind.value,
                    title_en,
                    title_zh,
                    _ts(starts),
                    _ts(ends),
                    city.timezone,
                    place_en,
                    place_zh,
                    address_en,
                    address_zh,
                    city.en,
                    city.zh,
                    "",
                ),
            )
            for oi in dict.fromkeys(linked):
                add("itinerary_organisation", (self.new_id(), created, updated, None, iid, self.orgs[oi].id))
            for c in dict.fromkeys(attendees):
                add("itinerary_attendee", (self.new_id(), created, updated, None, iid, people.id(c)))

    # -- trainings --------------------------------------------------------------------------

    def make_trainings(self, n: int) -> None:
        rng = self.rng
        add = self.bulk.add
        people = self.people
        for t in range(n):
            offset = (-45, 30, -200, 90)[t] if t < 4 else int(rng.triangular(-400, 120, 0))
            start = self.anchor + dt.timedelta(days=offset)
            days = rng.randint(2, 4)
            end = start + dt.timedelta(days=days - 1)
            if end < self.anchor:
                status = TrainingStatus.CANCELLED if rng.random() < 0.08 and t else TrainingStatus.DONE
            elif start <= self.anchor:
                status = TrainingStatus.CONFIRMED
            else:
                status = TrainingStatus.CONFIRMED if rng.random() < 0.5 else TrainingStatus.PLANNED
            city = rng.choice(self.cn_cities if rng.random() < 0.75 else self.foreign_cities)
            local = self.orgs_by_city.get(city.code)
            organiser_i = rng.choice(local) if local and rng.random() < 0.7 else 0
            organiser = self.orgs[organiser_i]
            tech = rng.choice(organiser.areas or tuple(TECHNOLOGY_AREAS))
            tech_en, tech_zh = TECHNOLOGY_AREAS[tech]
            title_en, title_zh = rng.choice(D.TRAINING_TITLES)
            title_en = title_en.format(tech=tech_en.lower())
            title_en = title_en[0].upper() + title_en[1:]
            title_zh = title_zh.format(tech_zh=tech_zh)
            venue_en = (
                f"{organiser.name_en} Training Centre"
                if organiser.city == city
                else f"{city.en} Conference Centre"
            )
            venue_zh = f"{organiser.name_zh}培训中心" if organiser.city == city else f"{city.zh}会议中心"
            tid = self.new_id()
            if organiser.city == city and organiser.address_en:
                venue_address = (organiser.address_en, organiser.address_zh)
            else:  # an address of its own, drawn apart so the rest of the demo stays as it was
                main_rng, self.rng = self.rng, random.Random(self.drawn_id())
                venue_address = self.address(city)
                self.rng = main_rng
            created, updated = self.stamps(
                self.day_dt(start) - dt.timedelta(days=rng.randint(30, 120)),
                self.day_dt(end) + dt.timedelta(days=5),
            )
            add(
                "training",
                (
                    tid,
                    created,
                    updated,
                    None,
                    title_en,
                    title_zh,
                    tech_en,
                    tech_zh,
                    status.value,
                    start.isoformat(),
                    end.isoformat(),
                    venue_en,
                    venue_zh,
                    city.en,
                    city.zh,
                    city.timezone,
                    organiser.id,
                    f"A {days}-day course on {tech_en.lower()} for city officials and enterprises.",
                    f"面向城市官员和企业的{days}天{tech_zh}培训。",
                    "",
                    _json([tech]),
                    *venue_address,
                ),
            )

            taken: set[int] = set()
            trainers = self.pick_people(None, "", rng.randint(1, 3), taken) if people else []
            country = city.country
            attendees = self.pick_people(None, country, rng.randint(10, 30), taken) if people else []
            organisers = [s for s in self.staff if s not in taken][:1]
            for c, role in (
                *((c, TrainingRole.TRAINER) for c in trainers),
                *((c, TrainingRole.ATTENDEE) for c in attendees),
                *((c, TrainingRole.ORGANISER) for c in organisers),
            ):
                registered = start - dt.timedelta(days=rng.randint(7, 60))
                add(
                    "training_participant",
                    (
                        self.new_id(),
                        created,
                        updated,
                        None,
                        tid,
                        people.id(c),
                        role.value,
                        registered.isoformat(),
                    ),
                )

            n_sessions = min(rng.randint(3, 6), days * 2)
            slots = [(d, half) for d in range(days) for half in (0, 1)][:n_sessions]
            session_titles = rng.sample(D.SESSION_TITLES, len(slots))
            for (d, half), (s_en, s_zh) in zip(slots, session_titles, strict=True):
                day = start + dt.timedelta(days=d)
                h1, h2 = (9, 12) if half == 0 else (14, 17)
                starts = _local(day, h1, 0, city.timezone).astimezone(UTC)
                ends = _local(day, h2, 0, city.timezone).astimezone(UTC)
                sid = self.new_id()
                room = rng.randint(101, 420)
                add(
                    "training_session",
                    (
                        sid,
                        created,
                        updated,
                        None,
                        tid,
                        s_en.format(city=city.en),
                        s_zh.format(city_zh=city.zh),
                        _ts(starts),
                        _ts(ends),
                        city.timezone,
                        f"Room {room}",
                        f"{room}室",
                        "",
                    ),
                )
                for c in trainers[: rng.randint(1, 2)]:
                    add("session_trainer", (self.new_id(), created, updated, None, sid, people.id(c)))
                if status is not TrainingStatus.CANCELLED and ends < self.anchor_dt:
                    for c in attendees:
                        r = rng.random()
                        st = (
                            AttendanceStatus.PRESENT
                            if r < 0.86
                            else (AttendanceStatus.ABSENT if r < 0.94 else AttendanceStatus.EXCUSED)
                        )
                        row = (self.new_id(), created, updated, None, sid, people.id(c), st.value)
                        add("attendance", row)

    # -- activities and projects -------------------------------------------------------------

    def make_activities(self, n: int) -> None:
        if not self.people:
            return
        rng = self.rng
        rand = rng.random
        add = self.bulk.add
        people = self.people
        orgs = self.orgs
        kinds = [(k, D.ACTIVITY_SUBJECTS[k.value]) for k in ActivityKind]
        areas = list(TECHNOLOGY_AREAS.items())
        authors = [self.author() for _ in range(12)]
        span_days = 730
        n_people = len(people)
        base = self.anchor_dt
        name_of = people.name
        for _ in range(n):
            c = int(rand() * n_people)
            kind, subjects = kinds[int(rand() * 4)]
            s_en, s_zh = subjects[int(rand() * len(subjects))]
            t_en, t_zh = areas[int(rand() * len(areas))][1]
            subject = s_zh.format(tech_zh=t_zh) if people.chinese[c] else s_en.format(tech=t_en.lower())
            # office hours in Beijing (01:00-10:00 UTC) on a day in the last two years
            when = base - dt.timedelta(days=1 + int(rand() * span_days), seconds=-3600 - int(rand() * 32400))
            stamp = _ts(when)
            later = _ts(when + dt.timedelta(minutes=int(rand() * 90)))
            body = ""
            if rand() < 0.3:
                body = f"与{name_of(c)}沟通。" if people.chinese[c] else f"Spoke with {name_of(c)}."
            add(
                "activity",
                (
                    self.new_id(),
                    later,
                    later,
                    None,
                    kind.value,
                    stamp,
                    subject,
                    body,
                    orgs[people.org[c]].id,
                    people.id(c),
                    None,
                    authors[int(rand() * 12)],
                ),
            )

    def make_projects(self, n: int) -> None:
        rng = self.rng
        add = self.bulk.add
        leads = [
            i
            for i, o in enumerate(self.orgs)
            if o.country == "CN"
            and o.kind in (OrgKind.CITY_GOVERNMENT, OrgKind.ENTERPRISE, OrgKind.UNIVERSITY, OrgKind.NGO)
        ]
        statuses = list(ProjectStatus)
        partner_countries = _demo_countries()
        for p in range(n):
            lead = self.orgs[rng.choice(leads)]
            status = statuses[p] if p < len(statuses) else rng.choice(statuses)
            tech = rng.choice(lead.areas or ("low_carbon",))
            tech_en, tech_zh = TECHNOLOGY_AREAS[tech]
            partner_country = rng.choice(partner_countries)
            pc_en, pc_zh = COUNTRIES[partner_country]
            city = lead.city
            title_en, title_zh = rng.choice(D.PROJECT_TITLES)
            fill = dict(
                city=city.en,
                city_zh=city.zh,
                tech=tech_en.lower(),
                tech_zh=tech_zh,
                country=D.DEMONYMS[partner_country],
                country_zh=D.ZH_ABBR[partner_country],
            )
            title_en = title_en.format(**fill)
            title_en = title_en[0].upper() + title_en[1:]
            fund_en, fund_zh, currency = rng.choice(D.FUNDS)
            amount = float(rng.randint(5, 2000) * 10_000)
            if currency == "JPY":
                amount *= 100
            deadline = None
            if status in (ProjectStatus.IDEA, ProjectStatus.PREPARING):
                deadline = (self.anchor + dt.timedelta(days=rng.randint(14, 240))).isoformat()
            elif status is ProjectStatus.SUBMITTED:
                deadline = (self.anchor - dt.timedelta(days=rng.randint(5, 90))).isoformat()
            created, updated = self.stamps(self.anchor_dt - dt.timedelta(days=900))
            project_id = self.new_id()
            # The funder becomes an organisation in demo.pipeline (funders are organisations).
            self.project_funds[project_id] = (fund_en, fund_zh)
            add(
                "project",
                (
                    project_id,
                    created,
                    updated,
                    None,
                    title_en,
                    title_zh.format(**fill),
                    status.value,
                    amount,
                    currency,
                    lead.id,
                    _json([tech]),
                    deadline,
                    f"Led by {lead.name_en}, with partners from {pc_en}.",
                    f"由{lead.name_zh}牵头，{pc_zh}合作伙伴参与。",
                ),
            )
