"""``visit-vehicles riders VEHICLE [--add PERSON] [--remove PERSON]``: who rides in a car or bus
(round 61: only the window's "Riders…" dialog set them). A person is named as ``visits ID
--add-person`` names them (:func:`petdesk.cli.handover.person_id`) and must be on the visit.

Riders are kept per itinerary item the vehicle serves; a person added rides for every item it
serves, one removed for none, and the others stay as they are. ``services.logistics
.set_vehicle_riders`` does it, item by item, as the dialog's OK does (a person rides in one vehicle
per item: taken out of another there).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.language import interface_language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(
    actions: argparse._SubParsersAction,
    _: Translate,
    common: Callable[[argparse.ArgumentParser, Translate], None],
) -> None:
    p = actions.add_parser("riders", help=_("list who rides in a vehicle, or add and remove riders"))
    p.add_argument(
        "vehicle", metavar="VEHICLE", help=_("its id as the list shows it (at least 4 characters)")
    )
    p.add_argument(
        "--add",
        dest="add_rider",
        action="append",
        metavar="PERSON",
        help=_("a person on the visit (id or whole name) rides for every item it serves; repeatable"),
    )
    p.add_argument(
        "--remove",
        dest="remove_rider",
        action="append",
        metavar="PERSON",
        help=_("this person (id or whole name) no longer rides in it; repeatable"),
    )
    common(p, _)
    p.set_defaults(handler=cmd_riders)


def cmd_riders(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve

    ctx.speak(output_locale(args))  # "no vehicle with id …" in the command's own --lang
    car_id = _resolve(ctx, "vehicle", args.vehicle, "vehicle")
    if args.add_rider or args.remove_rider:
        _change(args, ctx, car_id)
    _print(args, ctx, car_id)
    return 0


def _change(args: argparse.Namespace, ctx: Context, car_id: str) -> None:
    """All the changes in one transaction: a refusal leaves every rider as they were."""
    from petdesk.cli.record_options import refused
    from petdesk.cli.visit_people import _name, _said
    from petdesk.models import Vehicle
    from petdesk.services import logistics as lg
    from petdesk.services import visits as vs

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    lines = []
    try:
        with ctx.db.transaction() as s:
            car = s.get(Vehicle, car_id)
            assert car is not None  # resolved just before
            served = [a for a in car.assignments if a.deleted_at is None]
            if not served:
                raise CliError(
                    _(
                        "Nothing was changed: the vehicle serves no itinerary item yet, and riders ride for "
                        "items. Give it items first: `petdesk visit-vehicles edit {id} --item ITEM`."
                    ).format(id=car_id[:8])
                )
            on_visit = {
                p.contact_id for p in vs.get_visit(s, car.visit_id).participants if p.deleted_at is None
            }
            riding = {r.contact_id for a in served for r in a.riders if r.deleted_at is None}
            adds = _people(s, args.add_rider, ctx)
            removes = _people(s, args.remove_rider, ctx)
            for cid in adds:
                if cid not in on_visit:
                    raise CliError(
                        _said(
                            _(
                                "Nothing was changed: {name} is not on this visit. Add them first with "
                                "`petdesk visits VISIT --add-person`."
                            ).format(name=_name(s, cid, lang)),
                            lang,
                        )
                    )
            for cid in removes:
                if cid not in riding:
                    raise CliError(
                        _said(
                            _("Nothing was changed: {name} does not ride in this vehicle.").format(
                                name=_name(s, cid, lang)
                            ),
                            lang,
                        )
                    )
            moved = {cid: _riding_elsewhere(s, car_id, [a.item_id for a in served], cid) for cid in adds}
            for assignment in served:
                now = [r.contact_id for r in assignment.riders if r.deleted_at is None]
                wanted = [c for c in now if c not in removes] + [c for c in adds if c not in now]
                if wanted != now:
                    lg.set_vehicle_riders(s, car_id, wanted, item_ids=[assignment.item_id])
            for cid in adds:
                if moved[cid]:  # the service takes them out of the other vehicle: say so
                    said = _("{name} rides in {vehicle}, and no longer in {others} for the items both serve.")
                    lines.append(_tell(said, _name(s, cid, lang), lang, car.vehicle, others=moved[cid]))
                else:
                    lines.append(
                        _tell(_("{name} rides in {vehicle}."), _name(s, cid, lang), lang, car.vehicle)
                    )
            for cid in removes:
                said = _("{name} no longer rides in {vehicle}.")
                lines.append(_tell(said, _name(s, cid, lang), lang, car.vehicle))
    except vs.ScheduleError as exc:
        raise refused(exc, ctx) from exc
    print("\n".join(lines))


def _tell(template: str, name: str, lang: str, vehicle: str, others: list[str] | None = None) -> str:
    """The sentence with the spaces beside a Chinese name taken away (``_said``), but not those
    inside a vehicle's name ("白色考斯特 鄂A12345" lost its space): vehicles go in afterwards."""
    from petdesk.cli.visit_people import _said

    comma = "、" if lang == "zh" else ", "
    whole = {"vehicle": vehicle, "others": comma.join(others or ())}
    # each stands in as its first and last letters around a mark: the spaces beside it are judged
    # as beside the whole name, and the spaces inside it are not seen
    marks = {
        key: f"{text[:1]}{n}{text[-1:]}" for n, (key, text) in zip("\x00\x01", whole.items(), strict=True)
    }
    said = _said(template.format(name=name, **marks), lang)
    for key, mark in marks.items():
        said = said.replace(mark, whole[key])
    return said


