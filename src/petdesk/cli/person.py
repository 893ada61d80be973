"""Subcommands for a person's rights over their data: ``petdesk person export|erase|backups``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.cli.confirm import confirmed
from petdesk.cli.context import EXIT_ERROR, CliError, Context, Translate, cannot_write, report_stream, warn
from petdesk.cli.out_option import written_path

if TYPE_CHECKING:
    from petdesk.services import privacy


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommands."""
    p = sub.add_parser("person", help=_("a person's data: export everything held, or erase it everywhere"))
    person_sub = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    e = person_sub.add_parser(
        "export",
        help=_("everything held about a person as JSON (or PDF)"),
        description=_(
            "Fields, e-mail addresses and phone numbers, positions, visits, programme items, "
            "trainings, attendance, activities, follow-ups, merges and the history of all of them."
        ),
    )
    e.add_argument("id", help=_("the contact's id or a unique beginning of it"))
    e.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=_("FILE.json, FILE.pdf for a readable copy, or '-' for JSON on standard output"),
    )
    e.set_defaults(handler=cmd_export)

    r = person_sub.add_parser(
        "erase",
        help=_("erase a person here and, through sync, at every other office"),
        description=_(
            "Removes the person's rows, search index entries, history, conflicts and merges, "
            "leaves a marker that erases them at every office that imports it, and rewrites the file so "
            "that no byte of the person remains in it or its WAL. Backups made before stay as they are "
            "and are listed."
        ),
    )
    r.add_argument("id", help=_("the contact's id or a unique beginning of it"))
    r.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    r.set_defaults(handler=cmd_erase)

    d = person_sub.add_parser(
        "restrict",
        help=_('mark a person "do not contact": left out of every bulk export, at every office'),
        description=_(
            "The person stays in the visits and trainings they took part in, but contact exports, "
            "registration lists and name cards leave them out. The mark travels to the other offices "
            "with the next package."
        ),
    )
    d.add_argument("id", help=_("the contact's id or a unique beginning of it"))
    d.add_argument("--lift", action="store_true", help=_("take the mark away: they may be contacted again"))
    d.set_defaults(handler=cmd_restrict)

    b = person_sub.add_parser("backups", help=_("backups that still hold an erased person"))
    b.add_argument("id", help=_("the erased contact's id or a beginning of it"))
    b.set_defaults(handler=cmd_backups)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import privacy

    _ = ctx.translator()
    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(_("the folder {folder} does not exist").format(folder=out.parent))
    try:
        data = privacy.export_person(ctx.db, args.id, ctx.locale)
        if out.suffix.lower() == ".pdf":
            privacy.write_pdf(data, out, logged_in=ctx.db)
        else:
            with written_path(out, "person.json") as target:
                privacy.write_json(data, target, logged_in=ctx.db)
    except privacy.PrivacyError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise cannot_write(out, exc, ctx.locale, _) from exc
    print(
        _.ngettext(
            "Wrote {file} ({n} change in the history).",
            "Wrote {file} ({n} changes in the history).",
            len(data["history"]),
        ).format(file=out, n=len(data["history"])),
        file=report_stream(out),
    )
    return 0


