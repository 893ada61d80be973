"""A record's start and end (and their zone) merge as one value.

The sync merges field by field, so office A moving a meeting later (a new start and end) and office
B shortening it (a new end only, written later) made A's start beside B's end: a meeting ending
before it starts, stored at every office (round 53). Where two offices' edits of one record's time
would be taken from both, the pair written last (the one holding the later of all the time's field
versions) is taken whole, and the other pair's values wait as field conflicts on the record, so that
settling one end brings the other with it (``service.TIME_PARTNERS``).

Every office decides alike from the versions alone, whatever order packages arrive in (the pairs
compare by their latest version, a total order; equal ones, which only a mix an older petdesk made
can give, fall back to field by field). The package format is unchanged.

An office still merging field by field (a petdesk before round 53) takes, from the pair that won
here, only the fields whose versions are above its own: the fields this office decided against
their own versions are therefore versioned again here after the merge (``restamp``), or that office
keeps its mix and, every version known at both, neither sends the record again (review 53).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from petdesk.sync.entities import RowVersions
from petdesk.sync.hlc import Version
from petdesk.sync.tracking import record_local_changes

#: The fields that say one time (or span of days) of a record, start first.
GROUPS: dict[str, tuple[str, ...]] = {
    "itinerary_item": ("starts_at", "ends_at", "timezone"),
    "training_session": ("starts_at", "ends_at", "timezone"),
    "travel_leg": ("departs_at", "departs_timezone", "arrives_at", "arrives_timezone"),
    "visit": ("start_date", "end_date"),
    "training": ("start_date", "end_date"),
    "accommodation": ("check_in", "check_out"),
    "emergency_entry": ("starts_on", "ends_on"),
    "affiliation": ("start_date", "end_date"),
    "training_participant": ("lodging_check_in", "lodging_check_out"),
}


def whole_pairs(
    entity: str,
    columns: dict[str, int],
    mine: RowVersions,
    theirs: RowVersions,
    takes_theirs: Callable[[Version, Version], bool],
) -> dict[str, tuple[bool, Version]]:
    """For the time fields of a record that field-by-field merging (``takes_theirs``) would take
    partly from each side: field -> (whether the received value wins, the winning pair's latest
    version, which the conflicts name as the edit that won). Empty where one side wins every field
    anyway, or nothing differs."""
    group = [c for c in GROUPS.get(entity, ()) if c in columns]
    differing = [c for c in group if mine.of(c) != theirs.of(c)]
    if len({takes_theirs(mine.of(c), theirs.of(c)) for c in differing}) < 2:
        return {}
    top_mine, top_theirs = max(mine.of(c) for c in group), max(theirs.of(c) for c in group)
    if top_mine == top_theirs:
        return {}  # (a mix an older petdesk made, holding the latest edit: each field its own)
    theirs_win = top_theirs > top_mine
    return dict.fromkeys(group, (theirs_win, max(top_mine, top_theirs)))


def restamp(cursor: Any, local: Version, fields: Iterable[tuple[str, str, str]]) -> None:
    """Version ``fields`` (table, id, field: ``Merger.taken_whole``) as this office's, at ``local``,
    values unchanged, so that every office takes the pair chosen here, whatever its merge. The
    conflicts on them stay open: the values that lost are still to be settled."""
    by_table: dict[str, dict[str, set[str]]] = {}
    for table, row_id, field in fields:
        by_table.setdefault(table, {}).setdefault(row_id, set()).add(field)
    for table, rows in by_table.items():
        changes: list[tuple[str, set[str] | None]] = list(rows.items())
        record_local_changes(
            cursor, table, changes, hlc=local.hlc, office=local.office, close_conflicts=False
        )