def _riding_elsewhere(s: Session, car_id: str, item_ids: list[str], contact_id: str) -> list[str]:
    """The other vehicles this person rides in for any of ``item_ids``: adding them here takes
    them out there (one vehicle per item), which the command says rather than doing silently."""
    from sqlalchemy import select

    from petdesk.models import Vehicle, VehicleAssignment, VehicleRider

    names = s.scalars(
        select(Vehicle.vehicle)
        .join(VehicleAssignment, VehicleAssignment.vehicle_id == Vehicle.id)
        .join(VehicleRider, VehicleRider.assignment_id == VehicleAssignment.id)
        .where(
            Vehicle.id != car_id,
            Vehicle.deleted_at.is_(None),
            VehicleAssignment.deleted_at.is_(None),
            VehicleAssignment.item_id.in_(item_ids),
            VehicleRider.deleted_at.is_(None),
            VehicleRider.contact_id == contact_id,
        )
        .order_by(Vehicle.vehicle)
    )
    return list(dict.fromkeys(names))


def _people(s: Session, texts: list[str] | None, ctx: Context) -> list[str]:
    from petdesk.cli.handover import person_id

    return list(dict.fromkeys(person_id(s, text, ctx) for text in texts or ()))


def _print(args: argparse.Namespace, ctx: Context, car_id: str) -> None:
    """The riders as ``visits ID`` prints them: once when the same for every item, else per item."""
    from petdesk.cli.visits import _print_riders
    from petdesk.models import Vehicle
    from petdesk.services import logistics as lg
    from petdesk.services import visits as vs

    locale = output_locale(args)
    _ = ctx.speak(locale)
    lang = interface_language(locale)
    with ctx.db.reading() as s:
        row = s.get(Vehicle, car_id)
        assert row is not None  # resolved just before
        car = next(c for c in lg.logistics(s, row.visit_id).vehicles if c.id == car_id)
        items = vs.itinerary(s, row.visit_id)
    titles = {i.id: (i.title_zh or i.title_en) if lang == "zh" else (i.title_en or i.title_zh) for i in items}

    def name(person: Any) -> str:
        return (person.name_zh or person.name_en) if lang == "zh" else (person.name_en or person.name_zh)

    print(car.vehicle)
    if not any(people for _item, people in car.riders):
        print("    " + _("Nobody rides in this vehicle yet."))
        return
    _print_riders(car, titles, name, _)
    if car.over_capacity:
        print(
            "    "
            + _.ngettext(
                "! more riders than its {n} seat for some items",
                "! more riders than its {n} seats for some items",
                car.seats or 0,
            ).format(n=car.seats)
        )
