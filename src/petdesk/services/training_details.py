"""A training's details (titles, dates, time zone, venue, organiser) saved from plain values, as the
training editor's form saves them: through ``trainings.create_training`` and
``trainings.update_training``, whose rules (a title in either language, the end not before the
start, a known zone, a live organiser) refuse what they refuse.

Field test 60: no command could create or change a training; only ``import-trainings`` made past
ones from a sheet, without a Chinese title, venue, organiser or sessions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from petdesk.services import trainings as training_service
from petdesk.services.visits import ScheduleError

#: What :func:`save_training_details` sets, by the training's field names.
DETAILS = (
    "title_en",
    "title_zh",
    "start_date",
    "end_date",
    "timezone",
    "venue_en",
    "venue_zh",
    "organiser_id",
)
#: The free texts among them, kept without the spaces around them (as the editor's boxes).
_TEXTS = frozenset({"title_en", "title_zh", "timezone", "venue_en", "venue_zh"})


def save_training_details(session: Session, training_id: str | None, details: Mapping[str, Any]) -> str:
    """Create a training (``training_id`` None) with ``details``, or change only the details given
    of the training ``training_id`` (the rest stays); returns its id. An empty organiser removes it.

    A refusal is a :class:`~petdesk.services.visits.ScheduleError` that ``messages.localize`` puts
    in Chinese; nothing is saved then."""
    if unknown := set(details) - set(DETAILS):
        raise TypeError(f"unknown training details: {', '.join(sorted(unknown))}")
    given = {key: value.strip() if key in _TEXTS else value for key, value in details.items()}
    if "organiser_id" in given:
        given["organiser_id"] = given["organiser_id"] or None
    if given.get("timezone") == "":
        del given["timezone"]  # an empty zone is no zone: the training keeps (or takes) its own
    if training_id is not None:
        training_service.update_training(session, training_id, **given)
        return training_id
    if given.get("start_date") is None or given.get("end_date") is None:
        raise ScheduleError("a training needs a start and an end date")
    # create_training puts a training without a zone in its city's or the office's, as the editor
    return training_service.create_training(session, **given).id
