"""``petdesk activities``: the activity log across partners (filters by kind, organisation, person
and dates, a search), and ``add``, ``edit``, ``delete`` and ``restore`` of one entry."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from petdesk.cli.context import CliError, Context, Translate
from petdesk.cli.visits import _date, _zone
from petdesk.textsafety import terminal_safe

if TYPE_CHECKING:  # the services load only when a command runs
    from sqlalchemy.orm import Session

    from petdesk.services.activities import ActivityView

KINDS = ("call", "meeting", "email", "note")


def _when(text: str) -> dt.datetime:
    """ "2026-12-05 14:30" (the laptop's zone) or a day alone (noon that day)."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        from petdesk.cli.parser_language import argparse_text
        from petdesk.language import N_

        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a time like 2026-12-05 14:30")).format(text=terminal_safe(text))
        ) from None
    if len(text.strip()) <= 10:  # a day alone
        value = value.replace(hour=12)
    return value if value.tzinfo is not None else value.astimezone()


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser(
        "activities",
        help=_("list logged calls, meetings, e-mails and notes across partners; add, edit, delete one"),
        description=_(
            "Without an action, lists the activity log newest first; the filters combine. "
            "IDs are shown in the first column (give at least 4 characters of one)."
        ),
    )
    p.add_argument("--kind", dest="filter_kind", choices=KINDS, help=_("only this kind of activity"))
    p.add_argument(
        "--organisation",
        dest="filter_organisation",
        metavar="ORG",
        help=_("only this organisation's (its id, or its name as shown)"),
    )
    p.add_argument(
        "--contact",
        dest="filter_contact",
        metavar="PERSON",
        help=_("only this person's (their id, or a name only one person has)"),
    )
    p.add_argument("--from", dest="date_from", type=_date, metavar="D", help=_("first day (YYYY-MM-DD)"))
    p.add_argument("--to", dest="date_to", type=_date, metavar="D", help=_("last day (YYYY-MM-DD)"))
    p.add_argument(
        "--search", default="", metavar="TEXT", help=_("only those whose subject, notes or author hold TEXT")
    )
    p.add_argument("--limit", type=int, default=200, metavar="N", help=_("show at most N (default 200)"))
    p.add_argument("--tz", type=_zone, metavar="ZONE", help=_("viewer's time zone (default: system)"))
    p.set_defaults(handler=cmd_list)
    actions = p.add_subparsers(dest="activities_command", metavar="ACTION")

    a = actions.add_parser("add", help=_("log a call, meeting, e-mail or note"))
    target = a.add_mutually_exclusive_group(required=True)
    target.add_argument("--contact", metavar="ID", help=_("the contact it was with (id)"))
    target.add_argument(
        "--organisation", metavar="ORG", help=_("the organisation (its id, or its name as shown)")
    )
    _entry_args(a, _, kind_default="note")
    a.set_defaults(handler=cmd_add)

    e = actions.add_parser("edit", help=_("correct a logged entry (what is not given stays)"))
    e.add_argument("id", help=_("the activity's id (or its first characters)"))
    _entry_args(e, _, kind_default=None)
    e.set_defaults(handler=cmd_edit)

    d = actions.add_parser("delete", help=_("delete a logged entry (restore brings it back)"))
    d.add_argument("id", help=_("the activity's id (or its first characters)"))
    d.set_defaults(handler=cmd_delete)

    r = actions.add_parser("restore", help=_("bring back a deleted entry"))
    r.add_argument("id", help=_("the activity's full id, as delete printed it"))
    r.set_defaults(handler=cmd_restore)

    h = actions.add_parser(
        "housekeeping",
        help=_("list this office's bulk deletes, merges, erasures, restores and import undos"),
    )
    h.add_argument("--limit", type=int, default=200, metavar="N", help=_("show at most N (default 200)"))
    h.add_argument("--tz", type=_zone, metavar="ZONE", help=_("viewer's time zone (default: system)"))
    h.set_defaults(handler=cmd_housekeeping)


