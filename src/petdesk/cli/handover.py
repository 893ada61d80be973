"""``petdesk handover PERSON``: what a leaver is responsible for (or ``--out`` a list for their
manager); with ``--to``, all of it handed over to a successor in one go; ``--undo`` puts the last
hand-over back (field test 84: two hundred records had to be edited one by one)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.cli.columns import cell
from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate, output_locale
from petdesk.csv_separators import separator

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.db import Database


def _day(text: str) -> dt.date:
    from petdesk.cli.visits import _date

    return _date(text)


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "handover",
        help=_("list what a person is responsible for, or hand all of it over to a successor"),
        description=_(
            "Lists the open follow-ups a person owns and the visits and trainings to come they organise "
            "or staff. With --to, hands all of them over at once (visits and trainings already begun, "
            "or where the successor takes part already, are left as they are and listed); "
            "--undo puts the last hand-over back. Past visits and done follow-ups keep the name."
        ),
    )
    p.add_argument("person", nargs="?", metavar="PERSON", help=_("the leaver: contact id or name"))
    p.add_argument("--to", metavar="PERSON", help=_("the successor: contact id or name"))
    p.add_argument(
        "--left",
        type=_day,
        metavar="DATE",
        help=_("also end the leaver's current positions on this day (the contact stays)"),
    )
    p.add_argument("--undo", action="store_true", help=_("put the last hand-over back"))
    p.add_argument(
        "--out", type=Path, metavar="FILE", help=_("write the list to FILE.csv, FILE.xlsx or FILE.pdf")
    )
    p.add_argument(
        "--delimiter", choices=("comma", "semicolon", "tab"), default="comma", help=_("CSV field separator")
    )
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))
    p.set_defaults(handler=cmd_handover)


def person_id(session: Session, text: str, ctx: Context) -> str:
    """The id of the person given by their id (or first characters) or a name only they have."""
    from petdesk.services.contact_lookup import resolve_contact
    from petdesk.services.validation import ValidationError

    try:
        return resolve_contact(session, text, ctx.locale)
    except ValidationError as exc:
        raise CliError(exc.text(ctx.locale)) from exc


def cmd_handover(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.models import Contact
    from petdesk.services import handover

    locale = output_locale(args)
    _ = ctx.speak(locale)
    if args.undo:
        with ctx.db.transaction() as s:
            undone = handover.undo_last(s)
        if undone is None:
            raise CliError(_("There is no hand-over to undo."))
        back = undone[1]  # (not what it moved: a record changed again since keeps that change)
        print(
            _.ngettext(
                "The hand-over is undone: {n} record is back with the person who handed it over.",
                "The hand-over is undone: {n} records are back with the person who handed them over.",
                back,
            ).format(n=back)
        )
        return 0
    if not args.person:
        raise CliError(_("Name the person who hands over (or give --undo)."))
    today = dt.date.today()
    with ctx.db.reading() as s:
        leaver = person_id(s, args.person, ctx)
        successor = person_id(s, args.to, ctx) if args.to else None
        found = handover.duties(s, leaver, today=today)
        person = s.get_one(Contact, leaver)
        names = (person.name_latin, person.name_zh)
    if args.out is not None:
        return _write(found, args.out, locale, separator(args.delimiter), _, names, (ctx.db, leaver))
    _print(found, locale, _)
    if successor is None:
        return 0
    if not found and args.left is None:
        return 0
    question = _.ngettext("Hand this {n} over? [y/N] ", "Hand these {n} over? [y/N] ", len(found))
    if not args.yes and not confirmed(question.format(n=len(found)), _):
        print(_("Nothing was changed."))
        return 0
    from petdesk.language import is_chinese
    from petdesk.services.visits import ScheduleError

    try:
        with ctx.db.transaction() as s:
            done = handover.reassign(s, leaver, successor, today=today, left_on=args.left)
    except ScheduleError as exc:
        raise CliError(str(exc)) from exc
    parts = [
        _.ngettext("{n} follow-up", "{n} follow-ups", len(done.follow_ups)).format(n=len(done.follow_ups)),
        _.ngettext("{n} visit", "{n} visits", len(done.visits)).format(n=len(done.visits)),
        _.ngettext("{n} training", "{n} trainings", len(done.trainings)).format(n=len(done.trainings)),
    ]
    print(_("Handed over: {what}.").format(what=("、" if is_chinese(locale) else ", ").join(parts)))
    if done.skipped:
        print(
            _.ngettext(
                "{n} left as it was: begun already, or the successor takes part in it.",
                "{n} left as they were: begun already, or the successor takes part in them.",
                len(done.skipped),
            ).format(n=len(done.skipped))
        )
    if done.ended:
        print(_("The leaver's current positions end on {day}.").format(day=args.left.isoformat()))
    print(_("To put it back: petdesk handover --undo"))
    return 0


def _print(found: list, locale: str, _: Translate) -> None:
    from petdesk.language import interface_language
    from petdesk.services.handover_export import kind_word, role_word

    lang = interface_language(locale)
    for d in found:
        day = d.date.isoformat() if d.date else "          "
        begun = _(" (begun)") if d.begun else ""
        kind, role = cell(kind_word(d.kind, lang), 10), cell(role_word(d, lang), 12)
        print(f"  {d.record_id[:8]}  {kind} {day}  {role} {d.title(lang)}{begun}")
    print(_.ngettext("{n} thing to hand over.", "{n} things to hand over.", len(found)).format(n=len(found)))


def _write(
    found: list,
    out: Path,
    locale: str,
    delimiter: str,
    _: Translate,
    person: tuple[str, str],
    logged_in: tuple[Database, str],
) -> int:
    from petdesk.language import interface_language
    from petdesk.services import handover_export

    if out.suffix.lower() not in handover_export.SUFFIXES:
        raise CliError(_("{name}: choose a .csv, .xlsx or .pdf file name").format(name=out.name))
    lang = interface_language(locale)
    n = handover_export.write(found, out, lang, delimiter=delimiter, person=person, logged_in=logged_in)
    print(_.ngettext("{n} row written to {path}.", "{n} rows written to {path}.", n).format(n=n, path=out))
    return 0
