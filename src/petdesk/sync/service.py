"""Export and import of change packages, conflicts, journal and office identity for sync.

Used by the command line and the window alike. Export and import each run in one SQLite
transaction on a plain connection (``BEGIN IMMEDIATE``), so a process killed at any moment
leaves the database as it was or fully updated, never half; import takes a backup first.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import __version__, bulkload, connection, faults, secrets
from petdesk.db import Database, code_heads, known_revisions, with_ancestors
from petdesk.ids import first_found
from petdesk.language import office_name
from petdesk.quoting import quoted
from petdesk.stored_times import from_wire_time, read_stored_time, stored_time, utcnow, wire_time
from petdesk.sync import (
    bulk,
    carried_people,
    clock_rewrite,
    hlc,
    lost_edits,
    package_numbers,
    peer_knowledge,
    retirement,
    time_groups,
    touches,
)
from petdesk.sync import package as pkg
from petdesk.sync.changes import (
    EXPORT_CACHE_KIB,
    Collected,
    EntityCounts,
    IncompatiblePackage,
    Merger,
    VectorClock,
    collect,
    dominates,
    merge_vectors,
)
from petdesk.sync.entities import by_name
from petdesk.sync.hlc import ZERO, PersistentClock, Version, is_valid, tick
from petdesk.sync.package import PackageError
from petdesk.sync.tracking import (
    adopt_untracked,
    change_log_ready,
    log_changes,
    record_local_change,
    self_office_id,
    staff_name,
)
from petdesk.sync.validate import (
    FUTURE_CLOCK_TOLERANCE_MS,
    ContentError,
    clock_put_right,
    newest_clock,
    too_far_ahead,
    validate_body,
    validate_manifest,
)
from petdesk.sync.visit_sheets import adopt_migrated_entries

if TYPE_CHECKING:
    from petdesk.services.name_mentions import Mention
    from petdesk.services.privacy import NotRewritten

#: Setting in which older versions kept the shared passphrase in plain text (now moved to the keyring).
PASSPHRASE_SETTING = "sync.passphrase"
#: The import's steps, reported alone and before record counts ("applying changes: 2,000 / 13,952
#: records"); the window and the command line translate them by these words.
STEP_COMPARING, STEP_APPLYING = "comparing with this database", "applying changes"

Progress = Callable[[str], None]


class SyncError(Exception):
    """Something the user must act on that is not a fault of the package file."""

    def __init__(self, message: str, *, office_names: dict[str, str] | None = None) -> None:
        super().__init__(message)
        #: The office the sentence names, English name → Chinese name (``messages.localize``).
        self.office_names = office_names or {}


class RejectedPackage(PackageError):
    """A package that is readable but cannot be imported here (schema, sender, missing records)."""

    #: The office the sentence names, English name → Chinese name: the sentence is logged in English,
    #: and ``messages.localize`` shows a Chinese reader the Chinese name (field test 80).
    office_names: dict[str, str] = {}  # noqa: RUF012 - read only; instances set their own


def chinese_names(office: dict[str, Any], known_zh: str = "") -> dict[str, str]:
    """An office's English name → its Chinese name, for messages that name it: the Chinese name it
    travels with, else ``known_zh``, what this office knows of it (its ``sync offices`` record)."""
    name = str(office.get("name") or "")
    chinese = office_name(name, str(office.get("name_zh") or "") or known_zh, "zh_CN")
    return {name: chinese} if name and chinese != name else {}


def _known_zh(db: Database, office_id: str) -> str:
    """This office's record of another office's Chinese name ("" when it has none)."""
    conn = db.raw()
    try:
        row = conn.execute("SELECT name_zh FROM office WHERE id = ?", (office_id,)).fetchone()
    finally:
        conn.close()
    return str(row[0] or "") if row else ""


def _utc(value: str) -> str:
    """A clock value as a UTC time to the minute, for messages."""
    return f"{hlc.to_datetime(value):%Y-%m-%d %H:%M}"


class FutureClock(RejectedPackage):
    """A package whose clock values lie far ahead of this computer's clock (see
    ``FUTURE_CLOCK_TOLERANCE_MS``): one of the two clocks is wrong. Accepted, its values are
    given this office's time (see :mod:`petdesk.sync.clock_rewrite`)."""

    def __init__(
        self,
        *,
        office: str,
        office_id: str,
        newest: str,
        now_ms: int,
        put_right: bool = False,
        office_names: dict[str, str] | None = None,
    ) -> None:
        self.office_names = office_names or {}
        facts = (
            f"the package from {office} (id {office_id}) carries clock values up to {_utc(newest)} UTC, "
            f"more than {FUTURE_CLOCK_TOLERANCE_MS // 3_600_000} hours ahead of this computer's clock "
            f"({_utc(hlc.encode(now_ms))} UTC)"
        )
        if put_right:  # both clocks are right: "correct it" sent the user looking for nothing
            super().__init__(
                f"{facts}, though it was made by a clock that agrees with this one: the sending computer's "
                "clock ran ahead before and was put right since, and its clock values stay ahead until "
                "that time. Import it with --accept-future-clock: its changes are given this office's time"
            )
            return
        super().__init__(
            f"{facts}: the clock of one of the two computers is wrong; "
            "correct it, or import with --accept-future-clock to take the changes anyway"
        )


def _day(value: str | dt.datetime) -> str:
    """A time as its UTC date, for messages ("2026-12-05")."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d}"


class RetiredOffice(RejectedPackage):
    """A package from an office retired here (``retire_office``): nothing of it is imported.

    A package whose every change is older than the retirement (a laptop's last package, e-mailed
    from the road before it was stolen, read at the hub after the hub retired it: field test 80) is
    named as such, with the way to take it that keeps the office retired; "return it to service"
    would let the thief's packages in too."""

    def __init__(
        self,
        *,
        office: str,
        office_id: str,
        retired_at: dt.datetime,
        made_before: bool = False,
        office_names: dict[str, str] | None = None,
    ) -> None:
        self.made_before = made_before
        self.office_names = office_names or {}
        if made_before:
            super().__init__(
                f"the package comes from {office} (id {office_id}), which was retired here on "
                f"{_day(retired_at)}; nothing was imported. Every change in it was made before the "
                "office was retired: if the package was sent before then (a laptop's last package, "
                "e-mailed before it was lost or stolen), import it with --made-before-retirement; the "
                "office stays retired"
            )
            return
        super().__init__(
            f"the package comes from {office} (id {office_id}), which was retired here on "
            f"{_day(retired_at)}; nothing was imported. If that office is in use again, return it to "
            f"service first (petdesk sync unretire {office_id}, or Sync › Offices in the window) and "
            "import the package again"
        )


class NamesakeOffice(RejectedPackage):
    """The first package from an office that carries the name of another office known here."""

    def __init__(
        self, *, name: str, known_id: str, office_id: str, office_names: dict[str, str] | None = None
    ) -> None:
        self.office_names = office_names or {}
        super().__init__(
            f"another office is already known here as {name} (id {known_id}); this package comes from "
            f"a different office with the same name (id {office_id}); import it with --new-office "
            "only if that office is real"
        )


class OwnPackage(RejectedPackage):
    """A package written by this office itself: meant for the other offices, unless this laptop
    was restored from a backup older than the package (a lost or broken laptop, field test 28)."""

    def __init__(self) -> None:
        super().__init__(
            "this package was written by this office itself; import it at the other office. If this "
            "laptop was restored from a backup made before the package, import it with --own-package "
            "to bring back what was written after the backup"
        )


class SharedOfficeId(RejectedPackage):
    """A package from an office with this office's id but another name: a copy of this database
    renamed and used as a second office (field test 34, defect 6d). Both would stamp their changes
    with one id, and the offices they exchange with could not tell them apart."""

    def __init__(self, *, office: str, office_id: str, office_names: dict[str, str] | None = None) -> None:
        self.office_names = office_names or {}
        super().__init__(
            f"the package comes from {office}, which has this office's id ({office_id}): it was set up "
            "from a copy of this database, and a copy cannot be a second office. Start the second office "
            "from a new database and a package of this office (petdesk sync export --all); if this "
            "laptop was restored from a backup and renamed since, import it with --own-package"
        )


class OwnPackageNotNewer(RejectedPackage):
    """An own package that holds nothing newer than this database: nothing to bring back."""

    def __init__(self) -> None:
        super().__init__(
            "this package was written by this office itself and holds nothing newer than this "
            "database; nothing was imported"
        )


def _check_own_package(cursor: Any, manifest: dict[str, Any], self_id: str, *, own_package: bool) -> None:
    """Let this office's own package in only when asked to; whether it holds anything newer than this
    database is told after the merge (:class:`OwnPackageNotNewer`)."""
    if not own_package:
        sender = manifest.get("sender") or {}
        names = (str(sender.get("name") or ""), str(sender.get("name_zh") or ""))
        mine = cursor.execute(
            "SELECT name, coalesce(name_zh, '') FROM office WHERE id = ?", (self_id,)
        ).fetchone()
        if mine is not None and names != tuple(mine):
            raise SharedOfficeId(
                office=office_name(names[0], names[1], "en"),
                office_id=self_id,
                office_names=chinese_names(
                    {"name": office_name(names[0], names[1], "en"), "name_zh": names[1]}
                ),
            )
        raise OwnPackage()


@cache
def _code_revisions() -> frozenset[str]:
    """Schema revisions this petdesk knows (loading the migration scripts is slow: once)."""
    return frozenset(known_revisions())


def _file_revisions(cursor: Any) -> list[str]:
    return sorted(r[0] for r in cursor.execute("SELECT version_num FROM alembic_version"))


#: Revisions that change only an office's own bookkeeping, not what packages carry, each with the
#: revision before it. A package names the schema of what it carries, so that an office still at
#: the revision before imports it (it refuses revisions it does not know). A revision that changes
#: an exchanged table or column must never be listed here.
LOCAL_REVISIONS = {
    "0023_sync_versions_compact": "0022_search_compact",
    "0024_unused_indexes": "0023_sync_versions_compact",
    "0025_name_order_index": "0024_unused_indexes",
    # recomputes a derived key in every office alike; the columns packages carry stay as they were
    "0026_phone_trunk_keys": "0025_name_order_index",
    "0027_one_method_key": "0026_phone_trunk_keys",
    # a table of this office's; its decisions travel in a manifest section older offices ignore
    "0028_retired_offices": "0027_one_method_key",
    # a table of this office's own; what it keeps travels in the manifest, which older offices ignore
    "0029_lost_edits": "0028_retired_offices",
    # this office's search index, derived from the records
    "0030_name_initials": "0029_lost_edits",
    # changes values (recorded as edits, so they travel), not the tables or columns packages carry
    "0031_foreign_honorifics": "0030_name_initials",
    # this office's search index, derived from the records
    "0032_organisation_initials": "0031_foreign_honorifics",
    # this office's search index, derived from the records
    "0033_rare_han_search": "0032_organisation_initials",
    # this office's search index, derived from the records
    "0034_nickname_search": "0033_rare_han_search",
    # this office's search index, derived from the records
    "0036_joined_latin_names": "0035_substitutes",
    # this office's search keys of the catalogue, derived from the records
    "0037_catalogue_search": "0036_joined_latin_names",
    # a column of this office's own (sync.entities.LOCAL_COLUMNS): packages carry what they did
    "0038_item_source_version": "0037_catalogue_search",
    # this office's search index, derived from the records
    "0039_transliterated_names": "0038_item_source_version",
    # this office's search keys of the catalogue: which are stale
    "0040_catalogue_marks": "0039_transliterated_names",
    # this office's search index and catalogue keys, derived from the records
    "0041_unaccented_letters": "0040_catalogue_marks",
    # this office's search index, derived from the records
    "0042_organisation_initials_keys": "0041_unaccented_letters",
    # this office's search index, derived from the records
    "0043_korean_names": "0042_organisation_initials_keys",
    # this office's search index, derived from the records
    "0046_kana_readings": "0045_follow_up_partners",
    # a column of this office's own bookkeeping (what schema each peer's last package named)
    "0048_peer_schema": "0047_emergency_entries",
    # this office's search index, derived from the records
    "0049_traditional_han": "0048_peer_schema",
    # changes values (recorded as edits, so they travel), not the tables or columns packages carry
    "0050_kana_readings": "0049_traditional_han",
    # an index of this office's file
    "0051_finance_lead_investor_index": "0050_kana_readings",
    # this office's search index, derived from the records
    "0052_romanised_names": "0051_finance_lead_investor_index",
    # this office's search index, derived from the records
    "0053_korean_spellings": "0052_romanised_names",
    # a table of this office's own (its bulk actions), never exchanged
    "0056_housekeeping_log": "0055_chosen_name_order_hanja",
    # this office's search index, derived from the records
    "0057_filing_names": "0056_housekeeping_log",
    # this office's search index, derived from the records
    "0058_umlaut_spellings": "0057_filing_names",
    # this office's search index, derived from the records
    "0060_arabic_thai_spellings": "0058_umlaut_spellings",
    # this office's search index, derived from the records
    "0064_given_initials": "0062_attendance_mode",
    # this office's last real edit of each record, derived from the change log (after 0064: that one
    # reached main first, so files already at 0064 still find their next revision)
    "0065_last_touch": "0064_given_initials",
    # this office's search index, derived from the records
    "0066_japanese_sort": "0065_last_touch",
    # this office's search index, derived from the records
    "0067_central_asian_spellings": "0066_japanese_sort",
    # tables of this office's own (the files of personal data written here), never exchanged
    "0068_export_log": "0067_central_asian_spellings",
    # this office's search index, derived from the records
    "0073_khmer_myanmar_readings": "0072_project_deadline_time",
    # this office's search index, derived from the records
    "0074_particle_filing": "0073_khmer_myanmar_readings",
    # this office's search index, derived from the records
    "0075_arabic_mongolian_readings": "0074_particle_filing",
    # this office's search index, derived from the records
    "0076_thai_ro_han": "0075_arabic_mongolian_readings",
    # this office's search index and catalogue keys, derived from the records (Persian letters)
    "0077_persian_letters": "0076_thai_ro_han",
}


