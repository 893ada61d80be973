"""Moving an itinerary item or a training session to another time (drag in the calendar).

The move goes through the visit and training services (which keep the rules: spans, zones, the
change log), keeps the event's length and its place's zone, and answers with the clashes the new
time makes for the people in it (``services.clashes``), so the calendar can say so at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk.models import ItineraryItem, TrainingSession
from petdesk.services import clashes as clash_service
from petdesk.services import trainings as training_service
from petdesk.services import visits as visit_service
from petdesk.services.visits import ScheduleError

ITEM = "item"
SESSION = "session"


@dataclass(frozen=True)
class Moved:
    kind: str
    id: str
    #: Where it was (aware UTC), for undo.
    old_start: dt.datetime
    new_start: dt.datetime
    clashes: tuple[clash_service.Clash, ...]


def move_event(session: Session, kind: str, event_id: str, new_start: dt.datetime) -> Moved:
    """Move the item or session ``event_id`` to start at the aware time ``new_start``."""
    if new_start.tzinfo is None:
        raise ScheduleError("a new start needs a time zone")
    row: ItineraryItem | TrainingSession
    if kind == ITEM:
        row = visit_service.get_item(session, event_id)
        old_start, length = row.starts_at, row.ends_at - row.starts_at
        visit_service.update_item(session, event_id, start=new_start, end=new_start + length)
    elif kind == SESSION:
        row = training_service.get_session(session, event_id)
        old_start, length = row.starts_at, row.ends_at - row.starts_at
        training_service.update_session(session, event_id, start=new_start, end=new_start + length)
    else:
        raise ScheduleError("only itinerary items and training sessions have a time to move")
    return Moved(kind, event_id, old_start, new_start.astimezone(dt.UTC), clashes_of(session, event_id))


def clashes_of(session: Session, event_id: str) -> tuple[clash_service.Clash, ...]:
    """The clashes the item or session ``event_id`` is part of now."""
    row: ItineraryItem | TrainingSession | None = session.get(ItineraryItem, event_id)
    if row is None:
        row = training_service.get_session(session, event_id)
    day = dt.timedelta(days=1)
    found = clash_service.find_clashes(session, start=row.starts_at - day, end=row.ends_at + day)
    return tuple(c for c in found if event_id in c.item_ids)
