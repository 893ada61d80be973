"""The same e-mail address (phone number, messaging id) twice on one person after a sync.

Two offices that add the same address to the same person each make a contact method of their own;
the sync carries both, and the person then shows the address twice at every office. After each
import the live copies (same contact, same channel, same value as the merge compares them: e-mail
without case or "mailto:", phone numbers by their whole national number, other ids without case) are
collapsed the same way at every office: the one with the smaller id stays, the others are retired
(soft-deleted) as this office's change, which travels like any edit. Two offices that retire the
same copy write the same deletion, which does not conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from petdesk.services.matching import same_method_key
from petdesk.sync.changes import CHUNK
from petdesk.sync.local_writes import LocalWriter


def method_key(channel: str, value: str) -> tuple[str, str]:
    """What makes two contact methods of one person the same (as ``services.merge`` has it)."""
    return channel, same_method_key(channel, value or "")


def collapse(cursor: Any, write: LocalWriter, method_ids: Iterable[str]) -> int:
    """Retire the live duplicates among the contact methods of the people that the contact methods
    ``method_ids`` (those an import added, changed or moved) belong to; returns how many."""
    ids = sorted(set(method_ids))
    contacts: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        contacts.update(
            r[0]
            for r in cursor.execute(
                f"SELECT contact_id FROM contact_method WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    people = sorted(contacts)
    retired = 0
    for start in range(0, len(people), CHUNK):
        chunk = people[start : start + CHUNK]
        seen: set[tuple[str, str, str]] = set()
        for row_id, contact_id, channel, value in cursor.execute(
            "SELECT id, contact_id, channel, value FROM contact_method WHERE deleted_at IS NULL "
            f"AND contact_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
            chunk,
        ).fetchall():
            key = (contact_id, *method_key(channel, value))
            if key[2] == "":
                continue  # an empty value says nothing
            if key in seen:
                retired += write.retire("contact_method", row_id)
            else:
                seen.add(key)
    return retired