def content_revisions(revisions: list[str]) -> list[str]:
    """The revisions a package written from a file at ``revisions`` names in its manifest."""
    out = set()
    for revision in revisions:
        while revision in LOCAL_REVISIONS:
            revision = LOCAL_REVISIONS[revision]
        out.add(revision)
    return sorted(out)


def _now() -> int:
    """The current time as the time columns store it."""
    return stored_time(utcnow())


@contextmanager
def _write_transaction(
    db: Database,
    *,
    bulk_load: bool = False,
    incoming: dict[str, Any] | None = None,
    waiting: Callable[[], None] | None = None,
) -> Iterator[sqlite3.Cursor]:
    """A transaction on a connection of its own. ``bulk_load``: a big import (of ``incoming``
    records per table), written through a rollback journal when no other connection has the file
    open (see :func:`_rollback_journal`), with its foreign keys checked once at the end when the
    package brings more records than the file holds (see :func:`_refuse_new_orphans`).
    ``waiting()`` is called while another writer holds the file (see :func:`_begin_immediate`)."""
    conn = db.raw()
    conn.isolation_level = None
    cursor = conn.cursor()
    journal = bulk_load and _rollback_journal(cursor)
    keys_at_the_end = bulk_load and bulk.fills_a_table(cursor, incoming)
    if keys_at_the_end:
        cursor.execute("PRAGMA foreign_keys = OFF")  # not at every row: see _refuse_new_orphans
    try:
        _begin_immediate(cursor, waiting)
        orphans_before = _orphans(cursor) if keys_at_the_end else set()
        try:
            yield cursor
            if keys_at_the_end:
                _refuse_new_orphans(cursor, orphans_before)
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        else:
            try:
                # another office's log rows move the last touches here too (the Untouched filter)
                touches.settle(conn)
                cursor.execute("COMMIT")
            except connection.Error:
                if conn.in_transaction:
                    cursor.execute("ROLLBACK")
                raise
    finally:
        if journal:
            # Back to WAL (the next connection of petdesk would switch it back otherwise).
            with suppress(*connection.Error):
                cursor.execute("PRAGMA journal_mode = WAL")
        conn.close()


#: How long a sync waits for another writer of the same file (the window's catch-up of the search
#: index after a big import held the lock for 10-20 s at 100,000 contacts: field test 34, defect 1).
WRITE_PATIENCE_S = float(os.environ.get("PETDESK_SYNC_WRITE_PATIENCE_S", "120"))

#: Records still naming an erased person an import words (the rest are counted, "… and 480 more"):
#: a retention clean-up erasing 500 people listed every one, read one query a line (review 49, finding 4).
MENTION_LINES = 20


def progress_stage(message: str) -> tuple[str, tuple[int, int] | None]:
    """The stage a progress message of export or import belongs to, and the records done and in
    all when it counts them ("applying changes: 68,000 / 668,895 records"), for the window's
    steps (field test 34, defect 4: counted messages were taken for the first step)."""
    if message.startswith("collecting ") and ": " in message:
        return "collecting changes", None  # "collecting contact: 20,000": per table
    stage, sep, counts = message.partition(": ")
    done, slash, total = counts.removesuffix(" records").partition(" / ")
    if sep and slash and done.replace(",", "").isdigit() and total.replace(",", "").isdigit():
        return stage, (int(done.replace(",", "")), int(total.replace(",", "")))
    return message, None


#: The progress message while :func:`_begin_immediate` waits.
WAITING_FOR_WRITER = "waiting for another task to finish writing"


class WriterBusy(RuntimeError):
    """Another task kept the file locked for writing longer than :data:`WRITE_PATIENCE_S`."""

    def __init__(self) -> None:
        from petdesk.messages import WRITER_BUSY

        super().__init__(WRITER_BUSY)


def _begin_immediate(cursor: Any, waiting: Callable[[], None] | None) -> None:
    """Take the write lock, waiting for another writer up to :data:`WRITE_PATIENCE_S` (each try
    waits the connection's busy timeout); ``waiting()`` is called before each further try (it may
    raise ``Cancelled``). Raises :class:`WriterBusy` rather than SQLite's "database is locked"."""
    deadline = time.monotonic() + WRITE_PATIENCE_S
    while True:
        try:
            cursor.execute("BEGIN IMMEDIATE")
            return
        except connection.OperationalError as exc:
            if faults.classify(exc) != faults.LOCKED:
                raise
            if time.monotonic() >= deadline:
                raise WriterBusy() from exc
        if waiting is not None:
            waiting()
        time.sleep(0.2)


def _orphans(cursor: Any) -> set[tuple[Any, ...]]:
    """Every row whose foreign key names a record the file does not have: (table, rowid, parent
    table, key number). None in a sound file; one a damaged file held before is not the import's."""
    return {tuple(row) for row in cursor.execute("PRAGMA foreign_key_check")}


def _refuse_new_orphans(cursor: Any, before: set[tuple[Any, ...]]) -> None:
    """Raise what SQLite raises at a commit with a broken foreign key if the import made an orphan.

    An import that fills a table writes with foreign keys unchecked and checks them here once: a
    lookup of the parent for every row inserted cost a first import of 100,000 contacts 1.2-1.7 s,
    the check of the whole file 0.25 s (into a file that holds more than the package brings, the
    lookups cost less than checking the whole file twice: then they stay). It fails where checking
    at every row would: a record whose parent is neither in the file nor in the package."""
    new = sorted(_orphans(cursor) - before, key=repr)
    if new:
        table, _rowid, parent, _key = new[0]
        raise connection.IntegrityError[0](
            f"FOREIGN KEY constraint failed: {len(new)} {table} record(s) name a missing {parent} record"
        )


def _rollback_journal(cursor: Any) -> bool:
    """Take the file out of WAL mode for one big write, if no other connection has it open;
    returns whether it did.

    In WAL mode every page a big import writes goes to the WAL, and the checkpoint after the commit
    writes it into the file again; every page it reads is first looked up in the WAL's index. With
    a rollback journal, the new pages go straight into the file and only the pages it had are copied
    to the journal first: a fifth less work for a first full import at 100,000 contacts. A kill
    leaves a hot journal that the next connection rolls back, so the file is as it was.

    SQLite leaves WAL mode only while no other connection has the file open: if one has (the window,
    another command), the import stays in WAL mode, without waiting. While the import runs, others
    cannot read the file (no WAL to read the last commit from): acceptable for a first full import,
    which the user starts and waits for."""
    timeout = int(cursor.execute("PRAGMA busy_timeout").fetchone()[0])
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        mode = cursor.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except connection.OperationalError:
        return False  # another connection has the file open
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {timeout}")
    if str(mode).lower() != "delete":
        return False
    # NORMAL is safe in WAL mode only: with a rollback journal, FULL syncs it before the file is
    # written over.
    cursor.execute("PRAGMA synchronous = FULL")
    return True


def _knowledge(cursor: Any) -> VectorClock:
    return dict(cursor.execute("SELECT origin_id, hlc FROM sync_knowledge").fetchall())


def _store_knowledge(cursor: Any, vector: VectorClock) -> None:
    cursor.executemany(
        "INSERT INTO sync_knowledge (origin_id, hlc) VALUES (?, ?) "
        "ON CONFLICT(origin_id) DO UPDATE SET hlc = excluded.hlc",
        sorted(vector.items()),
    )


def _agrees_with_other_offices(cursor: Any, self_id: str, now_ms: int) -> bool:
    """Whether this computer's clock (``now_ms``) is not far behind any other office's newest clock
    value, of which there is at least one: a clock that went back would be behind theirs."""
    others = [value for origin, value in _knowledge(cursor).items() if origin != self_id]
    return bool(others) and not any(too_far_ahead(value, now_ms) for value in others)


def _peer_acked(cursor: Any, office_id: str) -> VectorClock | None:
    row = cursor.execute("SELECT acked FROM sync_peer WHERE office_id = ?", (office_id,)).fetchone()
    return json.loads(row[0]) if row else None


def _office_row(cursor: Any, office_id: str) -> dict[str, Any] | None:
    row = cursor.execute(
        "SELECT id, name, name_zh, region, is_self FROM office WHERE id = ?", (office_id,)
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "name": row[1], "name_zh": row[2], "region": row[3], "is_self": bool(row[4])}


# --------------------------------------------------------------------------------------------
# Offices


@dataclass
class OfficeInfo:
    id: str
    name: str
    name_zh: str
    region: str
    is_self: bool
    last_import_at: str | None = None
    last_export_at: str | None = None
    acknowledged: bool = False
    #: When it was retired (here or at another office), as UTC ISO text; None while in service.
    retired_at: str | None = None

    @property
    def last_exchange(self) -> str | None:
        """The later of the last import from it and the last export for it (UTC ISO text)."""
        return max((t for t in (self.last_import_at, self.last_export_at) if t), default=None)


def list_offices(db: Database) -> list[OfficeInfo]:
    """This office first, then the others this database knows (from packages received); those in
    service before those retired."""
    with db.reading() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT o.id, o.name, o.name_zh, o.region, o.is_self, p.last_import_at, p.last_export_at, "
                "p.acked, r.retired_at FROM office o LEFT JOIN sync_peer p ON p.office_id = o.id "
                "LEFT JOIN sync_retired_office r ON r.office_id = o.id "
                "WHERE o.deleted_at IS NULL "
                "ORDER BY o.is_self DESC, r.retired_at IS NOT NULL, o.name"
            )
            .fetchall()
        )
    return [
        OfficeInfo(
            r[0],
            r[1],
            r[2],
            r[3],
            bool(r[4]),
            wire_time(r[5]),
            wire_time(r[6]),
            bool(r[7] and r[7] != "{}"),
            wire_time(r[8]),
        )
        for r in rows
    ]


#: The fewest characters of an office id that name it, as for projects and needs (the lists show 8).
SHORT_ID = 4
#: The fewest characters of the beginning of an office's name that name it, when only it starts so.
NAME_PREFIX = 2


def _matching(offices: list[OfficeInfo], text: str) -> list[OfficeInfo]:
    """The offices ``text`` names: by id, name, or the beginning of an id (4+ characters)."""
    matches = [o for o in offices if o.id == text]
    if not matches:
        folded = text.casefold()
        matches = [o for o in offices if folded in (o.name.casefold(), o.name_zh.casefold())]
    if not matches and len(text) >= SHORT_ID:
        _, matches = first_found(text, lambda form: [o for o in offices if o.id.startswith(form)])
    if not matches and len(text) >= NAME_PREFIX:
        # "Stuttgart" for Stuttgart Hub, in either language, when no other office's name starts so
        # (field test 53, §8: refused although one office matched); two such offices are listed.
        folded = text.casefold()
        starting = [
            o for o in offices if any(n.casefold().startswith(folded) for n in (o.name, o.name_zh) if n)
        ]
        matches = starting if len(starting) == 1 else []
    return matches


def _nearly(offices: list[OfficeInfo], text: str) -> list[OfficeInfo]:
    """The offices ``text`` nearly names: too short a beginning of an id, or a part of a name."""
    folded = text.casefold()
    return [
        o
        for o in offices
        if folded and (o.id.startswith(text) or folded in o.name.casefold() or folded in o.name_zh.casefold())
    ]


