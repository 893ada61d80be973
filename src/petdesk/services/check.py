"""``petdesk check``: find damage in a database file, and rebuild what can be derived.

Works on a plain sqlite3 connection so that a file too damaged for the ORM can still be checked.
Findings are plain sentences; the search index (entries, grams, full-text index, triggers) and the
sync version log can be rebuilt from the rows, anything else needs a backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from petdesk import connection
from petdesk.language import N_
from petdesk.messages import english_count
from petdesk.services.dated_ahead import Found, dated_ahead

#: The steps of a check, as its ``progress`` hears them (English, marked for the catalogue).
STEPS = (
    N_("reading every page"),
    N_("foreign keys"),
    N_("search index"),
    N_("sync log"),
    N_("records"),
    N_("stored times"),
    N_("times ahead of the clock"),
)

#: Kinds of finding.
DAMAGE = "damage"  #: the file itself: only a backup helps
DERIVED = "derived"  #: data derived from the rows: ``--repair`` rebuilds it
RECORDS = "records"  #: records that contradict each other: a person decides which stands


def _migration_script(stem: str) -> ModuleType:
    """A migration script as a module (its file name starts with a digit: loaded by path)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "migrations" / "versions" / f"{stem}.py"
    spec = importlib.util.spec_from_file_location(f"petdesk_migration_{stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _statements(triggers: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str]]:
    return [(name, f"CREATE TRIGGER {name} {when} BEGIN {body} END") for name, when, body in triggers]


def _search_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of the search index's triggers, as the migration made them."""
    module = _migration_script("0002_search")
    return _statements((*module.FTS_TRIGGERS, *module.DIRTY_TRIGGERS))


def _catalogue_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The triggers marking stale catalogue search keys (migration 0040), if the file has their queue."""
    if "catalogue_dirty" not in _tables(conn):
        return []
    return _statements(_migration_script("0040_catalogue_marks").CATALOGUE_TRIGGERS)


class CheckNotRun(Exception):
    """The disk refused what SQLite needs to read the file (its shared-memory index, a temporary
    file): a full disk says nothing about the file's health. Reported as damage, it sent a user
    with a sound file to restore an older backup (field test 88)."""


def _refused_by_disk(exc: BaseException) -> bool:
    """Whether ``exc`` is the disk refusing a write (full, or SQLite's bare "disk I/O error")."""
    from petdesk import faults

    return faults.classify(exc) in (faults.FULL, faults.IO)


def _not_run(path: Path, exc: BaseException) -> CheckNotRun:
    return CheckNotRun(
        f"{path} was not checked ({exc}); this says nothing about damage: free some space on its "
        "disk and run the check again"
    )


@dataclass
class Finding:
    kind: str
    text: str


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    #: Records changed at a time far ahead of this computer's clock (field test 72): not damage, so
    #: not a finding (the file is sound), but a person should look at them and correct their dates.
    ahead: Found | None = None

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def damaged(self) -> bool:
        return any(f.kind == DAMAGE for f in self.findings)

    def add(self, kind: str, text: str) -> None:
        self.findings.append(Finding(kind, text))


def _not_sqlite(path: Path) -> str | None:
    """A sentence when ``path`` is not an SQLite file (plain or encrypted), else None."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != connection.SQLITE_HEADER and not connection.is_encrypted(path):
                return f"{path} is not an SQLite database file"
    except OSError as exc:
        return f"{path} cannot be read ({exc})"
    return None


def quick_check(path: Path) -> str | None:
    """None when ``path`` opens and passes SQLite's quick check, else one sentence (for the window
    at start: fast, reads every page once, skips the index-against-table comparison)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != connection.SQLITE_HEADER and not connection.is_encrypted(path):
                return f"{path} is not an SQLite database file"
        conn = connection.connect(path, timeout=10)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except FileNotFoundError:
        return None
    except connection.FAILURES_OR_OS as exc:
        return f"{path} cannot be read ({exc})"
    return None if rows == ["ok"] else f"{path} is damaged ({rows[0]})"


def check(
    path: Path, progress: Callable[[str, int, int], None] | None = None, *, locale: str = "en"
) -> CheckReport:
    """What is wrong with the file at ``path``; ``progress(step, done, total)`` hears each step as
    it starts (one of :data:`STEPS`, ``done`` of ``total`` steps). ``locale``: the language records
    dated ahead are named in.

    Raises :class:`connection.PassphraseError` for an encrypted file whose passphrase is missing or
    wrong: such a file cannot be looked at, which says nothing about damage (field test 8, defect 2:
    it was reported as damaged, pointing at the unencrypted backup made before the encryption);
    :class:`CheckNotRun` when the disk refuses what reading the file needs (a full disk)."""
    report = CheckReport()
    tell = progress or (lambda _step, _done, _total: None)
    # Only the header is looked at first: the integrity check below reads every page anyway, and a
    # quick check before it read the whole file twice (field test 30: 146 s at a million contacts).
    problem = _not_sqlite(path) if path.exists() else f"{path} does not exist"
    if problem is not None:
        report.add(DAMAGE, problem)
        return report
    try:
        conn = connection.connect(path, timeout=10)
    except connection.PassphraseError:
        raise
    except connection.FAILURES as exc:
        if _refused_by_disk(exc):
            raise _not_run(path, exc) from exc
        report.add(DAMAGE, f"{path} cannot be opened ({exc})")
        return report
    try:
        tell(STEPS[0], 0, len(STEPS))
        _integrity(conn, report)
        if report.damaged:
            return report
        looks = (_foreign_keys, _search_index, _sync_log, _records)
        for done, look in enumerate(looks, 1):
            tell(STEPS[done], done, len(STEPS))
            look(conn, report)
        tell(STEPS[5], 5, len(STEPS))
        for table, column, n in _text_times(conn):
            text = english_count(
                n,
                "{n} {table}.{column} time stored as text instead of a number",
                "{n} {table}.{column} times stored as text instead of a number",
            )
            report.add(DERIVED, text.format(table=table, column=column))
        tell(STEPS[6], 6, len(STEPS))
        report.ahead = dated_ahead(conn.cursor(), locale=locale)
    except connection.DatabaseError as exc:
        if _refused_by_disk(exc):
            raise _not_run(path, exc) from exc
        report.add(DAMAGE, f"reading the file failed ({exc})")
    finally:
        conn.close()
    return report


def _integrity(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    except connection.DatabaseError as exc:
        if _refused_by_disk(exc):
            raise  # not damage: check() says the file was not checked
        report.add(DAMAGE, f"the integrity check could not run ({exc})")
        return
    if rows != ["ok"]:
        for row in rows:
            report.add(DAMAGE, f"integrity check: {row}")


def _foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    by_table: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in rows:
        by_table[(table, parent)] = by_table.get((table, parent), 0) + 1
    for (table, parent), n in sorted(by_table.items()):
        text = english_count(
            n,
            "{n} {table} row refers to missing {parent} rows",
            "{n} {table} rows refer to missing {parent} rows",
        )
        report.add(DAMAGE, text.format(table=table, parent=parent))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


#: What a count of rows missing from the search index, or of its entries left over, reads as
#: (English singular and plural; ``messages.TEMPLATES`` has each for the translation).
_UNINDEXED = {
    "contact": (
        "{n} contact is missing from the search index",
        "{n} contacts are missing from the search index",
    ),
    "organisation": (
        "{n} organisation is missing from the search index",
        "{n} organisations are missing from the search index",
    ),
}
_STALE = {
    "contact": (
        "{n} search entry is for a contact that no longer exists",
        "{n} search entries are for contacts that no longer exist",
    ),
    "organisation": (
        "{n} search entry is for an organisation that no longer exists",
        "{n} search entries are for organisations that no longer exist",
    ),
}


def _search_index(conn: sqlite3.Connection, report: CheckReport) -> None:
    tables = _tables(conn)
    if "search_entry" not in tables:
        return
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    expected = (*_search_triggers(), *_catalogue_triggers(conn))
    missing = [name for name, _sql in expected if name not in triggers]
    if missing:
        report.add(DERIVED, f"search index triggers missing: {', '.join(missing)}")
    try:
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    except connection.DatabaseError:
        report.add(DERIVED, "the full-text search index does not match its entries")
    # Entities waiting in search_dirty are brought up to date on the next write: not a finding.
    for kind, table in (("contact", "contact"), ("organisation", "organisation")):
        unindexed = conn.execute(
            f"SELECT count(*) FROM {table} t WHERE t.deleted_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM search_entry e WHERE e.entity_id = t.id) "
            "AND NOT EXISTS (SELECT 1 FROM search_dirty d WHERE d.entity_id = t.id)"
        ).fetchone()[0]
        if unindexed:
            report.add(DERIVED, english_count(unindexed, *_UNINDEXED[table]))
        stale = conn.execute(
            f"SELECT count(*) FROM search_entry e WHERE e.kind = ? "
            f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = e.entity_id AND t.deleted_at IS NULL) "
            "AND NOT EXISTS (SELECT 1 FROM search_dirty d WHERE d.entity_id = e.entity_id)",
            (kind,),
        ).fetchone()[0]
        if stale:
            report.add(DERIVED, english_count(stale, *_STALE[table]))


def _sync_log(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every version in the sync log must belong to a row (soft deletion keeps rows)."""
    tables = _tables(conn)
    if "sync_row_version" not in tables:
        return
    for code, entity in _version_entities(conn):
        if entity not in tables:
            report.add(DERIVED, f"the sync log names an unknown table {entity}")
            continue
        orphans = conn.execute(
            f"SELECT count(*) FROM sync_row_version v WHERE v.entity = ? AND NOT EXISTS "
            f'(SELECT 1 FROM "{entity}" t WHERE t.id = v.row_id)',
            (code,),
        ).fetchone()[0]
        if orphans:
            text = english_count(
                orphans,
                "the sync log holds {n} version of a {entity} row that does not exist",
                "the sync log holds {n} versions of {entity} rows that do not exist",
            )
            report.add(DERIVED, text.format(entity=entity))


def _records(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Records that say something impossible (two marks of one person in one session), which the
    sync settles from now on but files synchronised before may hold."""
    from petdesk.sync import same_slot

    tables = _tables(conn)
    for table in same_slot.SLOTS:
        if table in tables:
            n = len(same_slot.duplicated_slots(conn.cursor(), table))
            if n:
                text = english_count(
                    n,
                    "{n} person is marked twice in one session ({table} rows); --repair keeps one",
                    "{n} people are marked twice in one session ({table} rows); --repair keeps one each",
                )
                report.add(DERIVED, text.format(table=table))
    if {"attendance", "training_session"} <= tables:
        twice = _present_at_the_same_time(conn)
        if twice:
            text = english_count(
                twice,
                "{n} person is marked present in two sessions at the same time (parallel sessions of "
                "a training); mark them absent in the one they did not attend",
                "{n} people are marked present in two sessions at the same time (parallel sessions of "
                "a training); mark each absent in the one they did not attend",
            )
            report.add(RECORDS, text)
    from petdesk.services.stray_visit_links import stray_rows

    strays = sum(len(ids) for ids in stray_rows(conn.cursor()).values())
    if strays:
        text = english_count(
            strays,
            "{n} item, travel leg or room still names a person taken off the visit (the itinerary "
            'shows "?"); --repair takes them off',
            "{n} items, travel legs or rooms still name people taken off the visit (the itinerary "
            'shows "?"); --repair takes them off',
        )
        report.add(DERIVED, text)
    from petdesk.sync import riders_left_behind

    riders = len(riders_left_behind.left_behind(conn.cursor()))
    if riders:
        text = english_count(
            riders,
            "{n} rider is still on a car taken off its itinerary item; --repair takes them off",
            "{n} riders are still on cars taken off their itinerary items; --repair takes them off",
        )
        report.add(DERIVED, text)
    if "contact" in tables and "honorific_zh" in _columns(conn, "contact"):
        from petdesk.services.name_title_tidy import count_titled

        japanese_names = "native_name_language" in _columns(conn, "contact")
        titled, couples, japanese = count_titled(conn, japanese_names=japanese_names)
        if titled:
            text = english_count(
                titled,
                '{n} person has a title in the given name ("Mr. John", stored before titles were read); '
                "`petdesk tidy-names --apply` moves it to the honorific",
                '{n} people have a title in the given name ("Mr. John", stored before titles were read); '
                "`petdesk tidy-names --apply` moves them to the honorific",
            )
            report.add(RECORDS, text)
        if couples:  # "Mr. and Mrs. ZHANG Wei" is no title of one person (review 62)
            text = english_count(
                couples,
                '{n} contact is a couple written as one ("Mr. and Mrs. ZHANG Wei", stored before couples '
                "were read); `petdesk tidy-names --apply` keeps the person named and the couple's "
                "wording in the notes",
                '{n} contacts are couples written as one ("Mr. and Mrs. ZHANG Wei", stored before couples '
                "were read); `petdesk tidy-names --apply` keeps the people named and the couples' "
                "wording in the notes",
            )
            report.add(RECORDS, text)
        if japanese:  # 佐 / 々木翔: read as Chinese before jpnames62
            text = english_count(
                japanese,
                "{n} Japanese name is stored split the Chinese way (佐 / 々木翔, stored before round 62); "
                "`petdesk tidy-names --apply` splits it as an import does now",
                "{n} Japanese names are stored split the Chinese way (佐 / 々木翔, stored before round 62); "
                "`petdesk tidy-names --apply` splits them as an import does now",
            )
            report.add(RECORDS, text)
    if "contact" in tables and "sync_row_version" in tables:
        from petdesk.sync import deleted_links

        linked = deleted_links.linked_after_deletion(conn.cursor())
        if linked:
            text = english_count(
                linked,
                "{n} live link (attendee, interpreter, member ...) names a person deleted before it was "
                "made elsewhere; `petdesk sync conflicts` offers to restore them",
                "{n} live links (attendee, interpreter, member ...) name people deleted before they were "
                "made elsewhere; `petdesk sync conflicts` offers to restore them",
            )
            report.add(RECORDS, text)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _present_at_the_same_time(conn: sqlite3.Connection) -> int:
    """People marked present in two overlapping sessions of one training: each office's marks may
    be fine alone and the pair arrive by sync (field test 41, defect 2). One count per person and
    training."""
    from petdesk.enums import AttendanceStatus
    from petdesk.stand_in_sql import sql_in_or_unknown

    # a newer petdesk's mark is read as present (it hides nobody), so it clashes as present does
    present = sql_in_or_unknown("{}.status", AttendanceStatus, [AttendanceStatus.PRESENT])
    found = conn.execute(
        "SELECT COUNT(DISTINCT a.contact_id || '/' || s.training_id) "
        "FROM attendance a JOIN training_session s ON s.id = a.session_id "
        "JOIN attendance b ON b.contact_id = a.contact_id AND b.session_id > a.session_id "
        "JOIN training_session t ON t.id = b.session_id AND t.training_id = s.training_id "
        f"WHERE {present.format('a')} AND {present.format('b')} "
        "AND a.deleted_at IS NULL AND b.deleted_at IS NULL AND s.deleted_at IS NULL AND t.deleted_at IS NULL "
        "AND s.starts_at < t.ends_at AND t.starts_at < s.ends_at"
    ).fetchone()
    return int(found[0])


def _settle_records(conn: sqlite3.Connection) -> list[str]:
    """Settle what :func:`_records` finds as an import would, and take people off the items, legs and
    rooms of visits they are no longer on: this office's changes, which travel."""
    from petdesk.services.stray_visit_links import remove_stray_rows, stray_rows
    from petdesk.stored_times import stored_time, utcnow
    from petdesk.sync import riders_left_behind, same_slot
    from petdesk.sync.hlc import PersistentClock, Version
    from petdesk.sync.local_writes import LocalWriter
    from petdesk.sync.tracking import self_office_id

    cursor = conn.cursor()
    twice = any(same_slot.duplicated_slots(cursor, t) for t in same_slot.SLOTS if t in _tables(conn))
    if not (twice or stray_rows(cursor) or riders_left_behind.left_behind(cursor)):
        return []
    local = Version(PersistentClock(cursor).tick(), self_office_id(cursor))
    write = LocalWriter(cursor, local, stored_time(utcnow()))
    done = []
    if twice:
        n = same_slot.settle(cursor, write, written=None)
        done.append(
            english_count(
                n,
                "kept one attendance row of {n} person marked twice",
                "kept one attendance row each of {n} people marked twice",
            )
        )
    riders = riders_left_behind.follow(cursor, write)
    if riders:
        done.append(
            english_count(
                riders,
                "took {n} rider off a car taken off its itinerary item",
                "took {n} riders off cars taken off their itinerary items",
            )
        )
    removed = remove_stray_rows(cursor, write)
    if removed:
        done.append(
            english_count(
                removed,
                "took people no longer on their visit off {n} item, travel leg or room",
                "took people no longer on their visit off {n} items, travel legs or rooms",
            )
        )
    return done


def _version_entities(conn: sqlite3.Connection) -> list[tuple[object, str]]:
    """(key as the version table stores it, table name) of every table it holds versions of: an
    entity code from schema 0023_sync_versions_compact on, the name itself in older files."""
    if "sync_entity" in _tables(conn):
        query = (
            "SELECT code, name FROM sync_entity e "
            "WHERE EXISTS (SELECT 1 FROM sync_row_version v WHERE v.entity = e.code)"
        )
    else:
        query = "SELECT DISTINCT entity, entity FROM sync_row_version"
    return [(r[0], r[1]) for r in conn.execute(query)]


def _integer_time_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The time columns of each table, where the file declares them INTEGER (schema
    0021_compact_times and later: microseconds since 1970; earlier files hold ISO text)."""
    from petdesk.models.base import time_columns

    out: dict[str, list[str]] = {}
    for table in sorted(_tables(conn)):
        times = time_columns(table)
        if times:
            declared = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            cols = [r[1] for r in declared if r[1] in times and str(r[2]).upper() == "INTEGER"]
            if cols:
                out[table] = cols
    return out


def _text_times(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(table, column, count) of time columns holding text: written by something that bypassed
    ``models.types.stored_time``; they sort and compare wrongly against the numbers."""
    found: list[tuple[str, str, int]] = []
    for table, cols in _integer_time_columns(conn).items():
        sums = ", ".join(f"sum(typeof({c}) = 'text')" for c in cols)
        counts = conn.execute(f'SELECT {sums} FROM "{table}"').fetchone()
        found.extend((table, c, int(n)) for c, n in zip(cols, counts, strict=True) if n)
    return found


def _to_stored_time(value: str | int | float | None) -> str | int | float | None:
    """ISO text with a zone as the stored integer; anything else as it is (left for a person)."""
    from petdesk.models.types import from_wire_time

    try:
        return from_wire_time(value) if isinstance(value, str) else value
    except ValueError:
        return value


def repair(path: Path) -> list[str]:
    """Rebuild what the rows determine: the search index (with its triggers) and the sync log's
    orphan versions. Returns what was done. Damage to the file itself is left for a backup."""
    from petdesk.services import catalogue_search
    from petdesk.services.search import _rebuild

    done = []
    conn = connection.connect(path, timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            for name, sql in (*_search_triggers(), *_catalogue_triggers(conn)):
                if name not in existing:
                    conn.execute(sql)
                    done.append(f"recreated the trigger {name}")
            if "search_entry" in _tables(conn):
                n = _rebuild(conn)
                done.append(
                    english_count(
                        n, "rebuilt the search index ({n} entry)", "rebuilt the search index ({n} entries)"
                    )
                )
            if "catalogue_search" in _tables(conn):
                # Changes made while a trigger was missing left no mark: every key worked out anew.
                n = catalogue_search.rebuild_keys(conn)
                done.append(
                    english_count(
                        n,
                        "rebuilt the catalogue search keys ({n} key)",
                        "rebuilt the catalogue search keys ({n} keys)",
                    )
                )
            if "sync_row_version" in _tables(conn):
                removed = 0
                for code, entity in _version_entities(conn):
                    if entity in _tables(conn):
                        cur = conn.execute(
                            "DELETE FROM sync_row_version WHERE entity = ? "
                            f'AND row_id NOT IN (SELECT id FROM "{entity}")',
                            (code,),
                        )
                        removed += cur.rowcount
                if removed:
                    text = english_count(
                        removed,
                        "removed {n} sync log version of a row that does not exist",
                        "removed {n} sync log versions of rows that do not exist",
                    )
                    done.append(text)
            done.extend(_settle_records(conn))
            conn.create_function("petdesk_stored_time", 1, _to_stored_time, deterministic=True)
            for table, column, _n in _text_times(conn):
                cur = conn.execute(
                    f'UPDATE "{table}" SET {column} = petdesk_stored_time({column}) '
                    f"WHERE typeof({column}) = 'text'"
                )
                text = english_count(
                    cur.rowcount,
                    "stored {n} {table}.{column} time as a number",
                    "stored {n} {table}.{column} times as numbers",
                )
                done.append(text.format(table=table, column=column))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return done
