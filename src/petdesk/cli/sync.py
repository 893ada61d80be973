"""``petdesk sync``: exchange changes with other offices by encrypted package files."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from petdesk import connection
from petdesk.cli.columns import pad
from petdesk.cli.context import EXIT_ERROR, CliError, Context, report_stream
from petdesk.textsafety import terminal_safe

#: The package file was rejected (not a package, damaged, altered, wrong passphrase, newer schema ...).
EXIT_REJECTED = 3
#: The package was imported, and conflicts are waiting for a person (``petdesk sync conflicts``).
EXIT_CONFLICTS = 4
PASSPHRASE_ENV = "PETDESK_SYNC_PASSPHRASE"

EXIT_CODES_HELP = f"""exit codes:
  0  success
  1  other error (unknown office, unreadable database ...)
  2  wrong command line
  {EXIT_REJECTED}  package file rejected: not a package, truncated, damaged or altered, wrong passphrase,
     made by a newer petdesk or schema; the database was not changed
  {EXIT_CONFLICTS}  imported, but conflicts are left for a person to look at (petdesk sync conflicts)

passphrase: from --passphrase-file FILE, else the {PASSPHRASE_ENV} environment variable, else the one
stored in this installation (office settings in the window); never from the command line itself,
which other users could read in the process list."""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``petdesk sync ...``."""
    formatter = argparse.RawDescriptionHelpFormatter
    sync = sub.add_parser(
        "sync",
        help="exchange changes with other offices by encrypted package files",
        description="Exchange changes with other offices by encrypted package files (USB stick, e-mail).",
        epilog=EXIT_CODES_HELP,
        formatter_class=formatter,
    )
    sync.set_defaults(handler=lambda _args, _ctx: _usage(sync))
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", title="actions")

    def passphrase_arg(p: argparse.ArgumentParser) -> None:
        # Its own dest: sharing ``passphrase_file`` with the main option (the database's passphrase)
        # made each overwrite the other.
        p.add_argument(
            "--passphrase-file",
            dest="sync_passphrase_file",
            type=Path,
            metavar="FILE",
            help=f"file whose first line is the shared passphrase (else ${PASSPHRASE_ENV})",
        )

    p = actions.add_parser(
        "export",
        help="write a package of changes for another office",
        description="Write the changes another office has not acknowledged yet (--to), or everything "
        "(--all, for a first exchange or a new office), into one encrypted package file.",
        epilog=EXIT_CODES_HELP,
        formatter_class=formatter,
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="OFFICE", help="receiving office: name or id (see `sync offices`)")
    target.add_argument("--all", action="store_true", help="everything this database holds")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="package file to write")
    passphrase_arg(p)
    p.set_defaults(handler=cmd_export)

    p = actions.add_parser(
        "import",
        help="verify, preview and import a package from another office",
        description="Verify a package (format, checksum, passphrase), show what it changes per kind of "
        "record, back up the database and apply it in one transaction. Importing a package twice, or "
        "an older one after a newer one, changes nothing.",
        epilog=EXIT_CODES_HELP,
        formatter_class=formatter,
    )
    p.add_argument("file", type=Path, metavar="FILE", help="package file")
    p.add_argument("--dry-run", action="store_true", help="only verify and show the preview")
    passphrase_arg(p)
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("conflicts", help="list conflicts waiting for a person")
    p.add_argument("--all", action="store_true", help="include settled conflicts")
    p.set_defaults(handler=cmd_conflicts)

    p = actions.add_parser(
        "resolve",
        help="settle a conflict: keep the current value or choose the other one",
        description="Keep the current value, or make the other value a new change that travels to "
        "every office. For a record deleted in one office and edited in another, 'other' restores it.",
    )
    p.add_argument("conflict", metavar="ID", help="conflict id (or its first characters)")
    p.add_argument("--keep", choices=("current", "other"), required=True)
    p.set_defaults(handler=cmd_resolve)

    p = actions.add_parser("journal", help="packages written and imported, with whom and when")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.set_defaults(handler=cmd_journal)

    p = actions.add_parser("offices", help="offices known here and the last exchange with each")
    p.set_defaults(handler=cmd_offices)

    p = actions.add_parser(
        "passphrase",
        help="store the shared passphrase in this installation (read from --passphrase-file or $"
        + PASSPHRASE_ENV
        + ")",
    )
    passphrase_arg(p)
    p.add_argument("--forget", action="store_true", help="remove the stored passphrase")
    p.set_defaults(handler=cmd_passphrase)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _passphrase(args: argparse.Namespace, ctx: Context | None, *, allow_stored: bool = True) -> str:
    given: Path | None = args.sync_passphrase_file
    if given is not None:
        try:
            text = given.read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot read the passphrase file {given} ({exc.strerror})") from exc
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
        if not passphrase:
            raise CliError(f"the passphrase file {given} is empty")
        return passphrase
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if allow_stored and ctx is not None:
        from petdesk.sync.service import stored_passphrase

        stored = stored_passphrase(ctx.db)
        if stored:
            return stored
    raise CliError(
        f"no passphrase: give --passphrase-file FILE or set {PASSPHRASE_ENV} "
        "(or store one with `petdesk sync passphrase`)"
    )