def _entry_args(p: argparse.ArgumentParser, _: Translate, *, kind_default: str | None) -> None:
    p.add_argument("--kind", choices=KINDS, default=kind_default, help=_("call, meeting, email or note"))
    p.add_argument("--subject", metavar="TEXT", help=_("what it was about, in one line"))
    p.add_argument("--notes", metavar="TEXT", help=_("the notes (several lines are kept)"))
    p.add_argument(
        "--when", type=_when, metavar="TIME", help=_("when it happened (YYYY-MM-DD HH:MM; default: now)")
    )
    p.add_argument("--by", dest="author", metavar="NAME", help=_("who logged it"))


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import activities as service

    _ = ctx.translator()
    zone = _viewer(args)
    with ctx.db.reading() as session:
        org = _organisation(session, args.filter_organisation, ctx) if args.filter_organisation else None
        person = _contact(session, args.filter_contact, ctx) if args.filter_contact else None
        selection = service.ActivityFilter(
            kind=service.ActivityKind(args.filter_kind) if args.filter_kind else None,
            organisation_id=org,
            contact_id=person,
            since=args.date_from,
            until=args.date_to,
        )
        found = service.find_activities(
            session, selection, text=args.search, language=ctx.locale, limit=args.limit, zone=zone
        )
    if not found:
        print(_("No activities match."))
        return 0
    for view in found:
        _print_entry(view, ctx, zone)
    return 0


def _viewer(args: argparse.Namespace) -> ZoneInfo:
    """``--tz``, else the viewer's zone (``PETDESK_TZ``, ``TZ``, the system's), which every time
    printed names: after travelling, "16:00" alone does not say where (field test 59)."""
    from petdesk.services.schedule_time import viewer_timezone

    return getattr(args, "tz", None) or viewer_timezone()


def _print_entry(view: ActivityView, ctx: Context, zone: ZoneInfo) -> None:
    """One line ("id  when zone  kind  subject — partner (by author)"), then the notes indented."""
    from petdesk.i18n import format_datetime  # babel: not on the quick paths (test_cli_startup)
    from petdesk.vocab import label

    _ = ctx.translator()
    when = f"{format_datetime(view.occurred_at.astimezone(zone), ctx.locale)} {zone.key}"
    line = f"{view.id[:8]}  {when}  {label(view.kind, ctx.locale)}  {view.subject or '—'}"
    if partner := view.partner(ctx.locale):
        line += f" — {partner}"
    if view.author:
        line += "  " + _("(logged by {name})").format(name=view.author)
    print(line)
    for note in view.body.splitlines():
        print(f"    {note}")


def _organisation(session: Session, text: str, ctx: Context) -> str:
    """The id of the organisation given by its id (or first characters) or its name in either language."""
    from petdesk.services.contact_form import resolve_organisation
    from petdesk.services.validation import ValidationError
    from petdesk.services.visits import ids_starting_with

    if len(text.strip()) >= 4 and len(ids := ids_starting_with(session, "organisation", text.strip())) == 1:
        return ids[0]
    other = "en" if ctx.locale.startswith("zh") else "zh_CN"
    try:
        found = resolve_organisation(session, text, ctx.locale)
    except ValidationError as exc:
        try:  # its name in the other language is as good
            found = resolve_organisation(session, text, other)
        except ValidationError:
            raise CliError(exc.text(ctx.locale)) from exc
    if found is None:
        _ = ctx.translator()  # called as ``_``, so the extractor finds the sentence
        raise CliError(_("Give the organisation's id or name."))
    return found


def _contact(session: Session, text: str, ctx: Context) -> str:
    """The id of the person given by their id (or first characters) or a name only they have."""
    from petdesk.services.contact_lookup import resolve_contact
    from petdesk.services.validation import ValidationError

    try:
        return resolve_contact(session, text, ctx.locale)
    except ValidationError as exc:
        raise CliError(exc.text(ctx.locale)) from exc