def find_office(db: Database, text: str, *, retired: bool | None = False) -> OfficeInfo:
    """An office other than this one, by id, name or the beginning of its id (4+ characters, as
    lists and messages show it): among those in service (``retired`` False: whom packages are
    written for), those retired (True) or all (None). Two offices of one name, the old one retired,
    are then told apart without their ids."""
    text = text.strip()
    others = [o for o in list_offices(db) if not o.is_self]
    wanted = [o for o in others if retired is None or (o.retired_at is not None) == retired]
    matches = _matching(wanted, text)
    if not matches and (elsewhere := _matching(others, text)) and len(elsewhere) == 1:
        office = elsewhere[0]
        if office.retired_at is not None:
            raise SyncError(
                f"{office.name} (id {office.id}) was retired on {_day(office.retired_at)}: no packages are "
                f"written for it; petdesk sync unretire {office.id} returns it to service",
                office_names=chinese_names({"name": office.name, "name_zh": office.name_zh}),
            )
        raise SyncError(
            f"{office.name} (id {office.id}) is not retired",
            office_names=chinese_names({"name": office.name, "name_zh": office.name_zh}),
        )
    if not matches and (near := _nearly(wanted, text)):
        # a known office, named too briefly: no word of a first exchange, which is not what is needed
        listed = ", ".join(f"{o.name} (id {o.id[:8]})" for o in near)
        raise SyncError(
            f"{quoted(text)} does not name one office; it could be {listed}: give the office's name or at "
            f"least {SHORT_ID} characters of its id"
        )
    if not matches:
        known = ", ".join(f"{o.name} ({o.id[:8]})" for o in wanted) or "none yet"
        # Importing the other office's package first makes it known, and this export small: --all
        # sends the whole file (42 MB at 100,000 contacts; field test 34, defect 2).
        hint = (
            "; if that office has sent you a package, import it first: then --to sends only what it "
            "lacks; else the first exchange with a new office uses --all"
            if retired is False
            else ""
        )
        raise SyncError(f"no other office called {quoted(text)} is known here (known: {known}){hint}")
    if len(matches) > 1:
        listed = ", ".join(f"{o.name} (id {o.id})" for o in matches)
        raise SyncError(
            f"{len(matches)} offices match {quoted(text)}: {listed}; give the office id (or its first 8 "
            "characters or more) instead of the name"
        )
    return matches[0]


def retire_office(db: Database, office_id: str) -> OfficeInfo:
    """Take another office out of service (a laptop wiped and set up again as a new office): no
    package is written for it here any more, and its packages are refused. The decision travels in
    every package from here, so every office learns it; :func:`return_office` undoes it."""
    return _decide(db, office_id, retire=True)


def return_office(db: Database, office_id: str) -> OfficeInfo:
    """Return a retired office to service; this decision travels like the retirement."""
    return _decide(db, office_id, retire=False)


def _decide(db: Database, office_id: str, *, retire: bool) -> OfficeInfo:
    with _write_transaction(db) as cursor:
        self_id = self_office_id(cursor)
        office = _office_row(cursor, office_id)
        if office is None:
            raise SyncError(f"no office with id {office_id} is known here")
        if office_id == self_id:
            raise SyncError(
                "this office cannot retire itself or return itself to service; do it at another office"
            )
        name = office["name"]
        retired_at = retirement.retired_at(cursor, office_id)
        names = chinese_names(office)
        if retire and retired_at is not None:
            raise SyncError(
                f"{name} (id {office_id}) was already retired on {_day(retired_at)}", office_names=names
            )
        if not retire and retired_at is None:
            raise SyncError(f"{name} (id {office_id}) is not retired", office_names=names)
        version = PersistentClock(cursor).tick()
        retirement.decide(cursor, office_id, utcnow() if retire else None, hlc=version, by=self_id)
        retirement.log(cursor, office_id, retire, hlc=version, by=self_id, staff=staff_name(cursor))
    return next(o for o in list_offices(db) if o.id == office_id)


def _refuse_retired_sender(
    db: Database, sender: dict[str, Any], newest: str, *, made_before_retirement: bool = False
) -> None:
    """Refuse a package from an office retired here, before anything (a backup) is written; with
    ``made_before_retirement``, take one whose newest clock value ``newest`` is older than the
    decision to retire it (the office stays retired). A package with a later change is refused
    all the same: the retired laptop was used after the decision."""
    office_id = str(sender.get("id", ""))
    conn = db.raw()
    try:
        found = retirement.decision(conn.cursor(), office_id)
    finally:
        conn.close()
    if found is None or found.retired_at is None:
        return
    before = bool(newest) and newest < found.hlc
    if before and made_before_retirement:
        return
    raise RetiredOffice(
        office=str(sender.get("name") or "?"),
        office_id=office_id,
        retired_at=found.retired_at,
        made_before=before,
        office_names=chinese_names(sender, _known_zh(db, office_id)),
    )


# --------------------------------------------------------------------------------------------
# Passphrase (local only)


def stored_passphrase(db: Database) -> str | None:
    """The passphrase remembered for this database in the system keyring, if any."""
    _move_plain_text_passphrase(db)
    return secrets.get(secrets.SYNC, db.path)


def store_passphrase(db: Database, passphrase: str | None) -> None:
    """Remember (or forget, with None) the shared passphrase, in the system keyring only."""
    from petdesk.sync.passphrase import problem

    if passphrase is not None and (weak := problem(passphrase)) is not None:
        raise SyncError(weak)
    _move_plain_text_passphrase(db)
    if passphrase is None:
        secrets.forget(secrets.SYNC, db.path)
        return
    try:
        secrets.put(secrets.SYNC, db.path, passphrase)
    except secrets.SecretStoreError as exc:
        raise SyncError(str(exc)) from exc


def _move_plain_text_passphrase(db: Database) -> None:
    """Older versions kept the passphrase in plain text in the ``setting`` table (and so in every
    backup and copy of the file): move it to the keyring if there is one, and delete it."""
    conn = db.raw()
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (PASSPHRASE_SETTING,)).fetchone()
        if row is None:
            return
        if row[0]:
            with suppress(secrets.SecretStoreError):
                secrets.put(secrets.SYNC, db.path, row[0])
        with conn:
            conn.execute("DELETE FROM setting WHERE key = ?", (PASSPHRASE_SETTING,))
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------
# Export


@dataclass
class ExportResult:
    path: Path
    package_id: str
    counts: dict[str, int]
    size: int
    sha256: str
    recipient: OfficeInfo | None
    incremental: bool
    #: Erasure markers the package carries (each erases records at the receiver; not in ``counts``).
    erasures: int = 0
    #: The newest clock value this office had seen, when it lies more than the tolerance ahead of
    #: this computer's clock: this computer's clock is probably wrong (it went back), or a package
    #: from a computer whose clock was ahead was imported.
    clock_behind: str | None = None
    #: ... and every other office's newest clock value lies behind this computer's clock, so it
    #: agrees with theirs: the far-ahead values are this office's own, from when its clock ran ahead
    #: and before it was put right (field test 72); "this computer's clock is probably wrong" misled.
    clock_put_right: bool = False
    #: When this office was retired, when another office did so and a package said it: the
    #: offices that know it refuse packages from here.
    retired_at: dt.datetime | None = None
    #: The schema the recipient's last package named, when it is older than what this package
    #: needs: the recipient refuses the package until its petdesk is updated (field test 55).
    recipient_schema_older: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _manifest(
    cursor: Any,
    collected: Collected,
    package_id: str,
    since: VectorClock | None,
    recipient: OfficeInfo | None,
    self_id: str,
    now_hlc: str,
    schema: list[str],
    db_path: Path | None = None,
) -> dict[str, Any]:
    """The package's manifest, known once every record is written."""
    knowledge = _knowledge(cursor)
    knowledge[self_id] = now_hlc
    if recipient is not None and recipient.id in knowledge:
        # If the recipient's far-ahead values were rewritten here: in its own values.
        rewrite = clock_rewrite.kept(cursor)
        knowledge[recipient.id] = rewrite.in_original_values(recipient.id, knowledge[recipient.id])
    sender = _office_row(cursor, self_id) or {"id": self_id}
    sender.pop("is_self", None)
    decisions = retirement.carried(cursor)
    lost = lost_edits.to_send(cursor, since)
    peers = peer_knowledge.to_send(cursor, self_id=self_id, recipient_id=recipient.id if recipient else None)
    return {
        # offices retired or returned to service (read by petdesk from 0028_retired_offices)
        **({retirement.SECTION: decisions} if decisions else {}),
        # what the other offices knew, for conflicts met at a relay (read from field test 61's
        # petdesk; older ones ignore it and decide by the sender's knowledge)
        **({peer_knowledge.MANIFEST_KEY: peers} if peers else {}),
        # edits that lost against concurrent ones, for the offices that made them (read by petdesk
        # from 0029_lost_edits)
        **({lost_edits.MANIFEST_KEY: lost} if lost else {}),
        "package_id": package_id,
        # read off the sync clock's source of time, which the far-ahead checks compare it with
        "created_at": wire_time(hlc.wall_ms() * 1000),
        "petdesk_version": __version__,
        "schema": schema,
        "sender": sender,
        "recipient": {"id": recipient.id, "name": recipient.name} if recipient else None,
        "base": since or {},
        # the sender's n-th package for the recipient: one that never arrived is noticed (field test 91)
        **(
            {
                package_numbers.MANIFEST_KEY: package_numbers.next_number(cursor, recipient.id, db_path),
                # ... and the highest of its numbers imported here: a restored office goes on past it
                **package_numbers.acknowledgement(cursor, recipient.id),
            }
            if recipient
            else {}
        ),
        "knowledge": knowledge,
        "range": {"from": collected.hlc_from, "to": collected.hlc_to},
        "counts": collected.counts,
        "total": collected.total,
    }


