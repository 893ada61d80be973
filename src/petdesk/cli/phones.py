"""``petdesk phones tidy``: stored numbers typed without a country code rewritten in their
international form, after a list of old → new and a question; ``--undo`` takes the last tidy back."""

from __future__ import annotations

import argparse

from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser("phones", help=_("tidy the stored phone, fax and WhatsApp numbers"))
    p.set_defaults(handler=lambda args, ctx: _usage(p))
    words = p.add_subparsers(dest="phones_command", metavar="ACTION")
    t = words.add_parser(
        "tidy",
        help=_("rewrite numbers typed without a country code in their international form, after asking"),
        description=_(
            "A number typed without its country code (“0871-6512 3456”, “(0)30 1234567”, “0049 30 …”) "
            "is read with the contact's country (an address), else their organisation's, else the "
            "office's (petdesk office --country), and stored as dialled from anywhere "
            "(“+86 871 6512 3456”), as vCards and dossiers already write it. Each number's History keeps "
            "the typed form. WhatsApp numbers, and Viber, Signal, Zalo or SMS handles written as numbers, "
            "are tidied alike. A number that does not read as one of that country, or whose country is "
            "not known, is left as typed. --undo puts the last tidy back as one step."
        ),
    )
    t.add_argument("--dry-run", action="store_true", help=_("list what would change; change nothing"))
    t.add_argument(
        "--country",
        metavar="CC",
        default="",
        help=_(
            "the country (two letters) of numbers whose contact and organisation name none, "
            "instead of the office's"
        ),
    )
    t.add_argument("--limit", type=int, metavar="N", help=_("rewrite at most N numbers"))
    t.add_argument("--yes", action="store_true", help=_("rewrite (or undo) without asking"))
    t.add_argument(
        "--undo", action="store_true", help=_("put the numbers of the last tidy back as they were typed")
    )
    t.set_defaults(handler=cmd_tidy)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def cmd_tidy(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.phone_dialling import number_country
    from petdesk.services import phone_tidy

    _ = ctx.translator()
    if args.undo:
        return _undo(args, ctx)
    if args.country and not number_country(args.country):
        raise CliError(_("--country takes a two-letter country code, such as CN or DE."))
    if args.limit is not None and args.limit < 0:
        raise CliError(_("--limit takes a number of 0 or more."))
    with ctx.db.reading() as session:
        plan = phone_tidy.plan_tidy(session, country=args.country, limit=args.limit, locale=ctx.locale)
    for r in plan.rewrites:
        print(f"{r.whose}: {r.old} → {r.new} ({phone_tidy.reason_words(r, _)})")
    for left in plan.left:
        print(
            _("{whose}: {value} left as typed: {why}").format(
                whose=left.whose, value=left.value, why=phone_tidy.left_words(left, _)
            )
        )
    summary = _.ngettext("{n} number to rewrite", "{n} numbers to rewrite", len(plan.rewrites)).format(
        n=len(plan.rewrites)
    )
    summary += "; " + _.ngettext("{n} left as typed", "{n} left as typed", len(plan.left)).format(
        n=len(plan.left)
    )
    if plan.more:
        summary += "; " + _.ngettext("{n} more beyond --limit", "{n} more beyond --limit", plan.more).format(
            n=plan.more
        )
    print(summary + ".")
    if args.dry_run or not plan.rewrites:
        return 0
    if not args.yes and not confirmed(_("Rewrite these numbers? [y/N] "), _):
        print(_("Nothing was changed."))
        return 1
    with ctx.db.transaction() as session:
        done = phone_tidy.apply_tidy(session, plan)
    print(
        _.ngettext(
            "{n} number rewritten. petdesk phones tidy --undo puts it back.",
            "{n} numbers rewritten. petdesk phones tidy --undo puts them back.",
            done,
        ).format(n=done)
    )
    return 0


def _undo(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import import_undo, phone_tidy

    _ = ctx.translator()
    try:
        with ctx.db.reading() as session:
            plan = phone_tidy.plan_undo_tidy(session, locale=ctx.locale)
        print(
            _.ngettext(
                "Undo the last tidy of phone numbers: {n} person's numbers get their typed form back.",
                "Undo the last tidy of phone numbers: {n} people's numbers get their typed form back.",
                plan.restored,
            ).format(n=plan.restored)
        )
        if args.dry_run:
            return 0
        if not args.yes and not confirmed(_("Undo the tidy? [y/N] "), _):
            print(_("Nothing was undone."))
            return 1
        with ctx.db.transaction() as session:
            phone_tidy.undo_last_tidy(session, locale=ctx.locale)
    except import_undo.UndoImportError as exc:
        raise CliError(str(exc)) from exc
    print(_("The tidy of phone numbers was undone."))
    return 0
