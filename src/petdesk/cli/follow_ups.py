"""``petdesk followups``: follow-ups of every partner listed (due, overdue, of a partner), added to
a contact, an organisation or a project, marked done, reopened, postponed, deleted and restored
(field test 50, defect 1: there was no command for them).

Babel, the services and the messages are imported inside the handlers: building the parser stays
quick (tests/core/test_cli_startup.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from petdesk.cli.columns import bracketed
from petdesk.cli.context import (
    CliError,
    Context,
    Translate,
    cannot_write,
    int_between,
    output_locale,
    plain_translator,
    report_stream,
)
from petdesk.cli.out_option import file_path
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator
from petdesk.language import N_, interface_language
from petdesk.textsafety import terminal_safe

if TYPE_CHECKING:
    from pathlib import Path

    from petdesk.i18n import Translator
    from petdesk.services.follow_up_list import FollowUpRow

#: Shown ids are this long (the CLI takes any unique beginning of 4+ characters).
SHORT_ID = 8


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a date like 2026-11-29")).format(text=terminal_safe(text))
        ) from None


def _lang_arg(p: argparse.ArgumentParser, _: Translate) -> None:
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("language of the output (default: system)"))


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "followups",
        help=_("follow-ups of contacts, organisations, projects and visits: list, add, done, postpone"),
        description=_(
            "Without an action, lists the open follow-ups, overdue ones first. "
            "Ids may be shortened to their first 4 or more characters."
        ),
    )
    p.add_argument(
        "--due",
        type=int_between(0, 3660),
        metavar="N",
        help=_("only those due within N days (overdue included)"),
    )
    p.add_argument("--overdue", action="store_true", help=_("only overdue ones"))
    p.add_argument(
        "--partner", metavar="NAME", help=_("only those of a contact, organisation or project named so")
    )
    p.add_argument("--all", action="store_true", help=_("done and dropped ones too"))
    p.add_argument(
        "--out",
        type=file_path(_),
        metavar="FILE",
        help=_("write the list to F.csv or F.xlsx (headers in both languages) instead of printing it"),
    )
    add_delimiter_option(p, _)
    _lang_arg(p, _)
    p.set_defaults(handler=cmd_list, action=None)
    actions = p.add_subparsers(dest="action", metavar="{add,edit,done,reopen,postpone,delete,restore}")

    add = actions.add_parser("add", help=_("add a follow-up to a contact, an organisation or a project"))
    whose = add.add_mutually_exclusive_group(required=True)
    whose.add_argument("--contact", metavar="ID", help=_("the person it is for"))
    whose.add_argument("--organisation", metavar="ID", help=_("the organisation it is for"))
    whose.add_argument("--project", metavar="ID", help=_("the project it is for"))
    add.add_argument("--title", metavar="TEXT", default="", help=_("what is to be done (English)"))
    add.add_argument("--title-zh", metavar="TEXT", default="", help=_("what is to be done (Chinese)"))
    add.add_argument("--due", type=_date, metavar="D", help=_("due date (YYYY-MM-DD)"))
    add.add_argument("--owner", metavar="CONTACT_ID", help=_("who does it"))
    add.add_argument("--note", metavar="TEXT", default="", help=_("a note"))
    _lang_arg(add, _)
    add.set_defaults(handler=cmd_add)

    edit = actions.add_parser("edit", help=_("change a follow-up's title, owner, due date or note"))
    edit.add_argument("id", metavar="ID", help=_("follow-up id (at least 4 characters)"))
    edit.add_argument("--title", metavar="TEXT", help=_("what is to be done (English)"))
    edit.add_argument("--title-zh", metavar="TEXT", help=_("what is to be done (Chinese)"))
    edit.add_argument("--due", type=_date, metavar="D", help=_("due date (YYYY-MM-DD)"))
    owner = edit.add_mutually_exclusive_group()
    owner.add_argument("--owner", metavar="CONTACT_ID", help=_("who does it"))
    owner.add_argument("--no-owner", action="store_true", help=_("nobody does it any more"))
    edit.add_argument("--note", metavar="TEXT", help=_("a note"))
    _lang_arg(edit, _)
    edit.set_defaults(handler=cmd_edit)

    for name, text in (
        ("done", _("mark a follow-up done")),
        ("reopen", _("open a follow-up marked done again")),
        ("delete", _("delete a follow-up (restore brings it back)")),
        ("restore", _("bring back a deleted follow-up")),
    ):
        one = actions.add_parser(name, help=text)
        one.add_argument("id", metavar="ID", help=_("follow-up id (at least 4 characters)"))
        _lang_arg(one, _)
        one.set_defaults(handler=cmd_change)
    later = actions.add_parser("postpone", help=_("move a follow-up's due date"))
    later.add_argument("id", metavar="ID", help=_("follow-up id (at least 4 characters)"))
    when = later.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--days", type=int_between(1, 3660), metavar="N", help=_("by N days (from today when overdue)")
    )
    when.add_argument("--to", type=_date, metavar="D", help=_("to this date (YYYY-MM-DD)"))
    _lang_arg(later, _)
    later.set_defaults(handler=cmd_change)


# --- listing -------------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.follow_up_list import listing_rows  # plain SQL: no SQLAlchemy, no models

    locale = output_locale(args)
    _ = plain_translator(locale)  # English without babel (its dates: petdesk.plain_dates)
    today = dt.date.today()
    if args.out is not None and args.out.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(_("{file}: choose a .csv or .xlsx file name").format(file=args.out.name))
    with ctx.plain_reading() as conn:
        rows = listing_rows(
            conn,
            today=today,
            due_within=args.due,
            overdue=args.overdue,
            partner=args.partner or "",
            include_closed=args.all,
        )
    if args.out is not None:
        return _export(rows, args.out, today, locale, ctx, _, separator(args.delimiter))
    if not rows:
        print(_("No follow-up matches."))
        return 0
    overdue = 0
    for row in rows:
        late = row.is_open and row.due_date is not None and row.due_date < today
        overdue += late
        print(("! " if late else "  ") + describe(row, locale, today, _))
    # the count an annual report quotes (field test 65: there was no total line)
    print(_("Follow-ups: {n}, overdue: {overdue}").format(n=len(rows), overdue=overdue))
    return 0


def _export(
    rows: list[FollowUpRow],
    out: Path,
    today: dt.date,
    locale: str,
    ctx: Context,
    _: Translate,
    delimiter: str = ",",
) -> int:
    from petdesk.services import follow_ups_export

    try:
        follow_ups_export.write(
            rows, out, today, interface_language(locale), delimiter=delimiter, logged_in=ctx.db
        )
    except OSError as exc:
        raise cannot_write(out, exc, ctx.locale, _) from exc
    said = _.ngettext("Wrote {n} follow-up to {file}", "Wrote {n} follow-ups to {file}", len(rows))
    print(said.format(n=len(rows), file=out), file=report_stream(out))
    return 0


def describe(row: FollowUpRow, locale: str, today: dt.date, _: Translate) -> str:
    """ "3DTaD2Cu  Prepare offer — Siemens AG — due in 7 days (12 Dec 2026) · Julia Neumann"."""
    from petdesk.plain_dates import relative_date, short_date
    from petdesk.vocab import label

    lang = interface_language(locale)
    title = row.title(lang)
    if partner := row.partner(lang):
        title = _("{title} — {partner}").format(title=title, partner=partner)
    if row.due_date is None:
        when = _("{title} — no due date").format(title=title)
    else:
        relative = relative_date(row.due_date, locale, today) if row.due_date != today else _("today")
        pattern = (
            _("{title} — was due {when} ({day})")
            if row.is_open and row.due_date < today
            else _("{title} — due {when} ({day})")
        )
        when = pattern.format(title=title, when=relative, day=short_date(row.due_date, locale))
    if row.stored_status is not None:  # a newer petdesk's status, as stored: not its stand-in
        when += " " + bracketed(row.stored_status)
    elif not row.is_open:
        when += " " + bracketed(label(row.status, locale))
    if owner := row.owner(lang):
        when += " · " + owner
    return f"{row.id[:SHORT_ID]}  {when}"


# --- changing ------------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.i18n import translator
    from petdesk.services import follow_ups as follow_up_service
    from petdesk.services.visits import ScheduleError

    _ = translator(output_locale(args))
    kind = "contact" if args.contact else "organisation" if args.organisation else "project"
    record_id = _resolve(ctx, kind, args.contact or args.organisation or args.project, _)
    owner = _resolve(ctx, "contact", args.owner, _) if args.owner else None
    with ctx.db.transaction() as s:
        try:
            made = follow_up_service.add(
                s,
                kind=kind,
                record_id=record_id,
                title_en=args.title,
                title_zh=args.title_zh,
                due_date=args.due,
                owner_id=owner,
                note=args.note,
            )
        except ScheduleError as exc:
            raise CliError(_("The follow-up needs a title: give --title or --title-zh.")) from exc
        print(_("Follow-up added: {id}").format(id=made.id[:SHORT_ID]))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    """Change only what is given; the rest of the follow-up stays as it was."""
    from petdesk.i18n import translator
    from petdesk.services import follow_ups as follow_up_service
    from petdesk.services.visits import ScheduleError

    _ = translator(output_locale(args))
    fid = _resolve(ctx, "follow_up", args.id, _)
    given = {
        "title_en": args.title,
        "title_zh": args.title_zh,
        "due_date": args.due,
        "note": args.note,
    }
    fields = {name: value for name, value in given.items() if value is not None}
    if args.owner:
        fields["owner_id"] = _resolve(ctx, "contact", args.owner, _)
    elif args.no_owner:
        fields["owner_id"] = None
    if not fields:
        raise CliError(
            _("Nothing to change: give --title, --title-zh, --due, --owner, --no-owner or --note.")
        )
    with ctx.db.transaction() as s:
        try:
            follow_up_service.edit(s, fid, **fields)
        except ScheduleError as exc:
            raise CliError(_("The follow-up needs a title: give --title or --title-zh.")) from exc
    print(_("Follow-up changed."))
    return 0


def cmd_change(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.i18n import format_date, translator
    from petdesk.services import follow_ups as follow_up_service

    locale = output_locale(args)
    _ = translator(locale)
    fid = _resolve(ctx, "follow_up", args.id, _, deleted=args.action == "restore")
    with ctx.db.transaction() as s:
        if args.action == "done":
            follow_up_service.mark_done(s, fid)
            said = _("Follow-up done.")
        elif args.action == "reopen":
            follow_up_service.reopen(s, fid)
            said = _("Follow-up open again.")
        elif args.action == "postpone":
            moved = follow_up_service.postpone(s, fid, days=args.days, to=args.to)
            assert moved.due_date is not None
            said = _("Follow-up now due {day}.").format(day=format_date(moved.due_date, locale))
        elif args.action == "delete":
            follow_up_service.delete(s, fid)
            said = _("Follow-up deleted; `petdesk followups restore {id}` brings it back.").format(
                id=fid[:SHORT_ID]
            )
        else:
            follow_up_service.restore(s, fid)
            said = _("Follow-up restored.")
    print(said)
    return 0


def _resolve(ctx: Context, table: str, prefix: str, _: Translator, *, deleted: bool = False) -> str:
    """The one id of ``table`` starting with ``prefix`` (live rows; deleted ones with ``deleted``)."""
    from sqlalchemy import text

    word = prefix.strip()
    if len(word) < 4:
        raise CliError(_("Give at least 4 characters of the id."))
    alive = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
    with ctx.db.reading() as s:
        ids = [
            r[0]
            for r in s.execute(
                text(
                    f"SELECT id FROM {table} WHERE id >= :p AND id < :p || char(1114111) AND {alive} LIMIT 2"
                ),
                {"p": word},
            )
        ]
    if not ids:
        raise CliError(_("Nothing has the id {id}.").format(id=word))
    if len(ids) > 1:
        raise CliError(
            _("Several records have ids starting with {id}; give more characters.").format(id=word)
        )
    return str(ids[0])