def export_changes(
    db: Database,
    out: Path,
    passphrase: str,
    *,
    to: str | None = None,
    kdf_n: int = pkg.DEFAULT_KDF_N,
    durable: bool = True,
    progress: Progress | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> ExportResult:
    """Write a package of what office ``to`` has not acknowledged (everything if ``to`` is None).
    ``checkpoint()`` is called after each part collected: it may raise (``Cancelled``) to stop, and
    nothing is then written (see :mod:`petdesk.cancellation`)."""
    from petdesk.drawn_ids import new_id

    recipient = find_office(db, to) if to else None
    report = progress or (lambda _msg: None)
    check = checkpoint or (lambda: None)

    def collecting(name: str, n: int) -> None:
        check()
        if n % 20_000 == 0:
            report(f"collecting {name}: {n:,}")

    def waiting() -> None:
        check()
        report(WAITING_FOR_WRITER)

    package_id = new_id()
    out = Path(out)
    with _write_transaction(db, waiting=waiting) as cursor:
        # The first export gives every record written without the ORM its version: a larger page
        # cache for this connection (closed afterwards) keeps that and the reading off the disk.
        cursor.execute(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
        self_id = self_office_id(cursor)
        schema = content_revisions(_file_revisions(cursor))
        clock = PersistentClock(cursor)
        seen = clock.current()
        now_ms = hlc.wall_ms()
        clock_behind = seen if too_far_ahead(seen, now_ms) else None
        put_right = clock_behind is not None and _agrees_with_other_offices(cursor, self_id, now_ms)
        retired_at = retirement.retired_at(cursor, self_id)
        now_hlc = clock.tick()
        adopt_migrated_entries(cursor)  # as old as the sheet they hold, not new
        adopt_untracked(cursor, hlc=now_hlc, office=self_id)
        since = _peer_acked(cursor, recipient.id) if recipient else None
        if recipient and not since:
            # Never heard from directly: what the offices it sent to relayed it holds, if any.
            since = peer_knowledge.first_since(cursor, recipient.id) or since
        older = _older_peer_schema(cursor, recipient.id, schema) if recipient else []
        report("collecting changes")
        with pkg.PackageWriter(out, passphrase, kdf_n=kdf_n, durable=durable) as writer:
            # whose data it carries (field test 96)
            people = carried_people.PeopleCarried(writer.add, everything=since is None)
            collected = collect(
                cursor,
                since=since,
                add=people.add,
                progress=collecting,
            )
            manifest = _manifest(
                cursor, collected, package_id, since, recipient, self_id, now_hlc, schema, db.path
            )
            report("encrypting and writing the package")
            sha, size = writer.finish(manifest)
        logged = carried_people.record(cursor, out.name, people)
        cursor.execute(
            "INSERT INTO sync_exchange (id, direction, package_id, at, peer_office_id, peer_name, file_name, "
            "file_sha256, file_size, hlc_from, hlc_to, counts, conflicts, backup_path) "
            "VALUES (?, 'export', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')",
            (
                new_id(),
                package_id,
                _now(),
                recipient.id if recipient else None,
                recipient.name if recipient else "",
                str(out.resolve()),
                sha,
                size,
                collected.hlc_from,
                collected.hlc_to,
                # who made the package: the records' changes name their editors, the file no one
                # (field test 84); read back by :func:`_exchange`, not a count
                # and, for the person's copy, its export log line and when it was written
                # (:mod:`petdesk.sync.carried_people`)
                json.dumps(
                    {
                        **collected.counts,
                        "staff": staff_name(cursor),
                        **(
                            {carried_people.LOG_KEY: logged, carried_people.SENT_KEY: now_hlc}
                            if logged
                            else {}
                        ),
                    }
                ),
            ),
        )
        if recipient:
            cursor.execute(
                "INSERT INTO sync_peer (office_id, acked, last_export_at) VALUES (?, '{}', ?) "
                "ON CONFLICT(office_id) DO UPDATE SET last_export_at = excluded.last_export_at",
                (recipient.id, _now()),
            )
    number = manifest.get(package_numbers.MANIFEST_KEY)
    if recipient and isinstance(number, int):
        # after the commit: a mark past a package rolled back would announce one that never was
        with suppress(OSError):  # the log and the acknowledgements still count
            package_numbers.mark_sent(db.path, recipient.id, number)
    return ExportResult(
        out,
        package_id,
        collected.counts,
        size,
        sha,
        recipient,
        since is not None,
        erasures=collected.erasures,
        clock_behind=clock_behind,
        clock_put_right=put_right,
        retired_at=retired_at,
        recipient_schema_older=older,
    )


def _older_peer_schema(cursor: Any, peer_id: str, schema: list[str]) -> list[str]:
    """The revisions the peer's last package named, when some revision ``schema`` names comes
    after them (the peer refuses the package); empty when it can read it, or nothing is known."""
    row = cursor.execute("SELECT schema FROM sync_peer WHERE office_id = ?", (peer_id,)).fetchone()
    theirs = [str(r) for r in json.loads(row[0])] if row and row[0] else []
    if not theirs or not set(theirs) <= _code_revisions():
        return []  # no package read from it since 0048, or it is the newer one
    return theirs if not set(schema) <= with_ancestors(theirs) else []


# --------------------------------------------------------------------------------------------
# Import


@dataclass
class ImportResult:
    """The preview of a package and, unless it was a dry run, what importing it did."""

    manifest: dict[str, Any]
    counts: dict[str, EntityCounts]
    conflicts: int
    applied: bool = False
    #: Whether the import changed any record (else only the journal and what the offices know).
    changed_data: bool = False
    already_imported: bool = False
    #: When and from which file it was imported first (a renamed copy "package (1).petdesk-sync" or
    #: "….txt" from a mail program is the same package: field test 91).
    imported_before_at: dt.datetime | None = None
    imported_before_file: str = ""
    #: The first and last number of the sender's packages for this office that did not arrive
    #: between the last one imported and this one (``package_numbers``) ...
    missing_packages: tuple[int, int] | None = None
    #: ... and whether this package holds what they held (it holds all not yet acknowledged).
    missing_covered: bool = True
    new_conflicts: int = 0
    #: Of the new conflicts, this office's edits overridden by another office's concurrent edit.
    overridden: int = 0
    open_conflicts: int = 0
    backup_path: Path | None = None
    exchange_id: str | None = None
    conflict_details: list[dict[str, Any]] = field(default_factory=list)
    #: Erasure markers applied (records erased here for data protection at another office).
    erased: int = 0
    #: Why the file could not be rewritten after the erasures (None when it was): pieces of the
    #: erased records may remain in its unused space until ``person erase`` of
    #: ``erased_person`` (a person the package erased, or any erased here: either rewrites the whole
    #: file) succeeds.
    not_rewritten: NotRewritten | None = None
    erased_person: str = ""
    #: Records here whose free text still names a person the package erased ("Met Wang Hao and
    #: team"): this office's words, listed for it to edit as the erasing office does (field test 59).
    mentions: list[Mention] = field(default_factory=list)
    #: The first :data:`MENTION_LINES` of them, one line each in the caller's language
    #: (``name_mentions.mention_lines``); ``mentions`` says how many there are in all.
    mention_lines: list[str] = field(default_factory=list)
    #: Pairs of records the two offices had merged in opposite directions, settled (crossed_merges).
    merges_settled: int = 0
    #: Copies of a person's e-mail address (phone number ...) retired after the import
    #: (duplicate_methods).
    duplicates_retired: int = 0
    #: Slots (a person in a session) marked at two offices, made one row (same_slot).
    slots_settled: int = 0
    #: Marks of an attendee replaced at another office moved to the substitute (replaced_marks).
    marks_moved: int = 0
    #: Open follow-ups deleted with their contact, organisation or project, deleted at another office
    #: (orphaned_follow_ups); restoring that record brings them back.
    follow_ups_deleted: int = 0
    #: Riders deleted with their vehicle assignment, deleted at another office (riders_left_behind).
    riders_deleted: int = 0
    #: Records here that the package's erasure markers name (what a dry run would erase).
    to_erase: int = 0
    #: The name of the office the package was addressed to, when that is another office.
    addressed_to_other: str | None = None
    #: ... and its Chinese name as this office knows it ("" when none is known).
    addressed_to_other_zh: str = ""
    #: The sender knows of changes made as this office later than any made here: another
    #: installation works as this office (a laptop restored from its backup while the old one is
    #: still used), or this one was restored from an older backup (field test 53, defect 3).
    another_installation: bool = False
    #: The first package from this office: no office with the sender's id is known here.
    new_office: bool = False
    #: Ids of other offices known here under the sender's name (only for a new office).
    namesakes: list[str] = field(default_factory=list)
    #: The newest clock value of the package, when it lies more than the tolerance ahead of this
    #: computer's clock (``checked_at_ms``); a real import refuses it unless told to accept it.
    future_clock: str | None = None
    checked_at_ms: int = 0
    #: ... and the sender's clock agreed with this one when it made the package: it ran ahead before
    #: and was put right since (``validate.clock_put_right``), so neither clock is wrong now.
    clock_put_right: bool = False
    #: Offices retired or returned to service by what the package said (``sync.retirement``).
    offices_retired: list[str] = field(default_factory=list)
    #: Clock values of the package far ahead given a fresh value of this office's clock instead
    #: (see :mod:`petdesk.sync.clock_rewrite`).
    clock_values_rewritten: int = 0

    @property
    def sender_name(self) -> str:
        sender = self.manifest.get("sender") or {}
        return str(sender.get("name") or sender.get("id") or "?")

    def sender_name_in(self, locale: str) -> str:
        """The sending office's name by the one rule for office names (its Chinese name in Chinese),
        as the conflicts of the same import name it; the preview said "Hangzhou Hub" in Chinese
        (field test 23, §4)."""
        from petdesk.language import office_name

        sender = self.manifest.get("sender") or {}
        return office_name(self.sender_name, str(sender.get("name_zh") or ""), locale)

    def addressed_to_other_in(self, locale: str) -> str | None:
        """The office the package was addressed to (another office) by the one rule for names."""
        from petdesk.language import office_name

        if self.addressed_to_other is None:
            return None
        return office_name(self.addressed_to_other, self.addressed_to_other_zh, locale)

    @property
    def sender_id(self) -> str:
        return str((self.manifest.get("sender") or {}).get("id") or "?")

    @property
    def changes(self) -> int:
        return sum(c.added + c.updated + c.deleted for c in self.counts.values())

    @property
    def restored(self) -> int:
        """Records deleted here that the sender restored (counted among the updated too): the CLI
        summary and the Import window name them apart (field test 69, defect 5)."""
        return sum(c.restored for c in self.counts.values())

    @property
    def merges(self) -> int:
        """Merges of duplicates made at the sender (new merge records), named apart as ``restored``."""
        merged = self.counts.get("merge_record")
        return merged.added if merged is not None else 0


def made_when(created_at: object, locale: str) -> str:
    """When a package was made, in this computer's time and the user's date style
    ("2026年12月5日 10:36"), not the manifest's ISO text; "?" when it says none. The command line
    and the Import window say it alike."""
    from petdesk.i18n import format_datetime

    try:
        made = dt.datetime.fromisoformat(str(created_at))
    except ValueError:
        return str(created_at) if created_at else "?"
    if made.tzinfo is None:
        made = made.replace(tzinfo=dt.UTC)
    return format_datetime(made.astimezone(), locale)


def read_package(path: Path, passphrase: str) -> pkg.Package:
    """Open and verify a package file, checking that this petdesk can import it."""
    package = pkg.read(path, passphrase)
    manifest = package.manifest
    schema = manifest.get("schema")
    if not isinstance(schema, list) or not isinstance(manifest.get("sender"), dict):
        raise PackageError("the package manifest is incomplete (damaged or not made by petdesk)")
    for key in ("knowledge", "base"):
        vector = manifest.get(key) or {}
        if not isinstance(vector, dict) or not all(
            isinstance(o, str) and is_valid(h) for o, h in vector.items()
        ):
            raise PackageError(f"the package manifest is damaged (bad {key} vector)")
    # Every field, strictly, before anything is written (issue 12).
    try:
        validate_manifest(manifest)
        if package.legacy_body is not None:
            validate_body(package.legacy_body)  # format 2 parts are checked as they are read
    except ContentError as exc:
        raise PackageError(f"the package content is not valid: {exc}") from exc
    unknown = sorted(set(map(str, schema)) - _code_revisions())
    if unknown:
        raise RejectedPackage(_newer_schema(manifest.get("petdesk_version"), unknown))
    return package


def _newer_schema(writer: object, unknown: list[str]) -> str:
    """Why a package of a newer schema is refused, naming the petdesk to install when the package
    says which made it (packages of petdesk 0.1.0 name a version that may be this one's)."""
    if isinstance(writer, str) and writer and writer != __version__:
        return (
            f"the package was made by petdesk {writer} with database version {', '.join(unknown)}; "
            f"this petdesk ({__version__}) knows up to {', '.join(sorted(code_heads()))}: update to "
            f"petdesk {writer} or later to import it"
        )
    return (
        f"the package was made with a newer database schema ({', '.join(unknown)}); "
        "update petdesk to import it"
    )


def _backup(db: Database, conn_source: sqlite3.Connection, checkpoint: Callable[[], None]) -> Path:
    from petdesk.services import backups

    return backups.create(
        db.path, "before-sync-import", source=conn_source, progress=lambda _done, _total: checkpoint()
    ).path


def import_package(
    db: Database,
    path: Path,
    passphrase: str,
    *,
    dry_run: bool = False,
    backup: bool = True,
    progress: Progress | None = None,
    package: pkg.Package | None = None,
    checkpoint: Callable[[], None] | None = None,
    accept_future_clock: bool = False,
    accept_new_office: bool = False,
    own_package: bool = False,
    made_before_retirement: bool = False,
    locale: str = "en",
    recorded_as: Path | None = None,
) -> ImportResult:
    """Verify ``path``, work out the preview, and (unless ``dry_run``) apply it in one transaction.
    ``checkpoint()`` is called after each part of the package: it may raise (``Cancelled``) to stop,
    and the import is then undone, its backup discarded (see :mod:`petdesk.cancellation`).

    Refused before anything is written, unless accepted: a package whose clock values lie far ahead
    of this computer's (:class:`FutureClock`), and the first package from an office that carries a
    known office's name (:class:`NamesakeOffice`). A dry run reports both in the result instead.
    A package of this office's own is refused (:class:`OwnPackage`) unless ``own_package`` and
    it is newer than this database (a laptop restored from an older backup). A package from a
    retired office is refused (:class:`RetiredOffice`) unless ``made_before_retirement`` and every
    change in it is older than the decision to retire it. ``recorded_as`` is the file the history
    names (the part the user chose, where ``path`` is the whole joined from parts in a temporary
    folder, gone after the import)."""
    report = progress or (lambda _msg: None)
    check = checkpoint or (lambda: None)
    report("verifying the package")
    package = package or read_package(path, passphrase)
    sender = package.manifest["sender"]
    newest = newest_clock(package.manifest, own=_addressed_here(db, package.manifest))
    _refuse_retired_sender(db, sender, newest, made_before_retirement=made_before_retirement)
    now_ms = hlc.wall_ms()
    future = newest if too_far_ahead(newest, now_ms) else None
    put_right = bool(future) and clock_put_right(package.manifest.get("created_at"), newest, now_ms)
    if future and not dry_run and not accept_future_clock:
        raise FutureClock(
            office=str(sender.get("name") or "?"),
            office_id=str(sender.get("id")),
            newest=future,
            now_ms=now_ms,
            put_right=put_right,
            office_names=chinese_names(sender, _known_zh(db, str(sender.get("id")))),
        )
    twin = _written_as_this_office_elsewhere(db, package.manifest)
    if not dry_run and (seen := _seen_before(db, package.manifest)) is not None:
        seen.another_installation = twin
        return seen
    backup_path = None
    if not dry_run and backup:
        report("backing up the database")
        source = db.raw()
        try:
            backup_path = _backup(db, source, check)
        finally:
            source.close()
    from petdesk.services import backups

    try:
        try:
            # A part of a package is thousands of small lists, parsed and let go: none is in a
            # cycle, but each part set off collection passes that walked every object the process
            # holds (a tenth of a full import's time at 100,000 contacts).
            with bulkload.no_cycle_collection():
                result = _import(
                    db,
                    recorded_as or path,  # the file the user chose, not a copy joined from its parts
                    package,
                    dry_run=dry_run,
                    backup_path=backup_path,
                    report=report,
                    checkpoint=check,
                    accept_new_office=accept_new_office,
                    rewrite_ahead=future is not None,
                    own_package=own_package,
                    locale=locale,
                )
            result.future_clock, result.checked_at_ms, result.clock_put_right = future, now_ms, put_right
            result.another_installation = twin
            if result.erased:
                # No byte of an erased person may stay in the file's free pages or its WAL.
                from petdesk.services.privacy import rewrite_file

                report("removing erased data from the file")
                # Committed: a disk too full to rewrite the file must not be reported as "nothing
                # was imported" (field test 59); the caller says how to rewrite it later.
                result.not_rewritten = rewrite_file(db, locale)
                if result.not_rewritten and not result.erased_person:
                    result.erased_person = _an_erased_person(db)
        except connection.IntegrityError as exc:
            raise RejectedPackage(
                "the package refers to records this database does not have (it was probably made for "
                f"another office); ask {sender.get('name') or 'the sender'} for a full package "
                f"(sync export --all) [{exc}]"
            ) from exc
    except BaseException:
        # Only a committed import keeps its backup: failed attempts must not push real restore
        # points out of the few that are kept.
        if backup_path is not None:
            backups.discard(backup_path)
        raise
    if backup_path is not None and not (result.applied and result.changed_data):
        # Nothing of the records was written: a backup per empty package pushed the ones worth
        # keeping (before a merge, before a restore) out of the last ten.
        backups.discard(backup_path)
        result.backup_path = None
    return result


def _an_erased_person(db: Database) -> str:
    """The id of a person erased here, whose ``person erase`` rewrites the file ("" when the file
    cannot be read: the import is committed, and a pulled stick must not turn it into a failure)."""
    try:
        conn = db.raw()
    except connection.FAILURES_OR_OS:
        return ""
    try:
        row = conn.execute(
            "SELECT row_id FROM sync_erasure WHERE entity = 'contact' ORDER BY erased_at DESC LIMIT 1"
        ).fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


def _written_as_this_office_elsewhere(db: Database, manifest: dict[str, Any]) -> bool:
    """Whether the package's sender knows of changes signed by this office that are later than
    this installation's clock: only another installation with this office's id (or this one, before
    it was restored from an older backup) could have written them. Read before the import, which
    moves the clock on; a package of this office's own is judged by the own-package rules instead."""
    conn = db.raw()
    try:
        self_id = self_office_id(conn)
        if str((manifest.get("sender") or {}).get("id") or "") == self_id:
            return False
        known_here = str((manifest.get("knowledge") or {}).get(self_id) or "")
        return bool(known_here) and known_here > PersistentClock(conn).current()
    finally:
        conn.close()


def _seen_before(db: Database, manifest: dict[str, Any]) -> ImportResult | None:
    """The result of importing a package again, told from its manifest alone: imported here before,
    and everything it carries is known here (this office's knowledge covers the sender's). Else
    None, and the records are compared as usual. Comparing all of a full package's records only to
    write nothing took 32 s at 100,000 contacts (field test 10, defect 5)."""
    conn = db.raw()
    try:
        imported = conn.execute(
            "SELECT 1 FROM sync_exchange WHERE direction = 'import' AND package_id = ?",
            (str(manifest.get("package_id", "")),),
        ).fetchone()
        if imported is None:
            return None
        self_id = self_office_id(conn)
        local = _knowledge(conn)
        local[self_id] = PersistentClock(conn).current()
        if not dominates(local, manifest.get("knowledge") or {}):
            return None  # something in it may be new here: compare its records
        result = ImportResult(manifest=manifest, counts={}, conflicts=0, already_imported=True)
        _note_first_import(conn.cursor(), result)
        _note_other_recipient(conn.cursor(), result, self_id)
        result.open_conflicts = _open_conflicts(conn)
        return result
    finally:
        conn.close()


def _note_first_import(cursor: Any, result: ImportResult) -> None:
    """When the package was imported here first and from which file: the user who sees "imported
    before" on "package (1).petdesk-sync" learns that it is the copy of one taken already."""
    row = cursor.execute(
        "SELECT at, file_name FROM sync_exchange WHERE direction = 'import' AND package_id = ? "
        "ORDER BY at LIMIT 1",
        (str(result.manifest.get("package_id", "")),),
    ).fetchone()
    if row is not None:
        result.imported_before_at = read_stored_time(row[0])
        result.imported_before_file = Path(str(row[1] or "")).name


def _note_other_recipient(cursor: Any, result: ImportResult, self_id: str) -> None:
    """Note the office the package was addressed to when that is another office, with this
    office's record of its Chinese name (a recipient travels with its English name only). Not for
    this office's own package, written for another office and imported here on purpose after a
    restore (``--own-package``): "addressed to Xi'an Hub" only worried (field test 80)."""
    recipient = result.manifest.get("recipient")
    if not isinstance(recipient, dict) or recipient.get("id") in (None, self_id):
        return
    if str((result.manifest.get("sender") or {}).get("id") or "") == self_id:
        return
    result.addressed_to_other = str(recipient.get("name") or recipient.get("id"))
    row = cursor.execute("SELECT name_zh FROM office WHERE id = ?", (str(recipient["id"]),)).fetchone()
    result.addressed_to_other_zh = str(row[0] or "") if row else ""


def _addressed_here(db: Database, manifest: dict[str, Any]) -> str | None:
    """This office's id, when the package is addressed to it: what the sender says it knows of
    this office is then in this office's own clock values (see clock_rewrite.in_original_values)."""
    recipient = manifest.get("recipient")
    if not isinstance(recipient, dict) or not recipient.get("id"):
        return None
    conn = db.raw()
    try:
        row = conn.execute("SELECT id FROM office WHERE is_self = 1 AND id = ?", (str(recipient["id"]),))
        return next((r[0] for r in row), None)
    finally:
        conn.close()


def _import(
    db: Database,
    path: Path,
    package: pkg.Package,
    *,
    dry_run: bool,
    backup_path: Path | None,
    report: Progress,
    checkpoint: Callable[[], None],
    accept_new_office: bool = False,
    rewrite_ahead: bool = False,
    own_package: bool = False,
    locale: str = "en",
) -> ImportResult:
    """``rewrite_ahead``: the package's clock lies far ahead, and its values later than this
    office's clock are given fresh values of it (see :mod:`petdesk.sync.clock_rewrite`)."""
    from petdesk.drawn_ids import new_id
    from petdesk.services.name_mentions import mention_lines
    from petdesk.sync.erasure import mentions_ahead

    sender = package.manifest["sender"]
    sender_id = str(sender.get("id", ""))
    counts = package.manifest.get("counts")
    incoming = counts if isinstance(counts, dict) else None
    bulk_load = not dry_run and bulk.is_bulk(incoming)

    def waiting() -> None:
        checkpoint()
        report(WAITING_FOR_WRITER)

    with _write_transaction(db, bulk_load=bulk_load, incoming=incoming, waiting=waiting) as cursor:
        self_id = self_office_id(cursor)
        own = sender_id == self_id
        if own:
            _check_own_package(cursor, package.manifest, self_id, own_package=own_package)
        new_office, namesakes = _stranger(cursor, sender_id, str(sender.get("name") or ""))
        if namesakes and not dry_run and not accept_new_office:
            known = cursor.execute("SELECT name_zh FROM office WHERE id = ?", (namesakes[0],)).fetchone()
            raise NamesakeOffice(
                name=str(sender.get("name")),
                known_id=namesakes[0],
                office_id=sender_id,
                office_names=chinese_names(sender, str(known[0] or "") if known else ""),
            )
        clock = PersistentClock(cursor)
        # As old as the sheet they hold, not new: in a dry run too (rolled back), or the preview
        # counts a conflict the import does not have.
        adopt_migrated_entries(cursor)
        if dry_run:
            untracked = Version(tick(clock.current()), self_id)
        else:
            untracked = Version(clock.tick(), self_id)
            adopt_untracked(cursor, hlc=untracked.hlc, office=self_id)
        # Read once more before the merge when far ahead: fresh values go in the originals' order.
        rewrite = clock_rewrite.prepare(
            cursor,
            package.manifest,
            (lambda: _checked(package.records(), checkpoint)) if rewrite_ahead else None,
            after=untracked.hlc,
            keep=not dry_run,
        )
        manifest = rewrite.manifest(package.manifest)
        sender_knowledge: VectorClock = manifest.get("knowledge") or {}
        base: VectorClock = manifest.get("base") or {}
        local_knowledge = _knowledge(cursor)
        local_knowledge[self_id] = clock.current()
        already = (
            cursor.execute(
                "SELECT 1 FROM sync_exchange WHERE direction = 'import' AND package_id = ?",
                (manifest.get("package_id"),),
            ).fetchone()
            is not None
        )
        step = STEP_COMPARING if dry_run else STEP_APPLYING
        report(step)
        exchange_id = new_id()
        now = _now()
        # (their clock values as kept here: an accepted far-ahead package's are rewritten)
        facts = lost_edits.received(manifest, rewrite.value)
        missing = None if already else package_numbers.missing_before(cursor, manifest, sender_id, self_id)
        if not dry_run:
            package_numbers.remember(cursor, manifest, sender_id, self_id)
            package_numbers.remember_acknowledgement(cursor, manifest, sender_id, self_id)
            lost_edits.remember(cursor, facts)  # passed on to the offices this one sends to
            peer_knowledge.remember_relayed(cursor, manifest, self_id=self_id)
        merger = Merger(
            cursor,
            sender_knowledge=sender_knowledge,
            local_knowledge=local_knowledge,
            untracked_version=untracked,
            apply=not dry_run,
            exchange_id=exchange_id,
            now=now,
            incoming=incoming,
            lost=lost_edits.lost_here(facts, self_id),
            peers=peer_knowledge.received(cursor, manifest, sender_id=sender_id),
            lost_to=lost_edits.lost_to(facts),
        )
        _merge_all(merger, package, rewrite, report, step, checkpoint)
        if own and not already and not merger.writes_anything:
            # Judged by what the merge would write, not by this office's clock: packages of other
            # offices imported since the restore move that clock past the package (field test 112).
            raise OwnPackageNotNewer()
        result = ImportResult(
            manifest=package.manifest,
            counts=merger.counts,
            conflicts=len(merger.conflicts),
            already_imported=already,
            backup_path=backup_path,
            conflict_details=merger.conflicts,
            new_office=new_office,
            namesakes=namesakes,
            clock_values_rewritten=rewrite.fresh,
            overridden=sum(c["kind"] == "field" and c["loser_office"] == self_id for c in merger.conflicts),
        )
        result.to_erase = sum(
            1
            for entity, row_id, *_rest in merger.erasures
            if cursor.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        )
        if already:
            _note_first_import(cursor, result)
        result.missing_packages = missing
        result.missing_covered = dominates(local_knowledge, base)
        _note_other_recipient(cursor, result, self_id)
        if dry_run:
            # This office's records that will still name a person the package erases, as the
            # import lists them (read before the rollback, while the person is known).
            result.mentions = mentions_ahead(cursor, merger.erasures)
            result.mention_lines = mention_lines(cursor, result.mentions[:MENTION_LINES], locale)
        if dry_run or (already and not (merger.writes_anything or merger.writes_history)):
            cursor.execute("ROLLBACK")
            cursor.execute("BEGIN")  # the context manager commits this empty transaction
            result.open_conflicts = _open_conflicts(cursor)
            return result
        try:
            merger.finish(local=untracked)
        except (IncompatiblePackage, KeyError, IndexError, TypeError, ValueError) as exc:
            raise RejectedPackage(f"the package cannot be imported here: {exc}") from exc
        result.new_conflicts = merger.new_conflicts
        result.erased = len(merger.erasures)
        result.mentions = merger.mentions
        # In words while the file is open: a stick pulled out before the rewrite must not lose them.
        result.mention_lines = mention_lines(cursor, merger.mentions[:MENTION_LINES], locale)
        # Whose ``person erase`` rewrites the file, should the rewrite fail (the file may be gone then).
        result.erased_person = next((e[1] for e in merger.erasures if e[0] == "contact"), "")
        result.offices_retired = retirement.merge(
            cursor,
            manifest.get(retirement.SECTION) or [],
            learned_from=str(sender.get("name", "")),
            learned_from_id=sender_id,
            package_id=str(manifest.get("package_id", "")),
        )
        seen = max([merger.max_hlc, *sender_knowledge.values()]) if sender_knowledge else merger.max_hlc
        clock.observe(seen)
        from petdesk.sync import (
            crossed_merges,
            deleted_links,
            duplicate_methods,
            merged_away,
            orphaned_follow_ups,
            renames,
            replaced_marks,
            riders_left_behind,
            same_slot,
            tag_sets,
            visit_sheets,
        )
        from petdesk.sync.local_writes import LocalWriter

        # What this office settles after the import (see those modules): one change of its own.
        write = LocalWriter(cursor, Version(clock.tick(), self_id), now)
        # A start and end chosen whole against a field's own version: versioned again, this office's.
        time_groups.restamp(cursor, write.local, merger.taken_whole)
        written = merger.written
        result.merges_settled = crossed_merges.settle(
            cursor, write, written=None if written is None else written.get("merge_record", [])
        )
        if written is not None:
            # What the package wrote, and what settling crossed merges or erasures changed here.
            for table, row_id in [*write.touched, *((e[0], e[1]) for e in merger.erasures)]:
                written.setdefault(table, []).append(row_id)
        moved = merged_away.follow(cursor, write, exchange_id=exchange_id, written=written)
        # Marks of an attendee replaced elsewhere go to the substitute, as replace_attendee moves them.
        result.marks_moved = replaced_marks.follow(cursor, write)
        # Two offices' marks of one slot (and a slot a merge moved a row into) become one row.
        result.slots_settled = same_slot.settle(
            cursor, write, written=_with_touched(written, write.touched), exchange_id=exchange_id
        )
        result.duplicates_retired = duplicate_methods.collapse(
            cursor, write, [*merger.touched["contact_method"], *moved]
        )
        # An organisation deleted at one office, a follow-up added to it at another: it goes with it.
        result.follow_ups_deleted = orphaned_follow_ups.follow(cursor, write)
        # A car taken off an item at an office that knows no riders: they go with the assignment.
        result.riders_deleted = riders_left_behind.follow(cursor, write)
        # A sheet edited at an office not yet at 0047 (the visit's columns): into the whole-visit entry.
        visit_sheets.follow(cursor, write)
        # A person deleted at one office and linked at another meanwhile: deleted versus edited.
        deleted_links.find(
            cursor,
            written=_with_touched(written, write.touched),
            local_knowledge=local_knowledge,
            sender_knowledge=sender_knowledge,
            now=now,
            exchange_id=exchange_id,
        )
        # Tags changed at two offices: merged tag by tag rather than one whole list chosen.
        tag_sets.merge(
            cursor,
            write,
            exchange_id,
            sender_knowledge=sender_knowledge,
            local_knowledge=local_knowledge,
        )
        # An organisation renamed at one office, its old name corrected at another: the rename wins,
        # the corrected old name joins the other names (after the other names merged, above).
        renames.settle(cursor, write, exchange_id)
        _count_open_conflicts(cursor, result, exchange_id=exchange_id, self_id=self_id)
        settled_here = (
            result.merges_settled
            or moved
            or result.marks_moved
            or result.duplicates_retired
            or result.slots_settled
            or result.follow_ups_deleted
            or result.riders_deleted
        )
        result.changed_data = merger.writes_anything or bool(settled_here)
        if dominates(local_knowledge, base):
            others = {o: h for o, h in sender_knowledge.items() if o != self_id}
            current = _knowledge(cursor)
            _store_knowledge(cursor, merge_vectors(current, others))
        if not own:  # this office is no peer of its own
            acked = _acknowledged(_peer_acked(cursor, sender_id) or {}, sender_knowledge, sender_id)
            cursor.execute(
                "INSERT INTO sync_peer (office_id, acked, last_import_at, schema) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(office_id) DO UPDATE SET acked = excluded.acked, "
                "last_import_at = excluded.last_import_at, schema = excluded.schema",
                (
                    sender_id,
                    json.dumps(acked, sort_keys=True),
                    now,
                    json.dumps(sorted(map(str, manifest["schema"]))),
                ),
            )
        # What the sender now holds may be the last acknowledgement a lost-edit fact waited for.
        lost_edits.prune(cursor, self_id, hlc.wall_ms())
        clock_rewrite.prune(cursor)
        counts_json = json.dumps({k: v.as_dict() for k, v in merger.counts.items()})
        rng = manifest.get("range") or {}
        cursor.execute(
            "INSERT INTO sync_exchange (id, direction, package_id, at, peer_office_id, peer_name, file_name, "
            "file_sha256, file_size, hlc_from, hlc_to, counts, conflicts, backup_path) "
            "VALUES (?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                exchange_id,
                str(manifest.get("package_id", "")),
                now,
                sender_id,
                str(sender.get("name", "")),
                str(Path(path).resolve()) if path else "",
                package.file_sha256,
                package.file_size,
                str(rng.get("from", "")),
                str(rng.get("to", "")),
                counts_json,
                result.new_conflicts,
                str(backup_path or "") if result.changed_data else "",
            ),
        )
        result.open_conflicts = _open_conflicts(cursor)
        result.applied = True
        result.exchange_id = exchange_id
        report("committing")
    return result


def _count_open_conflicts(cursor: Any, result: ImportResult, *, exchange_id: str, self_id: str) -> None:
    """Count the conflicts this import left open, table by table: the merge step's list also holds
    those settled here afterwards (an edit carried to the record a merge kept, field test 18 §5),
    and lacks those opened after it (a person linked meanwhile)."""
    for counts in result.counts.values():
        counts.conflicts = 0
    rows = cursor.execute(
        "SELECT entity, count(*), coalesce(sum(kind = 'field' AND loser_office = ?), 0) FROM sync_conflict "
        "WHERE exchange_id = ? AND resolved_at IS NULL GROUP BY entity",
        (self_id, exchange_id),
    ).fetchall()
    for entity, opened, _overridden in rows:
        result.counts.setdefault(entity, EntityCounts()).conflicts = opened
    result.new_conflicts = result.conflicts = sum(row[1] for row in rows)
    result.overridden = sum(row[2] for row in rows)


def _with_touched(
    written: dict[str, list[str]] | None, touched: list[tuple[str, str]]
) -> dict[str, list[str]] | None:
    """The rows the import wrote, with those this office wrote settling it (None: too many to list)."""
    if written is None:
        return None
    out = {table: list(ids) for table, ids in written.items()}
    for table, row_id in touched:
        out.setdefault(table, []).append(row_id)
    return out


def _stranger(cursor: Any, sender_id: str, name: str) -> tuple[bool, list[str]]:
    """Whether no office with ``sender_id`` is known here, and then the ids of the offices known
    under the same name (this one included): a package signed with the shared passphrase says
    nothing about which office made it, and a namesake must not pass for the office it names."""
    if _office_row(cursor, sender_id) is not None:
        return False, []
    folded = name.strip().casefold()
    rows = cursor.execute("SELECT id, name, name_zh FROM office WHERE deleted_at IS NULL ORDER BY id")
    return True, [
        r[0]
        for r in rows
        if folded and folded in ((r[1] or "").strip().casefold(), (r[2] or "").strip().casefold())
    ]


def _acknowledged(before: VectorClock, sender_knowledge: VectorClock, sender_id: str) -> VectorClock:
    """What the sender holds, as its packages said (:func:`peer_knowledge.acknowledged`): a sender
    that restored an older backup lost what it had received since, which the next package to it
    must carry again (it was taken as received, and "0 records" went out for good)."""
    return peer_knowledge.acknowledged(before, sender_knowledge, sender_id)


def _merge_all(
    merger: Merger,
    package: pkg.Package,
    rewrite: clock_rewrite.ClockRewrite,
    report: Progress,
    verb: str,
    checkpoint: Callable[[], None],
) -> None:
    """Feed the package's parts to the merger, with their clock values as kept here, saying how
    far it got once per tenth, passing the checkpoint after each part."""
    total = manifest_total if isinstance(manifest_total := package.manifest.get("total"), int) else 0
    done = 0
    try:
        for record in package.records():
            checkpoint()
            merger.add(rewrite.part(record))
            rows = record.get("rows")
            if total >= 10_000 and isinstance(rows, list):
                before, done = done, done + len(rows)
                if done * 10 // total > before * 10 // total:
                    report(f"{verb}: {min(done, total):,} / {total:,} records")
    except ContentError as exc:
        raise PackageError(f"the package content is not valid: {exc}") from exc
    except (IncompatiblePackage, KeyError, IndexError, TypeError, ValueError) as exc:
        raise RejectedPackage(f"the package cannot be imported here: {exc}") from exc


def _checked(records: Iterator[dict[str, Any]], checkpoint: Callable[[], None]) -> Iterator[dict[str, Any]]:
    for record in records:
        checkpoint()
        yield record


def _open_conflicts(cursor: Any) -> int:
    return cursor.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]


