"""A visit's travel legs, hotels and vehicles on the command line (round 60: a visit set up by
commands had no logistics, so its dossier had no "Travel, hotels and cars" section). Named and
built as ``training-lodging``: ``visit-legs``, ``visit-lodging`` and ``visit-vehicles``, each with
``add VISIT …``, ``edit ID …`` (round 61), ``list VISIT`` and ``remove ID``, calling the services
the visit editor's logistics tab calls (``services.logistics``). ``add`` and ``edit`` share one
declaration of their options: required or with a default to add, all optional to edit."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from petdesk.cli import visit_logistics_edit as edit_commands
from petdesk.cli import visit_vehicle_riders
from petdesk.cli.context import Context, Translate, output_locale
from petdesk.cli.record_options import refused
from petdesk.language import interface_language
from petdesk.textsafety import terminal_safe

Common = Callable[[argparse.ArgumentParser, Translate], None]
MODES = ("flight", "train", "car", "other")


def _moment(text: str) -> dt.datetime:
    """A wall-clock time at one end of a leg: "2026-11-10 13:00" (or with a "T")."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        value = None
    if value is None or value.tzinfo is not None:
        from petdesk.cli.parser_language import argparse_text
        from petdesk.language import N_

        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a time like 2026-11-10 13:00")).format(text=terminal_safe(text))
        )
    return value


def _seats(text: str) -> int | str:
    """A seat count, or "" to remove it (not known), as ``visit edit --head-count ''`` removes a
    value; 0 stays the service's refusal, which says to leave the seats empty."""
    from petdesk.cli.context import whole_number

    return "" if not text.strip() else whole_number(text)


def register(sub: argparse._SubParsersAction, _: Translate, date: Any, zone: Any, common: Common) -> None:
    _register_legs(sub, _, zone, common)
    _register_lodging(sub, _, date, common)
    _register_vehicles(sub, _, common)


def _group(
    sub: argparse._SubParsersAction,
    name: str,
    help_text: str,
    description: str,
    actions: str = "{add,edit,list,remove}",
) -> argparse._SubParsersAction:
    p = sub.add_parser(name, help=help_text, description=description)
    return p.add_subparsers(dest="logistics_action", metavar=actions, required=True)


def _edit_parser(
    actions: argparse._SubParsersAction, _: Translate, help_text: str
) -> argparse.ArgumentParser:
    """``edit ID``: the row keeps its id and links (a changed flight was remove + add before)."""
    edit = actions.add_parser("edit", help=help_text)
    edit.add_argument("id", metavar="ID", help=_("its id as the list shows it (at least 4 characters)"))
    return edit


def _list_and_remove(
    actions: argparse._SubParsersAction, _: Translate, common: Common, what: str, remove_help: str
) -> None:
    shown = actions.add_parser("list", help=_("list them with their ids"))
    shown.add_argument("visit", metavar="VISIT", help=_("visit id (at least 4 characters)"))
    common(shown, _)
    shown.set_defaults(handler=cmd_list, logistics=what)
    gone = actions.add_parser("remove", help=remove_help)
    gone.add_argument("id", metavar="ID", help=_("its id as the list shows it (at least 4 characters)"))
    common(gone, _)
    gone.set_defaults(handler=cmd_remove, logistics=what)


def _register_legs(sub: argparse._SubParsersAction, _: Translate, zone: Any, common: Common) -> None:
    actions = _group(
        sub,
        "visit-legs",
        _("add, list or remove a visit's flights, trains and drives"),
        _(
            "Times are wall-clock times at each end, each in its own zone (by default the visit's): "
            "a flight from Shanghai to Frankfurt leaves at 13:00 Asia/Shanghai and lands at 18:00 "
            "Europe/Berlin."
        ),
    )
    add = actions.add_parser("add", help=_("add a travel leg to a visit"))
    add.add_argument("visit", metavar="VISIT", help=_("visit id (at least 4 characters)"))
    _leg_options(add, _, zone, adding=True)
    common(add, _)
    add.set_defaults(handler=cmd_add_leg)
    edit = _edit_parser(actions, _, _("change a travel leg (what is not given stays)"))
    _leg_options(edit, _, zone, adding=False)
    common(edit, _)
    edit.set_defaults(handler=edit_commands.cmd_edit_leg)
    _list_and_remove(actions, _, common, "legs", _("remove a travel leg"))


