"""``petdesk tags``: the tags in use with their counts; ``tags rename``, ``merge`` and ``delete``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from petdesk.cli.columns import pad, width
from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, Translate

if TYPE_CHECKING:  # the services load only when a command runs
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from petdesk.services.tag_cleanup import TagEdit

    #: A rename, merge or delete in a session, as a dry run (True) or for real.
    Plan = Callable[[Session, bool], TagEdit]


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "tags",
        help=_(
            "list the tags in use with how many organisations and contacts carry each; rename, merge, delete"
        ),
        description=_(
            "Tags match whatever their case. A rename, merge or delete changes each record's tags as "
            "an ordinary edit (with history), which travels to the other offices and merges with their "
            "tag edits."
        ),
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON document instead of a table"))
    p.set_defaults(handler=cmd_tags)
    words = p.add_subparsers(dest="tags_command", metavar="ACTION")

    r = words.add_parser(
        "rename", help=_("rename a tag on every organisation and contact carrying it, after asking")
    )
    r.add_argument("old", help=_("the tag to rename"))
    r.add_argument("new", help=_("its new name (a record already carrying it keeps it once)"))
    r.add_argument("--yes", action="store_true", help=_("rename without asking"))
    r.add_argument("--dry-run", action="store_true", help=_("say how many records would change; change none"))
    r.set_defaults(handler=cmd_rename)

    m = words.add_parser("merge", help=_("replace several tags by one, after asking"))
    m.add_argument("tags", nargs="+", metavar="TAG", help=_("the tags to merge"))
    m.add_argument("--into", required=True, metavar="TAG", help=_("the tag they become"))
    m.add_argument("--yes", action="store_true", help=_("merge without asking"))
    m.add_argument("--dry-run", action="store_true", help=_("say how many records would change; change none"))
    m.set_defaults(handler=cmd_merge)

    d = words.add_parser("delete", help=_("take a tag off every organisation and contact, after asking"))
    d.add_argument("tag", help=_("the tag to delete"))
    d.add_argument("--yes", action="store_true", help=_("delete without asking"))
    d.add_argument("--dry-run", action="store_true", help=_("say how many records would change; change none"))
    d.set_defaults(handler=cmd_delete)


def cmd_tags(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.json_output import print_json
    from petdesk.services import tag_cleanup

    _ = ctx.translator()
    with ctx.db.reading() as session:
        rows = tag_cleanup.tag_counts(session)
    if args.json:
        print_json(
            {
                "tags": [
                    {"tag": r.tag, "organisations": r.organisations, "contacts": r.contacts, "total": r.total}
                    for r in rows
                ]
            }
        )
        return 0
    if not rows:
        print(_("No tags in use."))
        return 0
    headings = (_("Tag"), _("Organisations"), _("Contacts"), _("Total"))
    tag_width = max(width(headings[0]), *(width(r.tag) for r in rows))
    numbers = [max(width(h), 6) for h in headings[1:]]
    print(
        "  ".join(
            [
                pad(headings[0], tag_width),
                *(pad(h, w, ">") for h, w in zip(headings[1:], numbers, strict=True)),
            ]
        )
    )
    for r in rows:
        cells = (str(r.organisations), str(r.contacts), str(r.total))
        print(
            "  ".join([pad(r.tag, tag_width), *(pad(c, w, ">") for c, w in zip(cells, numbers, strict=True))])
        )
    return 0


def _done(edit: TagEdit, done: str, would: str, names: dict[str, str], dry_run: bool, ctx: Context) -> int:
    """Print what changed (or would, for a dry run): ``done`` or ``would`` filled with ``names``
    and ``{records}`` (at once: a tag may hold braces)."""
    _ = ctx.translator()
    if not edit.total:
        print(_("No records changed."))
    elif dry_run:
        print(would.format(**names, records=edit.records(ctx.locale)))
        print(_("Nothing changed (dry run)."))  # a line of its own: no joining space in Chinese
    else:
        print(done.format(**names, records=edit.records(ctx.locale)))
    return 0


def _confirmed(
    args: argparse.Namespace, ctx: Context, plan: Plan, question: str, names: dict[str, str], refused: str
) -> bool:
    """Unless ``--yes`` or ``--dry-run``: say how many records ``plan`` (run as a dry run) would
    change and ask ``question`` (filled with ``names`` and ``{records}`` at once, as ``_done``
    does); no answer (no terminal) is no. The command line has no undo for these: each record's
    old tags are only in its history (``petdesk history --revert``)."""
    if args.yes or args.dry_run:
        return True
    with ctx.db.reading() as session:
        planned = plan(session, True)
    if not planned.total:
        return True  # nothing to change: said by the edit itself
    if confirmed(question.format(**names, records=planned.records(ctx.locale)), ctx.translator()):
        return True
    print(refused)
    return False


def _edit(
    args: argparse.Namespace,
    ctx: Context,
    plan: Plan,
    names: dict[str, str],
    *,
    question: str,
    refused: str,
    done: str,
    would: str,
) -> int:
    """What rename, merge and delete share: ask (:func:`_confirmed`), run ``plan`` in one
    transaction and say what it changed (:func:`_done`); a refused tag is the command's error."""
    from petdesk.services import tag_cleanup

    try:
        if not _confirmed(args, ctx, plan, question, names, refused):
            return 1
        with ctx.db.transaction() as session:
            edit = plan(session, args.dry_run)
    except tag_cleanup.TagError as exc:
        raise CliError(str(exc)) from exc
    return _done(edit, done, would, names, args.dry_run, ctx)


def cmd_rename(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import tag_cleanup

    _ = ctx.translator()

    def plan(session: Session, dry_run: bool) -> TagEdit:
        return tag_cleanup.rename(session, args.old, args.new, dry_run=dry_run, locale=ctx.locale)

    return _edit(
        args,
        ctx,
        plan,
        {"old": args.old.strip(), "new": args.new.strip()},
        question=_("Rename the tag “{old}” to “{new}” on {records}? [y/N] "),
        refused=_("Nothing renamed."),
        done=_("Renamed “{old}” to “{new}” on {records}."),
        would=_("Would rename “{old}” to “{new}” on {records}."),
    )


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import tag_cleanup

    _ = ctx.translator()

    def plan(session: Session, dry_run: bool) -> TagEdit:
        return tag_cleanup.merge(session, args.tags, into=args.into, dry_run=dry_run, locale=ctx.locale)

    return _edit(
        args,
        ctx,
        plan,
        {"tags": _(", ").join(f"“{t.strip()}”" for t in args.tags), "into": args.into.strip()},
        question=_("Merge {tags} into “{into}” on {records}? [y/N] "),
        refused=_("Nothing merged."),
        done=_("Merged {tags} into “{into}” on {records}."),
        would=_("Would merge {tags} into “{into}” on {records}."),
    )


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import tag_cleanup

    _ = ctx.translator()
    tag = args.tag.strip()

    def plan(session: Session, dry_run: bool) -> TagEdit:
        return tag_cleanup.delete(session, tag, dry_run=dry_run, locale=ctx.locale)

    return _edit(
        args,
        ctx,
        plan,
        {"tag": tag},
        question=_("Take the tag “{tag}” off {records}? [y/N] "),
        refused=_("Nothing deleted."),
        done=_("Took the tag “{tag}” off {records}."),
        would=_("Would take the tag “{tag}” off {records}."),
    )
