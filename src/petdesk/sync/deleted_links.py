"""A person deleted at one office while another linked them (interpreter, attendee, member).

Chengdu deletes Lei Jie while Copenhagen makes him the interpreter of a site visit: the sync kept
the deletion and the link, no conflict opened, and the calendar still invited a person nobody
could see (field test 18, defect 3). A new link to a deleted record is an edit of it: after each
import, a link or a deletion the import brought that was made without seeing the other (see
``_met_here``) opens the deleted-versus-edited conflict on the person, which offers to restore them. The
conflict's other value names the link, so that the conflict can say which. Nothing is written: the
records stay as the field rule left them, the same at every office.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync.changes import VectorClock, _conflict, known
from petdesk.sync.hlc import Version
from petdesk.sync.local_writes import add_conflict, linking
from petdesk.sync.tracking import self_office_id
from petdesk.sync.versions import Codes

#: Rows of a person's own (their phone numbers): edits of the person, not links to them.
OWN_ROWS = frozenset({"contact_method"})


def links(cursor: Any) -> list[tuple[str, str]]:
    """(table, column) of the live links that can name a person."""
    return [(t, c) for t, c in linking(cursor, "contact") if t not in OWN_ROWS and _soft_deleted(cursor, t)]


def _soft_deleted(cursor: Any, table: str) -> bool:
    return any(r[1] == "deleted_at" for r in cursor.execute(f"SELECT * FROM pragma_table_info('{table}')"))


def find(
    cursor: Any,
    *,
    written: dict[str, list[str]] | None,
    local_knowledge: VectorClock,
    sender_knowledge: VectorClock,
    now: int,
    exchange_id: str | None,
) -> int:
    """Open a conflict for each link the import made meet a deletion (see the module's text);
    ``local_knowledge``: what this office held before the import. Returns how many opened."""
    codes = Codes(cursor, create=False)
    self_office = self_office_id(cursor)
    opened = 0
    new_deletions = None if written is None else set(written.get("contact", []))
    for table, column in links(cursor):
        ids = None if written is None else written.get(table, [])
        rows = _live_links_to_deleted(cursor, table, column, ids, new_deletions)
        if not rows:
            continue
        link_versions = codes.load(table, [r[0] for r in rows])
        deletions = codes.load("contact", sorted({r[1] for r in rows}))
        for row_id, contact_id, deleted_at in rows:
            if row_id not in link_versions or contact_id not in deletions:
                continue
            link = link_versions[row_id].of(column)
            deletion = deletions[contact_id].of("deleted_at")
            if not _met_here(link, deletion, local_knowledge, sender_knowledge, self_office):
                continue
            said = {"link": table, "column": column, "id": row_id}
            conflict = _conflict(
                "contact", contact_id, "deleted_at", "delete_edit", deletion, deleted_at, link, None
            )
            conflict["loser_value"] = json.dumps(said)
            opened += add_conflict(cursor, conflict, now=now, exchange_id=exchange_id)
    return opened


def _met_here(
    link: Version, deletion: Version, before: VectorClock, sender: VectorClock, self_office: str
) -> bool:
    """Whether the import (``before``: what this office held before it; ``sender``: what the
    sender holds) brought a link or a
    deletion, made without seeing the other. Pickers offer no deleted person, so a link to one was
    made where the deletion was unknown: this office knows that of its own deletion (it had not
    seen the link) and of its own link (it had not seen the deletion); a third office, when the link
    came later than the deletion (an office that had seen the link would have deleted after it)."""
    if known(before, link) and known(before, deletion):
        return False  # nothing new of either: met before, or never
    if deletion.office == self_office:
        return not known(before, link)
    if link.office == self_office:  # and the deleting office had not seen it, as far as is known
        return not known(before, deletion) and (link > deletion or not known(sender, link))
    return link > deletion


def _live_links_to_deleted(
    cursor: Any, table: str, column: str, ids: list[str] | None, deleted_ids: set[str] | None
) -> list[tuple[str, str, Any]]:
    """(link id, person id, deleted at) of the live links of ``table`` to deleted people: among the
    links ``ids`` or the people ``deleted_ids`` (None and None: all).

    Read from the deleted people (the contact table's partial index of them) to their links (each
    link column's index): CROSS JOIN keeps that order. Without statistics SQLite scanned every link
    instead, 0.18 s of each full import at 100,000 contacts that deleted no one. Among listed rows,
    each list is read by its own key, the links ``ids`` first: one filter over both lists read every
    deleted person for a package of one record (0.15 s at 100,000 contacts, 5,000 deleted)."""
    live = "l.deleted_at IS NULL AND c.deleted_at IS NOT NULL"
    if ids is None and deleted_ids is None:
        return cursor.execute(
            f"SELECT l.id, l.{column}, c.deleted_at FROM contact c CROSS JOIN {table} l "
            f"ON c.id = l.{column} WHERE {live}"
        ).fetchall()
    found: dict[str, tuple[str, str, Any]] = {}
    if ids:
        for row in cursor.execute(
            f"SELECT l.id, l.{column}, c.deleted_at FROM {table} l CROSS JOIN contact c "
            f"ON c.id = l.{column} WHERE l.id IN (SELECT value FROM json_each(?)) AND {live}",
            (json.dumps(ids),),
        ):
            found[row[0]] = row
    if deleted_ids:
        for row in cursor.execute(
            f"SELECT l.id, l.{column}, c.deleted_at FROM contact c CROSS JOIN {table} l "
            f"ON c.id = l.{column} WHERE c.id IN (SELECT value FROM json_each(?)) AND {live}",
            (json.dumps(sorted(deleted_ids)),),
        ):
            found[row[0]] = row
    return list(found.values())


def linked_after_deletion(cursor: Any) -> int:
    """How many live links name a person deleted before the link was made (for ``petdesk check``):
    made at an office that had not seen the deletion."""
    codes = Codes(cursor, create=False)
    found = 0
    for table, column in links(cursor):
        rows = _live_links_to_deleted(cursor, table, column, None, None)
        if not rows:
            continue
        link_versions = codes.load(table, [r[0] for r in rows])
        deletions = codes.load("contact", sorted({r[1] for r in rows}))
        found += sum(
            1
            for row_id, contact_id, _at in rows
            if row_id in link_versions
            and contact_id in deletions
            and link_versions[row_id].of(column) > deletions[contact_id].of("deleted_at")
        )
    return found


#: Tables whose own record the link is a field of (an item's interpreter); in the others the link is
#: a row of its own under a parent record (an attendee of an item).
ON_RECORD = frozenset({"itinerary_item", "activity", "follow_up", "finance_lead"})


def link_words(cursor: Any, said: Any, locale: str = "en") -> str:
    """The link a conflict's other value names, in words ("Interpreter: Site visit ..."); "" when
    it names none (an edit of the person's own fields)."""
    from petdesk.i18n import translator
    from petdesk.sync.labels import entity_label, field_label
    from petdesk.sync.value_words import describe_record

    if not isinstance(said, dict) or not isinstance(said.get("link"), str):
        return ""
    table, column, row_id = said["link"], str(said.get("column", "")), str(said.get("id", ""))
    if table in ON_RECORD:
        role, record = field_label(column, locale, table), describe_record(cursor, table, row_id, locale)
    else:
        parents = [
            (fk[3], fk[2])
            for fk in cursor.execute(f"SELECT * FROM pragma_foreign_key_list('{table}')")
            if fk[2] != "contact"
        ]
        found = cursor.execute(f"SELECT {parents[0][0]} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        role = entity_label(table, locale)
        record = describe_record(cursor, parents[0][1], found[0], locale) if found and parents else row_id[:8]
    _ = translator(locale)
    return _("{role}: {record}").format(role=role, record=record)
