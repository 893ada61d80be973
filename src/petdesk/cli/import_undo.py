"""``petdesk import-undo``: take back the last import (contacts, organisations, technologies or needs)
as one step. One command for every import command, as the window's Undo import button is one: the
last import is whichever ran last, and the user need not remember which command it was."""

from __future__ import annotations

import argparse

from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "import-undo",
        help=_("undo the last import of contacts, organisations, technologies or needs, after asking"),
        description=_(
            "The records the last import added are deleted (Deleted Records can restore them), the "
            "fields it updated get their values back and the links it added are removed. A record "
            "changed since the import stops the undo, unless --skip-changed leaves it as it is."
        ),
    )
    p.add_argument("--yes", action="store_true", help=_("undo without asking"))
    p.add_argument("--dry-run", action="store_true", help=_("say what would change; change nothing"))
    p.add_argument(
        "--skip-changed",
        action="store_true",
        help=_("leave the records changed since the import as they are and undo the rest"),
    )
    p.set_defaults(handler=cmd_import_undo)


def cmd_import_undo(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import import_undo

    _ = ctx.translator()
    locale = ctx.locale
    try:
        with ctx.db.reading() as session:
            plan = import_undo.plan_undo(session, locale=locale)
        if plan.changed and not args.skip_changed:
            raise import_undo.UndoImportError(
                import_undo.refusal(plan, locale) + "\n" + _("Add --skip-changed to undo the rest.")
            )
        print(import_undo.summary(plan, locale))
        if args.dry_run:
            return 0
        if not args.yes and not confirmed(_("Undo the import? [y/N] "), _):
            print(_("Nothing was undone."))
            return 1
        with ctx.db.transaction() as session:
            done = import_undo.undo_import(
                session,
                import_undo.plan_undo(session, plan.mark, locale=locale),
                skip_changed=args.skip_changed,
                locale=locale,
            )
    except import_undo.UndoImportError as exc:
        raise CliError(str(exc)) from exc
    print(import_undo.undone_words(done, locale))
    return 0
