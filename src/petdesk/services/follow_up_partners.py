"""The record a follow-up belongs to, and what its deletion does to it.

One rule says which record a follow-up belongs to (:func:`partner_of`): the name a list shows,
the record Home opens and what ``petdesk follow-ups --partner`` matches all follow it. Three
copies of the rule disagreed, so a visit's follow-up showed its organisation's name and opened
the visit (review 47, finding 6).

An open follow-up owed to an organisation, a contact or a project (not one agreed during a visit,
which lives and dies with the visit) goes with the record when it is deleted, stamped with the
record's own deletion time, and comes back when the record is restored: otherwise it stayed due on
Home under a partner nobody can open (field test 50, defect 4; review 47, finding 4). The sync
import applies the same rule to records deleted at another office (sync.orphaned_follow_ups).

Only models are imported here, so contacts, organisations and projects can all use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from petdesk.batches import in_batches
from petdesk.models import FollowUp
from petdesk.models.enums import FollowUpStatus
from petdesk.models.types import utcnow
from petdesk.services import newer_values
from petdesk.services.follow_up_list import PARTNER_KINDS as PARTNER_KINDS
from petdesk.services.follow_up_list import partner_of as partner_of

#: The records whose deletion takes their own open follow-ups along, and the column naming them.
DELETED_WITH = {
    "organisation": FollowUp.organisation_id,
    "contact": FollowUp.contact_id,
    "project": FollowUp.project_id,
}


def own_follow_ups(kind: str, record_ids: list[str], *, deleted: bool) -> Select[Any]:
    """The follow-ups filed for these records themselves (a visit's stay with the visit)."""
    state = FollowUp.deleted_at.is_not(None) if deleted else FollowUp.deleted_at.is_(None)
    return select(FollowUp).where(DELETED_WITH[kind].in_(record_ids), FollowUp.visit_id.is_(None), state)


def delete_with(session: Session, kind: str, stamps: Mapping[str, dt.datetime | None]) -> None:
    """Records just deleted (id -> their ``deleted_at``): their open follow-ups go with them, at
    the same moment, so a restore can tell them from follow-ups deleted on their own."""
    column = DELETED_WITH[kind].key
    for chunk in in_batches(list(stamps)):
        query = own_follow_ups(kind, chunk, deleted=False).where(
            newer_values.is_or_unknown(FollowUp.status, FollowUpStatus.OPEN)
        )
        for follow_up in session.scalars(query):
            follow_up.deleted_at = follow_up.updated_at = stamps[getattr(follow_up, column)]


def restore_with(session: Session, kind: str, stamps: Mapping[str, dt.datetime | None]) -> None:
    """Records just restored (id -> the ``deleted_at`` they had): the follow-ups deleted in that
    same moment come back."""
    column = DELETED_WITH[kind].key
    for chunk in in_batches(list(stamps)):
        for follow_up in session.scalars(own_follow_ups(kind, chunk, deleted=True)):
            if follow_up.deleted_at == stamps.get(getattr(follow_up, column)):
                follow_up.deleted_at = None
                follow_up.updated_at = utcnow()