def _leg_options(p: argparse.ArgumentParser, _: Translate, zone: Any, *, adding: bool) -> None:
    """The options of ``visit-legs add`` and ``edit``; to edit, a zone given without a time keeps
    the wall-clock time (the service's rule, as the editor's)."""
    text = "" if adding else None
    p.add_argument(
        "--from", dest="from_place", required=adding, metavar="PLACE", help=_("where it leaves from")
    )
    p.add_argument("--to", dest="to_place", required=adding, metavar="PLACE", help=_("where it goes to"))
    p.add_argument(
        "--departs", type=_moment, required=adding, metavar="TIME", help=_("departure (YYYY-MM-DD HH:MM)")
    )
    p.add_argument(
        "--arrives", type=_moment, required=adding, metavar="TIME", help=_("arrival (YYYY-MM-DD HH:MM)")
    )
    p.add_argument(
        "--departs-zone", type=zone, metavar="ZONE", help=_("zone of the departure (e.g. Asia/Shanghai)")
    )
    p.add_argument(
        "--arrives-zone", type=zone, metavar="ZONE", help=_("zone of the arrival (e.g. Europe/Berlin)")
    )
    p.add_argument(
        "--mode",
        choices=MODES,
        default="flight" if adding else None,
        help=_("how (default: flight)") if adding else _("how"),
    )
    p.add_argument(
        "--number", default=text, metavar="TEXT", help=_("flight or train number as on the ticket")
    )
    p.add_argument("--carrier", default=text, metavar="TEXT", help=_("airline or railway"))
    p.add_argument("--note", default=text, metavar="TEXT", help=_("a note (booking reference, terminal)"))
    p.add_argument(
        "--traveller",
        action="append",
        default=[] if adding else None,
        metavar="CONTACT",
        help=_("who travels: contact id or whole name; repeatable (default: the whole delegation)")
        if adding
        else _("who travels: contact id or whole name; repeatable; replaces the leg's travellers"),
    )


def _register_lodging(sub: argparse._SubParsersAction, _: Translate, date: Any, common: Common) -> None:
    actions = _group(
        sub,
        "visit-lodging",
        _("add, list or remove a visit's hotel stays and rooming lists"),
        _("A stay runs from the check-in day to the check-out day; --room gives one person's room."),
    )
    add = actions.add_parser("add", help=_("add a hotel stay to a visit"))
    add.add_argument("visit", metavar="VISIT", help=_("visit id (at least 4 characters)"))
    _stay_options(add, _, date, adding=True)
    common(add, _)
    add.set_defaults(handler=cmd_add_stay)
    edit = _edit_parser(actions, _, _("change a hotel stay (what is not given stays)"))
    _stay_options(edit, _, date, adding=False)
    common(edit, _)
    edit.set_defaults(handler=edit_commands.cmd_edit_stay)
    _list_and_remove(actions, _, common, "stays", _("remove a hotel stay with its rooming list"))


