"""A visit's details (titles, dates, main time zone, host organisation, purpose, direction, the
delegation's country and head count, and its status) saved from plain
values, as the visit editor's Details tab saves them: through ``visits.create_visit`` and
``visits.update_visit``, whose rules (a title in either language, the end not before the start, a
known zone, a live host) refuse what they refuse, with the change log and search index that follow
every write.

Field test 60: the command line could only import past visits from a sheet, which has no Chinese
title, host or zone; a visit for a Chinese dossier could not be set up without the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from petdesk.services import visits as visit_service

#: What :func:`save_visit_details` sets, by the visit's field names.
DETAILS = (
    "title_en",
    "title_zh",
    "start_date",
    "end_date",
    "timezone",
    "host_organisation_id",
    "purpose_en",
    "purpose_zh",
    "direction",
    "country",
    "head_count",
    "status",
)
#: Emptied, these are removed (None): an empty text, or a head count of 0 as the editor's "—".
_REMOVABLE = ("host_organisation_id", "country", "head_count")
#: The free texts among them, kept without the spaces around them (as the editor's boxes).
_TEXTS = frozenset({"title_en", "title_zh", "timezone", "purpose_en", "purpose_zh"})


def save_visit_details(session: Session, visit_id: str | None, details: Mapping[str, Any]) -> str:
    """Create a visit (``visit_id`` None) with ``details``, or change only the details given of the
    visit ``visit_id`` (the rest stays as it is); returns its id. An empty host, country or head
    count removes it. A status is set last, by ``set_visit_status`` as the editor's buttons set it
    (its moves and checks: "done" once begun, "confirmed" with an itinerary item), after the dates.

    A refusal is a :class:`~petdesk.services.visits.ScheduleError` whose sentence
    ``messages.localize`` puts in Chinese; nothing is saved then."""
    if unknown := set(details) - set(DETAILS):
        raise TypeError(f"unknown visit details: {', '.join(sorted(unknown))}")
    given = {key: value.strip() if key in _TEXTS else value for key, value in details.items()}
    for key in _REMOVABLE:
        if key in given:
            given[key] = given[key] or None
    status = given.pop("status", None)
    if visit_id is not None:
        visit_service.update_visit(session, visit_id, **given)
        if status is not None:
            visit_service.set_visit_status(session, visit_id, status)
        return visit_id
    if status is not None:
        raise TypeError("a new visit is planned; set its status afterwards")
    if given.get("start_date") is None or given.get("end_date") is None:
        raise visit_service.ScheduleError("a visit needs a start and an end date")
    # create_visit puts a visit without a zone in the office's (its region or name), as the editor
    return visit_service.create_visit(session, **given).id