# --------------------------------------------------------------------------------------------
# Conflicts


@dataclass
class Conflict:
    id: str
    entity: str
    row_id: str
    field: str
    kind: str
    record: str
    winner_value: Any
    winner_office: str
    loser_value: Any
    loser_office: str
    detected_at: str
    resolved_at: str | None
    resolution: str
    #: The values in plain words, in the language asked for ("deleted on 4 Dec 2026", a linked
    #: person's name, "yes"); after "other" was chosen, the chosen value is the current one.
    winner_text: str = ""
    loser_text: str = ""
    #: Whether the losing value was this office's own edit: "your edit was overridden".
    overridden: bool = False
    #: When the winning value was written (UTC ISO text, from its clock value).
    winner_at: str = ""
    #: ``winner_at`` and ``resolved_at`` in words, as the values' times are said: in the viewer's
    #: zone, labelled with its offset when that is not the office's ("5 Dec 2026, 10:20 (UTC+01:00)").
    winner_when: str = ""
    resolved_when: str = ""
    #: What the field is, in words: "Li Wei's Notes", a phone number as "Li Wei's Mobile".
    subject: str = ""
    #: The other end of the same time ("ends_at" for a start) when its conflict is open too: settling
    #: one settles both, to the same office's value (``TIME_PARTNERS``).
    settles_with: str = ""
    #: What choosing the other value does to the time's order (``_keep_end_after_start``): the end
    #: it moves with a start ("ends_at"), or "refused" for an end it would put before the start.
    other_value_order: str = ""
    #: For a person deleted at one office and linked at another meanwhile: the link, in words
    #: ("Interpreter: Site visit ...").
    link: str = ""
    #: Tags changed at two offices with no earlier list known: both lists were united (tag_sets),
    #: and this says so (else "").
    note: str = ""
    #: A deleted-versus-edited conflict from this office's point of view: "deleted" (here),
    #: "edited" (here; or linked), "" (both elsewhere).
    done_here: str = ""
    #: What tells namesakes apart: a person's organisation and e-mail, an organisation's city
    #: ("Schwarz Energie GmbH, h.bin@example.cn"); "" for other records.
    record_context: str = ""
    #: The field each office's edit changed, when not ``field`` itself: a follow-up postponed at one
    #: office (its due date) and closed at another (its status) is a conflict on the status.
    winner_field: str = ""
    loser_field: str = ""