def _activity_id(session: Session, text: str, ctx: Context) -> str:
    from petdesk.services.visits import ids_starting_with

    _ = ctx.translator()
    text = text.strip()
    ids = ids_starting_with(session, "activity", text) if len(text) >= 4 else []
    if len(ids) != 1:
        message = (
            _("Several activities have ids starting with {id}; give more characters.")
            if ids
            else _("No activity has the id {id}.")
        )
        raise CliError(message.format(id=text))
    return ids[0]


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import activities as service
    from petdesk.services.validation import ValidationError
    from petdesk.services.visits import ids_starting_with

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        contact_id = None
        if args.contact:
            found = (
                ids_starting_with(session, "contact", args.contact.strip()) if len(args.contact) >= 4 else []
            )
            if len(found) != 1:
                raise CliError(_("No single contact has an id starting with {id}.").format(id=args.contact))
            contact_id = found[0]
        org = _organisation(session, args.organisation, ctx) if args.organisation else None
        try:
            activity = service.add_activity(
                session,
                kind=args.kind,
                subject=args.subject or "",
                body=args.notes or "",
                occurred_at=args.when,
                contact_id=contact_id,
                organisation_id=org,
                author=args.author or "",
            )
        except ValidationError as exc:
            raise CliError(exc.text(ctx.locale)) from exc
        print(_("Logged activity {id}.").format(id=activity.id[:8]))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import activities as service
    from petdesk.services.validation import ValidationError

    _ = ctx.translator()
    given = (args.kind, args.subject, args.notes, args.when, args.author)
    if all(value is None for value in given):  # as followups edit: "Changed" would say what did not happen
        raise CliError(_("Nothing to change: give --kind, --subject, --notes, --when or --by."))
    with ctx.db.transaction() as session:
        activity_id = _activity_id(session, args.id, ctx)
        try:
            service.update_activity(
                session,
                activity_id,
                kind=args.kind,
                subject=args.subject,
                body=args.notes,
                occurred_at=args.when,
                author=args.author,
            )
        except ValidationError as exc:
            raise CliError(exc.text(ctx.locale)) from exc
        view = service.activity_view(session, activity_id, ctx.locale)
    print(_("Changed activity {id}:").format(id=activity_id[:8]))
    _print_entry(view, ctx, _viewer(args))
    return 0


def cmd_delete(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import activities as service

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        activity_id = _activity_id(session, args.id, ctx)
        service.delete_activities(session, [activity_id])
    print(_("Deleted activity {id}.").format(id=activity_id[:8]))
    print(_("Undo with: {command}").format(command=f"petdesk activities restore {activity_id}"))
    return 0


def cmd_housekeeping(args: argparse.Namespace, ctx: Context) -> int:
    """The office's log of its bulk actions, newest first: "2026-12-06 14:03 Asia/Shanghai  Wang Lei
    deleted 240 contacts (untouched for 5 years)"."""
    from petdesk.i18n import format_datetime  # babel: not on the quick paths (test_cli_startup)
    from petdesk.services import housekeeping

    _ = ctx.translator()
    zone = _viewer(args)
    with ctx.db.reading() as session:
        lines = housekeeping.lines(session, limit=args.limit)
    if not lines:
        print(_("No bulk actions logged yet."))
        return 0
    for line in lines:
        when = f"{format_datetime(line.at.astimezone(zone), ctx.locale)} {zone.key}"
        print(f"{when}  {housekeeping.sentence(line, ctx.locale)}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import activities as service

    _ = ctx.translator()
    with ctx.db.transaction() as session:
        restored = service.restore_activities(session, [args.id.strip()])
    if not restored:
        raise CliError(_("No deleted activity has the id {id}.").format(id=args.id))
    print(_("Restored activity {id}.").format(id=restored[0][:8]))
    return 0