def _counted(label: str) -> Callable[[str], None]:
    """Progress on standard error for large packages: only the steps that count records (the
    service says those once per tenth, or every 20,000 records while collecting)."""

    def report(message: str) -> None:
        if any(ch.isdigit() for ch in message):
            print(f"{label}: {message}", file=sys.stderr, flush=True)

    return report


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.package import PackageError
    from petdesk.sync.service import SyncError, export_changes

    passphrase = _passphrase(args, ctx)
    if args.out.is_dir():
        raise CliError(f"{args.out} is a folder; give a file name for the package")
    try:
        result = export_changes(ctx.db, args.out, passphrase, to=args.to, progress=_counted("sync export"))
    except (SyncError, PackageError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"cannot write {args.out} ({exc.strerror})") from exc
    except connection.Error as exc:
        raise CliError(f"the database could not be read ({exc})") from exc
    whom = f"for {result.recipient.name}" if result.recipient else "with everything"
    kind = "changes not yet acknowledged" if result.incremental else "all records"
    said = report_stream(result.path)
    print(
        f"Wrote {result.path} {whom}: {result.total:,} records ({kind}), {result.size / 1e3:,.1f} kB",
        file=said,
    )
    for entity, n in sorted(result.counts.items()):
        print(f"  {entity:<24} {n:>9,}", file=said)
    return 0


def _print_preview(result: object) -> None:
    from petdesk.sync.service import ImportResult

    assert isinstance(result, ImportResult)
    manifest = result.manifest
    rng = manifest.get("range") or {}
    print(f"Package {manifest.get('package_id', '?')} from {result.sender_name}")
    print(f"  made {manifest.get('created_at', '?')} with petdesk {manifest.get('petdesk_version', '?')}")
    if rng.get("from"):
        from petdesk.sync.hlc import to_datetime

        first, last = to_datetime(rng["from"]), to_datetime(rng["to"])
        print(f"  changes from {first:%Y-%m-%d %H:%M} to {last:%Y-%m-%d %H:%M} UTC")
    header = f"  {'':<24} {'added':>8} {'updated':>8} {'deleted':>8} {'conflicts':>9}"
    print(header)
    for entity, c in sorted(result.counts.items()):
        if c.added or c.updated or c.deleted or c.conflicts:
            print(f"  {entity:<24} {c.added:>8,} {c.updated:>8,} {c.deleted:>8,} {c.conflicts:>9,}")
    if result.to_erase:
        print(f"  erases {result.to_erase:,} record(s) here: personal data erased at the sending office")
    if not result.changes and not result.conflicts and not result.to_erase:
        print("  nothing new: this database already has every change in the package")


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.package import PackageError
    from petdesk.sync.service import SyncError, import_package

    passphrase = _passphrase(args, ctx)
    db = ctx.db
    try:
        result = import_package(
            db, args.file, passphrase, dry_run=args.dry_run, progress=_counted("sync import")
        )
    except PackageError as exc:
        raise CliError(f"{args.file}: rejected: {exc}", EXIT_REJECTED) from exc
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    except connection.Error as exc:
        raise CliError(f"the database could not be updated ({exc}); nothing was imported") from exc
    if result.addressed_to_other:
        print(
            f"petdesk: warning: this package was addressed to {terminal_safe(result.addressed_to_other)}, "
            "not to this office",
            file=sys.stderr,
        )
    _print_preview(result)
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    if result.already_imported and not result.applied:
        print("This package was imported before; nothing was changed.")
    elif result.applied:
        print(f"Imported. Backup taken before importing: {result.backup_path}")
    if result.new_conflicts:
        print(
            f"{result.new_conflicts} new conflict(s), {result.open_conflicts} open in all: "
            "see `petdesk sync conflicts`",
            file=sys.stderr,
        )
        return EXIT_CONFLICTS
    return 0


