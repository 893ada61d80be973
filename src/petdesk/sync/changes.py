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

Values travel exactly as SQLite stores them (text, numbers, NULL), so nothing is reinterpreted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from petdesk.sync.entities import META_FIELDS, UPSERT_VERSION_SQL, RowVersions, by_name, entities
from petdesk.sync.hlc import ZERO, Version, is_valid

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


@dataclass
class Collected:
    """Changes for one package, in the package's body layout."""

    body: dict[str, Any]
    counts: dict[str, int]
    hlc_from: str
    hlc_to: str

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _threshold(cursor: Any, since: VectorClock) -> str:
    """A clock value below which no record can hold a change ``since`` lacks: the lowest entry of
    ``since`` over every office that wrote any version here (unknown offices count as zero)."""
    origins = {r[0] for r in cursor.execute("SELECT DISTINCT base_office FROM sync_row_version")}
    origins.update(
        r[0]
        for r in cursor.execute(
            "SELECT DISTINCT json_extract(j.value, '$[1]') "
            "FROM sync_row_version AS v, json_each(v.fields) AS j WHERE v.fields IS NOT NULL"
        )
    )
    return min((since.get(origin, ZERO) for origin in origins), default=ZERO)


def collect(cursor: Any, *, since: VectorClock | None) -> Collected:
    """Every record with a field version not covered by ``since`` (all records if None)."""
    offices: list[str] = []
    office_index: dict[str, int] = {}

    def idx(office: str) -> int:
        if office not in office_index:
            office_index[office] = len(offices)
            offices.append(office)
        return office_index[office]

    body_entities: dict[str, Any] = {}
    counts: dict[str, int] = {}
    threshold = ZERO if since is None else _threshold(cursor, since)
    lowest, highest = None, None
    for entity in entities():
        cols = entity.columns
        select = ", ".join(f"t.{c}" for c in cols)
        rows_out: list[list[Any]] = []
        versions_out: list[list[Any]] = []
        query = (
            f"SELECT t.id, {select}, v.base_hlc, v.base_office, v.fields FROM sync_row_version AS v "
            f"JOIN {entity.name} AS t ON t.id = v.row_id WHERE v.entity = ? AND v.max_hlc > ? ORDER BY t.id"
        )
        ncols = len(cols)
        for record in cursor.execute(query, (entity.name, threshold)):
            base_hlc, base_office, fields_json = record[ncols + 1 :]
            fields = json.loads(fields_json) if fields_json else None
            if since is not None:
                wanted = base_hlc > since.get(base_office, ZERO) or any(
                    h > since.get(o, ZERO) for h, o in (fields or {}).values()
                )
                if not wanted:
                    continue
            rows_out.append(list(record[: ncols + 1]))
            packed_fields = {k: [h, idx(o)] for k, (h, o) in fields.items()} if fields else None
            versions_out.append([base_hlc, idx(base_office), packed_fields])
            row_low = base_hlc
            row_high = max([base_hlc, *(h for h, _ in (fields or {}).values())])
            lowest = row_low if lowest is None or row_low < lowest else lowest
            highest = row_high if highest is None or row_high > highest else highest
        if rows_out:
            body_entities[entity.name] = {"columns": list(cols), "rows": rows_out, "versions": versions_out}
            counts[entity.name] = len(rows_out)
    history = _collect_history(cursor, since, idx)
    erasures = [
        [entity, row_id, hlc, idx(office), erased_at, person_id]
        for entity, row_id, hlc, office, erased_at, person_id in cursor.execute(
            "SELECT entity, row_id, hlc, office, erased_at, person_id FROM sync_erasure "
            "ORDER BY entity, row_id"
        )
    ]
    body: dict[str, Any] = {"offices": offices, "entities": body_entities}
    if history:
        body["history"] = history
    if erasures:
        # Markers are few and carry nothing personal: always all of them (erasing twice is a no-op).
        body["erasures"] = erasures
    return Collected(
        body=body,
        counts=counts,
        hlc_from=lowest or "",
        hlc_to=highest or "",
    )


