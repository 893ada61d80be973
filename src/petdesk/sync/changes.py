"""Collect the changes another office lacks, and merge received changes field by field.

The merge rule is last-writer-wins per field in the total order (clock value, office id), which
every office applies identically, so all offices converge whatever order packages arrive in.
Nothing a rule did not decide is lost silently:

* a field changed concurrently in two offices keeps the winner and records the losing value in
  ``sync_conflict`` ("concurrently" = the office that wrote one value had not seen the other,
  judged by version vectors);
* a record deleted in one office and edited in another stays deleted, the edit is kept inside
  the tombstone, and a ``delete_edit`` conflict offers to restore it;
* a deletion is itself a field (``deleted_at``) with a version, so an old package cannot bring a
  deleted record back.

Values travel exactly as SQLite stores them (text, numbers, NULL), so nothing is reinterpreted,
except times: stored as integer microseconds, they travel as UTC ISO text (the form every office's
petdesk reads, older ones included), converted when a package is written and when it is read.
Keys made from other fields (``contact_method.normalized``) are made again by the office that
receives them, from the values the merge leaves (see :mod:`petdesk.sync.derived`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, cast

from petdesk.enums import FollowUpStatus
from petdesk.stored_times import NotAWireTime, from_wire_time, from_wire_times, wire_time, wire_time_sql
from petdesk.sync import lost_edits, peer_knowledge, time_groups
from petdesk.sync import versions as version_table
from petdesk.sync.bulk import BulkInserts
from petdesk.sync.entities import META_FIELDS, RowVersions, by_name, entities
from petdesk.sync.hlc import ZERO, Version, from_int, is_valid, to_int
from petdesk.sync.versions import Codes

if TYPE_CHECKING:
    from petdesk.services.name_mentions import Mention

#: SQLite's default limit of host parameters is 999 in old versions; stay below it.
CHUNK = 900

VectorClock = dict[str, str]


class IncompatiblePackage(Exception):
    """The package describes tables or columns this version of petdesk does not have."""


def known(vector: VectorClock, version: Version) -> bool:
    """Whether an office with this version vector had seen the change ``version``."""
    return version.hlc <= vector.get(version.office, ZERO)


def dominates(vector: VectorClock, other: VectorClock) -> bool:
    return all(vector.get(origin, ZERO) >= hlc for origin, hlc in other.items())


def merge_vectors(a: VectorClock, b: VectorClock) -> VectorClock:
    result = dict(a)
    for origin, hlc in b.items():
        if hlc > result.get(origin, ZERO):
            result[origin] = hlc
    return result


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------------------------
# Export


#: Page cache of the connection that applies a package (KiB): bounded, under the memory target.
IMPORT_CACHE_KIB = 128 * 1024
#: ... and of the one that writes a package (which holds less else: reading needs fewer pages).
EXPORT_CACHE_KIB = 64 * 1024
#: Records per part of a package body: a part is parsed and merged at once.
PART_ROWS = 2000
#: Tables whose records an import adds or changes are listed (``Merger.touched``).
TRACKED = ("contact_method",)
#: Records of all tables an import adds or changes that it lists (``Merger.written``): a package that
#: writes more (a first exchange) has every merge here looked at after it, which costs less than its
#: records do, and the list stays a few megabytes.
WRITTEN_LISTED = 100_000


@dataclass
class Collected:
    """What went into a package: records per table and the clock range of their changes."""

    counts: dict[str, int]
    hlc_from: str
    hlc_to: str
    #: Erasure markers in the package (each may erase records at the receiver).
    erasures: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _threshold(cursor: Any, since: VectorClock) -> str:
    """A clock value below which no record can hold a change ``since`` lacks: the lowest entry of
    ``since`` over every office that wrote any version here (unknown offices count as zero)."""
    # Every office with a code, whether or not versions of it remain: at worst a lower threshold.
    origins = version_table.origins(cursor)
    return min((since.get(origin, ZERO) for origin in origins), default=ZERO)


def collect(
    cursor: Any,
    *,
    since: VectorClock | None,
    add: Callable[[dict[str, Any]], None],
    progress: Callable[[str, int], None] | None = None,
) -> Collected:
    """Every record with a field version not covered by ``since`` (all records if None), handed
    to ``add`` a part at a time in the body layout of format 2: erasure markers first, then each
    table's records (parents first), then the change log. An ``offices`` part precedes any part
    that refers to an office not listed before."""
    offices: list[str] = []
    office_index: dict[str, int] = {}
    listed = 0

    def idx(office: str) -> int:
        if office not in office_index:
            office_index[office] = len(offices)
            offices.append(office)
        return office_index[office]

    def emit(record: dict[str, Any]) -> None:
        nonlocal listed
        if len(offices) > listed:
            add({"offices": offices[listed:]})
            listed = len(offices)
        add(record)

    emit({"offices": []})
    erasures = [
        [entity, row_id, hlc, idx(office), wire_time(erased_at), person_id]
        for entity, row_id, hlc, office, erased_at, person_id in cursor.execute(
            "SELECT entity, row_id, hlc, office, erased_at, person_id FROM sync_erasure "
            "ORDER BY entity, row_id"
        )
    ]
    if erasures:
        # Markers are few and carry nothing personal: always all of them (erasing twice is a no-op).
        emit({"erasures": erasures})
    counts: dict[str, int] = {}
    threshold = to_int(ZERO if since is None else _threshold(cursor, since))
    lowest, highest = None, None
    codes = Codes(cursor, create=False)
    for entity in entities():
        code = codes.known_entity(entity.name)
        if code is None:
            continue  # no record of it has a version
        cols = entity.columns
        # Times leave as ISO text, formatted by SQLite while it reads.
        select = ", ".join(wire_time_sql(f"t.{c}") if c in entity.time_columns else f"t.{c}" for c in cols)
        rows_out: list[tuple[Any, ...]] = []
        versions_out: list[list[Any]] = []
        # In id order (the versions' key, read in order: no sort), so that the receiving office
        # adds each table's records and versions to their keys by appends, not at random.
        query = (
            f"SELECT t.id, {select}, v.base_hlc, v.base_office, v.fields FROM sync_row_version AS v "
            f"JOIN {entity.name} AS t ON t.id = v.row_id WHERE v.entity = ? AND v.max_hlc > ? "
            "ORDER BY v.row_id"
        )
        ncols = len(cols)
        count = 0
        # Most records share their office with the one before: its index is looked up once ...
        last_idx, base_office = 0, ""
        # ... and shares its clock value with many others: converted back to text once.
        last_code, last_hlc_int, base_hlc = None, None, ""
        for record in cursor.execute(query, (code, threshold)):
            hlc_int, office_code, fields_json = record[ncols + 1 :]
            if hlc_int != last_hlc_int:
                last_hlc_int, base_hlc = hlc_int, from_int(hlc_int)
            if office_code != last_code:
                last_code = office_code
                base_office = codes.office_id(office_code)
                last_idx = idx(base_office)
            if fields_json:
                fields = {
                    k: (from_int(h), codes.office_id(o)) for k, (h, o) in json.loads(fields_json).items()
                }
                if since is not None and not (
                    base_hlc > since.get(base_office, ZERO)
                    or any(h > since.get(o, ZERO) for h, o in fields.values())
                ):
                    continue
                versions_out.append([base_hlc, last_idx, {k: [h, idx(o)] for k, (h, o) in fields.items()}])
                row_high = max(base_hlc, *(h for h, _ in fields.values()))
            else:
                if since is not None and base_hlc <= since.get(base_office, ZERO):
                    continue
                versions_out.append([base_hlc, last_idx, None])
                row_high = base_hlc
            rows_out.append(record[: ncols + 1])  # a tuple: JSON writes it as a list
            if lowest is None or base_hlc < lowest:
                lowest = base_hlc
            if highest is None or row_high > highest:
                highest = row_high
            if len(rows_out) == PART_ROWS:
                emit(
                    {"entity": entity.name, "columns": list(cols), "rows": rows_out, "versions": versions_out}
                )
                count += len(rows_out)
                rows_out, versions_out = [], []
                if progress is not None:
                    progress(entity.name, count)
        if rows_out:
            emit({"entity": entity.name, "columns": list(cols), "rows": rows_out, "versions": versions_out})
            count += len(rows_out)
        if count:
            counts[entity.name] = count
    for part in _collect_history(cursor, since, idx):
        emit({"history": part})
    return Collected(counts=counts, hlc_from=lowest or "", hlc_to=highest or "", erasures=len(erasures))


def _collect_history(
    cursor: Any, since: VectorClock | None, idx: Callable[[str], int]
) -> Iterator[list[list[Any]]]:
    """Change log rows the recipient lacks (judged by their version like field versions), a part
    at a time."""
    threshold = ZERO
    if since is not None:
        origins = [r[0] for r in cursor.execute("SELECT DISTINCT office FROM sync_change")]
        threshold = min((since.get(o, ZERO) for o in origins), default=ZERO)
    out = []
    for row in cursor.execute(
        "SELECT id, entity, row_id, field, old_value, new_value, hlc, office, staff, at FROM sync_change "
        "WHERE hlc > ? ORDER BY hlc, id",
        (threshold,),
    ):
        if since is not None and row[6] <= since.get(row[7], ZERO):
            continue
        out.append([*row[:7], idx(row[7]), row[8], wire_time(row[9])])
        if len(out) == PART_ROWS:
            yield out
            out = []
    if out:
        yield out


# --------------------------------------------------------------------------------------------
# Import


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    #: Of the updated: records deleted here that the sender restored (said apart: field test 69).
    restored: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "unchanged": self.unchanged,
            "restored": self.restored,  # the stored journal says it too (fixes 50)
        }


def _same_edit(mine: Version, theirs: Version, differs: bool) -> bool:
    """Whether ``theirs`` is the edit ``mine`` is, under another clock value: the same office's,
    with the same value. An edit made far ahead is given a fresh value by each office that accepts
    it (see :mod:`petdesk.sync.clock_rewrite`), so it reaches an office again through another one
    with a value above the one kept here; it replaced nothing, and must not close as superseded the
    conflict that a concurrent edit lost against it (field test 72, defect 3)."""
    return not differs and mine.office == theirs.office


def _decode_versions(packed: list[Any], offices: list[str]) -> RowVersions:
    base_hlc, base_idx, fields = packed
    parsed = {k: Version(h, offices[i]) for k, (h, i) in fields.items()} if fields else {}
    for version in (base_hlc, *(v.hlc for v in parsed.values())):
        if not is_valid(version):
            raise IncompatiblePackage(f"a version is not a clock value ({version!r})")
    return RowVersions(Version(base_hlc, offices[base_idx]), parsed)


def _load_local(
    cursor: Any, codes: Codes, entity: str, cols: Iterable[str], ids: list[str]
) -> tuple[dict[str, tuple[Any, ...]], dict[str, RowVersions]]:
    rows: dict[str, tuple[Any, ...]] = {}
    versions: dict[str, RowVersions] = {}
    select = ", ".join(cols)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        found = 0
        for record in cursor.execute(f"SELECT id, {select} FROM {entity} WHERE id IN ({marks})", chunk):
            rows[record[0]] = record[1:]
            found += 1
        if found:
            versions.update(codes.load(entity, chunk))
    return rows, versions


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class Merger:
    """Merges a package's body, a part at a time, field by field into this database.

    With ``apply`` the changes of each part are written as soon as it is merged, inside the
    caller's transaction (new records with one ``executemany`` per table and part, changed ones
    with one per set of changed fields); without, nothing is written and only the preview
    (counts and conflicts) is worked out. The parts of one package hold different records, so a
    part's outcome does not depend on the parts written before it; erasure markers come first and
    are applied last, as the whole-package merge did."""

    def __init__(
        self,
        cursor: Any,
        *,
        sender_knowledge: VectorClock,
        local_knowledge: VectorClock,
        untracked_version: Version,
        apply: bool,
        exchange_id: str | None = None,
        now: int | None = None,
        incoming: Mapping[str, int] | None = None,
        lost: set[tuple[str, str, str, Version]] | None = None,
        peers: peer_knowledge.PeerVectors | None = None,
        lost_to: Mapping[tuple[str, str, str, Version], Version] | None = None,
    ) -> None:
        """``incoming``: the records the package brings per table (its manifest's counts), so that
        tables it fills in bulk are loaded as such (see :mod:`petdesk.sync.bulk`). ``lost``: (table,
        record id, field, version) of this office's values that lost against a concurrent edit,
        as the package says (see :mod:`petdesk.sync.lost_edits`). ``peers``: the version vectors
        known of each office (see :mod:`petdesk.sync.peer_knowledge`)."""
        self.cursor = cursor
        self.peers: peer_knowledge.PeerVectors = peers or {}
        self.sender_knowledge = sender_knowledge
        self.local_knowledge = local_knowledge
        self.untracked_version = untracked_version
        self.apply = apply
        self.exchange_id = exchange_id
        self.now = now
        self.lost = lost or set()
        #: Every received fact "this version lost against that one", whoever's edit lost.
        self.lost_to = lost_to or {}
        self.offices: list[str] = []
        self.counts: dict[str, EntityCounts] = {}
        self.conflicts: list[dict[str, Any]] = []
        self.erasures: list[tuple[str, str, str, str, str, str]] = []
        #: Records here whose free text names a person the erasures took away (name_mentions).
        self.mentions: list[Mention] = []
        self.new_conflicts = 0
        self.max_hlc = ZERO
        #: (table, id, field) whose value a start and end taken whole decided against the field's
        #: own version: versioned again here after the merge (see ``time_groups.restamp``).
        self.taken_whole: list[tuple[str, str, str]] = []
        #: Whether any record (or erasure) was (or, in a preview, would be) written.
        self.writes_anything = False
        #: Whether change-log rows only were written: the log of changes whose values this office
        #: already holds (another office's settlement of the same merge): no reason for a backup.
        self.writes_history = False
        self.open_conflicts = {
            tuple(r)
            for r in cursor.execute(
                "SELECT entity, row_id, field FROM sync_conflict WHERE resolved_at IS NULL"
            )
        }
        self.erased = {(r[0], r[1]) for r in cursor.execute("SELECT entity, row_id FROM sync_erasure")}
        self._forgotten_ids: dict[str, str] = {}
        self._forgotten_for = 0
        self._records_seen = False
        #: Ids of the records of the tables in ``TRACKED`` that the package added or changed here
        #: (settled after the import: see :mod:`petdesk.sync.duplicate_methods`).
        self.touched: dict[str, list[str]] = {name: [] for name in TRACKED}
        #: Ids of every record the package added or changed here, by table, for the merges standing
        #: here that they concern (see :mod:`petdesk.sync.merged_away`); None past WRITTEN_LISTED.
        self.written: dict[str, list[str]] | None = {}
        #: Tables that held no record when the import began: nothing to compare their records
        #: with (the parts of a package hold different records; the primary key refuses a repeat).
        self._empty_before: dict[str, bool] = {}
        if apply:
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            # Records arrive in id order, but each table's other indexes take them in random order:
            # a larger page cache for this connection (closed after the import) keeps those
            # index pages in memory instead of reading them back for every row.
            cursor.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        self._bulk = BulkInserts(cursor, incoming) if apply and incoming else None
        self.codes = Codes(cursor, create=apply)

    @property
    def data_changes(self) -> int:
        return sum(c.added + c.updated + c.deleted for c in self.counts.values())

    def add(self, record: dict[str, Any]) -> None:
        """Merge one part of the body (checked first: see ``validate_record``)."""
        from petdesk.sync.validate import validate_record

        kind, columns = validate_record(record, len(self.offices))
        if kind == "offices":
            self.offices.extend(record["offices"])
        elif kind == "erasures":
            if self._records_seen:
                raise IncompatiblePackage("its erasure markers come after its records")
            self._erasures(record["erasures"])
        elif kind == "history":
            self._records_seen = True
            self._history(record["history"])
        else:
            self._records_seen = True
            self._entity(record["entity"], record["columns"], record["rows"], record["versions"], columns)

    def finish(self, local: Version | None = None) -> None:
        """Finish the bulk inserts and apply the erasure markers (``local``: this office's version
        for what they change here)."""
        if self._bulk is not None:
            self._bulk.finish()
        if self.apply and self.erasures:
            from petdesk.sync.erasure import apply_erasures

            if local is None:
                raise ValueError("applying erasures needs this office's version")
            apply_erasures(self.cursor, self.erasures, local=local, mentions=self.mentions)

    def _erasures(self, markers: list[Any]) -> None:
        """Markers in the package not yet applied here."""
        specs = by_name()
        for entity_name, row_id, hlc, office_idx, erased_at, person_id in markers:
            if entity_name not in specs:
                raise IncompatiblePackage(
                    f"it erases records of a table this petdesk does not know ({entity_name})"
                )
            if (entity_name, row_id) not in self.erased:
                self.erasures.append(
                    (entity_name, row_id, hlc, self.offices[office_idx], erased_at, person_id)
                )
                self.erased.add((entity_name, row_id))
                self.writes_anything = True

    def _forgotten(self) -> dict[str, str]:
        """Stored ids of the erased rows -> the marker kept instead (made again when the
        package's erasure markers added to them)."""
        if self._forgotten_for != len(self.erased):
            from petdesk.sync.erasure import stored_ids

            self._forgotten_ids = stored_ids(list(self.erased))
            self._forgotten_for = len(self.erased)
        return self._forgotten_ids

    def _history(self, rows: list[Any]) -> None:
        specs = by_name()
        # An office that had not heard of an erasure still names the erased rows' ids as values
        # (a follow-up's owner): they arrive as the marker the erasure left here.
        forgotten = self._forgotten()
        out = []
        for row in rows:
            change_id, entity_name, row_id, name, old, new, hlc, office_idx, staff, at = row
            if entity_name not in specs or (entity_name, row_id) in self.erased or not is_valid(hlc):
                continue
            if known(self.local_knowledge, Version(hlc, self.offices[office_idx])):
                continue  # this office had the change already, and so its log row
            try:
                stored_at = from_wire_time(at)
            except (TypeError, ValueError) as exc:
                raise IncompatiblePackage(f"a history entry's time is not a time ({at!r})") from exc
            office = self.offices[office_idx]
            if forgotten:
                old, new = forgotten.get(old, old), forgotten.get(new, new)
            out.append((change_id, entity_name, row_id, name, old, new, hlc, office, staff, stored_at))
        if out:
            self.writes_history = True
            if self.apply:
                from petdesk.sync.tracking import LOG_INSERT_SQL

                self.cursor.executemany(LOG_INSERT_SQL, out)

    def _entity(
        self,
        name: str,
        pkg_cols: list[str],
        rows: list[list[Any]],
        packed_versions: list[Any],
        by_column: list[tuple[Any, ...]] | None = None,
    ) -> None:
        """Merge one part of a table's records (``by_column``: the same values a column at a time,
        as the check made them)."""
        entity = by_name().get(name)
        if entity is None:
            raise IncompatiblePackage(f"it contains tables this petdesk does not know ({name})")
        extra = [c for c in pkg_cols if c not in entity.columns]
        if extra:
            raise IncompatiblePackage(
                f"its {entity.name} records have fields this petdesk does not know ({', '.join(extra)})"
            )
        if len(rows) != len(packed_versions):
            raise IncompatiblePackage(f"its {entity.name} records and versions do not match")
        times = [i + 1 for i, c in enumerate(pkg_cols) if c in entity.time_columns]
        cursor, offices = self.cursor, self.offices
        sender_knowledge, local_knowledge, lost = self.sender_knowledge, self.local_knowledge, self.lost
        self_office = self.untracked_version.office
        missing = [c for c in entity.columns if c not in pkg_cols]
        col_pos = {c: i for i, c in enumerate(pkg_cols)}
        deleted_pos = col_pos.get("deleted_at")
        # A key made from other fields is made here from the values received (see derived.py).
        from petdesk.sync import derived as derived_keys  # its rules load with the first part

        derived = derived_keys.positions(entity.name, col_pos)
        if derived is not None and rows:
            by_column = derived_keys.with_keys(rows, by_column, *derived)
        quiet = META_FIELDS | {pkg_cols[derived[0] - 1]} if derived is not None else META_FIELDS
        counts = self.counts.setdefault(entity.name, EntityCounts())
        codes = self.codes
        code = codes.entity(entity.name)
        empty_before = self._empty_before.get(entity.name)
        if empty_before is None:
            empty_before = cursor.execute(f"SELECT 1 FROM {entity.name} LIMIT 1").fetchone() is None
            self._empty_before[entity.name] = empty_before
        if empty_before:
            local_rows: dict[str, tuple[Any, ...]] = {}
            local_versions: dict[str, RowVersions] = {}
        else:
            local_rows, local_versions = _load_local(
                cursor, codes, entity.name, pkg_cols, [r[0] for r in rows]
            )
        tail = tuple(entity.column_defaults.get(c) for c in missing) + tuple(entity.local_defaults.values())
        # New records keep their times as the package carries them until they are inserted.
        inserts: list[list[Any]] = []
        # Beside each new record: its package version when that is one for all fields, else None.
        insert_versions: list[list[Any] | None] = []
        updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        versions: list[tuple[Any, ...]] = []
        conflicts: list[dict[str, Any]] = []
        superseded: list[tuple[str, str, str]] = []
        max_hlc = self.max_hlc
        links = _erasable_links(entity.name, pkg_cols) if self.erased else ()
        altered = False
        pending: Iterable[tuple[list[Any], list[Any]]] = zip(rows, packed_versions, strict=True)
        timed = entity.name in time_groups.GROUPS

        def takes_theirs(mine: Version, theirs: Version) -> bool:
            """Whether the received version of a field wins. (The second: an edit of this office's,
            made while its clock ran far ahead, that the sender had seen and then replaced: see
            clock_rewrite.in_original_values. Otherwise a version the sender had seen is never above
            the sender's own.)"""
            return theirs > mine or (mine.office == self_office and known(sender_knowledge, mine))

        if rows and not local_rows and not self.erased and _one_version_each(packed_versions):
            # Every record new, each with one version for all its fields (a first exchange): what
            # the loop's first branch does for each, done a column at a time, in C.
            inserts, insert_versions, pending = list(rows), list(packed_versions), ()
            max_hlc = max(max_hlc, max(map(itemgetter(0), packed_versions)))
            deleted = 0
            if deleted_pos is not None:
                deleted = len(rows) - list(map(itemgetter(deleted_pos + 1), rows)).count(None)
            counts.deleted += deleted
            counts.added += len(rows) - deleted
        for row, packed in pending:
            row_id = row[0]
            if (entity.name, row_id) in self.erased:
                continue  # erased for data protection here or at the sender: never back
            if links:
                kept = _without_erased(row, links, self.erased)
                if kept is None:
                    continue  # the person's data, made at the sender before the erasure reached it
                altered = altered or kept is not row
                row = kept
            local = local_rows.get(row_id)
            if local is None and packed[2] is None:
                # A new record with one version for all its fields (the common case of a first
                # exchange): no objects needed.
                base_hlc = packed[0]  # a clock value: validate_record checked it
                if base_hlc > max_hlc:
                    max_hlc = base_hlc
                inserts.append(row)
                insert_versions.append(packed)
                if deleted_pos is not None and row[deleted_pos + 1] is not None:
                    counts.deleted += 1
                else:
                    counts.added += 1
                continue
            incoming = _decode_versions(packed, offices)
            top = incoming.max().hlc
            if top > max_hlc:
                max_hlc = top
            if local is None:
                inserts.append(row)
                insert_versions.append(None)
                versions.append(codes.db_row(code, row_id, incoming))
                if deleted_pos is not None and row[deleted_pos + 1] is not None:
                    counts.deleted += 1
                else:
                    counts.added += 1
                continue
            if times:
                row = _stored_row(entity.name, row, times)
            self_versions = local_versions.get(row_id) or RowVersions(self.untracked_version)
            merged = RowVersions(self_versions.base, dict(self_versions.fields))
            changed: dict[str, Any] = {}
            won_edits: list[Version] = []
            # A start and end taken one from each office could end before they start: taken whole.
            whole = (
                time_groups.whole_pairs(entity.name, col_pos, self_versions, incoming, takes_theirs)
                if timed
                else {}
            )
            for pos, col in enumerate(pkg_cols):
                mine, theirs = self_versions.of(col), incoming.of(col)
                if mine == theirs:
                    continue
                local_value, value = local[pos], row[pos + 1]
                differs = local_value != value
                conflict_field = col not in quiet and differs
                if col == "deleted_at":
                    # Two deletions at different moments are no conflict; delete vs restore is.
                    conflict_field = (local_value is None) != (value is None)
                decided = whole.get(col)
                # (the edit the conflict names as winning: the later pair's latest, taken whole)
                won_by = None if decided is None else decided[1]
                taken = takes_theirs(mine, theirs) if decided is None else decided[0]
                if differs and decided is not None and taken != takes_theirs(mine, theirs):
                    self.taken_whole.append((entity.name, row_id, col))
                if taken:
                    merged.set(col, theirs)
                    if differs:
                        changed[col] = value
                    if col not in META_FIELDS and col != "deleted_at":
                        won_edits.append(theirs)
                    if known(sender_knowledge, mine):
                        if (entity.name, row_id, col) in self.open_conflicts and not _same_edit(
                            mine, theirs, differs
                        ):
                            superseded.append((entity.name, row_id, col))
                        if conflict_field and lost and (entity.name, row_id, col, mine) in lost:
                            # The sender had seen our value, but the edit that beat it had not:
                            # our edit was overridden, and nobody here knew.
                            conflicts.append(
                                _conflict(
                                    entity.name,
                                    row_id,
                                    col,
                                    "field",
                                    won_by or theirs,
                                    value,
                                    mine,
                                    local_value,
                                )
                            )
                    elif conflict_field:
                        conflicts.append(
                            _conflict(
                                entity.name, row_id, col, "field", won_by or theirs, value, mine, local_value
                            )
                        )
                elif conflict_field and not known(local_knowledge, theirs):
                    conflicts.append(
                        _conflict(
                            entity.name, row_id, col, "field", won_by or mine, local_value, theirs, value
                        )
                    )
            if derived is not None:
                derived_keys.merged_key(changed, local, pkg_cols, *derived)
            merged.compact(entity.columns)
            was_deleted = deleted_pos is not None and local[deleted_pos] is not None
            now_deleted = deleted_pos is not None and (
                changed.get("deleted_at", local[deleted_pos]) is not None
            )
            if deleted_pos is not None:
                _delete_edit_conflicts(
                    conflicts,
                    entity.name,
                    row_id,
                    pkg_cols,
                    was_deleted=was_deleted,
                    now_deleted=now_deleted,
                    mine=self_versions,
                    theirs=incoming,
                    won_edits=won_edits,
                    deleted_value=changed.get("deleted_at", local[deleted_pos]),
                    sender_knowledge=sender_knowledge,
                )
            if entity.name == "follow_up":
                _closed_while_postponed(
                    conflicts,
                    row_id,
                    col_pos,
                    local,
                    row,
                    mine=self_versions,
                    theirs=incoming,
                    sender_knowledge=sender_knowledge,
                    local_knowledge=local_knowledge,
                    peers=self.peers,
                    lost_to=self.lost_to,
                )
            if changed:
                key = tuple(sorted(changed))
                updates.setdefault(key, []).append((*(changed[c] for c in key), row_id))
                if now_deleted and not was_deleted:
                    counts.deleted += 1
                else:
                    counts.updated += 1
                    if was_deleted and not now_deleted:
                        counts.restored += 1
            else:
                counts.unchanged += 1
            if row_id not in local_versions or merged != self_versions:
                versions.append(codes.db_row(code, row_id, merged))
        self.max_hlc = max_hlc
        if entity.name in self.touched and not empty_before:
            # Into a table that held nothing (a first exchange) no copy of this office's can meet
            # the package's: nothing to compare them with afterwards (348,000 methods at 100,000 contacts).
            self.touched[entity.name].extend(r[0] for r in inserts)
            self.touched[entity.name].extend(v[-1] for values in updates.values() for v in values)
        if self.written is not None and (inserts or updates):
            written = self.written.setdefault(entity.name, [])
            written.extend(r[0] for r in inserts)
            written.extend(v[-1] for values in updates.values() for v in values)
            if sum(map(len, self.written.values())) > WRITTEN_LISTED:
                self.written = None
        counts.conflicts += len(conflicts)
        self.conflicts.extend(conflicts)
        if inserts or updates or versions or conflicts or superseded:
            self.writes_anything = True
        if not self.apply:
            return
        if inserts:
            if self._bulk is not None:
                self._bulk.before_insert(entity.name)
            cols = ("id", *pkg_cols, *missing, *entity.local_defaults)
            marks = ",".join("?" * len(cols))
            first = cursor.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {entity.name}").fetchone()[0]
            # Every record of the part new (inserts holds them all, in order): its columns as checked.
            checked = by_column if len(inserts) == len(rows) and not altered else None
            cursor.executemany(
                f"INSERT INTO {entity.name} ({', '.join(cols)}) VALUES ({marks})",
                _insert_rows(entity.name, inserts, times, tail, checked),
            )
            self._new_versions(entity.name, code, inserts, insert_versions, first)
        for changed_cols, values in updates.items():
            assignments = ", ".join(f"{c} = ?" for c in changed_cols)
            cursor.executemany(f"UPDATE {entity.name} SET {assignments} WHERE id = ?", values)
        cursor.executemany(version_table.UPSERT_SQL, versions)
        if superseded:
            cursor.executemany(
                "UPDATE sync_conflict SET resolved_at = ?, resolution = 'superseded' "
                "WHERE entity = ? AND row_id = ? AND field = ? AND resolved_at IS NULL",
                [(self.now, *key) for key in superseded],
            )
        from petdesk.drawn_ids import new_id

        for conflict in conflicts:
            cursor.execute(
                "INSERT OR IGNORE INTO sync_conflict (id, entity, row_id, field, kind, winner_value, "
                "winner_hlc, winner_office, loser_value, loser_hlc, loser_office, detected_at, exchange_id, "
                "resolved_at, resolution) VALUES (:id, :entity, :row_id, :field, :kind, :winner_value, "
                ":winner_hlc, :winner_office, :loser_value, :loser_hlc, :loser_office, :now, :exchange_id, "
                "NULL, '')",
                {**conflict, "id": new_id(), "now": self.now, "exchange_id": self.exchange_id},
            )
            self.new_conflicts += cursor.rowcount
        # Passed on, so that the office whose value lost hears of it (see lost_edits).
        lost_edits.remember(cursor, [lost_edits.from_conflict(c) for c in conflicts if c["kind"] == "field"])

    def _new_versions(
        self,
        table: str,
        code: int,
        inserts: list[list[Any]],
        insert_versions: list[list[Any] | None],
        first: int,
    ) -> None:
        """Write the versions of the new records just inserted whose package version is one for all
        fields (the others are in the part's list of versions, written after these).

        A first package brings thousands of records made together with one version: each run of
        them gets its versions with one ``INSERT ... SELECT`` over the rowids the records were just
        given (SQLite numbers new rows on from the largest, in the order inserted), five times
        cheaper than binding a row of values per record. Where the numbering was not that (a table
        holding the largest rowid possible numbers new rows at random), a row per record."""
        cursor, offices, codes = self.cursor, self.offices, self.codes
        last = cursor.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        if last == first + len(inserts) - 1:
            for start, end, (hlc, office, _fields) in _runs(insert_versions):
                stored = to_int(hlc)
                cursor.execute(
                    "INSERT OR REPLACE INTO sync_row_version "
                    "(entity, row_id, base_hlc, base_office, fields, max_hlc) "
                    f"SELECT ?, id, ?, ?, NULL, ? FROM {table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                    (code, stored, codes.office(offices[office]), stored, first + start, first + end),
                )
            return
        rows = []
        for row, packed in zip(inserts, insert_versions, strict=True):
            if packed is not None:
                stored = to_int(packed[0])
                rows.append((code, row[0], stored, codes.office(offices[packed[1]]), None, stored))
        cursor.executemany(version_table.UPSERT_SQL, rows)


def _one_version_each(packed_versions: list[Any]) -> bool:
    """Whether each of a part's (checked) package versions is one for all its record's fields."""
    return list(map(itemgetter(2), packed_versions)).count(None) == len(packed_versions)


def _runs(keys: list[list[Any] | None]) -> Iterator[tuple[int, int, list[Any]]]:
    """(first, last, version) of each run of consecutive equal package versions, None breaking."""
    if None not in keys:
        # (the common case, a part of new records: grouped in C by clock value and office)
        start = 0
        for _key, group in groupby(cast(list[list[Any]], keys), itemgetter(0, 1)):
            members = list(group)
            yield start, start + len(members) - 1, members[0]
            start += len(members)
        return
    start = 0
    for i in range(1, len(keys) + 1):
        head = keys[start]
        key = keys[i] if i < len(keys) else None
        if key is None or head is None or key[0] != head[0] or key[1] != head[1]:
            if head is not None:
                yield start, i - 1, head
            start = i


def _stored_time(entity: str, value: Any) -> Any:
    """The stored form (integer microseconds) of a time as the package carries it (ISO text)."""
    try:
        return from_wire_time(value)
    except (TypeError, ValueError) as exc:
        raise _not_a_time(entity, value) from exc


def _stored_row(entity: str, row: list[Any], times: list[int]) -> list[Any]:
    """A package row with its times in the stored form."""
    row = list(row)
    for pos in times:
        row[pos] = _stored_time(entity, row[pos])
    return row


def _stored_times(entity: str, column: Iterable[Any]) -> Iterable[Any]:
    """A column of times of a part in the stored form. Texts are converted once each (a record's
    creation and last change are often the same moment, and records made together share times)
    and looked up for the rest of the column; anything else is converted value by value (so that
    1 and 1.0, equal as keys, are not confused)."""
    values = tuple(column)  # a column of zip(*rows) is a tuple already: not copied
    if set(map(type, values)) <= _TEXT_OR_NONE:
        stored = _stored_texts(entity, set(values))
        return map(stored.__getitem__, values)
    return [_stored_time(entity, value) for value in values]


def _stored_texts(entity: str, texts: set[str | None]) -> dict[str | None, int | None]:
    """The stored form of each of a column's different texts, converted in one batch."""
    try:
        return from_wire_times(texts)
    except NotAWireTime as exc:
        raise _not_a_time(entity, exc.value) from exc


def _not_a_time(entity: str, value: Any) -> IncompatiblePackage:
    return IncompatiblePackage(f"a time of its {entity} records is not a time ({value!r})")


_TEXT_OR_NONE = frozenset({str, type(None)})


def _erasable_links(table: str, pkg_cols: list[str]) -> tuple[tuple[int, str, bool], ...]:
    """(position in a package row, linked table, whether the row goes with it) of the columns of
    ``table`` that link to a row an erasure may remove (else the link is cleared)."""
    from petdesk.sync.erasure import DELETE, link_rules_from

    at = {c: i + 1 for i, c in enumerate(pkg_cols)}
    rules = link_rules_from(table)
    return tuple((at[column], target, rule == DELETE) for column, target, rule in rules if column in at)


def _without_erased(
    row: list[Any], links: tuple[tuple[int, str, bool], ...], erased: set[tuple[str, str]]
) -> list[Any] | None:
    """``row`` as it may enter a file where ``erased`` rows are gone: None when it is the erased
    person's (a phone number another office added before the erasure reached it: its link to the
    contact refused the whole package), a copy with the office's links to them cleared, or itself."""
    out = row
    for at, target, goes in links:
        value = row[at]
        if value is not None and (target, value) in erased:
            if goes:
                return None
            if out is row:
                out = list(row)
            out[at] = None
    return out


def _insert_rows(
    entity: str,
    rows: list[list[Any]],
    times: list[int],
    tail: tuple[Any, ...],
    by_column: list[tuple[Any, ...]] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """New package rows as inserted: times in the stored form, then the columns the package lacks
    (``by_column``: the rows a column at a time when the caller has them already).

    Worked a column at a time and zipped back into rows as executemany takes them, in C: no
    Python step per record (the rows of a part have one width: ``validate_record`` checked)."""
    columns: list[Iterable[Any]] = list(by_column if by_column is not None else zip(*rows, strict=True))
    for pos in times:
        columns[pos] = _stored_times(entity, columns[pos])
    return zip(*columns, *(repeat(value, len(rows)) for value in tail), strict=True)


def _conflict(
    entity: str,
    row_id: str,
    name: str,
    kind: str,
    winner: Version,
    winner_value: Any,
    loser: Version,
    loser_value: Any,
) -> dict[str, Any]:
    if name in by_name()[entity].time_columns:
        # Conflicts keep values as packages carry them, times as ISO text (readable, and the
        # form the change log keeps).
        winner_value, loser_value = wire_time(winner_value), wire_time(loser_value)
    return {
        "entity": entity,
        "row_id": row_id,
        "field": name,
        "kind": kind,
        "winner_value": _json(winner_value),
        "winner_hlc": winner.hlc,
        "winner_office": winner.office,
        "loser_value": _json(loser_value),
        "loser_hlc": loser.hlc,
        "loser_office": loser.office,
    }


def _closed_while_postponed(
    conflicts: list[dict[str, Any]],
    row_id: str,
    col_pos: dict[str, int],
    local: tuple[Any, ...],
    row: list[Any],
    *,
    mine: RowVersions,
    theirs: RowVersions,
    sender_knowledge: VectorClock,
    local_knowledge: VectorClock,
    peers: peer_knowledge.PeerVectors,
    lost_to: Mapping[tuple[str, str, str, Version], Version],
) -> None:
    """A follow-up closed (done or dropped) at one office while the other postponed it: the two
    are different fields, so the merge keeps both without a word, and the postponing office's
    follow-up left its open list unseen (field test 55, defect 7). Closing wins, but postponing
    meant "still open": a conflict on the status, whose other value ("open") reopens it with the
    date the postponing office chose. Whether the closing (or postponing) office had seen the
    other edit is asked of the sender, and of that office's own vectors where a third office
    relayed its edit (field test 61), in both directions: the closing office hears of it too, from
    the postponing office's own finding (``lost_to``) when that office saw the closing first."""
    if "status" not in col_pos or "due_date" not in col_pos:
        return
    if any(c["row_id"] == row_id and c["field"] == "status" for c in conflicts):
        return  # both changed the status: the field conflict says it already
    status, due = col_pos["status"], col_pos["due_date"]
    local_status, their_status = local[status], row[status + 1]
    if local[due] == row[due + 1] and mine.of("due_date") != theirs.of("due_date"):
        return  # the same date written twice: nothing postponed (relayed, both hold the same one)
    if (
        local_status == FollowUpStatus.OPEN
        and their_status != FollowUpStatus.OPEN
        and not known(local_knowledge, theirs.of("status"))
        and _unseen(theirs.of("status"), mine.of("due_date"), sender_knowledge, peers)
    ):
        # Closed there, postponed here.
        winner, closed, postponed = theirs.of("status"), their_status, mine.of("due_date")
    elif (
        local_status != FollowUpStatus.OPEN
        # Open there; or closed by this same edit, which a relaying office merged with the date
        # (field test 61: Munich closed it, Chengdu's postponement reached Munich through Hong Kong).
        and (their_status == FollowUpStatus.OPEN or theirs.of("status") == mine.of("status"))
        and local[due] != row[due + 1]
        and (
            _unseen(theirs.of("due_date"), mine.of("status"), sender_knowledge, peers)
            # The postponing office found it and says so: it heard of the closing only afterwards.
            or lost_to.get(("follow_up", row_id, "status", theirs.of("due_date"))) == mine.of("status")
        )
        and not known(local_knowledge, theirs.of("due_date"))
    ):
        # Closed here, postponed there.
        winner, closed, postponed = mine.of("status"), local_status, theirs.of("due_date")
    else:
        return
    conflicts.append(
        _conflict(
            "follow_up", row_id, "status", "field", winner, closed, postponed, FollowUpStatus.OPEN.value
        )
    )


def _unseen(edit: Version, other: Version, sender: VectorClock, peers: peer_knowledge.PeerVectors) -> bool:
    """Whether ``edit`` was made without knowing ``other``: the sender had not seen ``other``,
    or the office that made ``edit`` (not the sender, when a third office relays) had not."""
    return not known(sender, other) or peer_knowledge.unaware(peers, edit, other)


def _delete_edit_conflicts(
    conflicts: list[dict[str, Any]],
    entity: str,
    row_id: str,
    cols: list[str],
    *,
    was_deleted: bool,
    now_deleted: bool,
    mine: RowVersions,
    theirs: RowVersions,
    won_edits: list[Version],
    deleted_value: Any,
    sender_knowledge: VectorClock,
) -> None:
    data_cols = [c for c in cols if c not in META_FIELDS and c != "deleted_at"]
    if now_deleted and not was_deleted:
        # Deleted there; were there edits here the deleting office had not seen?
        unseen = [v for v in (mine.of(c) for c in data_cols) if not known(sender_knowledge, v)]
        if unseen:
            conflicts.append(
                _conflict(
                    entity,
                    row_id,
                    "deleted_at",
                    "delete_edit",
                    theirs.of("deleted_at"),
                    deleted_value,
                    max(unseen),
                    None,
                )
            )
    elif was_deleted and now_deleted and won_edits:
        # Deleted here; edited there by an office that had not seen the deletion.
        deletion = mine.of("deleted_at")
        if not known(sender_knowledge, deletion):
            conflicts.append(
                _conflict(
                    entity, row_id, "deleted_at", "delete_edit", deletion, deleted_value, max(won_edits), None
                )
            )