def _done_here(kind: str, self_id: str | None, *, deleted_by: str, edited_by: str) -> str:
    """What this office did in a deleted-versus-edited conflict (the deletion is the current value)."""
    if kind != "delete_edit":
        return ""
    return "deleted" if deleted_by == self_id else "edited" if edited_by == self_id else ""


def overridden_words(conflict: Conflict, locale: str = "en") -> str:
    """What an overridden edit of this office says, the same on the command line and in the window."""
    from petdesk.i18n import translator
    from petdesk.sync.labels import field_label

    _ = translator(locale)
    if conflict.winner_field != conflict.loser_field:
        # TRANSLATORS: the two offices changed different fields ("Your edit of the Due date of
        # “Send MoU” (Open, due 30 Dec 2026) was overridden by Munich's edit of the Status of 5 Dec ...").
        sentence = _(
            "Your edit of the {subject} ({ours}) was overridden by {office}'s edit of the {field} "
            "of {when} ({theirs})."
        )
    else:
        sentence = _(
            "Your edit of the {subject} ({ours}) was overridden by {office}'s edit of {when} ({theirs})."
        )
    return sentence.format(
        subject=conflict.subject,
        ours=conflict.loser_text,
        office=conflict.winner_office,
        when=conflict.winner_when or "?",
        theirs=conflict.winner_text,
        field=field_label(conflict.winner_field, locale, conflict.entity) if conflict.winner_field else "",
    )


def _changed_field(cursor: Any, entity: str, row_id: str, field: str, hlc_value: str, office: str) -> str:
    """The field the edit (``hlc_value``, ``office``) changed, as the history logged it: ``field``
    unless the edit changed only another one (a follow-up postponed against one closed elsewhere)."""
    if (entity, field) != ("follow_up", "status"):
        return field  # the only conflict on a field the losing edit need not have changed
    logged = {
        name
        for (name,) in cursor.execute(
            "SELECT field FROM sync_change WHERE entity = ? AND row_id = ? AND hlc = ? AND office = ?",
            (entity, row_id, hlc_value, office),
        )
    }
    return "due_date" if "due_date" in logged and field not in logged else field


def _subject(cursor: Any, entity: str, row_id: str, name: str, record: str, locale: str) -> str:
    """A field of a record in words, the record quoted: "Title (English) of “Climate adaptation
    (Hangzhou title) 企业气候适应能力建设培训”", not an English possessive glued onto a bilingual
    title (field test 41, defect 3). A person's phone number or e-mail address is theirs, named by
    its kind ("Mobile of “Li Wei (李伟)”"), not a record named by its own (overridden) value."""
    from petdesk.i18n import translator
    from petdesk.sync.labels import field_label
    from petdesk.sync.value_words import channel_words, describe_record

    _ = translator(locale)
    field = field_label(name, locale, entity)
    if (entity, name) == ("contact_method", "value"):
        found = cursor.execute(
            "SELECT contact_id, channel, label FROM contact_method WHERE id = ?", (row_id,)
        ).fetchone()
        if found is not None:
            contact_id, channel, label = found
            record = describe_record(cursor, "contact", contact_id, locale)
            field = channel_words(channel, label, locale)
    return _("{field} of “{record}”").format(record=record, field=field)


@dataclass(frozen=True)
class _OfficePlace:
    """The columns of an office row that say where it is (``venue_zone.office_zone`` reads them)."""

    region: str | None
    name: str | None
    name_zh: str | None