def _show(value: object) -> str:
    text = "(empty)" if value in (None, "", "[]") else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.labels import entity_label, field_label
    from petdesk.sync.service import list_conflicts

    conflicts = list_conflicts(ctx.db, include_resolved=args.all)
    if not conflicts:
        print("No conflicts waiting." if not args.all else "No conflicts recorded.")
        return 0
    for c in conflicts:
        state = f" [{c.resolution} {c.resolved_at[:16]}]" if c.resolved_at else ""
        print(f"{c.id[:8]}  {entity_label(c.entity)} {c.record!r}{state}")
        if c.kind == "delete_edit":
            print(f"    deleted by {c.winner_office}, edited meanwhile by {c.loser_office}")
            print("    the record stays deleted with the edit kept; --keep other restores it")
        else:
            name = field_label(c.field)
            print(f"    {name}: now {_show(c.winner_value)!r} (from {c.winner_office})")
            print(f"    {' ' * len(name)}  other {_show(c.loser_value)!r} (from {c.loser_office})")
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, resolve_conflict

    try:
        resolve_conflict(ctx.db, args.conflict, choose_other=args.keep == "other")
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    print("Conflict settled." if args.keep == "current" else "The other value is now a new change.")
    return 0


def cmd_journal(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import journal

    entries = journal(ctx.db, limit=args.limit)
    if not entries:
        print("No packages exchanged yet.")
        return 0
    for e in entries:
        arrow = "->" if e.direction == "export" else "<-"
        peer = e.peer_name or "(everyone)"
        extra = f", {e.conflicts} conflicts" if e.conflicts else ""
        print(
            f"{e.at[:19]}  {e.direction:<6} {arrow} {pad(peer, 24)} {e.total:>8,} records{extra}"
            f"  {e.file_name}"
        )
    return 0


def cmd_offices(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import list_offices

    for o in list_offices(ctx.db):
        mark = "*" if o.is_self else " "
        seen = f"last import {o.last_import_at[:16]}" if o.last_import_at else "nothing imported yet"
        sent = f", last export {o.last_export_at[:16]}" if o.last_export_at else ""
        info = "this office" if o.is_self else seen + sent
        print(f"{mark} {o.id}  {pad(o.name, 28)} {pad(o.region, 16)} {info}")
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.sync.service import SyncError, store_passphrase

    try:
        if args.forget:
            store_passphrase(ctx.db, None)
            print("Stored passphrase removed.")
            return 0
        passphrase = _passphrase(args, None, allow_stored=False)
        store_passphrase(ctx.db, passphrase)
    except SyncError as exc:
        raise CliError(str(exc), EXIT_ERROR) from exc
    from petdesk.sync.passphrase import label

    print("Passphrase stored in this installation only (it never travels in packages).")
    print(f"Strength: {label(passphrase)}.")
    return 0