def _collect_history(cursor: Any, since: VectorClock | None, idx: Callable[[str], int]) -> list[list[Any]]:
    """Change log rows the recipient lacks (judged by their version like field versions)."""
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
        out.append([*row[:7], idx(row[7]), *row[8:]])
    return out


# --------------------------------------------------------------------------------------------
# Import


@dataclass
class EntityCounts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "unchanged": self.unchanged,
        }


@dataclass
class Plan:
    """What a package would change here; computed without writing (the preview)."""

    counts: dict[str, EntityCounts] = field(default_factory=dict)
    inserts: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = field(default_factory=dict)
    updates: dict[str, dict[tuple[str, ...], list[tuple[Any, ...]]]] = field(default_factory=dict)
    versions: list[tuple[Any, ...]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    superseded: list[tuple[str, str, str]] = field(default_factory=list)
    #: Change log rows to add, and erasure markers to apply (entity, id, hlc, office, at, person).
    history: list[tuple[Any, ...]] = field(default_factory=list)
    erasures: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    max_hlc: str = ZERO

    @property
    def data_changes(self) -> int:
        return sum(c.added + c.updated + c.deleted for c in self.counts.values())

    @property
    def conflict_count(self) -> int:
        return len(self.conflicts)

    @property
    def writes_anything(self) -> bool:
        return bool(
            self.inserts
            or self.updates
            or self.versions
            or self.conflicts
            or self.superseded
            or self.history
            or self.erasures
        )


def _decode_versions(packed: list[Any], offices: list[str]) -> RowVersions:
    base_hlc, base_idx, fields = packed
    parsed = {k: Version(h, offices[i]) for k, (h, i) in fields.items()} if fields else {}
    for version in (base_hlc, *(v.hlc for v in parsed.values())):
        if not is_valid(version):
            raise IncompatiblePackage(f"a version is not a clock value ({version!r})")
    return RowVersions(Version(base_hlc, offices[base_idx]), parsed)


def _load_local(
    cursor: Any, entity: str, cols: Iterable[str], ids: list[str]
) -> tuple[dict[str, tuple[Any, ...]], dict[str, RowVersions]]:
    rows: dict[str, tuple[Any, ...]] = {}
    versions: dict[str, RowVersions] = {}
    select = ", ".join(cols)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for record in cursor.execute(f"SELECT id, {select} FROM {entity} WHERE id IN ({marks})", chunk):
            rows[record[0]] = record[1:]
        if not rows:
            continue
        for row_id, base_hlc, base_office, fields in cursor.execute(
            "SELECT row_id, base_hlc, base_office, fields FROM sync_row_version "
            f"WHERE entity = ? AND row_id IN ({marks})",
            (entity, *chunk),
        ):
            versions[row_id] = RowVersions.from_row(base_hlc, base_office, fields)
    return rows, versions


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def plan_merge(
    cursor: Any,
    body: dict[str, Any],
    *,
    sender_knowledge: VectorClock,
    local_knowledge: VectorClock,
    untracked_version: Version,
) -> Plan:
    """Work out, field by field, what applying ``body`` changes; write nothing."""
    offices: list[str] = body.get("offices", [])
    plan = Plan()
    open_conflicts = {
        tuple(r)
        for r in cursor.execute("SELECT entity, row_id, field FROM sync_conflict WHERE resolved_at IS NULL")
    }
    specs = by_name()
    unknown = [name for name in body.get("entities", {}) if name not in specs]
    if unknown:
        raise IncompatiblePackage(f"it contains tables this petdesk does not know ({', '.join(unknown)})")
    erased = _plan_erasures(cursor, plan, body, offices)
    for row in body.get("history", ()):
        change_id, entity_name, row_id, name, old, new, hlc, office_idx, staff, at = row
        if entity_name not in specs or (entity_name, row_id) in erased or not is_valid(hlc):
            continue
        if known(local_knowledge, Version(hlc, offices[office_idx])):
            continue  # this office had the change already, and so its log row
        plan.history.append(
            (change_id, entity_name, row_id, name, old, new, hlc, offices[office_idx], staff, at)
        )
    for entity in entities():
        data = body.get("entities", {}).get(entity.name)
        if not data:
            continue
        pkg_cols: list[str] = data["columns"]
        extra = [c for c in pkg_cols if c not in entity.columns]
        if extra:
            raise IncompatiblePackage(
                f"its {entity.name} records have fields this petdesk does not know ({', '.join(extra)})"
            )
        missing = [c for c in entity.columns if c not in pkg_cols]
        col_pos = {c: i for i, c in enumerate(pkg_cols)}
        deleted_pos = col_pos.get("deleted_at")
        rows: list[list[Any]] = data["rows"]
        packed_versions: list[Any] = data["versions"]
        if len(rows) != len(packed_versions):
            raise IncompatiblePackage(f"its {entity.name} records and versions do not match")
        counts = plan.counts.setdefault(entity.name, EntityCounts())
        local_rows, local_versions = _load_local(cursor, entity.name, pkg_cols, [r[0] for r in rows])
        insert_cols = ("id", *pkg_cols, *missing, *entity.local_defaults)
        tail = tuple(entity.column_defaults.get(c) for c in missing) + tuple(entity.local_defaults.values())
        inserts: list[tuple[Any, ...]] = []
        updates = plan.updates.setdefault(entity.name, {})
        for row, packed in zip(rows, packed_versions, strict=True):
            row_id = row[0]
            if (entity.name, row_id) in erased:
                continue  # erased for data protection here or at the sender: never back
            incoming = _decode_versions(packed, offices)
            top = incoming.max().hlc
            if top > plan.max_hlc:
                plan.max_hlc = top
            local = local_rows.get(row_id)
            if local is None:
                inserts.append((*row, *tail))
                plan.versions.append(incoming.db_row(entity.name, row_id))
                if deleted_pos is not None and row[deleted_pos + 1] is not None:
                    counts.deleted += 1
                else:
                    counts.added += 1
                continue
            self_versions = local_versions.get(row_id) or RowVersions(untracked_version)
            merged = RowVersions(self_versions.base, dict(self_versions.fields))
            changed: dict[str, Any] = {}
            won_edits: list[Version] = []
            for pos, col in enumerate(pkg_cols):
                mine, theirs = self_versions.of(col), incoming.of(col)
                if mine == theirs:
                    continue
                local_value, value = local[pos], row[pos + 1]
                differs = local_value != value
                conflict_field = col not in META_FIELDS and differs
                if col == "deleted_at":
                    # Two deletions at different moments are no conflict; delete vs restore is.
                    conflict_field = (local_value is None) != (value is None)
                if theirs > mine:
                    merged.set(col, theirs)
                    if differs:
                        changed[col] = value
                    if col not in META_FIELDS and col != "deleted_at":
                        won_edits.append(theirs)
                    if known(sender_knowledge, mine):
                        if (entity.name, row_id, col) in open_conflicts:
                            plan.superseded.append((entity.name, row_id, col))
                    elif conflict_field:
                        plan.conflicts.append(
                            _conflict(entity.name, row_id, col, "field", theirs, value, mine, local_value)
                        )
                elif conflict_field and not known(local_knowledge, theirs):
                    plan.conflicts.append(
                        _conflict(entity.name, row_id, col, "field", mine, local_value, theirs, value)
                    )
            merged.compact(entity.columns)
            was_deleted = deleted_pos is not None and local[deleted_pos] is not None
            now_deleted = deleted_pos is not None and (
                changed.get("deleted_at", local[deleted_pos]) is not None
            )
            if deleted_pos is not None:
                _delete_edit_conflicts(
                    plan,
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
            if changed:
                key = tuple(sorted(changed))
                updates.setdefault(key, []).append((*(changed[c] for c in key), row_id))
                if now_deleted and not was_deleted:
                    counts.deleted += 1
                else:
                    counts.updated += 1
            else:
                counts.unchanged += 1
            if row_id not in local_versions or merged != self_versions:
                plan.versions.append(merged.db_row(entity.name, row_id))
        if inserts:
            plan.inserts[entity.name] = (insert_cols, inserts)
        if not updates:
            del plan.updates[entity.name]
    for conflict in plan.conflicts:
        plan.counts[conflict["entity"]].conflicts += 1
    return plan


def _plan_erasures(cursor: Any, plan: Plan, body: dict[str, Any], offices: list[str]) -> set[tuple[str, str]]:
    """Markers in the package not yet applied here; returns every erased (table, id) key."""
    local = {(r[0], r[1]) for r in cursor.execute("SELECT entity, row_id FROM sync_erasure")}
    specs = by_name()
    for entity_name, row_id, hlc, office_idx, erased_at, person_id in body.get("erasures", ()):
        if entity_name not in specs:
            raise IncompatiblePackage(
                f"it erases records of a table this petdesk does not know ({entity_name})"
            )
        if (entity_name, row_id) not in local:
            plan.erasures.append((entity_name, row_id, hlc, offices[office_idx], erased_at, person_id))
    return local | {(e[0], e[1]) for e in plan.erasures}


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


def _delete_edit_conflicts(
    plan: Plan,
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
            plan.conflicts.append(
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
            plan.conflicts.append(
                _conflict(
                    entity, row_id, "deleted_at", "delete_edit", deletion, deleted_value, max(won_edits), None
                )
            )


def apply_plan(
    cursor: Any, plan: Plan, *, exchange_id: str | None, now: str, local: Version | None = None
) -> int:
    """Write a plan inside the caller's transaction; returns the number of new conflicts.

    ``local`` (this office's version for the changes an erasure makes here) is needed only when
    the plan carries erasures."""
    cursor.execute("PRAGMA defer_foreign_keys = ON")
    for entity in entities():
        if entity.name in plan.inserts:
            cols, rows = plan.inserts[entity.name]
            marks = ",".join("?" * len(cols))
            cursor.executemany(f"INSERT INTO {entity.name} ({', '.join(cols)}) VALUES ({marks})", rows)
        for cols, rows in plan.updates.get(entity.name, {}).items():
            assignments = ", ".join(f"{c} = ?" for c in cols)
            cursor.executemany(f"UPDATE {entity.name} SET {assignments} WHERE id = ?", rows)
    cursor.executemany(UPSERT_VERSION_SQL, plan.versions)
    if plan.superseded:
        cursor.executemany(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = 'superseded' "
            "WHERE entity = ? AND row_id = ? AND field = ? AND resolved_at IS NULL",
            [(now, *key) for key in plan.superseded],
        )
    new_conflicts = 0
    from petdesk.models.types import new_id

    for conflict in plan.conflicts:
        cursor.execute(
            "INSERT OR IGNORE INTO sync_conflict (id, entity, row_id, field, kind, winner_value, winner_hlc, "
            "winner_office, loser_value, loser_hlc, loser_office, detected_at, exchange_id, resolved_at, "
            "resolution) VALUES (:id, :entity, :row_id, :field, :kind, :winner_value, :winner_hlc, "
            ":winner_office, :loser_value, :loser_hlc, :loser_office, :now, :exchange_id, NULL, '')",
            {**conflict, "id": new_id(), "now": now, "exchange_id": exchange_id},
        )
        new_conflicts += cursor.rowcount
    if plan.history:
        from petdesk.sync.tracking import LOG_INSERT_SQL

        cursor.executemany(LOG_INSERT_SQL, plan.history)
    if plan.erasures:
        from petdesk.sync.erasure import apply_erasures

        if local is None:
            raise ValueError("applying erasures needs this office's version")
        apply_erasures(cursor, plan.erasures, local=local)
    return new_conflicts
