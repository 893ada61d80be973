"""Lodging of a training's attendees on the command line: ``petdesk trainings ID --lodging`` lists
it (and ``--out FILE.csv|.xlsx`` writes the hotel's list), ``petdesk training-lodging TRAINING
CONTACT --needs yes --hotel … --from D --to D`` sets one person's answers (named as
``replace-attendee``: the training, then the person)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from petdesk.cli.columns import cell, width
from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.csv_separators import separator
from petdesk.language import interface_language

ROOMS = ("single", "shared", "none")


def register(sub: argparse._SubParsersAction, _: Translate, date: Any, common: Any) -> None:
    p = sub.add_parser(
        "training-lodging",
        help=_("set whether a training participant needs a room, the hotel, the nights and the room"),
        description=_(
            "Only the options given change. Without dates the stay runs from the training's first day "
            "to its last; `petdesk trainings ID --lodging` lists everyone's answers and the rooms per night."
        ),
    )
    p.add_argument("training", metavar="TRAINING", help=_("training id (at least 4 characters)"))
    p.add_argument("contact", metavar="CONTACT", help=_("contact id of the participant"))
    p.add_argument("--needs", metavar="ANSWER", help=_("needs a room: yes, no or unknown (also 是, 否)"))
    p.add_argument("--hotel", metavar="TEXT", help=_("the hotel ('' for none yet)"))
    p.add_argument("--from", dest="check_in", type=date, metavar="D", help=_("check-in day (YYYY-MM-DD)"))
    p.add_argument("--to", dest="check_out", type=date, metavar="D", help=_("check-out day (YYYY-MM-DD)"))
    p.add_argument(
        "--training-days",
        action="store_true",
        help=_("forget the dates: the training's first day to its last"),
    )
    p.add_argument("--room", choices=ROOMS, help=_("single room, a shared room, or none said"))
    p.add_argument("--note", metavar="TEXT", help=_("a note for the hotel (with whom, wishes)"))
    common(p, _)
    p.set_defaults(handler=cmd_training_lodging)


def cmd_training_lodging(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.visits import _resolve
    from petdesk.services import training_lodging as tl

    locale = output_locale(args)
    _ = ctx.speak(locale)
    tid = _resolve(ctx, "training", args.training, "training")
    contact = _resolve(ctx, "contact", args.contact, "contact")
    changes: dict[str, Any] = {}
    try:
        if args.needs is not None:
            changes["needed"] = tl.parse_needed(args.needs)
    except tl.LodgingError:
        raise CliError(_("--needs “{text}”: say yes, no or unknown").format(text=args.needs)) from None
    if args.hotel is not None:
        changes["hotel"] = args.hotel
    if args.training_days:
        changes["check_in"] = changes["check_out"] = None
    if args.check_in is not None:
        changes["check_in"] = args.check_in
    if args.check_out is not None:
        changes["check_out"] = args.check_out
    if args.room is not None:
        changes["room"] = "" if args.room == "none" else args.room
    if args.note is not None:
        changes["note"] = args.note
    if not changes:
        raise CliError(_("nothing to change: give --needs, --hotel, --from, --to, --room or --note"))
    try:
        with ctx.db.transaction() as s:
            tl.set_lodging(s, tid, contact, **changes)
    except tl.LodgingError as exc:
        raise CliError(exc.describe(locale)) from exc
    with ctx.db.reading() as s:
        found = tl.lodging_list(s, tid)
    [row] = [r for r in found.rows if r.contact_id == contact]
    print(_line(row, locale, _))
    return 0


def _needs_word(needed: bool | None, _: Translate) -> str:
    """The window's words for the answer: an unanswered row says "Not known yet", not "?"."""
    if needed is None:
        return _("Not known yet")
    return _("yes") if needed else _("no")


def _needs_columns(_: Translate) -> int:
    """Terminal columns of the longest answer word in this language (the column lines up)."""
    return max(width(_needs_word(answer, _)) for answer in (True, False, None))


def _line(r: Any, locale: str, _: Translate) -> str:
    from petdesk.i18n import format_date
    from petdesk.services.training_lodging import room_words

    lang = interface_language(locale)
    stay = ""
    if r.stays:  # a person a substitute replaced before the first day has no nights
        stay = f"{format_date(r.arrives, locale)} – {format_date(r.leaves, locale)}"
    answer = cell(_needs_word(r.needed, _), _needs_columns(_))
    parts = [cell(r.name(lang), 30), answer, cell(r.hotel, 28), cell(stay, 30)]
    return (
        "  " + " ".join(parts) + " " + " ".join(x for x in (room_words(r.room, lang), r.note) if x)
    ).rstrip()


def show(args: argparse.Namespace, ctx: Context, tid: str) -> int:
    """``petdesk trainings ID --lodging``: everyone's answers, then the people and rooms per night."""
    from petdesk.i18n import format_date, translator
    from petdesk.labels import bracket
    from petdesk.services import training_lodging as tl

    locale = output_locale(args)
    _ = translator(locale)
    with ctx.db.reading() as s:
        found = tl.lodging_list(s, tid)
    if args.out is not None:
        out = Path(args.out)
        if out.suffix.lower() not in tl.SUFFIXES:
            raise CliError(_("{name}: choose a .csv or .xlsx file name").format(name=out.name))
        n = tl.write(found, out, locale, delimiter=separator(args.delimiter))
        print(
            _.ngettext(
                "{n} person needing a room written to {path}.",
                "{n} people needing a room written to {path}.",
                n,
            ).format(n=n, path=out)
        )
        return 0
    staying = len(found.staying)
    print(
        _.ngettext(
            "Lodging: {n} of {total} participant needs a room",
            "Lodging: {n} of {total} participants need a room",
            len(found.rows),
        ).format(n=staying, total=len(found.rows))
    )
    if found.unanswered:
        print(
            "  "
            + _.ngettext("{n} has not answered yet", "{n} have not answered yet", found.unanswered).format(
                n=found.unanswered
            )
        )
    for r in found.rows:
        print(_line(r, locale, _))
    nights = found.per_night()
    if nights:
        print(_("Rooms per night:"))
    for c in nights:
        said = _.ngettext("{n} room", "{n} rooms", c.rooms).format(n=c.rooms)
        people = _.ngettext("{n} person", "{n} people", c.people).format(n=c.people)
        hotel = cell(c.hotel or _("no hotel yet"), 28)
        print(f"  {format_date(c.night, locale)}  {hotel}{bracket(said, people, locale)}")
    return 0
