"""``petdesk exports``: the files of personal data written at this office (field test 84), newest
first, or those that held one person (``--contact``): "to whom did you send my data?"."""

from __future__ import annotations

import argparse

from petdesk.cli.activities import _contact, _viewer
from petdesk.cli.context import Context, Translate
from petdesk.cli.visits import _zone


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommand."""
    p = sub.add_parser(
        "exports",
        help=_(
            "list the files of personal data written here: contacts exported, registration lists, name cards"
        ),
    )
    p.add_argument(
        "--contact",
        metavar="ID",
        help=_("only the files that held this person (their id or a name only they have)"),
    )
    p.add_argument("--limit", type=int, default=200, metavar="N", help=_("show at most N (default 200)"))
    p.add_argument("--tz", type=_zone, metavar="ZONE", help=_("viewer's time zone (default: system)"))
    p.set_defaults(handler=cmd_exports)


def cmd_exports(args: argparse.Namespace, ctx: Context) -> int:
    """ "2026-12-06 14:03 Asia/Shanghai  Wang Lei exported 12 contacts to partners.vcf"."""
    from petdesk.i18n import format_datetime  # babel: not on the quick paths (test_cli_startup)
    from petdesk.services import export_log

    _ = ctx.translator()
    zone = _viewer(args)
    with ctx.db.reading() as session:
        contact_id = _contact(session, args.contact, ctx) if args.contact else None
        lines = export_log.lines(session, contact_id=contact_id, limit=args.limit)
    if not lines:
        print(_("No files of personal data logged yet."))
        return 0
    for line in lines:
        when = f"{format_datetime(line.at.astimezone(zone), ctx.locale)} {zone.key}"
        print(f"{when}  {export_log.sentence(line, ctx.locale)}")
    return 0