def cmd_restrict(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.connection import session_sqlite
    from petdesk.services import do_not_contact, privacy
    from petdesk.sync.value_words import describe_record

    _ = ctx.translator()
    try:
        with ctx.db.transaction() as session:
            conn = session_sqlite(session)
            person_id = privacy.resolve_person(conn, args.id, ctx.locale)
            changed = do_not_contact.set_mark(session, person_id, not args.lift)
            name = describe_record(conn.cursor(), "contact", person_id, ctx.locale)
    except privacy.PrivacyError as exc:
        raise CliError(str(exc)) from exc
    if args.lift:
        said = _("{name} may be contacted again.") if changed else _("{name} was not marked.")
    else:
        said = (
            _('{name} is marked "do not contact": left out of every bulk export, here and at every office.')
            if changed
            else _('{name} was marked "do not contact" already.')
        )
    print(said.format(name=name))
    return 0


def cmd_erase(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import privacy

    _ = ctx.translator()
    ident: str = args.id
    try:
        if not args.yes:
            # Named before asking: an id prefix alone does not tell two namesakes apart (D13).
            person = privacy.person_to_erase(ctx.db, ident, ctx.locale)
            print(person.details)
            _print_mentions_ahead(person.mention_lines, _)
            # Their name typed as "Logged by" or "Merged by" goes too: said before, not found after.
            places = privacy.renamed_places(person.renamed, ctx.locale)
            question = (
                _(
                    "Erase {name} and everything about them, and their name in {places}, here and at "
                    "every office? [y/N] "
                ).format(name=person.name, places=places)
                if places
                else _("Erase {name} and everything about them, here and at every office? [y/N] ").format(
                    name=person.name
                )
            )
            if not confirmed(question, _):
                print(_("Nothing erased."))
                return 1
            ident = person.person_id  # the person shown, whatever the prefix matches by now
        result = privacy.erase(ctx.db, ident, locale=ctx.locale)
    except privacy.AlreadyErased as exc:
        return _rewrite_again(ctx, str(exc))
    except privacy.PrivacyError as exc:
        raise CliError(str(exc)) from exc
    from petdesk.sync.erased_names import ERASED_NAME
    from petdesk.sync.labels import entity_label

    # Kinds of records in words, as the history names them ("Contact method: 2"), not table names.
    detail = _(", ").join(
        _("{kind}: {n}").format(kind=entity_label(table, ctx.locale), n=n)
        for table, n in sorted(result.rows.items())
    )
    print(
        _.ngettext(
            "Erased {label} ({id}): {n} record ({detail}).",
            "Erased {label} ({id}): {n} records ({detail}).",
            result.total,
        ).format(label=result.label, id=result.person_id, n=result.total, detail=detail)
    )
    if places := privacy.renamed_places(result.renamed, ctx.locale):
        print(
            _("And their name in {places}, now {placeholder}.").format(places=places, placeholder=ERASED_NAME)
        )
    if result.mention_lines:
        # Other people's words: listed to be edited by hand, never rewritten (field test 59).
        print(
            _.ngettext(
                "Their name is still written in {n} other record; edit it if the name should go:",
                "Their name is still written in {n} other records; edit them if the name should go:",
                len(result.mention_lines),
            ).format(n=len(result.mention_lines))
        )
        from petdesk.textsafety import terminal_safe  # other people's text, imported notes too

        for line in result.mention_lines:
            print(f"  {terminal_safe(line)}")
    print(_("The erasure travels with the next sync package to the other offices."))
    _print_backups(result.backups, _, ctx)
    if result.not_rewritten:
        warn(_not_rewritten(_, result.not_rewritten, result.person_id), _)
        return EXIT_ERROR
    return 0


#: How many records naming the person the confirmation lists (the erasure lists them all).
MENTIONS_AHEAD = 5


def _print_mentions_ahead(lines: list[str], _: Translate) -> None:
    """Before the question: other records whose free text names the person, which the erasure
    leaves as they are, so that the user knows what is left to edit before saying yes."""
    if not lines:
        return
    print(
        _.ngettext(
            "Their name is also written in {n} other record, which the erasure leaves as it is:",
            "Their name is also written in {n} other records, which the erasure leaves as they are:",
            len(lines),
        ).format(n=len(lines))
    )
    from petdesk.textsafety import terminal_safe  # other people's text: no escapes reach the terminal

    for line in lines[:MENTIONS_AHEAD]:
        print(f"  {terminal_safe(line)}")
    if len(lines) > MENTIONS_AHEAD:
        more = len(lines) - MENTIONS_AHEAD
        print("  " + _.ngettext("… and {n} more", "… and {n} more", more).format(n=more))


def _not_rewritten(_: Translate, problem: privacy.NotRewritten, person_id: str) -> str:
    if problem.unreachable:  # a pulled stick: no space to free, the drive to put back
        return _(
            "the person is erased, but the file could not be rewritten ({reason}), so pieces of the "
            "erased records may remain in its unused space. Reconnect the drive holding the file, then "
            "run petdesk person erase {id} again to rewrite it"
        ).format(reason=problem.reason, id=person_id)
    return _(
        "the person is erased, but the file could not be rewritten ({reason}), so pieces of the "
        "erased records may remain in its unused space. Free some space, then run "
        "petdesk person erase {id} again to rewrite it"
    ).format(reason=problem.reason, id=person_id)


def _rewrite_again(ctx: Context, erased: str) -> int:
    """An erased person named again: rewrite the file, which an erasure on a full disk could not."""
    from petdesk.services import privacy

    _ = ctx.translator()
    reason = privacy.rewrite_file(ctx.db, ctx.locale)
    if reason:
        raise CliError(
            _("{erased}; the file still could not be rewritten ({reason})").format(
                erased=erased, reason=reason
            )
        )
    print(
        _("{erased}; the file is rewritten, so no piece of the erased records remains in it.").format(
            erased=erased
        )
    )
    return 0


def cmd_backups(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import privacy

    try:
        backups = privacy.backups_holding(ctx.db, args.id, ctx.locale)
    except privacy.PrivacyError as exc:
        raise CliError(str(exc)) from exc
    _print_backups(backups, ctx.translator(), ctx)
    return 0


def _print_backups(backups: list[privacy.BackupFile], _: Translate, ctx: Context) -> None:
    from petdesk.i18n import format_datetime  # babel: not while the parser is built (test_cli_startup)

    locale = ctx.locale
    if not backups:
        print(_("No backup made before the erasure holds the person."))
        return
    holding = [b for b in backups if not b.unread]
    if holding:
        print(
            _.ngettext(
                "{n} backup made before the erasure still holds the person (delete it or let it age out):",
                "{n} backups made before the erasure still hold the person "
                "(delete them or let them age out):",
                len(holding),
            ).format(n=len(holding))
        )
    for b in holding:
        ages = "  " + _("({what})").format(what=b.ages_out) if b.ages_out else ""
        print(f"  {format_datetime(b.made_at.astimezone(), locale)}  {b.path}{ages}")
    stored = [b.path.name for b in holding if b.path.suffix == ".gz"]
    if stored:
        print(
            _("To delete them: petdesk --db {db} backups --delete {names}").format(
                db=ctx.path, names=" ".join(stored)
            )
        )
    from petdesk.messages import localize

    unread = [b for b in backups if b.unread]
    if unread:
        print(
            _.ngettext(
                "{n} backup made before the erasure may hold the person; it cannot be read to tell:",
                "{n} backups made before the erasure may hold the person; they cannot be read to tell:",
                len(unread),
            ).format(n=len(unread))
        )
    for b in unread:
        when = format_datetime(b.made_at.astimezone(), locale)
        print(f"  {when}  {b.path}  ({localize(b.unread, locale)})")
