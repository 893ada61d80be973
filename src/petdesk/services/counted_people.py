"""Whom a visit's or a training's "N people" counts: one rule for the Visits and Trainings lists, the
yearly events report, ``petdesk trainings``, the attendance report and the training dossier's cover,
so that the figures an auditor compares agree (field tests 65 and 89, counts54).

A registration counts when it is live and its person is too: a deleted contact is gone from the
dossiers and the sign-in sheet, so it is gone from the counts. A training's attendee replaced by a
late substitute keeps their registration (history: who sat in which session) but is no longer a place
of the training: the place counts once, as the substitute's. A visit's substitute needs no rule here:
``replace-participant`` takes the person replaced out of the visit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def counted(alias: str) -> str:
    """An SQL condition on the participant rows (of a visit or a training) of table alias ``alias``
    that the counts count."""
    return (
        f"{alias}.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact counted_c "
        f"WHERE counted_c.id = {alias}.contact_id AND counted_c.deleted_at IS NULL)"
    )


def counted_places(alias: str) -> str:
    """:func:`counted` for a training's participant rows (alias ``alias``): a person replaced by a
    substitute is not counted beside them (the Trainings list read 9 people where the cover read 8)."""
    return f"{counted(alias)} AND {alias}.replaced_by_id IS NULL"


@dataclass(frozen=True)
class HeadCount:
    """A training's head counts as :func:`petdesk.services.attendance.head_counts` names them."""

    #: everyone taking part, trainers and organisers included
    people: int
    #: those of them who attend the sessions and are graded (``trainings.ATTENDING_ROLES``)
    attendees: int
    #: those attendees who are late substitutes
    substitutes: int = 0


def head_count(registrations: Iterable[tuple[bool, bool, bool]]) -> HeadCount:
    """The head count of a training's live registrations (of live people), each given as (attending,
    replaced, substitute): the rule of :func:`counted_places` for rows already read."""
    people = attendees = substitutes = 0
    for attending, replaced, substitute in registrations:
        if replaced:
            continue
        people += 1
        attendees += attending
        substitutes += attending and substitute
    return HeadCount(people, attendees, substitutes)
