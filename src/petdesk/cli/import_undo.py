"""``petdesk import-undo``: take back the last import (contacts, organisations, technologies, needs, a
visit's calendar or a 3iPET exchange file) as one step, or an earlier one of the recent imports
(``--list``, ``--import N``). One command for every import command, as the window's Undo import
button is one: the last import is whichever ran last, and the user need not remember which command
it was."""

from __future__ import annotations

import argparse

from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "import-undo",
        help=_(
            "undo the last (or an earlier) import of contacts, organisations, technologies, needs, a "
            "calendar or a 3iPET exchange file, after asking"
        ),
        description=_(
            "The records the last import added are deleted (Deleted Records can restore them), the "
            "fields it updated get their values back and the links it added are removed. A record "
            "changed since the import (by an edit, a sync or a later import) stops the undo, unless "
            "--skip-changed leaves it as it is. The last 20 imports are kept: --list shows them and "
            "--import N undoes an earlier one. Sync packages from other offices are not imports "
            "that can be undone: their changes are the other office's."
        ),
    )
    p.add_argument(
        "--list", action="store_true", help=_("list the recent imports and whether each can be undone")
    )
    p.add_argument(
        "--import",
        dest="which",
        metavar="N|ID",
        help=_("undo this import of the list (1 is the last) instead of the last one"),
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
    from petdesk.cli.progress import stderr_progress
    from petdesk.services import import_undo

    _ = ctx.translator()
    locale = ctx.locale
    if args.list:
        return _list(ctx)
    try:
        with ctx.db.reading() as session:
            mark = import_undo.find_import(session, args.which, locale=locale) if args.which else None
            plan = import_undo.plan_undo(session, mark, locale=locale)
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
                import_undo.planned_again(session, plan, locale=locale),
                skip_changed=args.skip_changed,
                locale=locale,
                on_progress=stderr_progress(_("Undoing the import"), _),
            )
    except import_undo.UndoImportError as exc:
        raise CliError(str(exc)) from exc
    print(import_undo.undone_words(done, locale))
    return 0


def _list(ctx: Context) -> int:
    """The recent imports, newest first: number, id, when, kind, files, what they changed, state."""
    from petdesk.services import import_undo

    _ = ctx.translator()
    with ctx.db.reading() as session:
        past = import_undo.history(session)
    if not past:
        print(_("No import is recorded."))
        return 0
    for number, item in enumerate(past, 1):
        print(f"{number:>2}  {item.mark.id}  {import_undo.past_line(item, ctx.locale)}")
    return 0
