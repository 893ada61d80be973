"""Subcommands for moving contacts in and out and cleaning them up: import-contacts, export-contacts,
duplicates, merge."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk.cli import interrupts
from petdesk.cli.columns import pad, width
from petdesk.cli.context import (
    EXIT_INTERRUPTED,
    READ_CHECK_BUDGET_S,
    CliError,
    Context,
    Translate,
    cannot_write,
    fraction,
    report_stream,
    warn,
)
from petdesk.cli.out_option import refuse_binary_on_terminal, written_path
from petdesk.cli.parser_language import argparse_text
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator
from petdesk.language import N_, is_chinese
from petdesk.textsafety import terminal_safe
from petdesk.unreadable_file import unreadable

if TYPE_CHECKING:
    import sqlite3

    from petdesk.db import Database
    from petdesk.services import duplicates as dup_service
    from petdesk.services import importing
    from petdesk.services import merge as merge_service
    from petdesk.services.exporting import Format


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    p = sub.add_parser(
        "import-contacts",
        help=_("import contacts or organisations from CSV, Excel (.xlsx) or vCard (.vcf)"),
        description=_(
            "Import people (or organisations) from a file. Rows that match an existing record "
            "(same petdesk ID, e-mail, phone or name) update it, are skipped or are added, as --on-match "
            "says; nothing is written when the file has an error."
        ),
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=_(
            "one or more files, or a folder (its .csv, .xlsx and .vcf files); all are imported "
            "together or none"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would happen; change nothing"))
    p.add_argument(
        "--on-match",
        choices=("update", "skip", "add"),
        default="update",
        help=_("what to do with a row that matches an existing record (default: update)"),
    )
    # --map, as import-technologies and import-needs spell it; --mapping, its first name, still works.
    for spelling, help_text in (
        (
            "--map",
            _(
                "column mapping, e.g. '姓名=full_name,Email=email,3=mobile' (header or column number = "
                "field; repeatable); unnamed columns keep the guessed mapping; use --show-mapping to "
                "see fields and guesses"
            ),
        ),
        ("--mapping", argparse.SUPPRESS),
    ):
        p.add_argument(spelling, dest="mapping", action="append", metavar="SPEC", help=help_text)
    p.add_argument(
        "--show-mapping", action="store_true", help=_("print the columns, their guessed fields and stop")
    )
    p.add_argument(
        "--header-row",
        type=_row_number,
        metavar="N",
        help=_(
            "the row (1-based line of a CSV file, row of a worksheet) that holds the column names; rows "
            "above it are skipped (default: of the first {n} rows, the one that names most known columns); "
            "0: the file has no column names, every row is a record (map the columns by number with "
            "--map)"
        ).format(n=HEADER_SEARCH),
    )
    p.add_argument(
        "--encoding",
        metavar="NAME",
        help=_("text encoding of a CSV/vCard file (default: detected; e.g. utf-8, gb18030, gbk, big5)"),
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=_("the worksheet of an Excel workbook to read (default: the first)"),
    )
    p.add_argument(
        "--organisations", action="store_true", help=_("the file lists organisations rather than people")
    )
    p.add_argument(
        "--organisation",
        metavar="NAME",
        default="",
        help=_(
            "the file lists the people of one organisation (a WeCom or DingTalk member list): a row "
            "naming no organisation joins NAME with its position and department; without it, those "
            "are kept in the person's notes"
        ),
    )
    p.add_argument(
        "--training",
        metavar="ID",
        help=_(
            "register everyone the files name (new, updated or already known) as attendees of training ID "
            "(the training's registration forms)"
        ),
    )
    p.add_argument("--verbose", "-v", action="store_true", help=_("one line per row with the reason"))
    p.set_defaults(handler=cmd_import, creates_database=True)

    p = sub.add_parser(
        "export-contacts",
        help=_("export contacts as vCard 4.0, CSV or Excel"),
        description=_(
            "Write contacts (all, or those QUERY finds) to a file. vCards carry pinyin "
            "phonetic names so that phones sort Chinese names correctly. A CSV file starts with a "
            "UTF-8 byte-order mark, without which Excel shows Chinese as garbage; a script that "
            "reads it should decode it as utf-8-sig, or ask for --no-bom."
        ),
    )
    p.add_argument(
        "query", nargs="?", default="", metavar="QUERY", help=_("search text choosing the contacts")
    )
    p.add_argument("--format", choices=("vcf", "csv", "xlsx"), default=None, help=_("default: from --out"))
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=_("file to write, or '-' for standard output (with --format)"),
    )
    whose = p.add_mutually_exclusive_group()
    whose.add_argument(
        "--training",
        metavar="ID",
        help=_("only this training's participants: attendees and organisers (not its trainers)"),
    )
    whose.add_argument("--visit", metavar="ID", help=_("only this visit's participants"))
    p.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="4.0",
        help=_("vCard version to write (3.0 for programs that read only that; default 4.0)"),
    )
    p.add_argument(
        "--no-bom",
        action="store_true",
        help=_("leave out the byte-order mark at the start of a CSV file (for scripts)"),
    )
    p.add_argument(
        "--encoding",
        choices=("utf-8", "gb18030"),
        default="utf-8",
        help=_(
            "encoding of a CSV file: gb18030 for older Chinese Excel, Outlook and Foxmail (default utf-8)"
        ),
    )
    add_delimiter_option(p, _)
    p.add_argument(
        "--with-travel-documents",
        action="store_true",
        help=_("also write nationality, passport number and expiry and visa note (personal data)"),
    )
    p.add_argument(
        "--stream",
        action="store_true",
        help=_(
            "print JSON lines as the export goes: its progress and warnings, then the number "
            "written (for programs)"
        ),
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("duplicates", help=_("list likely duplicate contacts and organisations with reasons"))
    p.add_argument(
        "--entity", choices=("all", "contact", "organisation"), default="all", help=_("what to look at")
    )
    p.add_argument(
        "--of",
        metavar="ID",
        help=_(
            "only the pairs with this contact or organisation (a unique beginning of its id), "
            "every one at any score"
        ),
    )
    # one organisation's pairs, or the counts of all: --by-organisation ignored --organisation
    by_organisation = p.add_mutually_exclusive_group()
    by_organisation.add_argument(
        "--organisation",
        metavar="ORG",
        help=_(
            "only the pairs of people who work at this organisation (its id, or its name in English or "
            "Chinese), and of the organisation itself"
        ),
    )
    by_organisation.add_argument(
        "--by-organisation",
        action="store_true",
        help=_("count the pairs at each organisation, the most first, to work through them one by one"),
    )
    p.add_argument(
        "--min-score",
        type=fraction,
        default=None,
        metavar="S",
        help=_("lowest score shown (0-1; default 0.5, with --of 0)"),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help=_("show at most N pairs (default 200, with --of all)"),
    )
    p.add_argument(
        "--json", action="store_true", help=_("print one JSON document instead of text (for scripts)")
    )
    p.add_argument(
        "--stream",
        action="store_true",
        help=_(
            "print JSON lines as the search goes: its steps, then each pair, then the total (for programs)"
        ),
    )
    p.set_defaults(handler=cmd_duplicates)

    p = sub.add_parser(
        "merge",
        help=_("merge two contacts (or organisations) into one, or undo a merge"),
        description=_(
            "Merge OTHER_ID into KEEP_ID: empty fields are filled from OTHER, lists united, and "
            "every link (contact methods, affiliations, activities, visits, trainings, follow-ups) moves to "
            "KEEP. Conflicting fields keep KEEP's value unless --take FIELD=other|both says otherwise."
        ),
    )
    p.add_argument("keep_id", nargs="?", metavar="KEEP_ID")
    p.add_argument("other_id", nargs="?", metavar="OTHER_ID")
    p.add_argument("--organisations", action="store_true", help=_("the ids are organisations"))
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD=CHOICE",
        help=_("per conflicting field: keep, other or both (text fields), e.g. --take name_zh=other"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show the fields side by side; change nothing"))
    p.add_argument(
        "--undo", metavar="MERGE_ID", help=_("undo the merge with this id (or a unique beginning of it)")
    )
    p.add_argument("--force", action="store_true", help=_("undo even if the records changed since"))
    p.add_argument("--list", action="store_true", help=_("list recent merges"))
    p.set_defaults(handler=cmd_merge)


#: ``importing.HEADER_SEARCH`` (the command line imports no services until a command runs).
HEADER_SEARCH = 10


def _row_number(text: str) -> int:
    if not text.isdigit():  # 0: no column names (importing.NO_HEADER)
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a row number (0, 1, 2, 3 ...)")).format(
                text=terminal_safe(text)
            )
        )
    return int(text)


#: Files a folder given to import-contacts contributes.
_IMPORTABLE = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".vcf", ".vcard")


def _expand(paths: list[Path], _: Translate) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _IMPORTABLE)
            if not found:
                raise CliError(
                    _("{file}: the folder has no .csv, .xlsx or .vcf files; nothing was imported").format(
                        file=path
                    )
                )
            files.extend(found)
        elif not path.exists() and path.parent.is_dir():
            # a mistyped name, not a pulled-out USB stick (the disk's own message said that)
            raise CliError(
                _("{file}: there is no such file in {folder}; check its name; nothing was imported").format(
                    file=path.name, folder=path.parent.resolve()
                )
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


@contextmanager
def _backup_before(db: Database, reason: str, _: Translate) -> Iterator[Path]:
    """A backup before a write (its path), removed again if the write fails."""
    from petdesk.services import backups

    try:
        info = backups.create(db.path, reason)
    except backups.BackupError as exc:
        raise CliError(_("{reason}; nothing was changed").format(reason=exc)) from exc
    try:
        yield info.path
    except BaseException:
        backups.discard(info.path)
        raise


@contextmanager
def _snapshot(db: Database) -> Iterator[Database]:
    """A private copy of ``db`` for a dry run, removed afterwards.

    A dry run writes the rows in a transaction that it then rolls back (that is how it finds what
    each row would do, later rows matching earlier ones as in the real import), so on the file itself
    it needs the write lock, and was refused while another program was writing (field test 20,
    defect 6). SQLite's backup API reads the file as any reader does, so the dry run sees the data as
    it is and runs beside the writer; the copy costs a moment per 100 MB."""
    import tempfile

    from petdesk.db import copy_database, open_database

    with tempfile.TemporaryDirectory(prefix="petdesk-dry-run-") as folder:
        copy = open_database(copy_database(db.path, Path(folder) / db.path.name))
        try:
            yield copy
        finally:
            copy.close()


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    spec = ",".join(args.mapping) if args.mapping else None  # --map A=x --map B=y: one spec
    from petdesk.cli.progress import stderr_progress
    from petdesk.services import import_undo, importing, trainings

    _ = ctx.translator()
    target: importing.Target = "organisations" if args.organisations else "contacts"
    files = _expand(args.files, _)
    if args.show_mapping:
        for file in files:
            try:
                if importing.is_vcard_file(file):  # not an error: nothing to map (field test 35, D7)
                    print(
                        _(
                            "{file}: a vCard file needs no column mapping: its properties name each value"
                        ).format(file=file)
                    )
                    continue
                table = importing.read_table(
                    file, encoding=args.encoding, header_row=args.header_row, sheet=args.sheet
                )
            except (importing.ImportFileError, OSError) as exc:
                raise CliError(_("{file}: {reason}").format(file=file, reason=_reason(exc, ctx))) from exc
            mapping = (
                importing.parse_mapping_spec(spec, table.headers, target)
                if spec
                else importing.guess_mapping(table.headers, target)
            )
            print(_("Columns of {file} (encoding {enc}):").format(file=file, enc=table.encoding))
            unit = _("line") if table.unit == "line" else _("row")
            if not table.header_line:
                print("  " + _("no header: every row is a record, its columns numbered"))
            elif table.header_found:
                print("  " + _("header: {unit} {n}").format(unit=unit, n=table.header_line))
            else:
                print(
                    "  "
                    + _(
                        "no row looks like a header: {unit} {n} is taken as one; give the header's row with "
                        "--header-row N or map the columns by number with --map"
                    ).format(unit=unit, n=table.header_line)
                )
            ignored = _("(ignored)")
            for i, header in enumerate(table.headers):
                print(f"  {i + 1:>2}  {pad(header, 28)} -> {mapping.get(i, ignored)}")
            if importing.lacks_a_name(mapping, target):
                print("  " + _no_name_warning(_))
        print(_("Fields:") + " " + ", ".join(importing.fields_for(target)))
        return 0
    _say_other_sheets(files, args, _)
    # Every file is checked from end to end before anything is written: one bad file imports nothing.
    # The records are then read again, a chunk at a time, while they are written.
    loaded_files = []
    specs, tables = _spec_per_file(spec, files, args)
    for file in files:
        try:
            loaded_files.append(
                importing.load_file(
                    file,
                    target=target,
                    encoding=args.encoding,
                    mapping_spec=specs.get(file, spec),
                    header_row=args.header_row,
                    table=tables.get(file),
                    sheet=args.sheet,
                ).with_organisation(args.organisation)
            )
        except importing.NoHeaderError as exc:
            raise CliError(
                _(
                    "{file}: {reason} (--header-row N or --map 1=full_name,2=email,...); nothing was imported"
                ).format(file=file, reason=_reason(exc, ctx))
            ) from exc
        except importing.ImportFileError as exc:
            if isinstance(exc.__cause__, OSError):
                # the shared sentence names the file itself ("cannot read F: the folder is not
                # there…"), as the other imports say it; "F: cannot read F: …" named it twice
                raise CliError(unreadable(str(file), exc.__cause__, _)) from exc
            raise CliError(
                _("{file}: {reason}; nothing was imported").format(file=file, reason=_reason(exc, ctx))
            ) from exc
    db = ctx.db
    training_id = _training_to_enrol(ctx, args, target, _)
    people: list[str] = []  # everyone the files name, for --training
    lines: dict[str, dict[int, str]] = {}  # file → line → person: the lodging answers' rows
    lodging = 0
    noted: list[int] = []  # lines whose lodging answer said more than yes or no
    night_before: list[int] = []  # lines whose "yes" on a one-day training is the night before it
    refused: list[str] = []  # lines whose lodging answer could not be saved, said in full
    enrolled = (0, 0)
    reports = []
    earlier = importing.EarlierFiles()  # a person on two of the files is one repeat, not "up to date"
    # A backup first (kept only if the import commits); a dry run changes nothing and needs none,
    # and works on a snapshot (see _snapshot).
    try:
        with (
            _snapshot(db) if args.dry_run else nullcontext(db) as working,
            nullcontext() if args.dry_run else _backup_before(db, "before-import", _) as backup,
            working.transaction() as session,
        ):
            # the command's files are one import: import-undo takes them all back, not the last one
            names = [f.path.name for f in loaded_files]
            with import_undo.remembered(session, kind=target, source=names):
                for loaded in loaded_files:
                    name = loaded.path.name
                    if args.dry_run and loaded.encoding_note():
                        print(_("{file}: {reason}").format(file=name, reason=loaded.encoding_note(_)))
                    if loaded.table is not None and importing.lacks_a_name(loaded.mapping, target):
                        print(f"{name}: {_no_name_warning(_)}", file=sys.stderr)
                    for warning in loaded.encoding_warnings(_):
                        print(warning, file=sys.stderr)
                    reports.append(
                        importing.run_import(
                            session,
                            loaded,
                            target,
                            args.on_match,
                            source=f"import:{name}",
                            on_progress=stderr_progress(_("import-contacts {file}").format(file=name), _),
                            on_outcome=_collecting(
                                people, _outcome_printer(args, loaded, _), lines.setdefault(name, {})
                            ),
                            index=not args.dry_run,
                            earlier=earlier,
                        )
                    )
                    session.flush()
                if training_id:  # part of the import: import-undo takes the registrations back with it
                    enrolled = trainings.register_people(session, training_id, people)
                    lodging = _lodging_answers(
                        session,
                        training_id,
                        loaded_files,
                        lines,
                        reports,
                        noted,
                        ctx.locale,
                        night_before=night_before,
                        refused=(refused, _),
                    )
            if args.dry_run:
                session.rollback()
            else:
                interrupts.saving()  # a Ctrl+C from here on no longer stops the import: it is kept
    except importing.ImportFileError as exc:  # the file changed since it was checked
        raise CliError(_("{reason}; nothing was imported").format(reason=_reason(exc, ctx))) from exc
    except KeyboardInterrupt:
        print(_("Stopped before saving: nothing was imported."), file=sys.stderr)
        raise
    if backup is not None and not any(r.count("added") or r.count("updated") for r in reports):
        # Nothing changed: the backup would only push an older, useful one out of the last ten.
        from petdesk.services import backups

        backups.discard(backup)
    for loaded, report in zip(loaded_files, reports, strict=True):
        _print_report(args, loaded, report, _)
    if len(reports) > 1:
        total = importing.ImportReport()
        for r in reports:
            total.merge(r)
        summary = _("{summary} ({n} files)").format(
            summary=total.summary(_, written=not args.dry_run), n=len(reports)
        )
        print(_dry_run(summary, _) if args.dry_run else summary)
    if training_id:
        now, before = enrolled
        line = _.ngettext(
            "{n} person registered for the training", "{n} people registered for the training", now
        ).format(n=now)
        if before:
            line += _.ngettext(
                "; {n} was registered already", "; {n} were registered already", before
            ).format(n=before)
        print(_dry_run(line, _) if args.dry_run else line)
        if lodging:
            said = _.ngettext(
                "{n} lodging answer taken from the file", "{n} lodging answers taken from the files", lodging
            ).format(n=lodging)
            print(_dry_run(said, _) if args.dry_run else said)
        if noted:  # "Yes, 3 nights (14-16 March)": the nights and dates are in no field of their own
            said = _.ngettext(
                "{n} lodging answer said more than yes or no: kept whole in the lodging note",
                "{n} lodging answers said more than yes or no: kept whole in the lodging notes",
                len(noted),
            ).format(n=len(noted))
            print(_dry_run(said, _) if args.dry_run else said)
        if night_before:  # a one-day training: the attendees from elsewhere arrive the evening before
            said = _.ngettext(
                "{n} lodging answer for a one-day training: lodging for the night before the training day",
                "{n} lodging answers for a one-day training: lodging for the night before the training day",
                len(night_before),
            ).format(n=len(night_before))
            print(_dry_run(said, _) if args.dry_run else said)
        for warning in refused:
            print(warning, file=sys.stderr)
    if interrupts.came_while_saving():
        print(_("Interrupted while saving: the import was already complete and is kept."), file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def _say_other_sheets(files: list[Path], args: argparse.Namespace, _: Translate) -> None:
    """A workbook of several sheets, none named: say which one is read and what the others are (field
    test 101: the people of 联系人 were out of reach, and 合作机构 read as people skipped every row)."""
    from petdesk.services import importing

    if args.sheet:
        return
    for file in files:
        try:
            sheets = importing.worksheet_names(file)
        except Exception:  # a file that cannot be read is refused, in words, by load_file
            continue
        if len(sheets) > 1:
            message = _("{file}: read the first worksheet, {first}, of {n} ({others}: --sheet NAME)")
            warn(
                message.format(file=file.name, first=sheets[0], n=len(sheets), others=", ".join(sheets[1:])),
                _,
            )


def _spec_per_file(
    spec: str | None, files: list[Path], args: argparse.Namespace
) -> tuple[dict[Path, str], dict[Path, importing.Table]]:
    """--map for each of several files: a column only some of them have is mapped where it is. With
    the tables opened to read their headers, for ``load_file`` to use rather than find each header
    again (round 51: 0.34 s more for each 100,000-row file)."""
    from petdesk.services import importing

    if not spec or len(files) < 2:
        return {}, {}
    tables: dict[Path, importing.Table] = {}
    for file in files:
        try:  # a file refused here is refused by load_file below, in the user's words
            if importing.is_vcard_file(file):
                continue
            tables[file] = importing.read_table(
                file, encoding=args.encoding, header_row=args.header_row, sheet=args.sheet
            )
        except (importing.ImportFileError, OSError):
            continue
    if len(tables) < 2:
        return {}, tables
    everywhere = [h for table in tables.values() for h in table.headers]
    specs = {file: importing.spec_for_file(spec, t.headers, everywhere) for file, t in tables.items()}
    return specs, tables


def _training_to_enrol(
    ctx: Context, args: argparse.Namespace, target: str, _: Callable[[str], str]
) -> str | None:
    """The training that --training names, checked before any file is read into the database."""
    if not args.training:
        return None
    if target != "contacts":
        raise CliError(_("--training registers people: it cannot be used with --organisations"))
    from petdesk.services import projects
    from petdesk.services.projects import PipelineError

    with ctx.db.reading() as session:
        try:
            return projects.resolve_id(session, "training", args.training, "training")
        except PipelineError as exc:
            raise CliError(str(exc)) from exc


def _collecting(
    people: list[str], then: Callable[[importing.Outcome], None], lines: dict[int, str] | None = None
) -> Callable[[importing.Outcome], None]:
    """Note the person each row names (added, updated or matched and skipped), and on which line,
    then print as before."""

    def seen(outcome: importing.Outcome) -> None:
        if outcome.record_id:
            people.append(outcome.record_id)
            if lines is not None:
                lines[outcome.line] = outcome.record_id
        then(outcome)

    return seen


def _lodging_answers(
    session: Any,
    training_id: str,
    loaded_files: list[Any],
    lines: dict[str, dict[int, str]],
    reports: list[Any],
    noted: list[int],
    locale: str = "en",
    *,
    night_before: list[int],
    refused: tuple[list[str], Translate],
) -> int:
    """The registration files' "住宿" / "Accommodation needed" answers onto the registrations, and
    their "参会方式" / "How will you attend?" ones (field test 79: online people need no room); those
    columns then are no longer reported as dropped in ``reports`` (one per file). The lines whose
    lodging answer said more than yes or no, kept in the lodging note, are added to ``noted``. A
    form's "Timestamp" dates the registration and goes into the notes (``form_timestamp``). The lines
    whose "yes" is a one-day training's night before go into ``night_before``; a line whose answer
    cannot be saved is said in ``refused`` (its list, the sentences' language), the other lines kept."""
    from petdesk.services import attendance_mode, form_timestamp, training_lodging

    warnings, _ = refused
    done = 0
    for loaded, report in zip(loaded_files, reports, strict=True):
        if loaded.table is not None:
            report.read_after(attendance_mode.registration_columns(loaded.table))
            people = lines.get(loaded.path.name, {})
            modes = attendance_mode.answers_in(loaded.table)
            attendance_mode.fill_from_file(session, training_id, modes, people)
            moments = form_timestamp.answers_in(loaded.table)
            form_timestamp.fill_from_file(session, training_id, moments, people, locale)
            answers = training_lodging.answers_in(loaded.table)
            notes = training_lodging.notes_in(loaded.table)
            taken = training_lodging.fill_from_file(session, training_id, answers, people, notes)
            done += taken.taken
            kept = set(taken.notes_kept)
            noted.extend(
                line for line in notes if line in people and (line in kept or line not in taken.refused)
            )
            night_before.extend(taken.night_before)
            unit = _unit(loaded.table.unit, _)
            names = training_lodging.refused_names(session, taken, people, locale)
            for line, exc in taken.refused.items():
                said = (
                    _("{file} {unit} {line}: {name}: lodging answer not taken: {reason}; its note was kept")
                    if line in kept
                    else _("{file} {unit} {line}: {name}: lodging answer not taken: {reason}")
                )
                warnings.append(
                    said.format(
                        file=loaded.path.name,
                        unit=unit,
                        line=line,
                        name=names[line],
                        reason=exc.describe(locale),
                    )
                )
    return done


def _dry_run(summary: str, _: Callable[[str], str]) -> str:
    """The summary of a dry run, as one sentence (Chinese puts no space after its colon)."""
    return _("Dry run, nothing changed: {summary}").format(summary=summary)


def _reason(exc: Exception, ctx: Context) -> str:
    """A file's refusal (the service's English sentence) in the user's language, as the window
    shows it: the whole line is built here, so the error boundary's ``localize`` never sees it alone."""
    from petdesk.messages import localize

    return localize(str(exc), ctx.locale)


def _no_name_warning(_: Callable[[str], str]) -> str:
    return _(
        "warning: no column gives a name, so only rows whose e-mail or phone belongs to someone already "
        "known are used and every other row is skipped; map the name columns with --map "
        "(for example --map Vorname=given_name,Nachname=family_name)"
    )


#: Possible matches listed as a file is imported, unless --verbose lists every row: the rest are
#: counted (a whole export of 100,000 contacts has about 48,000, a stream nobody reads).
POSSIBLE_MATCHES_LISTED = 100


def _outcome_printer(
    args: argparse.Namespace, loaded: importing.LoadedFile, _: Callable[[str], str]
) -> Callable[[importing.Outcome], None]:
    """Print one row's lines as it is imported (the report keeps only the first rows): with
    --verbose every row, else the first possible matches (:data:`POSSIBLE_MATCHES_LISTED`)."""
    from petdesk.services import duplicates as dup_service
    from petdesk.services import importing

    name = loaded.path.name
    unit = _unit(loaded.table.unit if loaded.table else "line", _)
    verbose = args.verbose or args.dry_run
    listed = [0]
    # A Chinese line's colons are full-width like those of its reasons ("…：已是最新").
    colon = "：" if is_chinese(str(getattr(_, "locale", ""))) else ": "

    def check(outcome: importing.Outcome) -> str:
        """The " (petdesk duplicates --of ID)" after a saved possible match: it lists what to check."""
        if not outcome.possible_match or not outcome.record_id or args.dry_run:
            return ""
        return f" ({importing.duplicates_command(outcome.record_id)})"

    def show(outcome: importing.Outcome) -> None:
        if verbose:
            reason = dup_service.translate_reason(outcome.reason, _)
            action = pad(_action(outcome.action, _), 8)
            print(f"{name} {unit} {outcome.line:>5}  {action} {outcome.name}{colon}{reason}{check(outcome)}")
        elif outcome.possible_match and listed[0] < POSSIBLE_MATCHES_LISTED:
            listed[0] += 1
            reason = dup_service.translate_reason(outcome.reason, _)
            print(f"  {name} {unit} {outcome.line}{colon}{outcome.name}{colon}{reason}{check(outcome)}")
        for warning in outcome.warnings:
            print(
                f"{name} {unit} {outcome.line}{colon}{dup_service.translate_reason(warning, _)}",
                file=sys.stderr,
            )

    return show


#: Words of the row-by-row lines, translated in Chinese only: in English they stay the words
#: scripts read (``cards.vcf line 12  added ...``).
UNITS = {"line": N_("line"), "row": N_("row")}
ACTIONS = {"added": N_("added"), "updated": N_("updated"), "skipped": N_("skipped")}


def _unit(unit: str, _: Callable[[str], str]) -> str:
    return _(UNITS[unit]) if unit in UNITS else unit


def _action(action: str, _: Callable[[str], str]) -> str:
    return _(ACTIONS[action]) if action in ACTIONS else action


def _print_report(
    args: argparse.Namespace,
    loaded: importing.LoadedFile,
    report: importing.ImportReport,
    _: Translate,
) -> None:
    from petdesk.services import duplicates as dup_service
    from petdesk.services import importing

    name = loaded.path.name
    unlisted = report.possible - POSSIBLE_MATCHES_LISTED
    if unlisted > 0 and not (args.verbose or args.dry_run):
        more = _("… possible matches not listed here: {n} (--verbose lists every row)")
        print("  " + more.format(n=_.number(unlisted)))
    summary = _("{summary} ({file})").format(summary=report.summary(_, written=not args.dry_run), file=name)
    print(_dry_run(summary, _) if args.dry_run else summary)
    if linked := [o for o in report.outcomes if o.linked]:
        # a guest list's rows taken for known people (passport number, or name, birthday and
        # organisation): said by name, so that a wrong link is seen (guests56)
        unit = _unit(loaded.table.unit if loaded.table else "line", _)
        names = ", ".join(f"{o.name} ({unit} {o.line})" for o in linked)
        print("  " + _("Linked to people already known: {names}").format(names=names))
    table = loaded.table
    if table is not None and (option := importing.keep_column_option(table.headers, report.dropped)):
        keep = _("to keep a column that was not imported, map it to a field: {option}")
        print("  " + keep.format(option=option))
    if report.skipped and not (args.verbose or args.dry_run):
        reasons: dict[str, int] = {}
        for outcome in report.skipped:
            if importing.repeats_a_row(outcome.reason):
                reason = _("repeats an earlier row of the file")
            elif importing.repeats_an_earlier_file(outcome.reason):
                reason = _("repeats a row of an earlier file")
            elif "already up to date" in outcome.reason:
                reason = _("already up to date")
            else:
                reason = dup_service.translate_reason(outcome.reason, _)
            reasons[reason] = reasons.get(reason, 0) + 1
        shown = sum(reasons.values())
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            print("  " + _("skipped {n}: {reason}").format(n=_.number(n), reason=reason))
        if shown < report.count("skipped"):
            print(
                "  "
                + _("skipped {n}: {reason}").format(n=_.number(report.count("skipped") - shown), reason="…")
            )


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.cli.progress import stderr_progress

    _ = ctx.translator()
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt == "vcard":
        fmt = "vcf"
    if fmt not in ("vcf", "csv", "xlsx"):
        raise CliError(_("choose --format vcf, csv or xlsx (or give --out a .vcf/.csv/.xlsx name)"))
    # TRANSLATORS: the command's name at the head of its progress lines
    progress = _stream_export_step if args.stream else stderr_progress(_("export-contacts"), _)
    if (args.training or args.visit) and args.query:
        raise CliError(_("choose a search or --training/--visit, not both"))
    if fmt == "xlsx":
        refuse_binary_on_terminal(args.out, fmt, _)
    try:
        with written_path(args.out, f"contacts.{fmt}") as out:
            n = _export(ctx, args, out, fmt, progress)
    except OSError as exc:
        raise cannot_write(args.out, exc, ctx.locale, _) from exc
    if args.stream:
        from petdesk.cli.json_output import print_json_line

        print_json_line({"total": n})  # the last line: without it the export did not finish
        return 0
    written = _.ngettext("{n} contact written to {file}", "{n} contacts written to {file}", n)
    print(written.format(n=_.number(n), file=args.out), file=report_stream(args.out))
    return 0


def _export(
    ctx: Context,
    args: argparse.Namespace,
    out: Path,
    fmt: Format,
    progress: Callable[[int, int], None],
) -> int:
    """Write the contacts ``args`` choose to ``out``: how many."""
    from petdesk.services import exporting

    if args.training or args.visit:
        return _export_people_of(ctx, args, out, fmt, progress)
    # a search may bring its index up to date, which is written; the quick read of every contact
    # knows no travel documents
    if args.query or args.with_travel_documents:
        with ctx.db.transaction() as session:
            return exporting.export_contacts(
                session,
                out,
                fmt,
                query=args.query,
                bom=not args.no_bom,
                encoding=args.encoding,
                delimiter=separator(args.delimiter),
                vcard_version=args.vcard_version,
                on_warning=_warner(ctx, args),
                on_progress=progress,
                language=ctx.locale,
                with_travel_documents=args.with_travel_documents,
            )
    return _export_all(ctx, args, out, fmt, progress)


def _export_people_of(
    ctx: Context, args: argparse.Namespace, out: Path, fmt: Format, progress: Callable[[int, int], None]
) -> int:
    """The people of one training or visit (field test 15: a funder's list of one training)."""
    from petdesk.services import exporting, projects, record_people
    from petdesk.services.projects import PipelineError

    common: dict[str, Any] = {
        "bom": not args.no_bom,
        "encoding": args.encoding,
        "delimiter": separator(args.delimiter),
        "vcard_version": args.vcard_version,
        "on_warning": _warner(ctx, args),
        "on_progress": progress,
        "language": ctx.locale,
        "with_travel_documents": args.with_travel_documents,
    }
    with ctx.db.reading() as session:
        try:
            if args.training:
                tid = projects.resolve_id(session, "training", args.training, "training")
                # the same function as the training editor's Export participants…
                return record_people.export_training_attendees(session, tid, out, fmt, **common)
            vid = projects.resolve_id(session, "visit", args.visit, "visit")
            ids = record_people.visit_participant_ids(session, vid)
        except PipelineError as exc:
            raise CliError(str(exc)) from exc
        return exporting.export_contacts(session, out, fmt, ids=ids, **common)


def _export_all(
    ctx: Context, args: argparse.Namespace, out: Path, fmt: Format, progress: Callable[[int, int], None]
) -> int:
    """Every contact, only read: on a read-only sqlite3 connection checked as Context.reader checks,
    without SQLAlchemy or the models (importing them was a tenth of the export of 100,000)."""
    from petdesk.services import exporting

    return exporting.export_all_of_file(
        ctx.path,
        out,
        fmt,
        check_budget_s=READ_CHECK_BUDGET_S,
        bom=not args.no_bom,
        encoding=args.encoding,
        delimiter=separator(args.delimiter),
        vcard_version=args.vcard_version,
        on_warning=_warner(ctx, args),
        on_progress=progress,
        language=ctx.locale,
    )


def _stream_export_step(done: int, total: int) -> None:
    """``export-contacts --stream``: how far the export is, as a JSON line (the window's child)."""
    from petdesk.cli.json_output import print_json_line

    interrupts.check()
    print_json_line({"step": "export", "done": done, "total": total})


def _warner(ctx: Context, args: argparse.Namespace) -> Callable[[str], None]:
    """Prints an export's warnings (plain English from the service) in the user's language; with
    --stream as JSON lines, in English, for the window to translate as it does its own."""
    if args.stream:
        from petdesk.cli.json_output import print_json_line

        return lambda message: print_json_line({"warning": message})
    from petdesk.messages import localize

    _ = ctx.translator()
    return lambda message: warn(localize(message, ctx.locale), _)


def cmd_duplicates(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.db import bulk_reading
    from petdesk.services import duplicates as dup_service

    _ = ctx.translator()
    if args.of and (args.organisation or args.by_organisation):
        raise CliError(_("give either --of or --organisation / --by-organisation, not both"))
    if args.by_organisation:
        return _counts_by_organisation(args, ctx)
    organisation_id = _organisation_of(args.organisation, ctx) if args.organisation else ""
    # A read-only sqlite3 connection, checked as Context.reader checks (the check runs beside the
    # search, and its verdict comes before the pairs are shown): no SQLAlchemy, no models
    with bulk_reading(ctx.path, check_budget_s=READ_CHECK_BUDGET_S) as (conn, check):
        from petdesk.office_country import note_office_country_of

        note_office_country_of(conn, str(ctx.path))  # numbers are compared as the office dials them
        if organisation_id:
            from petdesk.services.duplicates_by_organisation import pairs_at

            min_score = 0.5 if args.min_score is None else args.min_score
            pairs = pairs_at(conn, organisation_id, entity=args.entity, min_score=min_score)
            total = len(pairs)
            del pairs[max(args.limit, 0) if args.limit is not None else total :]
        elif args.of:
            pairs = _pairs_of(conn, args.of, _)
            pairs = [p for p in pairs if p.score >= (args.min_score or 0.0)]
            total = len(pairs)
            del pairs[max(args.limit, 0) if args.limit is not None else total :]
        else:
            # only the pairs shown are written out (a million contacts have a hundred thousand pairs)
            pairs, total = dup_service.find_duplicates_head(
                conn,
                entity=args.entity,
                min_score=0.5 if args.min_score is None else args.min_score,
                limit=max(args.limit if args.limit is not None else 200, 0),
                progress=stream_step if args.stream else _duplicates_progress(conn, _),
            )
        check.verdict()
    if args.stream:
        from petdesk.cli.json_output import print_json_line
        from petdesk.services.duplicates_child import pair_as_data

        for pair in pairs:
            print_json_line({"pair": pair_as_data(pair)})
        print_json_line({"total": total})  # the last line: without it the search did not finish
        return 0
    if args.json:
        from petdesk.cli.json_output import duplicate_pair, print_json

        print_json({"pairs": [duplicate_pair(pair) for pair in pairs], "total": total})
        return 0
    if not total:
        print(_("No likely duplicates found."))
        return 0
    for pair in pairs:
        kind = pad(_kind(pair.entity, ctx.locale), 12)
        print(f"{pair.score:.2f}  {kind} {pair.first_name}  <->  {pair.second_name}")
        print(f"      {pair.first_id}  {pair.second_id}")
        for reason in pair.reasons:
            print(f"      - {dup_service.translate_reason(reason, _)}")
    if total > len(pairs):
        print(_("… and {n} more pairs (use --limit)").format(n=_.number(total - len(pairs))))
    print(_("{n} likely duplicate pairs").format(n=_.number(total)))
    return 0


def _organisation_of(given: str, ctx: Context) -> str:
    """The id of the organisation ``--organisation`` names, as ``petdesk organisation ORG`` finds it."""
    from petdesk.cli.organisation import _find

    with ctx.db.reading() as session:
        return _find(session, given, ctx)


def _counts_by_organisation(args: argparse.Namespace, ctx: Context) -> int:
    """``duplicates --by-organisation``: each organisation with its number of pairs, the most first."""
    from petdesk.db import bulk_reading
    from petdesk.services.duplicates_by_organisation import count_by_organisation

    _ = ctx.translator()
    with bulk_reading(ctx.path, check_budget_s=READ_CHECK_BUDGET_S) as (conn, check):
        min_score = 0.5 if args.min_score is None else args.min_score
        counts = count_by_organisation(conn, entity=args.entity, min_score=min_score)
        check.verdict()
    if args.json:
        from petdesk.cli.json_output import print_json

        print_json({"organisations": [c._asdict() for c in counts]})
        return 0
    if not counts:
        print(_("No likely duplicates found."))
        return 0
    shown = counts[: args.limit] if args.limit is not None else counts
    for count in shown:
        name = count.name or _("(at no organisation)")
        print(f"{_.number(count.pairs):>6}  {count.organisation_id[:8]:8}  {name}")
    if len(counts) > len(shown):
        print(_("… and {n} more organisations (use --limit)").format(n=_.number(len(counts) - len(shown))))
    print(_("Then: petdesk duplicates --organisation ORG (its id or name) for one organisation's pairs"))
    return 0


def _pairs_of(conn: sqlite3.Connection, given: str, _: Translate) -> list[dup_service.DuplicatePair]:
    """``duplicates --of``: every pair of the contact or organisation whose id begins with ``given``."""
    from petdesk.services import duplicates as dup_service

    given = given.strip()
    if len(given) < 4:
        raise CliError(_("give at least 4 characters of the record id"))
    found = dup_service.records_starting_with(conn, given)
    if not found:
        raise CliError(_("no contact or organisation with id {id}").format(id=given))
    if len(found) > 1:
        raise CliError(
            _("several records have ids starting with {id}; give more characters").format(id=given)
        )
    entity, record_id = found[0]
    return dup_service.duplicates_of(conn, entity, record_id)


#: From this many contacts (rows ever added) a search for duplicates takes long enough to say how
#: far it is, on standard error (a second or more).
DUPLICATES_PROGRESS_FROM = 20_000


def _duplicates_progress(conn: sqlite3.Connection, _: Translate) -> dup_service.Progress:
    """Each step of a long search for duplicates on standard error, in the user's language."""
    from petdesk.cli.progress import stderr_steps
    from petdesk.services import duplicates as dup_service

    (rows,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM contact").fetchone()
    if rows < DUPLICATES_PROGRESS_FROM:
        return dup_service.no_progress
    # TRANSLATORS: the command's name at the head of its progress lines
    return stderr_steps(_("duplicates"), _)


def stream_step(step: str, done: int, total: int) -> None:
    """``duplicates --stream``: each step of the search as a JSON line (the window's child reads them)."""
    from petdesk.cli.json_output import print_json_line

    interrupts.check()
    print_json_line({"step": step, "done": done, "total": total})


def _kind(entity: str, locale: str) -> str:
    """ "contact" / "organisation" as the data names it in English, the glossary's term in Chinese."""
    from petdesk.language import is_chinese
    from petdesk.sync.labels import entity_label

    return entity_label(entity, locale) if is_chinese(locale) else entity


def _full_id(session: Any, entity: str, given: str) -> str:
    """The id of the live ``entity`` starting with ``given`` (a whole id or a unique beginning)."""
    from petdesk.services import visits
    from petdesk.services.merge import MergeError

    try:
        return visits.resolve_id(session, entity, given, entity)
    except visits.ScheduleError as exc:
        raise MergeError(str(exc)) from exc


def _choice(choice: str, _: Translate) -> str:
    """A --take choice ("keep", "other", "both") as the reader's language words it, followed by the
    word to type when that differs: "保留（keep）"."""
    words = {"keep": _("keep"), "other": _("other"), "both": _("both")}
    said = words.get(choice, choice)
    return choice if said == choice else _("{words} ({choice})").format(words=said, choice=choice)


def cmd_merge(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import merge as merge_service

    _ = ctx.translator()
    entity: merge_service.Entity = "organisation" if args.organisations else "contact"
    if args.list:
        from petdesk.i18n import format_datetime  # babel: not on the quick paths (test_cli_startup)

        with ctx.db.reading() as session:
            records = merge_service.list_merges(session)
            whens = [format_datetime(r.merged_at.astimezone(), ctx.locale) for r in records]
            when_width = max((width(w) for w in whens), default=0)
            for record, when_text in zip(records, whens, strict=True):
                state = pad(_("undone") if record.undone_at else _("active"), 7)
                when = pad(when_text, when_width)
                kind = pad(_kind(record.entity, ctx.locale), 12)
                print(
                    f"{record.id}  {when}  {kind} {state} {merge_service.describe_merge(record, ctx.locale)}"
                )
        return 0
    if args.undo:
        with ctx.db.transaction() as session:
            try:
                result = merge_service.undo_merge(session, args.undo, force=args.force)
            except merge_service.MergeError as exc:
                raise CliError(str(exc)) from exc
            summary = merge_service.describe_merge(result.record, ctx.locale)
            print(_("Undone: {summary}").format(summary=summary))
            for item in result.not_restored:
                print("  " + _("not restored (changed since the merge): {item}").format(item=item))
        return 0
    if not (args.keep_id and args.other_id):
        raise CliError(_("give KEEP_ID and OTHER_ID, or --undo MERGE_ID, or --list"), 2)
    choices: dict[str, merge_service.Choice] = {}
    for item in args.take:
        field, _sep, choice = item.partition("=")
        if choice not in ("keep", "other", "both"):
            raise CliError(_("--take {item}: choose keep, other or both").format(item=item), 2)
        choices[field.strip()] = choice
    # No backup first, as in the window: the merge of one pair is recorded and taken back by
    # "merge --undo" (printed below), and a full copy of a large file took ~10 s per merge.
    with ctx.db.transaction() as session:
        try:
            # The beginnings the lists show (8 characters) are enough, as for visits and history.
            keep_id, other_id = (_full_id(session, entity, given) for given in (args.keep_id, args.other_id))
            comparisons = merge_service.compare(session, entity, keep_id, other_id)
            for c in comparisons:
                if c.conflict or args.dry_run:
                    mark = "!" if c.conflict else " "
                    choice = choices.get(c.field.key, c.default)
                    kept = repr(merge_service.display_value(c.keep_value))
                    other = repr(merge_service.display_value(c.other_value))
                    # the field's key and the choice as --take FIELD=keep|other|both spells them,
                    # the choice in words of the reader's language beside it
                    keep_label, other_label = _("keep:"), _("other:")
                    keep = f"{keep_label} {pad(kept, 30)}"
                    print(f"{mark} {c.field.key:<20} {keep} {other_label} {other}  -> {_choice(choice, _)}")
            if args.dry_run:
                return 0
            record = merge_service.merge(session, entity, keep_id, other_id, choices)
        except merge_service.MergeError as exc:
            raise CliError(str(exc)) from exc
        print(_("Merged: {summary}").format(summary=merge_service.describe_merge(record, ctx.locale)))
        print(_("Undo with: {command}").format(command=f"petdesk merge --undo {record.id}"))
    return 0
