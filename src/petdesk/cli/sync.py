"""``petdesk sync``: exchange changes with other offices by encrypted package files."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk import connection
from petdesk.cli.columns import pad, width
from petdesk.cli.confirm import confirmed
from petdesk.cli.context import EXIT_ERROR, CliError, Context, Translate, cannot_write, report_stream, warn
from petdesk.cli.out_option import file_path
from petdesk.language import N_, is_chinese, office_name
from petdesk.sizes import file_size
from petdesk.textsafety import terminal_safe

#: The package file was rejected (not a package, damaged, altered, wrong passphrase, newer schema ...).
EXIT_REJECTED = 3
#: The package was imported, and conflicts are waiting for a person (``petdesk sync conflicts``).
EXIT_CONFLICTS = 4
PASSPHRASE_ENV = "PETDESK_SYNC_PASSPHRASE"


def _exit_codes_help(_: Translate) -> str:
    """The epilog of ``sync --help`` and its actions' help."""
    return _(
        """exit codes:
  0  success
  1  other error (unknown office, unreadable database ...)
  2  wrong command line
  {rejected}  package file rejected: not a package, truncated, damaged or altered, wrong passphrase,
     made by a newer petdesk or schema, sent by a retired office; the database was not changed
  {conflicts}  imported, but conflicts are left for a person to look at (petdesk sync conflicts),
     this office's edits that another office's concurrent edit overrode among them

passphrase: from --passphrase-file FILE, else the {env} environment variable, else the one
stored in this installation (office settings in the window); never from the command line itself,
which other users could read in the process list."""
    ).format(rejected=EXIT_REJECTED, conflicts=EXIT_CONFLICTS, env=PASSPHRASE_ENV)


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add ``petdesk sync ...``."""
    formatter = argparse.RawDescriptionHelpFormatter
    exit_codes_help = _exit_codes_help(_)
    sync = sub.add_parser(
        "sync",
        help=_("exchange changes with other offices by encrypted package files"),
        description=_("Exchange changes with other offices by encrypted package files (USB stick, e-mail)."),
        epilog=exit_codes_help,
        formatter_class=formatter,
    )
    # No action: main prints this group's usage before looking for the database (each action sets
    # its own handler).
    sync.set_defaults(handler=None, group=sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", title=N_("actions"))

    def passphrase_arg(p: argparse.ArgumentParser) -> None:
        # Its own dest: sharing ``passphrase_file`` with the main option (the database's passphrase)
        # made each overwrite the other.
        p.add_argument(
            "--passphrase-file",
            dest="sync_passphrase_file",
            type=Path,
            metavar="FILE",
            help=_("file whose first line is the shared passphrase (else ${env})").format(env=PASSPHRASE_ENV),
        )

    p = actions.add_parser(
        "export",
        help=_("write a package of changes for another office"),
        description=_(
            "Write the changes another office has not acknowledged yet (--to), or everything "
            "(--all, for a first exchange or a new office), into one encrypted package file."
        ),
        epilog=exit_codes_help,
        formatter_class=formatter,
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="OFFICE", help=_("receiving office: name or id (see `sync offices`)"))
    target.add_argument("--all", action="store_true", help=_("everything this database holds"))
    p.add_argument("--out", type=file_path(_), required=True, metavar="FILE", help=_("package file to write"))
    p.add_argument(
        "--mail-limit",
        type=_megabytes(_),
        metavar="MB",
        help=_(
            "warn when the e-mail would be larger (attachments are encoded, a third larger) and keep it "
            "as this installation's e-mail limit (default 25 MB)"
        ),
    )
    p.add_argument(
        "--split",
        action="store_true",
        help=_(
            "when the package is over the e-mail limit, write it as numbered parts whose e-mails are under "
            "the limit, encoded (FILE.part1of3.petdesk-sync ...): send all of them; the receiving office "
            "imports any one"
        ),
    )
    passphrase_arg(p)
    p.set_defaults(handler=cmd_export)

    p = actions.add_parser(
        "import",
        help=_("verify, preview and import a package from another office"),
        description=_(
            "Verify a package (format, checksum, passphrase), show what it changes per kind of "
            "record, back up the database and apply it in one transaction. Importing a package twice, or "
            "an older one after a newer one, changes nothing."
        ),
        epilog=exit_codes_help,
        formatter_class=formatter,
    )
    p.add_argument("file", type=Path, metavar="FILE", help=_("package file"))
    p.add_argument("--dry-run", action="store_true", help=_("only verify and show the preview"))
    p.add_argument(
        "--accept-future-clock",
        action="store_true",
        help=_(
            "import a package whose clock values lie more than a day ahead of this computer's clock "
            "(one of the two clocks is wrong; its changes are given this office's time, as if made "
            "at the import, and this office's clock stays where it is)"
        ),
    )
    p.add_argument(
        "--new-office",
        action="store_true",
        help=_("import the first package from an office that has the name of an office already known here"),
    )
    p.add_argument(
        "--own-package",
        action="store_true",
        help=_(
            "import a package written by this office itself, after this laptop was restored from an "
            "older backup: what was written after the backup comes back (only a package newer than "
            "this database is taken)"
        ),
    )
    p.add_argument(
        "--made-before-retirement",
        action="store_true",
        help=_(
            "import a package from a retired office whose changes were all made before it was "
            "retired (a laptop's last package, e-mailed before it was lost or stolen); the office "
            "stays retired"
        ),
    )
    passphrase_arg(p)
    p.set_defaults(handler=cmd_import, creates_database=True)  # a new laptop's first package

    p = actions.add_parser("conflicts", help=_("list conflicts waiting for a person"))
    p.add_argument("--all", action="store_true", help=_("include settled conflicts"))
    p.set_defaults(handler=cmd_conflicts)

    p = actions.add_parser(
        "resolve",
        help=_("settle a conflict: keep the current value or choose the other one"),
        description=_(
            "Keep the current value, or make the other value a new change that travels to "
            "every office. For a record deleted in one office and edited in another, 'other' restores it; "
            "for an edit of this office that another office's edit overrode, 'other' puts it back."
        ),
    )
    p.add_argument("conflicts", nargs="*", metavar="ID", help=_("conflict ids (or their first characters)"))
    p.add_argument(
        "--keep",
        choices=("current", "other", "mine", "theirs"),
        required=True,
        help=_(
            "the current or the other value; or this office's value (mine) or the other office's (theirs)"
        ),
    )
    p.add_argument(
        "--all", action="store_true", help=_("every open conflict (narrowed by --entity and --field)")
    )
    p.add_argument("--entity", metavar="KIND", help=_("with --all: only records of this kind (e.g. contact)"))
    p.add_argument("--field", metavar="FIELD", help=_("with --all: only this field (e.g. city_en)"))
    p.set_defaults(handler=cmd_resolve)

    p = actions.add_parser("journal", help=_("packages written and imported, with whom and when"))
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.set_defaults(handler=cmd_journal)

    p = actions.add_parser("offices", help=_("offices known here and the last exchange with each"))
    p.set_defaults(handler=cmd_offices)

    p = actions.add_parser(
        "retire",
        help=_("take an office out of service (an old laptop replaced by a new office)"),
        description=_(
            "Take another office out of service, such as a laptop that was wiped and came back as a "
            "new office: no package is written for it any more and packages from it are refused. The "
            "decision travels in every package from here, so every office learns it."
        ),
        epilog=exit_codes_help,
        formatter_class=formatter,
    )
    p.add_argument("office", metavar="OFFICE", help=_("office id, or a name only one office has"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.set_defaults(handler=cmd_retire)

    p = actions.add_parser(
        "unretire",
        help=_("return a retired office to service"),
        description=_("Return a retired office to service; this too travels in every package from here."),
    )
    p.add_argument("office", metavar="OFFICE", help=_("office id, or a name only one retired office has"))
    p.set_defaults(handler=cmd_unretire)

    p = actions.add_parser(
        "passphrase",
        help=_(
            "store the shared passphrase in this installation (read from --passphrase-file or ${env})"
        ).format(env=PASSPHRASE_ENV),
    )
    passphrase_arg(p)
    p.add_argument("--forget", action="store_true", help=_("remove the stored passphrase"))
    p.set_defaults(handler=cmd_passphrase)


def _passphrase(args: argparse.Namespace, ctx: Context, *, allow_stored: bool = True) -> str:
    _ = ctx.translator()
    given: Path | None = args.sync_passphrase_file
    if given is not None:
        try:
            text = given.read_text(encoding="utf-8")
        except OSError as exc:
            from petdesk.cli.context import passphrase_file_problem

            raise CliError(passphrase_file_problem(given, exc, _)) from exc
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
        if not passphrase:
            raise CliError(_("the passphrase file {file} is empty").format(file=given))
        return passphrase
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if allow_stored:
        from petdesk.sync.service import stored_passphrase

        stored = stored_passphrase(ctx.db)
        if stored:
            return stored
    if getattr(args, "passphrase_file", None) is not None:
        # Given before the command, --passphrase-file unlocks the database, not the package.
        raise CliError(
            "no package passphrase: the --passphrase-file before the command is the database's; "
            f"give the package's after it (`petdesk sync {args.sync_command} --passphrase-file FILE`) "
            f"or set {PASSPHRASE_ENV}"
        )
    raise CliError(
        _(
            "no passphrase: give --passphrase-file FILE or set {env} "
            "(or store one with `petdesk sync passphrase`)"
        ).format(env=PASSPHRASE_ENV)
    )


#: The sync service's counted steps (English sentences, for its log), recognised to translate them.
_COLLECTING = re.compile(r"collecting (?P<entity>\w+): (?P<n>[\d,]+)")
_RECORDS = re.compile(r"(?P<step>.+): (?P<done>[\d,]+) / (?P<total>[\d,]+) records")
#: The steps whose records the service counts.
SYNC_STEPS = (N_("comparing with this database"), N_("applying changes"))


def _counted(label: str, ctx: Context) -> Callable[[str], None]:
    """Progress on standard error for large packages: only the steps that count records (the
    service says those once per tenth, or every 20,000 records while collecting), translated."""
    from petdesk.language import is_chinese

    _ = ctx.translator()

    def in_words(message: str) -> str:
        if not is_chinese(ctx.locale):
            return message
        if found := _COLLECTING.fullmatch(message):
            entity = _entity(found["entity"], ctx.locale)
            return _("collecting {entity}: {n}").format(entity=entity, n=found["n"])
        if found := _RECORDS.fullmatch(message):
            step = found["step"]
            return _("{step}: {done} / {total} records").format(
                step=_(step) if step in SYNC_STEPS else step, done=found["done"], total=found["total"]
            )
        return message

    def report(message: str) -> None:
        if any(ch.isdigit() for ch in message):
            print(
                _("{label}: {message}").format(label=label, message=in_words(message)),
                file=sys.stderr,
                flush=True,
            )

    return report


def _refuse_weak(passphrase: str, ctx: Context) -> None:
    """Refuse a passphrase too weak for a new package in the user's language, before any work
    (the package writer's own refusal is in English)."""
    from petdesk.sync.passphrase import problem

    if (weak := problem(passphrase, locale=ctx.locale)) is not None:
        raise CliError(weak)


def _megabytes(_: Translate) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(_("give a size in MB greater than 0, e.g. 25"))
        return value

    return parse


def _warn_if_too_large(args: argparse.Namespace, ctx: Context, result: Any) -> None:
    """A package larger than an e-mail may carry: say so, and what to do (field test 34, defect 2)."""
    from petdesk.sync import mail_limit

    _ = ctx.translator()
    if args.mail_limit is not None:
        mail_limit.set_limit_mb(ctx.db, args.mail_limit)
    limit = mail_limit.limit_mb(ctx.db)
    advice = mail_limit.too_large_advice(result.size, limit, incremental=result.incremental, _=_)
    if advice and not args.split:  # split after the "Wrote" line (_split_if_too_large)
        advice += _("; or add --split to write it as parts under {limit} MB that each go by e-mail").format(
            limit=f"{limit:g}"
        )
        warn(advice, _)


def _split_if_too_large(args: argparse.Namespace, ctx: Context, result: Any) -> None:
    """With --split, cut a package over the e-mail limit into parts under it, and say what to send."""
    from petdesk.sync import mail_limit
    from petdesk.sync.mail_size import fits
    from petdesk.sync.parts import split_package

    limit = mail_limit.limit_mb(ctx.db)
    if not args.split or fits(result.size, limit):
        return
    _ = ctx.translator()
    try:
        parts = split_package(result.path, limit, package_id=result.package_id)
    except ValueError as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    except OSError as exc:
        raise cannot_write(result.path, exc, ctx.locale, _) from exc
    said = report_stream(result.path)
    n = len(parts)
    print(
        _.ngettext(
            "Split into {n} part under {limit} MB: send all {n}; the receiving office imports any one "
            "of them",
            "Split into {n} parts under {limit} MB: send all {n}; the receiving office imports any one "
            "of them",
            n,
        ).format(n=n, limit=f"{limit:g}"),
        file=said,
    )
    for part in parts:
        print(f"  {part.path}  {file_size(part.offset + part.size)}", file=said)


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.outfile import is_special
    from petdesk.sync.package import PackageError
    from petdesk.sync.service import SyncError, export_changes

    _ = ctx.translator()
    passphrase = _passphrase(args, ctx)
    _refuse_weak(passphrase, ctx)
    if args.out.is_dir():
        raise CliError(_("{file} is a folder; give a file name for the package").format(file=args.out))
    if args.split and (str(args.out) == "-" or is_special(args.out)):
        raise CliError(_("--split writes parts beside the package file: give a file name with --out"))
    try:
        result = export_changes(
            ctx.db, args.out, passphrase, to=args.to, progress=_counted(_("sync export"), ctx)
        )
    except (SyncError, PackageError) as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    except OSError as exc:
        raise cannot_write(args.out, exc, ctx.locale, _) from exc
    except connection.Error as exc:
        raise CliError(f"the database could not be read ({exc})") from exc
    _ = ctx.translator()
    whom = (
        _("for {office}").format(
            office=office_name(result.recipient.name, result.recipient.name_zh, ctx.locale)
        )
        if result.recipient
        else _("with everything")
    )
    kind = _("changes not yet acknowledged") if result.incremental else _("all records")
    said = report_stream(result.path)
    _warn_if_too_large(args, ctx, result)
    if result.clock_behind and result.clock_put_right:
        from petdesk.sync.hlc import encode, to_datetime, wall_ms

        newest = to_datetime(result.clock_behind)
        warn(
            _(
                "this office's clock values run up to {newest} UTC, more than a day ahead of this computer's "
                "clock ({now} UTC), which agrees with the other offices' clocks: they were stored while this "
                "computer's clock ran ahead, before it was put right. Nothing needs correcting; they catch "
                "up on {date}, when the clock passes them (until then other offices accept this office's "
                "packages with --accept-future-clock)"
            ).format(
                now=_minute(to_datetime(encode(wall_ms())), ctx.locale),
                newest=_minute(newest, ctx.locale),
                date=_date(newest, ctx.locale),
            ),
            _,
        )
    elif result.clock_behind:
        from petdesk.sync.hlc import encode, to_datetime, wall_ms

        warn(
            _(
                "this computer's clock ({now} UTC) is more than a day behind the newest clock value this "
                "office has seen ({newest} UTC): this computer's clock is probably wrong (or a package "
                "came from a computer whose clock was ahead); check its date and time"
            ).format(
                now=_minute(to_datetime(encode(wall_ms())), ctx.locale),
                newest=_minute(to_datetime(result.clock_behind), ctx.locale),
            ),
            _,
        )
    if result.recipient and result.recipient_schema_older:
        warn(
            _(
                "{office}'s petdesk is older (its last package: {schema}); it cannot read this package "
                "until it is updated"
            ).format(
                office=terminal_safe(
                    office_name(result.recipient.name, result.recipient.name_zh, ctx.locale)
                ),
                schema=", ".join(result.recipient_schema_older),
            ),
            _,
        )
    if result.retired_at:
        warn(
            _(
                "this office was retired on {date} at another office: the offices that know it refuse "
                "packages from here; if this installation is still meant to be used, ask them to return "
                "it to service ({command} there)"
            ).format(
                date=_date(result.retired_at, ctx.locale), command=f"petdesk sync unretire {_self_id(ctx)}"
            ),
            _,
        )
    records = _.ngettext("{n} record", "{n} records", result.total).format(n=f"{result.total:,}")
    numbers = dict(file=result.path, whom=whom, records=records, kind=kind, size=file_size(result.size))
    if result.erasures:
        # Markers are not records, but each erases records at the receiver: "0 records" hid them.
        erasures = _.ngettext("{n} erasure", "{n} erasures", result.erasures).format(n=f"{result.erasures:,}")
        line = _("Wrote {file} {whom}: {records}, {erasures} ({kind}), {size}").format(
            erasures=erasures, **numbers
        )
    else:
        line = _("Wrote {file} {whom}: {records} ({kind}), {size}").format(**numbers)
    print(line, file=said)
    for entity, n in sorted(result.counts.items()):
        print(f"  {pad(_entity(entity, ctx.locale), 24)} {n:>9,}", file=said)
    _split_if_too_large(args, ctx, result)
    return 0


def _self_id(ctx: Context) -> str:
    from petdesk.sync.service import list_offices

    return next((o.id for o in list_offices(ctx.db) if o.is_self), "?")


def _made_when(created_at: object, locale: str) -> str:
    from petdesk.sync.service import made_when

    return made_when(created_at, locale)


def _date(value: Any, locale: str) -> str:
    """A day in the reader's date style, as ``sync offices`` shows it (field test 80: "2026-12-06")."""
    from petdesk.i18n import format_date  # babel: not while the parser is built (test_cli_startup)

    return format_date(value.astimezone(dt.UTC).date() if isinstance(value, dt.datetime) else value, locale)


def _said(exc: Exception, locale: str) -> str:
    """A sync service's sentence in the reader's language, naming offices by their Chinese names in
    Chinese and dates in the reader's style (field test 80)."""
    from petdesk.messages import localize_error

    return localize_error(exc, locale)


def _minute(value: Any, locale: str) -> str:
    """A moment (a UTC clock value) in the reader's date style: "6 Dec 2026, 09:30" as the window
    and ``sync offices`` show it, not "2026-12-06 09:30" (field test 80)."""
    from petdesk.i18n import format_datetime  # babel: not while the parser is built (test_cli_startup)

    return format_datetime(value, locale)


def _entity(entity: str, locale: str) -> str:
    """A kind of record in a table: its name in the data in English (as scripts read it), the
    glossary's term in Chinese."""
    from petdesk.language import is_chinese
    from petdesk.sync.labels import entity_label

    return entity_label(entity, locale) if is_chinese(locale) else entity


def _print_mention_lines(result: Any, _: Translate) -> None:
    """The records still naming an erased person, as many as the import words (``MENTION_LINES``),
    then how many more: other offices' text, no escapes reach the terminal."""
    for line in result.mention_lines:
        print(f"  {terminal_safe(line)}")
    more = len(result.mentions) - len(result.mention_lines)
    if more > 0:
        print("  " + _.ngettext("… and {n} more", "… and {n} more", more).format(n=more))


def _office_spacing(sentence: str, locale: str) -> str:
    """No space beside a Chinese office name ("来自柏林办公室的同步数据包"), kept beside a Latin one
    ("来自 Berlin office 的…"): the template spaces the name either way (field test 91)."""
    if not is_chinese(locale):
        return sentence
    from petdesk.labels import chinese_spacing  # babel: not on the command line's quick path

    return chinese_spacing(sentence)


def _print_preview(result: object, ctx: Context) -> None:
    from petdesk.sync.service import ImportResult

    assert isinstance(result, ImportResult)
    _ = ctx.translator()
    manifest = result.manifest
    rng = manifest.get("range") or {}
    line = _("Package {id} from {office}").format(
        id=manifest.get("package_id", "?"), office=terminal_safe(result.sender_name_in(ctx.locale))
    )
    print(_office_spacing(line, ctx.locale))
    if result.new_office:
        print(
            "  "
            + _("first package from an office not known here: {office} (id {id})").format(
                office=terminal_safe(result.sender_name_in(ctx.locale)), id=result.sender_id
            )
        )
    print(
        "  "
        + _("made {when} with petdesk {version}").format(
            when=_made_when(manifest.get("created_at"), ctx.locale),
            version=manifest.get("petdesk_version", "?"),
        )
    )
    if result.missing_packages:
        from petdesk.sync.package_numbers import missing_words

        office = terminal_safe(result.sender_name_in(ctx.locale))
        print("  " + missing_words(result.missing_packages, office, covered=result.missing_covered, _=_))
    if rng.get("from"):
        from petdesk.sync.hlc import to_datetime

        first, last = to_datetime(rng["from"]), to_datetime(rng["to"])
        print(
            "  "
            + _("changes from {first} to {last} UTC").format(
                first=_minute(first, ctx.locale), last=_minute(last, ctx.locale)
            )
        )
    headings = (_("added"), _("updated"), _("deleted"), _("conflicts"))
    print(
        "  "
        + pad("", 24)
        + "".join(" " + pad(h, w, ">") for h, w in zip(headings, (8, 8, 8, 9), strict=True))
    )
    for entity, c in sorted(result.counts.items()):
        if c.added or c.updated or c.deleted or c.conflicts:
            name = pad(_entity(entity, ctx.locale), 24)
            print(f"  {name} {c.added:>8,} {c.updated:>8,} {c.deleted:>8,} {c.conflicts:>9,}")
    # Restorations and merges in words: the table showed them as "updated" and as rows of
    # "merge record", which told the receiving office nothing (field test 69, defect 5).
    restored = result.restored
    if restored:
        print(
            "  "
            + _.ngettext(
                "brings back {n} record deleted here: restored at the sending office",
                "brings back {n} records deleted here: restored at the sending office",
                restored,
            ).format(n=f"{restored:,}")
        )
    merges = result.merges
    if merges:
        print(
            "  "
            + _.ngettext(
                "{n} merge of duplicates made at the sending office (petdesk merge --list)",
                "{n} merges of duplicates made at the sending office (petdesk merge --list)",
                merges,
            ).format(n=f"{merges:,}")
        )
    if result.to_erase:
        print(
            "  "
            + _.ngettext(
                "erases {n} record here: personal data erased at the sending office",
                "erases {n} records here: personal data erased at the sending office",
                result.to_erase,
            ).format(n=f"{result.to_erase:,}")
        )
    if not result.changes and not result.conflicts and not result.to_erase:
        print("  " + _("nothing new: this database already has every change in the package"))


def _warn_stranger(result: object, ctx: Context) -> None:
    """Loudly, on standard error: a new office that has the name of an office known here."""
    from petdesk.sync.service import ImportResult

    assert isinstance(result, ImportResult)
    _ = ctx.translator()
    for known in result.namesakes:
        warn(
            _(
                "another office is already known as {office} (id {known}); this package comes from a "
                "different office with the same name (id {id})"
            ).format(
                office=terminal_safe(result.sender_name_in(ctx.locale)), known=known, id=result.sender_id
            ),
            _,
        )


def _warn_future_clock(result: object, ctx: Context, *, accepted: bool) -> None:
    """A dry run, or an import told to accept it: the package's clock lies far ahead of ours."""
    from petdesk.sync.hlc import encode, to_datetime
    from petdesk.sync.service import ImportResult

    assert isinstance(result, ImportResult)
    if not result.future_clock:
        return
    _ = ctx.translator()
    facts = (
        _(
            "the package from {office} (id {id}) carries clock values up to {newest} UTC, more than a day "
            "ahead of this computer's clock ({now} UTC), though it was made by a clock that agrees with "
            "this one: the sending computer's clock ran ahead before and was put right since"
        )
        if result.clock_put_right
        else _(
            "the package from {office} (id {id}) carries clock values up to {newest} UTC, more than a day "
            "ahead of this computer's clock ({now} UTC): the clock of one of the two computers is wrong"
        )
    ).format(
        office=terminal_safe(result.sender_name_in(ctx.locale)),
        id=result.sender_id,
        newest=_minute(to_datetime(result.future_clock), ctx.locale),
        now=_minute(to_datetime(encode(result.checked_at_ms)), ctx.locale),
    )
    advice = (
        _(
            "imported anyway (--accept-future-clock): its changes were given this office's time, as if "
            "made now, so they win over changes made here before but not over later ones, and this "
            "office's clock stays where it is ({n} clock values rewritten)"
        ).format(n=result.clock_values_rewritten)
        if accepted
        else _("a real import is refused unless given --accept-future-clock")
    )
    # TRANSLATORS: a warning's facts, then what was done about them
    warn(_("{facts}; {advice}").format(facts=facts, advice=advice), _)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services.backups import BackupError
    from petdesk.sync.package import DATABASE_NOT_PACKAGE, PackageError, database_given
    from petdesk.sync.parts import JoinedPackage
    from petdesk.sync.service import SyncError, import_package

    _ = ctx.translator()
    if not args.file.exists():
        # A mistyped name is the user's error (exit 1), not a rejected package (3); checked before
        # the database is opened, so nothing is created or upgraded for it.
        raise CliError(_("{file} does not exist").format(file=args.file))
    if database_given(args.file):
        raise CliError(f"{args.file}: rejected: {DATABASE_NOT_PACKAGE}", EXIT_REJECTED)
    passphrase = _passphrase(args, ctx)
    db = ctx.db
    try:
        with JoinedPackage(args.file) as joined:
            if joined.parts:
                # Said before anything else: which files made the package imported.
                print(
                    _.ngettext(
                        "Joined {n} part of {name}", "Joined {n} parts of {name}", len(joined.parts)
                    ).format(n=len(joined.parts), name=joined.path.name)
                )
            result = import_package(
                db,
                joined.path,
                passphrase,
                dry_run=args.dry_run,
                progress=_counted(_("sync import"), ctx),
                accept_future_clock=args.accept_future_clock,
                accept_new_office=args.new_office,
                own_package=args.own_package,
                made_before_retirement=args.made_before_retirement,
                locale=ctx.locale,
                recorded_as=joined.given,
            )
    except PackageError as exc:
        raise CliError(f"{args.file}: rejected: {_said(exc, ctx.locale)}", EXIT_REJECTED) from exc
    except BackupError as exc:  # the backup before the import: its folder is named
        from petdesk.messages import localize

        # Said, since a failed backup leaves no doubt only if the import is named (field test 59).
        raise CliError(
            _("{reason}; nothing was imported").format(reason=localize(str(exc), ctx.locale))
        ) from exc
    except SyncError as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    except connection.Error as exc:
        raise CliError(f"the database could not be updated ({exc}); nothing was imported") from exc
    _ = ctx.translator()
    if result.addressed_to_other:
        office = terminal_safe(result.addressed_to_other_in(ctx.locale) or "")
        warn(
            _("this package was addressed to {office}, not to this office").format(office=office),
            _,
        )
    if result.another_installation:
        warn(
            _(
                "{office} has changes made as this office that were not made here: another computer "
                "works as this office too (a laptop restored from this office's backup?), or this one was "
                "restored from an older backup. The package is imported; stop using one of the two "
                "computers as this office, or give it a new database with a full package"
            ).format(office=terminal_safe(result.sender_name_in(ctx.locale))),
            _,
        )
    _warn_stranger(result, ctx)
    _warn_future_clock(result, ctx, accepted=args.accept_future_clock)
    _print_preview(result, ctx)
    if args.dry_run:
        if result.mention_lines:
            # What the import will list to edit by hand, told before it runs.
            print(
                _.ngettext(
                    "A person this package erases is still named in {n} record here; the import leaves "
                    "it as it is:",
                    "A person this package erases is still named in {n} records here; the import leaves "
                    "them as they are:",
                    len(result.mentions),
                ).format(n=len(result.mentions))
            )
            _print_mention_lines(result, _)
        print(_("Dry run: nothing was changed."))
        return 0
    if result.already_imported and not result.applied:
        if result.imported_before_at is not None:
            # A mail program's renamed copy ("… (1)", "….txt") is the same package: say which one.
            print(
                _(
                    "This package was imported before, on {when}, from the file {file}; nothing was changed."
                ).format(
                    when=_made_when(result.imported_before_at.isoformat(), ctx.locale),
                    file=result.imported_before_file,
                )
            )
        else:
            print(_("This package was imported before; nothing was changed."))
    elif result.applied and result.backup_path is not None:
        print(_("Imported. Backup taken before importing: {file}").format(file=result.backup_path))
        if result.to_erase:
            # The copy holds the people this import erased: the erasure is not whole until it goes.
            # Counted among the records here before the import, which the backup is a copy of: a
            # new office's first import applies erasure markers to nothing (field test 49, defect 3).
            print(
                _.ngettext(
                    "That backup still holds the {n} record erased by this import; once the import is "
                    "checked, delete it: petdesk --db {db} backups --delete {name}",
                    "That backup still holds the {n} records erased by this import; once the import is "
                    "checked, delete it: petdesk --db {db} backups --delete {name}",
                    result.to_erase,
                ).format(n=f"{result.to_erase:,}", db=ctx.path, name=result.backup_path.name)
            )
    elif result.applied:
        # The backup is kept only when the import changed something ("None" was printed here).
        print(_("Imported; nothing here changed, so no backup was kept."))
    if result.not_rewritten and result.not_rewritten.unreachable:
        warn(
            _(
                "imported, but the file could not be rewritten ({reason}), so pieces of the records this "
                "package erased may remain in its unused space. Reconnect the drive holding the file, "
                "then run petdesk person erase {id} again to rewrite it"
            ).format(reason=result.not_rewritten.reason, id=result.erased_person),
            _,
        )
    elif result.not_rewritten:
        warn(
            _(
                "imported, but the file could not be rewritten ({reason}), so pieces of the records this "
                "package erased may remain in its unused space. Free some space, then run "
                "petdesk person erase {id} again to rewrite it"
            ).format(reason=result.not_rewritten.reason, id=result.erased_person),
            _,
        )
    if result.mention_lines:
        # This office's own words naming a person the package erased: listed to be edited here, as the
        # erasing office lists its own (field test 59); never rewritten.
        print(
            _.ngettext(
                "A person this package erased is still named in {n} record here; edit it if the name "
                "should go:",
                "A person this package erased is still named in {n} records here; edit them if the name "
                "should go:",
                len(result.mentions),
            ).format(n=len(result.mentions))
        )
        _print_mention_lines(result, _)
    if result.follow_ups_deleted:
        print(
            _.ngettext(
                "{n} open follow-up of a contact, organisation or project deleted at another office "
                "was deleted with it; restoring that record brings it back.",
                "{n} open follow-ups of contacts, organisations or projects deleted at another office "
                "were deleted with them; restoring a record brings its follow-ups back.",
                result.follow_ups_deleted,
            ).format(n=result.follow_ups_deleted)
        )
    if result.new_conflicts:
        command = "`petdesk sync conflicts`"
        print(
            _.ngettext(
                "{n} new conflict, {open} open in all: see {command}",
                "{n} new conflicts, {open} open in all: see {command}",
                result.new_conflicts,
            ).format(n=result.new_conflicts, open=result.open_conflicts, command=command),
            file=sys.stderr,
        )
        if result.overridden:
            # Told apart: these were this office's own edits, replaced by another office's value.
            print(
                _.ngettext(
                    "{n} edit made here was overridden by another office's concurrent edit: see {command}",
                    "{n} edits made here were overridden by other offices' concurrent edits: see {command}",
                    result.overridden,
                ).format(n=result.overridden, command=command),
                file=sys.stderr,
            )
        return EXIT_CONFLICTS
    return EXIT_ERROR if result.not_rewritten else 0  # the erasure is not whole yet


def _settled(resolution: str, _: Translate) -> str:
    """How a conflict was settled, in words."""
    return {
        "kept": _("the current value was kept"),
        "chose_other": _("the other value was chosen"),
        "edited": _("settled by a later edit"),
        "superseded": _("settled by a later change"),
        "merged": _("carried to the record it was merged into"),
        # sync/renames.py: a rename and a concurrent correction of the old name, both kept
        "renamed": _("the rename was kept, the corrected old name added to the other names"),
    }.get(resolution, resolution)


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.labels import entity_label, field_label
    from petdesk.sync.service import list_conflicts

    _ = ctx.translator()
    locale = ctx.locale
    conflicts = list_conflicts(ctx.db, include_resolved=args.all, locale=locale)
    if not conflicts:
        print(_("No conflicts waiting.") if not args.all else _("No conflicts recorded."))
        return 0
    for c in conflicts:
        state = ""
        if c.resolved_when:
            settled = _settled(c.resolution, _)
            if c.overridden and c.resolution == "chose_other":
                settled = _("your value was put back")
            # Translated: a Chinese list takes the full-width comma (已保留当前值，2026年12月5日 17:49).
            state = " [" + _("{settled}, {when}").format(settled=settled, when=c.resolved_when) + "]"
        print(f"{c.id[:8]}  {entity_label(c.entity, locale)} “{terminal_safe(c.record)}”{state}")
        if c.kind == "delete_edit" and c.link:
            print(
                "    "
                + _("deleted by {office}, linked meanwhile by {other} ({link})").format(
                    office=c.winner_office, other=c.loser_office, link=terminal_safe(c.link)
                )
            )
        elif c.kind == "delete_edit":
            print(
                "    "
                + _("deleted by {office}, edited meanwhile by {other}").format(
                    office=c.winner_office, other=c.loser_office
                )
            )
            if c.resolution == "chose_other":
                print("    " + _("the record was restored with the edit"))
            elif c.resolution == "kept":
                print("    " + _("the record stays deleted"))
            elif not c.resolved_at:
                print("    " + _("the record stays deleted with the edit kept; --keep other restores it"))
        elif c.overridden:
            from petdesk.sync.service import overridden_words

            print("    " + terminal_safe(overridden_words(c, locale)))
            if not c.resolved_at:
                print(
                    "    "
                    + _("--keep current keeps {office}'s value; --keep other puts yours back").format(
                        office=c.winner_office
                    )
                )
        else:
            name = field_label(c.field, locale, c.entity)
            now = _("{field}: now {value} (from {office})").format(
                field=name, value=terminal_safe(c.winner_text), office=c.winner_office
            )
            other = _("other {value} (from {office})").format(
                value=terminal_safe(c.loser_text), office=c.loser_office
            )
            if c.loser_field != c.winner_field:
                # A postponement against a closing: the other office changed another field.
                other = _("other {value} (from {office}, which changed the {field})").format(
                    value=terminal_safe(c.loser_text),
                    office=c.loser_office,
                    field=field_label(c.loser_field, locale, c.entity),
                )
            print(f"    {now}")
            print(f"    {' ' * width(name)}  {other}")
        if c.other_value_order == "refused":
            print("    " + _("--keep other is refused: the other value would make it end before it starts"))
        elif c.other_value_order:
            moved = field_label(c.other_value_order, locale, c.entity)
            print(
                "    "
                + _("--keep other moves {field} with the start, keeping its length").format(field=moved)
            )
        if c.settles_with:
            together = field_label(c.settles_with, locale, c.entity)
            said = _("settled together with {field}, to the same office's value").format(field=together)
            print(f"    {said}")
        if c.note:
            print(f"    {c.note}")
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, open_conflict_ids, resolve_conflicts, settled_together_words

    _ = ctx.translator()
    if args.all == bool(args.conflicts):
        raise CliError(_("give conflict ids or --all (see `sync conflicts`)"))
    if (args.entity or args.field) and not args.all:
        raise CliError(_("--entity and --field narrow --all"))
    ids = open_conflict_ids(ctx.db, entity=args.entity, field=args.field) if args.all else args.conflicts
    if not ids:
        print(_("No open conflicts to settle."))
        return 0
    try:
        settled = resolve_conflicts(ctx.db, ids, keep=args.keep)
    except SyncError as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    if args.conflicts and len(ids) == 1 and args.keep in ("current", "other"):
        print(_("Conflict settled.") if args.keep == "current" else _("The other value is now a new change."))
    else:
        print(
            _.ngettext("{n} conflict settled.", "{n} conflicts settled.", len(settled)).format(
                n=f"{len(settled):,}"
            )
        )
    for one in settled:
        if together := settled_together_words(one, ctx.locale):
            print(together)
    return 0


def cmd_journal(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import journal
    from petdesk.sync.value_words import moment_words

    _ = ctx.translator()
    entries = journal(ctx.db, limit=args.limit, locale=ctx.locale)
    if not entries:
        print(_("No packages exchanged yet."))
        return 0
    # Local time in the reader's date style, every "when" padded to the widest shown.
    whens = [moment_words(e.at, ctx.locale) for e in entries]
    when_width = max(width(w) for w in whens)
    for e, when_text in zip(entries, whens, strict=True):
        when = pad(when_text, when_width)
        if e.is_decision:
            print(f"{when}  {_decision_words(e, _)}")
            continue
        arrow = "->" if e.direction == "export" else "<-"
        peer = e.peer_name or _("(everyone)")
        direction = _("export") if e.direction == "export" else _("import")
        records = _.ngettext("{n} record", "{n} records", e.total).format(n=pad(f"{e.total:,}", 8, ">"))
        extra = (
            _.ngettext(", {n} conflict", ", {n} conflicts", e.conflicts).format(n=e.conflicts)
            if e.conflicts
            else ""
        )
        counts = pad(records + extra, 17)  # padded whole: "1 record" is narrower than "2 records"
        made_by = _(" ({staff})").format(staff=e.staff) if e.staff else ""  # who made a package here
        print(f"{when}  {pad(direction, 6)} {arrow} {pad(peer, 24)} {counts} {e.file_name}{made_by}")
    return 0


def _decision_words(entry: object, _: Translate) -> str:
    """A journal line for an office retired or returned to service: which, by whom, from where."""
    from petdesk.sync.service import Exchange

    assert isinstance(entry, Exchange)
    office = entry.peer_name or _("an office not known here")
    done = (
        _("{office} retired by {by}")
        if entry.direction == "retire"
        else _("{office} returned to service by {by}")
    ).format(office=office, by=entry.decided_by or "?")
    if entry.staff:
        done += _(" ({staff})").format(staff=entry.staff)
    if entry.learned_from:
        done += _("; learned from {sender}'s package").format(sender=entry.learned_from)
    return done


def _exchanges(office: object, _: Translate, locale: str) -> str:
    """When packages were last imported from an office and written for it, in words and in the
    locale's date and time ("5 Dec 2026, 14:34" / "2026年12月5日 14:34", this computer's zone)."""
    from petdesk.sync.service import OfficeInfo
    from petdesk.sync.value_words import moment_words

    assert isinstance(office, OfficeInfo)
    seen = (
        _("last import {when}").format(when=moment_words(office.last_import_at, locale))
        if office.last_import_at
        else _("nothing imported yet")
    )
    sent = (
        _(", last export {when}").format(when=moment_words(office.last_export_at, locale))
        if office.last_export_at
        else ""
    )
    return seen + sent


def _retired_on(office: object, locale: str) -> str:
    """The local day an office was retired, in the locale's words ("5 Dec 2026" / "2026年12月5日")."""
    from petdesk.i18n import format_date
    from petdesk.sync.service import OfficeInfo
    from petdesk.sync.value_words import local_time

    assert isinstance(office, OfficeInfo)
    when = local_time(office.retired_at)
    return format_date(when.date(), locale) if when else (office.retired_at or "")


def cmd_offices(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import list_offices

    _ = ctx.translator()
    offices = list_offices(ctx.db)
    in_service = [o for o in offices if o.retired_at is None]
    retired = [o for o in offices if o.retired_at is not None]
    for o in in_service:
        mark = "*" if o.is_self else " "
        info = _("this office") if o.is_self else _exchanges(o, _, ctx.locale)
        name = office_name(o.name, o.name_zh, ctx.locale)
        print(f"{mark} {o.id}  {pad(name, 28)} {pad(o.region, 16)} {info}")
    if retired:
        # Listed apart: no package is written for them, theirs are refused.
        print()
        print(_("Retired (packages from them are refused; `petdesk sync unretire OFFICE` undoes it):"))
    from petdesk.labels import clauses  # babel: not on the quick paths (test_cli_startup)

    for o in retired:
        mark = "*" if o.is_self else " "
        when = _("retired on {date}").format(date=_retired_on(o, ctx.locale))
        info = _("this office") if o.is_self else _exchanges(o, _, ctx.locale)
        name = office_name(o.name, o.name_zh, ctx.locale)
        both = clauses([when, info], ctx.locale)
        print(f"{mark} {o.id}  {pad(name, 28)} {pad(o.region, 16)} {both}")
    return 0


def cmd_retire(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, find_office, retire_office

    _ = ctx.translator()
    try:
        # Among all offices: with two of one name, the name alone must not pick the one in service.
        office = find_office(ctx.db, args.office, retired=None)
        if not args.yes:
            name = terminal_safe(office_name(office.name, office.name_zh, ctx.locale))
            print(f"{office.id}  {name}  ({_exchanges(office, _, ctx.locale)})")
            question = _(
                "Retire {office}? No package will be written for it and its packages will be "
                "refused, here and, after the next exchange, at every office. [y/N] "
            ).format(office=name)
            if not confirmed(question, _):
                print(_("Nothing changed."))
                return 1
        retired = retire_office(ctx.db, office.id)
    except SyncError as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    print(
        _("Retired {office} (id {id}); the next package from here tells every office.").format(
            office=terminal_safe(office_name(retired.name, retired.name_zh, ctx.locale)), id=retired.id
        )
    )
    print(_("To return it to service: {command}").format(command=f"petdesk sync unretire {retired.id}"))
    return 0


def cmd_unretire(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, find_office, return_office

    _ = ctx.translator()
    try:
        office = return_office(ctx.db, find_office(ctx.db, args.office, retired=True).id)
    except SyncError as exc:
        raise CliError(_said(exc, ctx.locale)) from exc
    print(
        _("{office} (id {id}) is in service again; the next package from here tells every office.").format(
            office=terminal_safe(office_name(office.name, office.name_zh, ctx.locale)), id=office.id
        )
    )
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, store_passphrase

    _ = ctx.translator()
    try:
        if args.forget:
            store_passphrase(ctx.db, None)
            print(_("Stored passphrase removed."))
            return 0
        passphrase = _passphrase(args, ctx, allow_stored=False)
        _refuse_weak(passphrase, ctx)
        store_passphrase(ctx.db, passphrase)
    except SyncError as exc:
        raise CliError(str(exc), EXIT_ERROR) from exc
    from petdesk.sync.passphrase import label

    print(_("Passphrase stored in this installation only (it never travels in packages)."))
    strength = {"weak": _("weak"), "fair": _("fair"), "strong": _("strong")}.get(label(passphrase))
    print(_("Strength: {strength}.").format(strength=strength or label(passphrase)))
    return 0