def list_conflicts(
    db: Database, *, include_resolved: bool = False, locale: str = "en", zone: dt.tzinfo | None = None
) -> list[Conflict]:
    """Conflicts, their values in words; times of a place (an itinerary item's start) in the place's
    zone with its offset, other times in ``zone`` (the viewer's by default)."""
    from petdesk.language import office_name
    from petdesk.services.venue_zone import office_zone
    from petdesk.sync import deleted_links, tag_sets
    from petdesk.sync.value_words import ValueWords, describe_record

    conn = db.raw()
    try:
        cursor = conn.cursor()
        # Offices by the one rule of the window (成都中心 in a Chinese interface), as the offices table.
        names = {
            office_id: office_name(name, name_zh, locale)
            for office_id, name, name_zh in cursor.execute("SELECT id, name, name_zh FROM office")
        }
        # (read, not made: listing writes nothing; a file without an office has no edits of its own)
        found = cursor.execute(
            "SELECT id, region, name, name_zh FROM office WHERE is_self = 1 ORDER BY created_at LIMIT 1"
        ).fetchone()
        self_id = found[0] if found else None
        home = office_zone(_OfficePlace(*found[1:])) if found else None
        # Values in words as the history says them, quoted (a value “yes” is not the answer yes)
        # and cut at 60 characters.
        words = ValueWords(cursor, locale, quote=True, width=60, zone=zone, home=home)
        where = "" if include_resolved else "WHERE resolved_at IS NULL"
        rows = cursor.execute(
            "SELECT id, entity, row_id, field, kind, winner_value, winner_office, loser_value, loser_office, "
            f"detected_at, resolved_at, resolution, winner_hlc, loser_hlc FROM sync_conflict {where} "
            "ORDER BY detected_at, id"
        ).fetchall()
        words.prepare((r[1], r[3], json.loads(v)) for r in rows for v in (r[5], r[7]) if v is not None)
        out = []
        for r in rows:
            winner = json.loads(r[5]) if r[5] is not None else None
            loser = json.loads(r[7]) if r[7] is not None else None
            winner_office, loser_office = r[6], r[8]
            overridden = r[4] == "field" and loser_office == self_id
            winner_field = _changed_field(cursor, r[1], r[2], r[3], r[12], winner_office)
            loser_field = _changed_field(cursor, r[1], r[2], r[3], r[13], loser_office)
            if r[11] == "chose_other" and r[4] == "field" and not overridden:
                # Shown as decided: the value chosen is the current one, the one it replaced the other
                # (an overridden edit keeps telling what happened to it: "put back" says the rest).
                winner, loser, winner_office, loser_office = loser, winner, loser_office, winner_office
                winner_field, loser_field = loser_field, winner_field
            record = describe_record(cursor, r[1], r[2], locale)
            winner_at = hlc.to_datetime(r[12]).isoformat() if is_valid(r[12]) else ""
            out.append(
                Conflict(
                    id=r[0],
                    entity=r[1],
                    row_id=r[2],
                    field=r[3],
                    kind=r[4],
                    record=record,
                    winner_value=winner,
                    winner_office=names.get(winner_office, winner_office[:8]),
                    loser_value=loser,
                    loser_office=names.get(loser_office, loser_office[:8]),
                    detected_at=wire_time(r[9]),
                    resolved_at=wire_time(r[10]),
                    resolution=r[11],
                    winner_text=words(r[1], r[3], winner, r[2]),
                    loser_text=_open_until(
                        cursor, r[1], r[3], r[2], loser, words(r[1], r[3], loser, r[2]), locale
                    ),
                    overridden=overridden,
                    winner_at=winner_at,
                    winner_when=words.moment(winner_at) if winner_at else "",
                    resolved_when=words.moment(r[10]) if r[10] else "",
                    subject=_subject(cursor, r[1], r[2], loser_field, record, locale) if overridden else "",
                    link=deleted_links.link_words(cursor, loser, locale) if r[4] == "delete_edit" else "",
                    note=tag_sets.united_words(r[3], r[4], winner, loser, locale) if r[10] is None else "",
                    done_here=_done_here(r[4], self_id, deleted_by=r[6], edited_by=r[8]),
                    record_context=_record_context(cursor, r[1], r[2], locale),
                    winner_field=winner_field,
                    loser_field=loser_field,
                )
            )
        _pair_times(out)
        _note_time_order(cursor, out)
        _note_time_ends_first(cursor, out, locale)
        return out
    finally:
        conn.close()


def _open_until(cursor: Any, entity: str, field: str, row_id: str, value: Any, text: str, locale: str) -> str:
    """A follow-up's "open" against "done" with the due date it keeps ("Open, due 15 Jan 2027"): the
    other value of a follow-up postponed at one office and closed at another said only "Open", at
    a relaying office with nothing to tell that it was postponed, or to when (field test 61)."""
    from petdesk.enums import FollowUpStatus

    if (entity, field, value) != ("follow_up", "status", FollowUpStatus.OPEN.value):
        return text
    found = cursor.execute("SELECT due_date FROM follow_up WHERE id = ?", (row_id,)).fetchone()
    if found is None or not found[0]:
        return text
    from petdesk.i18n import format_date, translator

    try:
        due = format_date(dt.date.fromisoformat(str(found[0])[:10]), locale)
    except ValueError:
        return text
    _ = translator(locale)
    # TRANSLATORS: a follow-up's status with the date it is due ("Open, due 15 Jan 2027").
    return _("{status}, due {date}").format(status=text, date=due)


def _record_context(cursor: Any, entity: str, row_id: str, locale: str) -> str:
    """A person's current organisation and first e-mail, an organisation's city, in the
    language's script where there is one: many conflicts named "Huang Bin (黄斌)" could not be
    told apart (field test 34, defect 3)."""
    zh = locale.startswith("zh")
    if entity == "contact":
        org = cursor.execute(
            "SELECT o.name_en, o.name_zh FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
            "WHERE a.contact_id = ? AND a.end_date IS NULL AND a.deleted_at IS NULL "
            "ORDER BY a.is_primary DESC LIMIT 1",
            (row_id,),
        ).fetchone()
        mail = cursor.execute(
            "SELECT value FROM contact_method WHERE contact_id = ? AND channel = 'email' "
            "AND deleted_at IS NULL ORDER BY position LIMIT 1",
            (row_id,),
        ).fetchone()
        parts = [((org[1] if zh else org[0]) or org[0] or org[1]) if org else "", mail[0] if mail else ""]
    elif entity == "organisation":
        city = cursor.execute("SELECT city_en, city_zh FROM organisation WHERE id = ?", (row_id,)).fetchone()
        parts = [((city[1] if zh else city[0]) or city[0] or city[1]) if city else ""]
    else:
        return ""
    return ("、" if zh else ", ").join(p for p in parts if p)


#: A start and its end are one time to a person: settling a conflict about one settles the open
#: conflict about the other to the same office's value. Field test 11: keeping Stuttgart's start
#: (15:00) beside Chengdu's end (16:30) made a meeting neither office entered, without a word.
TIME_PARTNERS: dict[tuple[str, str], str] = {
    ("itinerary_item", "starts_at"): "ends_at",
    ("itinerary_item", "ends_at"): "starts_at",
    ("training_session", "starts_at"): "ends_at",
    ("training_session", "ends_at"): "starts_at",
    ("travel_leg", "departs_at"): "arrives_at",
    ("travel_leg", "arrives_at"): "departs_at",
}


@dataclass(frozen=True)
class Settled:
    """What settling a conflict did: ``together`` names the fields settled with it (the end of a
    start), each to the value of the office whose value was kept."""

    entity: str
    together: tuple[str, ...] = ()
    #: The end moved with a start chosen alone, which would otherwise have come after it.
    moved: tuple[str, ...] = ()
    #: What Undo needs: the record, the conflicts settled (with their partners), and each field
    #: written here as (field, value before, value written), both as packages carry them.
    row_id: str = ""
    conflict_ids: tuple[str, ...] = ()
    written: tuple[tuple[str, Any, Any], ...] = ()


def settled_together_words(settled: Settled, locale: str = "en") -> str:
    """ "Settled with it: Ends, to the same office's value, …" ("" when nothing was), the same on
    the command line and in the window."""
    from petdesk.i18n import translator
    from petdesk.sync.labels import field_label

    _ = translator(locale)
    said = []
    if settled.together:
        fields = [field_label(name, locale, settled.entity) for name in settled.together]
        said.append(
            _(
                "Settled with it: {fields}, to the same office's value, so start and end stay one time."
            ).format(fields=", ".join(fields))
        )
    for name in settled.moved:
        said.append(
            _(
                "{field} moved with the start, keeping its length, so it does not end before it starts."
            ).format(field=field_label(name, locale, settled.entity))
        )
    # Translated: Chinese sentences follow one another without a space.
    return _("{first} {second}").format(first=said[0], second=said[1]) if len(said) == 2 else "".join(said)


def _pair_times(conflicts: list[Conflict]) -> None:
    """Mark open conflicts about a start whose end is open too (and the other way round)."""
    waiting = [c for c in conflicts if c.kind == "field" and not c.resolved_at]
    open_fields = {(c.entity, c.row_id, c.field) for c in waiting}
    for c in waiting:
        partner = TIME_PARTNERS.get((c.entity, c.field))
        if partner and (c.entity, c.row_id, partner) in open_fields:
            c.settles_with = partner


def resolve_conflict(db: Database, conflict_id: str, *, choose_other: bool) -> Settled:
    """Settle a conflict: keep the current value, or make the other value a new change here
    (which then travels to the other offices like any edit). For a deleted-versus-edited record,
    "other" restores the record with the edits it received. The open conflict about the other end
    of the same time (``TIME_PARTNERS``) is settled with it, to the same office's value."""
    with _write_transaction(db) as cursor:
        return _settle(cursor, conflict_id, choose_other=choose_other)


#: What to keep when settling several conflicts at once: the current value or the other one, or
#: this office's value ("mine") or the other office's ("theirs"), whichever of the two that is.
KEEP_CHOICES = ("current", "other", "mine", "theirs")


