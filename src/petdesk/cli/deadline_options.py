"""``--deadline-time`` and ``--deadline-zone`` of ``petdesk projects add|set``, and ``--json`` of
``petdesk project`` (0072_project_deadline_time): kept apart from the big ``pipeline`` module."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from petdesk.cli.context import Translate

#: The project fields these options give, stored as given (the service checks them in words).
FIELDS = ("deadline_time", "deadline_zone")


def add_options(field: Any, _: Translate) -> None:
    """The two options, beside ``--deadline`` in the project's fields."""
    field.add_argument(
        "--deadline-time",
        dest="deadline_time",
        metavar="HH:MM",
        default=argparse.SUPPRESS,
        help=_("the deadline's time of day in the funder's zone, such as 17:00 ('' for a whole day)"),
    )
    field.add_argument(
        "--deadline-zone",
        dest="deadline_zone",
        metavar="ZONE",
        default=argparse.SUPPRESS,
        help=_("the funder's time zone (IANA name, such as America/New_York or Europe/Brussels)"),
    )


def add_json(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("--json", action="store_true", help=_("print the project as JSON"))


def deadline_line(row: Any, locale: str) -> str:
    """The deadline as ``petdesk project`` prints it: on this office's clock, the funder's beside it."""
    from petdesk.services.deadline_time import describe

    return describe(row.deadline, row.deadline_time, row.deadline_zone, locale)


def clock_note_line(row: Any, locale: str) -> str:
    """The words after saving a deadline a clock change touches (a doubled 01:30 is taken as the
    earlier; ``deadline_time.clock_change``), "" for any other."""
    from petdesk.services.deadline_time import clock_note

    return clock_note(row.deadline, row.deadline_time, row.deadline_zone, locale)


def project_json(detail: Any) -> dict[str, Any]:
    """One project for ``petdesk project ID --json``: dates ISO, the deadline's moment in UTC."""
    from petdesk.services.deadline_time import moment, office_day

    r = detail.row
    at = moment(r.deadline, r.deadline_time, r.deadline_zone)

    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": r.id,
        "title_en": r.title_en,
        "title_zh": r.title_zh,
        "stage": detail.stored_stage or r.stage.value,  # a newer petdesk's stage as stored
        "funder_id": r.funder_id,
        "funder_en": r.funder_en,
        "funder_zh": r.funder_zh,
        "programme_en": r.programme_en,
        "programme_zh": r.programme_zh,
        "amount_requested": r.amount_requested,
        "amount_approved": r.amount_approved,
        "currency": r.currency,
        "deadline": iso(r.deadline),
        "deadline_time": r.deadline_time,
        "deadline_zone": r.deadline_zone,
        # the moment itself, and the day it is in this office (the next day in Beijing for 17:00 Washington)
        "deadline_utc": at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if at else None,
        "deadline_office_day": iso(office_day(r.deadline, r.deadline_time, r.deadline_zone)),
        "milestones": [
            {"id": x.id, "kind": x.stored_kind or x.kind.value, "title_en": x.title_en,
             "title_zh": x.title_zh, "due": iso(x.due), "done": x.done}
            for x in detail.milestones
        ],
    }  # fmt: skip
