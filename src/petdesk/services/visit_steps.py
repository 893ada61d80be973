"""The visit editor's held changes as named steps with plain arguments.

The editor holds a change (an itinerary item added, a person added to the delegation, a follow-up,
a calendar file imported) as a service call replayed on a draft until Save. Held as a step — a name
and JSON-able arguments — the same call can also be kept in a draft file (``petdesk.drafts``) and
replayed after a crash. The editor runs every such change through ``run``, so there is one copy of
each call. The Logistics tab's changes (travel legs, hotels and rooms, vehicles, items served and
riders, gifts, the emergency sheet, the order of precedence) are steps too, named
``logistics_<function>`` after the ``services.logistics`` function they call (round 55: a draft
lost them, and said so after recovery).
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy.orm import Session

from petdesk.services import follow_ups as follow_up_service
from petdesk.services import logistics as logistics_service
from petdesk.services import visits as visit_service


def _add_item(
    s: Session,
    visit_id: str,
    *,
    attendee_ids: list[str],
    organisation_ids: list[str],
    protocol: dict[str, Any],
    values: dict[str, Any],
) -> object:
    item = visit_service.add_item(
        s, visit_id, attendee_ids=attendee_ids, organisation_ids=organisation_ids, **values
    )
    logistics_service.set_item_protocol(s, item.id, **protocol)
    return item


def _update_item(
    s: Session,
    item_id: str,
    *,
    attendee_ids: list[str],
    organisation_ids: list[str],
    protocol: dict[str, Any],
    values: dict[str, Any],
) -> None:
    visit_service.update_item(s, item_id, **values)
    # The protocol first: the dialog has already moved an interpreter's tick to the new one, and
    # the ticks as the dialog shows them are final.
    logistics_service.set_item_protocol(s, item_id, **protocol)
    visit_service.set_item_attendees(s, item_id, attendee_ids)
    visit_service.set_item_organisations(s, item_id, organisation_ids)


def _import_calendar(s: Session, visit_id: str, *, data: str, file: str) -> object:
    """A calendar file's import; ``data`` is the file in base64 (any encoding it came in)."""
    from petdesk.services import ical  # icalendar takes a second to import (issue 18)

    return ical.import_calendar_file(s, visit_id, base64.b64decode(data), file=file)


def calendar_args(visit_id: str, data: bytes, file: str) -> dict[str, Any]:
    """The arguments of an "import_calendar" step for the file ``data`` named ``file``."""
    return {"args": [visit_id], "data": base64.b64encode(data).decode("ascii"), "file": file}


def _vehicle_serves_all(s: Session, visit_id: str, vehicle_id: str) -> None:
    """The vehicle serves every item of the programme as it is when the step runs (items added
    or deleted by earlier held changes included)."""
    items = [i.id for i in visit_service.itinerary(s, visit_id)]
    logistics_service.set_vehicle_items(s, vehicle_id, items)


#: The ``services.logistics`` functions the Logistics tab calls, each a step ``logistics_<name>``.
LOGISTICS = (
    "add_travel_leg",
    "update_travel_leg",
    "delete_travel_leg",
    "add_accommodation",
    "update_accommodation",
    "delete_accommodation",
    "set_rooming",
    "add_vehicle",
    "update_vehicle",
    "delete_vehicle",
    "set_vehicle_items",
    "set_vehicle_riders",
    "add_gift",
    "update_gift",
    "delete_gift",
    "set_emergency",
    "add_emergency_entry",
    "update_emergency_entry",
    "delete_emergency_entry",
    "set_precedence_order",
    "set_participant_protocol",
)

STEPS: dict[str, Any] = {
    "add_item": _add_item,
    "update_item": _update_item,
    "delete_item": visit_service.delete_item,
    "add_participant": visit_service.add_participant,
    "remove_participant": visit_service.remove_participant,
    "set_status": visit_service.set_visit_status,
    "import_calendar": _import_calendar,
    # the follow-up panel's changes (``FollowUpPanel``), by the service function's name
    **{
        f"follow_up_{name}": getattr(follow_up_service, name)
        for name in ("add", "edit", "mark_done", "reopen", "postpone", "delete", "restore")
    },
    # the Logistics tab's changes (``LogisticsTab._change``, ``PrecedenceBox._write``)
    **{f"logistics_{name}": getattr(logistics_service, name) for name in LOGISTICS},
    "logistics_vehicle_serves_all": _vehicle_serves_all,
}


def run(session: Session, name: str, args: dict[str, Any]) -> object:
    """Run the step ``name`` with ``args`` (positional ones under "args", keywords as they are)."""
    keywords = dict(args)
    positional = keywords.pop("args", [])
    return STEPS[name](session, *positional, **keywords)
