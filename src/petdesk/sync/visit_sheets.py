"""A sheet edited at an office not yet at 0047 arrives in the visit's old columns: it goes into
the visit's whole-visit emergency entry, as ``logistics._adopt_visit_sheet`` does before an edit.

Migration 0047 moved each visit's single emergency sheet into an entry and left the columns, which
an older office still fills. After an import, such an edit (a new hospital, say) was hidden behind
the entry, and the next local edit of the sheet cleared the columns: a synced change that lost the
new hospital at every office (review 47, finding 3). After each import the non-empty columns that
differ from the whole-visit entry are copied into it (made with the id every office makes, or
brought back), as changes of this office; offices that settle it write the same values. The columns
stay, so the older office keeps its sheet; a local edit of the sheet clears them (after adopting).
"""

from __future__ import annotations

from typing import Any

from petdesk.ids import first_emergency_entry_id
from petdesk.sync.entities import RowVersions
from petdesk.sync.local_writes import LocalWriter
from petdesk.sync.tracking import record_local_change
from petdesk.sync.versions import Codes

FIELDS = ("duty_officer_name", "duty_officer_phone", "embassy", "emergency_numbers", "hospital")
#: Visits with a sheet in their columns and a live entry, which hides the columns (a visit with no
#: entry shows its columns, and its first edit adopts them).
_WITH_COLUMNS = (
    f"SELECT id, {', '.join(FIELDS)} FROM visit WHERE ("
    + " OR ".join(f"{f} != ''" for f in FIELDS)
    + ") AND EXISTS (SELECT 1 FROM emergency_entry e WHERE e.visit_id = visit.id AND e.deleted_at IS NULL)"
)
_EMPTY = ", ".join("''" for _ in FIELDS)
#: The visit's live whole-visit entry, the one of the shared id first.
_WHOLE_VISIT = (
    "SELECT id FROM emergency_entry WHERE visit_id = ? AND deleted_at IS NULL AND place = '' "
    "AND starts_on IS NULL AND ends_on IS NULL ORDER BY id = ? DESC, created_at, id LIMIT 1"
)


def follow(cursor: Any, write: LocalWriter) -> int:
    """Copy sheets found in visits' columns into their whole-visit entries where they differ;
    returns how many visits."""
    if cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'emergency_entry'").fetchone() is None:
        return 0
    moved = 0
    for visit_id, *values in cursor.execute(_WITH_COLUMNS).fetchall():
        arrived = {name: value for name, value in zip(FIELDS, values, strict=True) if value}
        entry = cursor.execute(_WHOLE_VISIT, (visit_id, first_emergency_entry_id(visit_id))).fetchone()
        if entry is not None and _values(cursor, entry[0]).items() >= arrived.items():
            continue  # as the migration left them, or adopted before
        entry_id = entry[0] if entry is not None else _whole_visit_entry(cursor, write, visit_id)
        for name, value in arrived.items():
            write("emergency_entry", entry_id, name, value)
        moved += 1
    return moved


def _values(cursor: Any, entry_id: str) -> dict[str, str]:
    row = cursor.execute(
        f"SELECT {', '.join(FIELDS)} FROM emergency_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    return dict(zip(FIELDS, row, strict=True))


def _whole_visit_entry(cursor: Any, write: LocalWriter, visit_id: str) -> str:
    """The id of a new whole-visit entry for the visit: the shared id's (brought back as a
    whole-visit entry if deleted, made if missing)."""
    shared = first_emergency_entry_id(visit_id)
    if cursor.execute("SELECT 1 FROM emergency_entry WHERE id = ?", (shared,)).fetchone() is None:
        cursor.execute(
            "INSERT INTO emergency_entry (id, visit_id, place, starts_on, ends_on, "
            f"{', '.join(FIELDS)}, created_at, updated_at) VALUES (?, ?, '', NULL, NULL, {_EMPTY}, ?, ?)",
            (shared, visit_id, write.now, write.now),
        )
        local = write.local
        record_local_change(cursor, "emergency_entry", shared, None, hlc=local.hlc, office=local.office)
        write.touched.append(("emergency_entry", shared))
        return shared
    for name in ("place", "starts_on", "ends_on", "deleted_at", *FIELDS):  # the columns are the whole sheet
        write("emergency_entry", shared, name, None if name in ("starts_on", "ends_on", "deleted_at") else "")
    return shared


def adopt_migrated_entries(cursor: Any) -> int:
    """Version the whole-visit entries 0047's upgrade made (written without the ORM) as old as the
    visit's sheet they were made from, before ``adopt_untracked`` would make them new; returns how
    many.

    Adopted as changed now, the entry of an office that updated after another office had edited the
    sheet (in the entry of the same id) won over that edit at both offices: the late office went on
    showing the old sheet, and sent it back (fixes2, item 1). Made from the visit's columns, the
    entry is no newer than they are: any edit made since wins, and an office that has the columns
    already makes the same entry itself."""
    if cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'emergency_entry'").fetchone() is None:
        return 0
    codes = Codes(cursor)
    if codes.known_entity("visit") is None:
        return 0
    entry_code = codes.entity("emergency_entry")
    untracked = cursor.execute(
        "SELECT e.id, e.visit_id FROM emergency_entry e WHERE NOT EXISTS "
        "(SELECT 1 FROM sync_row_version v WHERE v.entity = ? AND v.row_id = e.id)",
        (entry_code,),
    ).fetchall()
    made = {entry: visit for entry, visit in untracked if entry == first_emergency_entry_id(visit)}
    visits = codes.load("visit", set(made.values()))
    rows = [
        codes.db_row(entry_code, entry, RowVersions(max(visits[visit].of(name) for name in FIELDS)))
        for entry, visit in made.items()
        if visit in visits
    ]
    cursor.executemany(
        "INSERT INTO sync_row_version (entity, row_id, base_hlc, base_office, fields, max_hlc) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)
