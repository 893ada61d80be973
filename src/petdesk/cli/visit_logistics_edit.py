"""``visit-legs edit ID``, ``visit-lodging edit ID`` and ``visit-vehicles edit ID``: change only the
options given, through the services the visit editor's Change buttons call (round 61: a changed
flight was remove + add, and the new leg lost the old one's travellers and history).

The options are declared once with ``add``'s in :mod:`petdesk.cli.visit_logistics`; to edit, an
option not given is None and leaves the field as it is.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from petdesk.cli.context import CliError, Context, output_locale


def _nothing(ctx: Context, options: str) -> CliError:
    _ = ctx.translator()
    return CliError(_("Nothing to change: give {options}.").format(options=options))


def _given(args: argparse.Namespace, ctx: Context, names: dict[str, str]) -> dict[str, Any]:
    """The service's fields for the options given (``names``: option dest → field). The command's
    own ``--lang`` is taken first: its refusals speak it too."""
    ctx.speak(output_locale(args))
    return {field: getattr(args, dest) for dest, field in names.items() if getattr(args, dest) is not None}


def _save(args: argparse.Namespace, ctx: Context, kind: str, change: Any) -> int:
    """Resolve the row, run ``change(session, row_id)`` in one transaction, print the changed row."""
    from petdesk.cli.record_options import refused
    from petdesk.cli.visit_logistics import _KINDS, _print_added
    from petdesk.cli.visits import _resolve
    from petdesk.services.visits import ScheduleError

    table, what, _delete = _KINDS[kind]
    row_id = _resolve(ctx, table, args.id, what)
    try:
        with ctx.db.transaction() as s:
            visit_id = change(s, row_id)
    except ScheduleError as exc:
        raise refused(exc, ctx) from exc
    return _print_added(args, ctx, visit_id, row_id, kind, changed=True)


def cmd_edit_leg(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.handover import person_id
    from petdesk.services import logistics as lg

    fields = _given(
        args,
        ctx,
        {
            "from_place": "from_place",
            "to_place": "to_place",
            "departs": "departs",
            "arrives": "arrives",
            "mode": "mode",
            "number": "number",
            "carrier": "carrier",
            "note": "notes",
        },
    )
    for end in ("departs", "arrives"):
        if (chosen := getattr(args, f"{end}_zone")) is not None:
            fields[f"{end}_timezone"] = chosen.key
    if not fields and args.traveller is None:
        raise _nothing(
            ctx,
            "--from, --to, --departs, --arrives, --departs-zone, --arrives-zone, --mode, --number, "
            "--carrier, --note or --traveller",
        )

    def change(s: Any, leg_id: str) -> str:
        if args.traveller is not None:
            fields["traveller_ids"] = [person_id(s, text, ctx) for text in args.traveller]
        return lg.update_travel_leg(s, leg_id, **fields).visit_id

    return _save(args, ctx, "legs", change)


def cmd_edit_stay(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.lodging_warnings import warn_same_nights
    from petdesk.services import logistics as lg

    fields = _given(
        args,
        ctx,
        {
            "hotel": "hotel",
            "check_in": "check_in",
            "check_out": "check_out",
            "address": "address",
            "phone": "phone",
            "note": "notes",
        },
    )
    if not fields and args.room is None:
        raise _nothing(ctx, "--hotel, --from, --to, --address, --phone, --note or --room")

    _ = ctx.translator()

    def change(s: Any, stay_id: str) -> str:
        stay = lg.update_accommodation(s, stay_id, **fields)
        if args.room is not None:
            lg.set_rooming(s, stay_id, room_pairs(s, args.room, ctx, _))
        changed.append(stay_id)
        return stay.visit_id

    changed: list[str] = []
    code = _save(args, ctx, "stays", change)
    for stay_id in changed:  # new dates or a new rooming list may double a room
        warn_same_nights(ctx, stay_id)
    return code


def cmd_edit_vehicle(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve
    from petdesk.services import logistics as lg

    fields = _given(
        args,
        ctx,
        {
            "vehicle": "vehicle",
            "driver": "driver_name",
            "driver_phone": "driver_phone",
            "seats": "seats",
            "note": "notes",
        },
    )
    if fields.get("seats") == "":  # --seats '': not known any more
        fields["seats"] = None
    if args.item is not None:
        fields["item_ids"] = [_resolve(ctx, "itinerary_item", text, "itinerary item") for text in args.item]
    if not fields:
        raise _nothing(ctx, "--vehicle, --driver, --driver-phone, --seats, --note or --item")
    return _save(args, ctx, "vehicles", lambda s, car_id: lg.update_vehicle(s, car_id, **fields).visit_id)


def room_pairs(s: Any, texts: list[str], ctx: Context, _: Callable[[str], str]) -> list[tuple[str, str]]:
    """``--room CONTACT=ROOM`` texts as (contact id, room), for add and edit alike; a text without
    a person and "=" is refused."""
    from petdesk.cli.handover import person_id

    rooms = []
    for text in texts:
        who, sep, room = text.rpartition("=")
        if not sep or not who.strip():
            raise CliError(
                _("--room “{text}”: give the person and the room as CONTACT=ROOM").format(text=text)
            )
        rooms.append((person_id(s, who, ctx), room))
    return rooms