def open_conflict_ids(db: Database, *, entity: str | None = None, field: str | None = None) -> list[str]:
    """The open conflicts' ids, oldest first, of one kind of record or one field if given."""
    conn = db.raw()
    try:
        rows = conn.execute(
            "SELECT id FROM sync_conflict WHERE resolved_at IS NULL AND (? IS NULL OR entity = ?) "
            "AND (? IS NULL OR field = ?) ORDER BY detected_at, id",
            (entity, entity, field, field),
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def resolve_conflicts(db: Database, conflict_ids: list[str], *, keep: str) -> list[Settled]:
    """Settle several conflicts in one transaction: all of them, or none if one cannot be (hub
    scale: 127 conflicts one by one in field test 34, defect 3). A conflict settled with an earlier
    one (the other end of the same time) is passed over."""
    if keep not in KEEP_CHOICES:
        raise SyncError(f"keep must be one of {', '.join(KEEP_CHOICES)}")
    settled: list[Settled] = []
    with _write_transaction(db) as cursor:
        self_id = self_office_id(cursor)
        open_before = {r[0] for r in cursor.execute("SELECT id FROM sync_conflict WHERE resolved_at IS NULL")}
        for conflict_id in conflict_ids:
            row = cursor.execute(
                "SELECT resolved_at, winner_office, loser_office FROM sync_conflict WHERE id = ?",
                (conflict_id,),
            ).fetchone()
            if row is not None and row[0] is not None and conflict_id in open_before:
                continue  # settled as the partner of one before it
            if row is None:
                choose_other = keep == "other"  # a short id: _settle finds it or says why not
            else:
                choose_other = {
                    "current": False,
                    "other": True,
                    "mine": row[2] == self_id,
                    "theirs": row[1] == self_id,
                }[keep]
            settled.append(_settle(cursor, conflict_id, choose_other=choose_other))
    return settled


def _settle(cursor: Any, conflict_id: str, *, choose_other: bool) -> Settled:
    """One conflict, in the caller's transaction (see :func:`resolve_conflict`)."""
    # (by range: LIKE would ignore case and read "_" as any character)
    _, row = first_found(
        conflict_id,
        lambda form: cursor.execute(
            "SELECT id, entity, row_id, field, kind, loser_value, resolved_at, winner_office, "
            "loser_office FROM sync_conflict WHERE id >= ? AND id < ? LIMIT 2",
            (form, form + "\uffff"),
        ).fetchall(),
    )
    if len(row) != 1:
        raise SyncError(
            f"no conflict with id {quoted(conflict_id)}"
            if not row
            else f"{quoted(conflict_id)} matches several conflicts; give more characters of its id"
        )
    cid, entity, row_id, name, kind, loser_value, resolved_at, winner_office, loser_office = row[0]
    if resolved_at is not None:
        raise SyncError("this conflict is already settled")
    if entity not in by_name():
        raise SyncError(f"records of kind {quoted(entity)} are not synchronised by this petdesk")
    # The office whose value stays: the partner's conflict takes that office's value too.
    kept_office = loser_office if choose_other else winner_office
    settle = [(cid, name, kind, loser_value, choose_other)]
    partner = _open_partner(cursor, entity, row_id, name) if kind == "field" else None
    if partner is not None:
        p_id, p_name, p_loser_value, p_loser_office = partner
        settle.append((p_id, p_name, "field", p_loser_value, p_loser_office == kept_office))
    chosen = [(n, k, v) for _id, n, k, v, other in settle if other]
    moved = _keep_end_after_start(cursor, entity, row_id, chosen)
    written = _choose_other_values(cursor, entity, row_id, chosen) if chosen else []
    for settled_id, _name, _kind, _value, other in settle:
        cursor.execute(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
            (_now(), "chose_other" if other else "kept", settled_id),
        )
    return Settled(
        entity,
        tuple(n for _id, n, _k, _v, _o in settle[1:]),
        moved,
        row_id=row_id,
        conflict_ids=tuple(i for i, _n, _k, _v, _o in settle),
        written=tuple(written),
    )


def undo_settled(db: Database, settled: list[Settled]) -> int:
    """Take back conflicts just settled (:func:`resolve_conflicts`), in one transaction: each
    value written goes back to what it was (a new change here that travels, like the choice did)
    where the record still holds the value written, and the conflicts open again. Returns how
    many conflicts were opened again."""
    reopened = 0
    with _write_transaction(db) as cursor:
        for s in settled:
            back = [
                (name, before)
                for name, before, after in s.written
                if _wire_value(cursor, s.entity, s.row_id, name) == after
            ]
            if back:
                _write_values(cursor, s.entity, s.row_id, back)
            for conflict_id in s.conflict_ids:
                reopened += cursor.execute(
                    "UPDATE sync_conflict SET resolved_at = NULL, resolution = '' "
                    "WHERE id = ? AND resolved_at IS NOT NULL",
                    (conflict_id,),
                ).rowcount
    return reopened


def _wire_value(cursor: Any, entity: str, row_id: str, name: str) -> Any:
    """A field's value now, as packages carry it (times as ISO text)."""
    row = cursor.execute(f"SELECT {name} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
    value = row[0] if row else None
    return wire_time(value) if name in by_name()[entity].time_columns else value


#: The start and end columns of records that have a time: (start, end).
TIME_COLUMNS: dict[str, tuple[str, str]] = {
    "itinerary_item": ("starts_at", "ends_at"),
    "training_session": ("starts_at", "ends_at"),
    "travel_leg": ("departs_at", "arrives_at"),
}
#: Records whose end may be their start: an itinerary item read from a calendar event with no end
#: is a moment (RFC 5545; ``visits.MOMENTS``). Settling keeps a moment a moment, never an hour.
MOMENT_TIMES = frozenset({"itinerary_item"})


def _note_time_order(cursor: Any, conflicts: list[Conflict]) -> None:
    """Say beforehand what choosing the other value of an open start or end alone would do: the
    same check as settling, on a copy (nothing is written)."""
    for c in conflicts:
        if c.kind != "field" or c.resolved_at or c.settles_with or c.entity not in TIME_COLUMNS:
            continue
        try:
            moved = _keep_end_after_start(
                cursor, c.entity, c.row_id, [(c.field, "field", json.dumps(c.loser_value))]
            )
        except SyncError:
            c.other_value_order = "refused"
        else:
            c.other_value_order = moved[0] if moved else ""


def _note_time_ends_first(cursor: Any, conflicts: list[Conflict], locale: str) -> None:
    """Say why a time now ends before it starts: the start of one office's edit beside the end of
    the other's, each the later edit of its field (round 52: a moment moved at one office and given
    an earlier start at the other ended three hours before it started, and nothing said so)."""
    from petdesk.i18n import translator

    for c in conflicts:
        if c.kind != "field" or c.resolved_at or c.note or (c.entity, c.field) not in TIME_PARTNERS:
            continue
        start_col, end_col = TIME_COLUMNS[c.entity]
        row = cursor.execute(
            f"SELECT {start_col}, {end_col} FROM {c.entity} WHERE id = ?", (c.row_id,)
        ).fetchone()
        if row is None or None in row:
            continue
        start, end = read_stored_time(row[0]), read_stored_time(row[1])
        if end < start or (end == start and c.entity not in MOMENT_TIMES):
            _ = translator(locale)
            c.note = _(
                "It now ends before it starts: its start and its end are the later edits of two "
                "offices. Choose the other value, or change the time in the editor."
            )


def _keep_end_after_start(
    cursor: Any, entity: str, row_id: str, chosen: list[tuple[str, str, str]]
) -> tuple[str, ...]:
    """Keep a chosen time from ending before it starts, as the item editor does: a start chosen
    alone (the other office never changed the end) that falls on or after the end moves the end
    with it, keeping the length the record has now (the editor keeps the length when the start
    moves); an end chosen alone that falls on or before the start is refused (the editor refuses
    it too: "The item must end after it starts"). A record that may be a moment (``MOMENT_TIMES``)
    may end at its start, and a moment whose start is chosen alone moves as a moment (its length is
    none; field 52: an hour was made up). Adds the moved end to ``chosen``."""
    columns = TIME_COLUMNS.get(entity)
    values = {name: json.loads(value) for name, kind, value in chosen if kind == "field"}
    if columns is None or not values.keys() & set(columns):
        return ()
    start_col, end_col = columns
    row = cursor.execute(f"SELECT {start_col}, {end_col} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
    if row is None or None in row:
        return ()
    start_now, end_now = read_stored_time(row[0]), read_stored_time(row[1])
    start = read_stored_time(values[start_col]) if values.get(start_col) else start_now
    end = read_stored_time(values[end_col]) if values.get(end_col) else end_now
    moments = entity in MOMENT_TIMES
    if end > start or (moments and end == start):
        return ()
    if end_col in values:
        raise SyncError(
            "the other value would make it end before it starts; keep the current value and change "
            "the time in the editor if needed"
        )
    # (an end before the start, left by two offices' edits of one moment: a moment again)
    length = end_now - start_now if end_now > start_now else dt.timedelta(hours=0 if moments else 1)
    moved_end = (start + length).isoformat(timespec="microseconds")
    chosen.append((end_col, "field", json.dumps(moved_end)))
    return (end_col,)


def _open_partner(cursor: Any, entity: str, row_id: str, name: str) -> tuple[str, str, str, str] | None:
    """The open field conflict about the other end of this time (id, field, other value, its office)."""
    partner = TIME_PARTNERS.get((entity, name))
    if partner is None:
        return None
    found = cursor.execute(
        "SELECT id, field, loser_value, loser_office FROM sync_conflict WHERE entity = ? AND row_id = ? "
        "AND field = ? AND kind = 'field' AND resolved_at IS NULL ORDER BY detected_at DESC LIMIT 1",
        (entity, row_id, partner),
    ).fetchone()
    return (found[0], found[1], found[2], found[3]) if found else None


def _choose_other_values(
    cursor: Any, entity: str, row_id: str, chosen: list[tuple[str, str, str]]
) -> list[tuple[str, Any, Any]]:
    """Make the other values (field, kind, value as the package carried it) one new change here,
    stamped, journalled and logged like an edit. Returns (field, value before, value written)."""
    values = [(name, None if kind == "delete_edit" else json.loads(v)) for name, kind, v in chosen]
    before = _write_values(cursor, entity, row_id, values)
    # The value as the file holds it now, so Undo compares like with like.
    return [(name, before[name], _wire_value(cursor, entity, row_id, name)) for name, _value in values]


def _write_values(cursor: Any, entity: str, row_id: str, values: list[tuple[str, Any]]) -> dict[str, Any]:
    """Write (field, value as packages carry it) as one new change here, stamped, journalled and
    logged like an edit; returns each field's value before, as packages carry it."""
    from petdesk.sync.derived import rekey

    self_id = self_office_id(cursor)
    hlc = PersistentClock(cursor).tick()
    spec = by_name()[entity]
    written: set[str] = set()
    logged = []
    before: dict[str, Any] = {}
    for name, value in values:
        # Conflicts and the change log keep times as packages carry them (ISO text).
        old_row = cursor.execute(f"SELECT {name} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        old_value = old_row[0] if old_row else None
        is_time = name in spec.time_columns
        cursor.execute(
            f"UPDATE {entity} SET {name} = ?, updated_at = ? WHERE id = ?",
            (from_wire_time(value) if is_time else value, _now(), row_id),
        )
        # A number chosen goes with its own key (which travels too: offices on older code
        # take keys as they come).
        key_col = rekey(cursor, entity, row_id, name)
        written |= {name} if key_col is None else {name, key_col}
        before[name] = wire_time(old_value) if is_time else old_value
        logged.append((entity, row_id, name, before[name], value))
    record_local_change(cursor, entity, row_id, written, hlc=hlc, office=self_id)
    if change_log_ready(cursor):
        log_changes(cursor, logged, hlc=hlc, office=self_id)
    return before


# --------------------------------------------------------------------------------------------
# Journal


@dataclass
class Exchange:
    id: str
    direction: str
    at: str
    peer_name: str
    file_name: str
    file_size: int
    counts: dict[str, Any]
    conflicts: int
    backup_path: str
    #: For a decision ("retire", "unretire"; ``peer_name`` is the office): the office that made it,
    #: the person who made it there (known for decisions made here), and the office whose
    #: package brought it ("" when made here).
    decided_by: str = ""
    staff: str = ""
    learned_from: str = ""
    #: The office exchanged with, or decided about: two offices may share a name.
    peer_office_id: str = ""

    @property
    def is_decision(self) -> bool:
        return self.direction in (retirement.RETIRED, retirement.RETURNED)

    @property
    def total(self) -> int:
        total = 0
        for value in self.counts.values():
            if isinstance(value, dict):
                total += value.get("added", 0) + value.get("updated", 0) + value.get("deleted", 0)
            else:
                total += int(value)
        return total


def journal(db: Database, *, limit: int = 200, locale: str = "en") -> list[Exchange]:
    """The latest exchanges and decisions, offices known here named as ``locale`` names them
    (their Chinese name in Chinese, as the status bar: field test 32, defect 4) and as they are
    called now, the name a line recorded beside it when the office was renamed since (round 53:
    "retired by" kept the decider's old name)."""
    from petdesk.i18n import translator

    with db.reading() as session:
        conn = session.connection()
        rows = conn.exec_driver_sql(
            "SELECT id, direction, at, peer_name, file_name, file_size, counts, conflicts, backup_path, "
            "peer_office_id FROM sync_exchange ORDER BY at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        known = {
            str(office_id): (str(name or ""), str(name_zh or ""))
            for office_id, name, name_zh in conn.exec_driver_sql("SELECT id, name, name_zh FROM office")
        }
    _ = translator(locale)

    def named(office_id: str, recorded: str) -> str:
        names = known.get(office_id)
        if names is None:
            return recorded
        now = office_name(*names, locale)
        if not recorded or recorded in names:
            return now
        return _("{name} ({recorded})").format(name=now, recorded=recorded)

    return [_exchange(r, named) for r in rows]


def _exchange(row: Any, named: Callable[[str, str], str]) -> Exchange:
    """A journal row: a package's counts, or the details of a decision about an office. ``named``
    names an office by its id and the name the row recorded (an office not known here keeps it)."""
    counts = json.loads(row[6] or "{}")
    peer_id = str(row[9] or "")
    peer_name = named(peer_id, str(row[3] or "")) if peer_id else str(row[3] or "")
    if row[1] not in (retirement.RETIRED, retirement.RETURNED):
        staff = str(counts.pop("staff", "") or "")  # who made a package here (since field test 84)
        counts.pop(carried_people.LOG_KEY, None)  # not counts: the person's copy reads them
        counts.pop(carried_people.SENT_KEY, None)
        return Exchange(
            row[0], row[1], wire_time(row[2]), peer_name, row[4], row[5], counts, row[7], row[8],
            peer_office_id=peer_id, staff=staff,
        )  # fmt: skip
    decider = str(counts.get("decided_by") or "")
    sender = str(counts.get("learned_from_id") or "")  # (recorded since round 53)
    learned_from = str(counts.get("learned_from") or "")
    return Exchange(
        row[0], row[1], wire_time(row[2]), peer_name, row[4], row[5], {}, row[7], row[8],
        peer_office_id=peer_id,
        decided_by=named(decider, str(counts.get("decided_by_name") or "")) or decider,
        staff=str(counts.get("staff") or ""),
        learned_from=named(sender, learned_from) if sender and learned_from else learned_from,
    )  # fmt: skip


def canonical_dump(db: Database) -> list[tuple[Any, ...]]:
    """Every exchanged field of every record (tombstones included), sorted: equal on every
    office that has received the same changes."""
    from petdesk.sync.entities import entities

    conn = db.raw()
    try:
        out: list[tuple[Any, ...]] = []
        for entity in entities():
            rows = conn.execute(
                f"SELECT id, {', '.join(entity.columns)} FROM {entity.name} ORDER BY id"
            ).fetchall()
            out.extend((entity.name, *r) for r in rows)
        return out
    finally:
        conn.close()


__all__ = [
    "ZERO",
    "Conflict",
    "Exchange",
    "ExportResult",
    "FutureClock",
    "ImportResult",
    "NamesakeOffice",
    "OfficeInfo",
    "PackageError",
    "RejectedPackage",
    "RetiredOffice",
    "Settled",
    "SyncError",
    "canonical_dump",
    "content_revisions",
    "export_changes",
    "find_office",
    "import_package",
    "journal",
    "list_conflicts",
    "list_offices",
    "overridden_words",
    "read_package",
    "resolve_conflict",
    "retire_office",
    "return_office",
    "settled_together_words",
    "store_passphrase",
    "stored_passphrase",
]