def _stay_options(p: argparse.ArgumentParser, _: Translate, date: Any, *, adding: bool) -> None:
    text = "" if adding else None
    p.add_argument("--hotel", required=adding, metavar="TEXT", help=_("the hotel's name"))
    p.add_argument(
        "--from",
        dest="check_in",
        type=date,
        required=adding,
        metavar="D",
        help=_("check-in day (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--to",
        dest="check_out",
        type=date,
        required=adding,
        metavar="D",
        help=_("check-out day (YYYY-MM-DD)"),
    )
    p.add_argument("--address", default=text, metavar="TEXT", help=_("the hotel's address"))
    p.add_argument("--phone", default=text, metavar="TEXT", help=_("the hotel's phone"))
    p.add_argument("--note", default=text, metavar="TEXT", help=_("a note for the stay"))
    p.add_argument(
        "--room",
        action="append",
        default=[] if adding else None,
        metavar="CONTACT=ROOM",
        help=_("a person (contact id or whole name) and their room number; repeatable")
        if adding
        else _(
            "a person (contact id or whole name) and their room number; repeatable; replaces the rooming list"
        ),
    )


def _register_vehicles(sub: argparse._SubParsersAction, _: Translate, common: Common) -> None:
    actions = _group(
        sub,
        "visit-vehicles",
        _("add, list or remove a visit's cars and buses with their drivers, and who rides in them"),
        _("--item gives an itinerary item the vehicle serves (its id as `petdesk visits ID` shows it)."),
        "{add,edit,list,remove,riders}",
    )
    add = actions.add_parser("add", help=_("add a vehicle to a visit"))
    add.add_argument("visit", metavar="VISIT", help=_("visit id (at least 4 characters)"))
    _vehicle_options(add, _, adding=True)
    common(add, _)
    add.set_defaults(handler=cmd_add_vehicle)
    edit = _edit_parser(actions, _, _("change a vehicle (what is not given stays)"))
    _vehicle_options(edit, _, adding=False)
    common(edit, _)
    edit.set_defaults(handler=edit_commands.cmd_edit_vehicle)
    _list_and_remove(actions, _, common, "vehicles", _("remove a vehicle with its riders"))
    visit_vehicle_riders.register(actions, _, common)


def _vehicle_options(p: argparse.ArgumentParser, _: Translate, *, adding: bool) -> None:
    text = "" if adding else None
    p.add_argument("--vehicle", required=adding, metavar="TEXT", help=_("make, colour and plate"))
    p.add_argument("--driver", default=text, metavar="NAME", help=_("the driver's name"))
    p.add_argument("--driver-phone", default=text, metavar="TEXT", help=_("the driver's phone"))
    p.add_argument(
        "--seats",
        type=_seats,
        metavar="N",
        help=_("passenger seats (without the driver)")
        if adding
        else _("passenger seats (without the driver); '' removes them"),
    )
    p.add_argument("--note", default=text, metavar="TEXT", help=_("a note for the vehicle"))
    p.add_argument(
        "--item",
        action="append",
        default=[] if adding else None,
        metavar="ITEM",
        help=_("an itinerary item it serves; repeatable")
        if adding
        else _(
            "an itinerary item it serves; repeatable; replaces its items (riders of an item dropped leave it)"
        ),
    )


def _visit(ctx: Context, prefix: str) -> str:
    from petdesk.cli.visits import _resolve

    return _resolve(ctx, "visit", prefix, "visit")


def cmd_add_leg(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.handover import person_id
    from petdesk.services import logistics as lg
    from petdesk.services import visits as vs

    ctx.speak(output_locale(args))  # before any refusal: the command's own --lang speaks it
    vid = _visit(ctx, args.visit)
    try:
        with ctx.db.transaction() as s:
            home = vs.get_visit(s, vid).timezone
            travellers = [person_id(s, text, ctx) for text in args.traveller]
            leg = lg.add_travel_leg(
                s,
                vid,
                departs=args.departs,
                arrives=args.arrives,
                departs_timezone=args.departs_zone.key if args.departs_zone else home,
                arrives_timezone=args.arrives_zone.key if args.arrives_zone else home,
                from_place=args.from_place,
                to_place=args.to_place,
                mode=args.mode,
                number=args.number,
                carrier=args.carrier,
                notes=args.note,
                traveller_ids=travellers or lg.delegation_travellers(s, vid),
            )
            leg_id = leg.id
    except vs.ScheduleError as exc:
        raise refused(exc, ctx) from exc
    return _print_added(args, ctx, vid, leg_id, "legs")


def cmd_add_stay(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.lodging_warnings import warn_same_nights
    from petdesk.services import logistics as lg
    from petdesk.services.visits import ScheduleError

    locale = output_locale(args)
    _ = ctx.speak(locale)
    vid = _visit(ctx, args.visit)
    try:
        with ctx.db.transaction() as s:
            rooms = edit_commands.room_pairs(s, args.room, ctx, _)
            stay = lg.add_accommodation(
                s,
                vid,
                hotel=args.hotel,
                check_in=args.check_in,
                check_out=args.check_out,
                address=args.address,
                phone=args.phone,
                notes=args.note,
            )
            lg.set_rooming(s, stay.id, rooms)
            stay_id = stay.id
    except ScheduleError as exc:
        raise refused(exc, ctx) from exc
    code = _print_added(args, ctx, vid, stay_id, "stays")
    warn_same_nights(ctx, stay_id)
    return code


def cmd_add_vehicle(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve
    from petdesk.services import logistics as lg
    from petdesk.services.visits import ScheduleError

    ctx.speak(output_locale(args))
    vid = _visit(ctx, args.visit)
    items = [_resolve(ctx, "itinerary_item", text, "itinerary item") for text in args.item]
    try:
        with ctx.db.transaction() as s:
            car = lg.add_vehicle(
                s,
                vid,
                vehicle=args.vehicle,
                driver_name=args.driver,
                driver_phone=args.driver_phone,
                notes=args.note,
                item_ids=items,
                seats=None if args.seats == "" else args.seats,
            )
            car_id = car.id
    except ScheduleError as exc:
        raise refused(exc, ctx) from exc
    return _print_added(args, ctx, vid, car_id, "vehicles")


#: Per kind: the table its ids live in, the word for errors, the service that removes a row.
_KINDS = {
    "legs": ("travel_leg", "travel leg", "delete_travel_leg"),
    "stays": ("accommodation", "stay", "delete_accommodation"),
    "vehicles": ("vehicle", "vehicle", "delete_vehicle"),
}


def cmd_remove(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve
    from petdesk.services import logistics as lg

    locale = output_locale(args)
    _ = ctx.speak(locale)
    table, what, delete = _KINDS[args.logistics]
    row_id = _resolve(ctx, table, args.id, what)
    with ctx.db.transaction() as s:
        getattr(lg, delete)(s, row_id)
    print(_("Removed {id}.").format(id=row_id[:8]))
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    ctx.speak(output_locale(args))
    vid = _visit(ctx, args.visit)
    for line in _lines(args, ctx, vid, args.logistics):
        print(line)
    return 0


def _print_added(
    args: argparse.Namespace, ctx: Context, vid: str, row_id: str, kind: str, *, changed: bool = False
) -> int:
    _ = ctx.speak(output_locale(args))
    print(_("Changed:") if changed else _("Added:"))
    for line in _lines(args, ctx, vid, kind, only=row_id):
        print(line)
    return 0


def _lines(args: argparse.Namespace, ctx: Context, vid: str, kind: str, only: str | None = None) -> list[str]:
    """One line per leg, stay or vehicle of the visit, its short id first (for ``remove``)."""
    from petdesk.services import logistics as lg

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:
        found = lg.logistics(s, vid)
    rows: tuple[Any, ...] = {"legs": found.legs, "stays": found.stays, "vehicles": found.vehicles}[kind]
    lines = [_line(row, kind, locale, lang, _) for row in rows if only is None or row.id == only]
    if not lines:
        empty = {
            "legs": _("No travel legs yet."),
            "stays": _("No hotel stays yet."),
            "vehicles": _("No vehicles yet."),
        }
        return [empty[kind]]
    return lines


def _list_comma(lang: str) -> str:
    """Chinese lists names with the enumeration comma (王伟、李娜), as ``_(", ")`` elsewhere."""
    return "、" if lang == "zh" else ", "


def _names(people: Any, lang: str) -> str:
    return _list_comma(lang).join(
        (p.name_zh if lang == "zh" and p.name_zh else p.name_en) or p.name_zh for p in people
    )


def _line(row: Any, kind: str, locale: str, lang: str, _: Translate) -> str:
    from petdesk.i18n import format_date, format_datetime
    from petdesk.labels import TRAVEL_MODES, bracket, leg_end_zone

    if kind == "legs":
        mode = TRAVEL_MODES[row.mode][1 if lang == "zh" else 0]
        ends = [
            bracket(format_datetime(at, locale), leg_end_zone(place, tz, locale), locale)  # "（上海）"
            for at, tz, place in (
                (row.departs, row.departs_timezone, row.from_place),
                (row.arrives, row.arrives_timezone, row.to_place),
            )
        ]
        text = f"{mode} {row.number}".strip() + f"  {row.from_place} → {row.to_place}  {ends[0]} – {ends[1]}"
        people = _names(row.travellers, lang)
    elif kind == "stays":
        nights = f"{format_date(row.check_in, locale)} – {format_date(row.check_out, locale)}"
        text = f"{row.hotel}  {nights}"
        people = _list_comma(lang).join(f"{_names([r.person], lang)} {r.room}".strip() for r in row.rooms)
    else:
        seats = _.ngettext("{n} seat", "{n} seats", row.seats).format(n=row.seats) if row.seats else ""
        driver = " ".join(x for x in (row.driver_name, row.driver_phone) if x)
        text = "  ".join(x for x in (row.vehicle, driver, seats) if x)
        people = _.ngettext("serves {n} item", "serves {n} items", len(row.item_ids)).format(
            n=len(row.item_ids)
        )
    return "  " + "  ".join(x for x in (row.id[:8], text, people) if x)
