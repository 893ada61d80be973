"""The ``petdesk`` command line. Imports no Qt unless the window is asked for.

Start-up time matters (``petdesk stats`` in a script, ``--version`` from installers): the command
modules import services, SQLAlchemy, reportlab, pypinyin and babel inside the commands that use them,
so building the parser costs only argparse (tests/core/test_cli_startup.py watches this).

Each feature registers its subcommands from its own module, imported here by name so that readers,
type checkers and freezers (PyInstaller) all see it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from petdesk import __version__
from petdesk.cli import (
    activities,
    archive,
    contact_record,
    contacts,
    contacts_io,
    core,
    dossier,
    export_log,
    follow_ups,
    handover,
    history,
    import_undo,
    interrupts,
    mailing_list,
    organisation,
    person,
    phones,
    pipeline,
    safety,
    sync,
    tags,
    tidy_names,
    training_participants,
    training_record,
    visit_record,
    visits,
    writing,
)
from petdesk.cli.context import (
    ENGLISH,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    INTERRUPTED_LINE,
    CliError,
    Context,
    Translate,
    translator_for,
    warn,
)
from petdesk.cli.one_command import NeedsAllCommands, named_command, only_command
from petdesk.cli.open_file import file_as_command
from petdesk.cli.parser_language import ERROR_LINE, argparse_speaking, early_locale, new_parser
from petdesk.cli.word_subcommands import subcommands
from petdesk.connection import PassphraseError
from petdesk.db import (
    UPGRADE_LISTENERS,
    UPGRADE_WATCHERS,
    DatabaseError,
    Upgrade,
    UpgradeWatch,
    upgrade_details,
    upgrade_notice,
)
from petdesk.export_log_missed import MISSED as EXPORT_LOG_MISSED
from petdesk.language import N_
from petdesk.lock_owner import held_elsewhere
from petdesk.stale_log import LISTENERS as SET_ASIDE_LISTENERS
from petdesk.stale_log import PROGRESS as LOG_TRIAL_PROGRESS
from petdesk.stale_log import SetAside
from petdesk.textsafety import SafeText, terminal_safe

#: Modules that define ``register(subparsers)``; each adds its subcommands, in this order.
COMMAND_MODULES = (
    core,
    contacts,
    contact_record,
    contacts_io,
    mailing_list,
    archive,
    import_undo,
    visits,
    visit_record,
    training_record,
    training_participants,
    follow_ups,
    handover,
    dossier,
    sync,
    safety,
    history,
    person,
    pipeline,
    tags,
    activities,
    export_log,
    organisation,
    phones,
    tidy_names,
)


def build_parser(_: Translate = ENGLISH, *, only: str | None = None) -> argparse.ArgumentParser:
    """The parser, its texts translated by ``_`` (argparse's own words: see :mod:`.parser_language`);
    with ``only``, the parser of that command alone (:mod:`.one_command`), or the whole parser when
    no command has that name."""
    parser = new_parser(
        _,
        prog="petdesk",
        description=_(
            "Partners, contacts, delegation visits and trainings of a regional office. "
            "Without a command, opens the desktop window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"petdesk {__version__}",
        help=_("show program's version number and exit"),
    )
    _add_global_options(parser, _)
    # argparse passes the title through its gettext: translated where it is shown
    if only is None:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=N_("commands"))
    else:  # the parser's own subcommands action (new_parser's in Chinese), building one command
        action = only_command(parser._registry_get("action", "parsers"), only)
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=N_("commands"), action=action)
    for module in COMMAND_MODULES:
        module.register(sub, _)
    if only is not None and not sub.choices:  # none built (a file to open, a typo): every name is needed
        return build_parser(_)
    for command in _subcommand_parsers(parser):
        _add_global_options(command, _, after_command=True)
    writing.name_commands(parser)
    return parser


def _add_global_options(
    parser: argparse.ArgumentParser, _: Translate, *, after_command: bool = False
) -> None:
    """``--db``, ``--passphrase-file`` and ``--lang``: before the command (``petdesk --db F demo``)
    and, ``after_command``, after it too (``petdesk demo --db F``, what people type). After the
    command they are hidden from its help and default to nothing set, so a value given before the
    command stays; an option of the command's own with the same name (``visits --lang``,
    ``sync export --passphrase-file``) keeps its meaning."""

    def add(name: str, help_text: str, **kwargs: Any) -> None:
        if name in parser._option_string_actions:
            return
        if after_command:
            kwargs.update(default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        else:
            kwargs.setdefault("help", help_text)
        parser.add_argument(name, **kwargs)

    add(
        "--db",
        _("database file (default: $PETDESK_DB, else petdesk.sqlite in the user's data directory)"),
        type=Path,
        metavar="PATH",
    )
    add(
        "--passphrase-file",
        _(
            "the passphrase of an encrypted database, read from FILE (else $PETDESK_DB_PASSPHRASE, "
            "the system keyring, or a prompt)"
        ),
        type=Path,
        metavar="FILE",
    )
    # Its own dest: the --lang of a command (visits, search, dossier ...) may mean something else.
    add(
        "--lang",
        _("language of messages and tables (default: $PETDESK_LANG, else the system's)"),
        dest="ui_lang",
        choices=("en", "zh_CN"),
        default=None,
    )
    # Its own dest: import-contacts --verbose lists every row, another meaning.
    add(
        "--verbose",
        _("also print technical details for IT (the database's schema revisions after an upgrade)"),
        dest="tech_details",
        action="store_true",
    )


def _subcommand_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command's parser below ``parser``, actions of command groups (``sync export``) included."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(subcommands(action).values()):  # aliases share one parser
                found += [command, *_subcommand_parsers(command)]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    with interrupts.handled():  # from the first word read: a Ctrl+C Python swallows still counts
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # The language first: the parser's help and errors speak it.
    _ = translator_for(early_locale(words))
    with argparse_speaking(_):
        parser = build_parser(_, only=named_command(words))  # the one command's parser: quicker
        words = file_as_command(words, command_names(parser))  # "Open with petdesk" (Exec=petdesk %f)
        try:
            args = _parse(parser, words)
        except NeedsAllCommands:
            args = _parse(build_parser(_), words)
    if args.handler is None:  # a command group without its action (``petdesk sync``)
        with argparse_speaking(_):
            args.group.print_help(sys.stderr)
        return EXIT_USAGE  # as argparse's own usage errors, and before any database is looked for
    ctx = Context(db_path=args.db, passphrase_file=args.passphrase_file, language=args.ui_lang)
    _ = ctx.translator()  # the same, unless a mistyped --lang fell back to the environment's
    if missing := _missing_database(args, ctx.path, _):
        _error(missing, _)
        return EXIT_ERROR
    if held := _held_elsewhere(args, ctx.path, _):
        _error(held, _)
        return EXIT_ERROR
    made = None
    if getattr(args, "creates_database", False) and not ctx.path.exists():
        from petdesk.cli.new_database import NewDatabase

        made = NewDatabase(ctx.path)
    code = _run(args, ctx, words, _)
    if code != 0 and made is not None:
        made.remove_if_empty()  # a mistyped path plus a bad file leaves no empty database behind
    return code


def _credited_unnamed() -> str | None:
    """The system account's name the command credited changes to for want of a staff name, if it
    did (taken: the next command in this process starts afresh)."""
    tracking = sys.modules.get("petdesk.sync.tracking")  # not loaded: no change was recorded
    if tracking is None:
        return None
    name: str | None = tracking.credited_unnamed[0]
    tracking.credited_unnamed[0] = None
    return name


def _tell_unnamed(name: str, _: Translate) -> None:
    """Once per command that credited changes to the system account: how to set a staff name ("root"
    in the history says nothing; field test 84). To a person at a terminal only, as progress is: a
    script's stderr stays as it was, a cron log gains no line per run."""
    from petdesk.cli.progress import stderr_is_terminal

    if not stderr_is_terminal():
        return
    warn(
        _(
            "no staff name is set here, so the history credits these changes to this computer's "
            'account ({name}); set your name once with: petdesk office --staff "Your Name"'
        ).format(name=name or "?"),
        _,
    )


def _parse(parser: argparse.ArgumentParser, words: list[str]) -> argparse.Namespace:
    """The command line read; without a command, the window's (``gui``)."""
    args = parser.parse_args(words)
    return args if args.command is not None else parser.parse_args([*words, "gui"])


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(commands.choices)


def _run(args: argparse.Namespace, ctx: Context, words: list[str], _: Translate) -> int:
    """Run the command: its exit status, every error told in one line (the context is closed)."""
    stdout = sys.stdout
    # Names and notes come from other people's files and packages: escape codes in them are shown,
    # never obeyed by the terminal.
    sys.stdout = SafeText(stdout)
    verbose = bool(getattr(args, "tech_details", False))
    tell_upgrades = _upgrade_teller(ctx.locale, verbose=verbose)
    UPGRADE_LISTENERS.append(tell_upgrades)
    tell_set_aside = _set_aside_teller(ctx.locale)
    SET_ASIDE_LISTENERS.append(tell_set_aside)
    tell_missed = _export_log_missed_teller(ctx.locale)
    if args.command != "gui":  # the window says it in its own words
        EXPORT_LOG_MISSED.append(tell_missed)
    tell_log_trial = _log_trial_teller(_)
    LOG_TRIAL_PROGRESS.append(tell_log_trial)
    watch = _upgrade_progress(_, verbose=verbose)
    if watch is not None:
        UPGRADE_WATCHERS.append(watch)
    try:
        if args.command != "gui":  # the window asks for a passphrase in a dialog
            ctx.unlock()
        if writing.checks_beside(args):
            ctx.check_early()
        code = int(args.handler(args, ctx) or 0)
        ctx.refuse_if_gone()  # what the command wrote must still be there before it says "done"
        unnamed = _credited_unnamed()
        # (the window asks for a name itself; a reading command's upgrade is not her change)
        if unnamed is not None and args.command != "gui" and writing.writes(args):
            _tell_unnamed(unnamed, ctx.translator())
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as exc:
        if _broken_pipe_behind(exc):  # "cannot write /dev/stdout: Broken pipe" (field test 20, defect 5)
            return _reader_went_away()
        _ = ctx.translator()  # a command's own --lang speaks the error line too (Context.speak)
        _error(terminal_safe(_localize(str(exc), ctx.locale)), _)
        _details(exc, _)
        return exc.exit_code
    except (DatabaseError, PassphraseError) as exc:
        # A passphrase refusal is connection.py's English sentence (field test 8, defect 3).
        _error(terminal_safe(_localize(str(exc), ctx.locale)), _)
        _details(exc, _)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(_(INTERRUPTED_LINE) % {"prog": "petdesk"}, end="", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the one error boundary of the command line (MemoryError included)
        if _broken_pipe_behind(exc):
            return _reader_went_away()
        from petdesk import faults

        # Locked, read-only, full, damaged ... become one sentence; the traceback goes to the log.
        faults.log_exception(exc, f"petdesk {' '.join(words)}")
        _error(terminal_safe(faults.describe_database_write(exc, ctx.path, ctx.locale)), _)
        return EXIT_ERROR
    finally:
        _credited_unnamed()  # (a failed command's credit is not the next one's, in one process)
        UPGRADE_LISTENERS.remove(tell_upgrades)
        SET_ASIDE_LISTENERS.remove(tell_set_aside)
        if tell_missed in EXPORT_LOG_MISSED:
            EXPORT_LOG_MISSED.remove(tell_missed)
        LOG_TRIAL_PROGRESS.remove(tell_log_trial)
        if watch is not None:
            UPGRADE_WATCHERS.remove(watch)
        sys.stdout = stdout
        ctx.close()


def _broken_pipe_behind(exc: BaseException) -> bool:
    """Whether ``exc`` is, or was raised because of, a reader that closed our standard output
    early (``petdesk … | head -1``). A pipe named by ``--out`` whose reader left is an error
    like any file that could not be written whole: only standard output's reader may go."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, BrokenPipeError):
            return _stdout_reader_gone()
        seen = seen.__cause__ or seen.__context__
    return False


def _stdout_reader_gone() -> bool:
    """Whether file descriptor 1 is a pipe with no reader left (the kernel reports an error
    condition on its writing end then); False where that cannot be told."""
    import select
    import stat

    try:
        if not stat.S_ISFIFO(os.fstat(1).st_mode):
            return False
        poller = select.poll()
        poller.register(1, select.POLLOUT)
        return any(events & select.POLLERR for _fd, events in poller.poll(0))
    except (OSError, AttributeError):  # no poll() on Windows
        return False


def _reader_went_away() -> int:
    """Output piped into ``head`` and closed early is not an error for the user: the command ends
    quietly with success (scripts run with ``set -o pipefail``). Standard output points at
    /dev/null so that Python's final flush does not complain either."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    return 0


def _error(message: str, _: Translate) -> None:
    """ "petdesk: error: …" on standard error, all in the user's language and spelled as
    argparse's own errors (one line of the catalogue for both)."""
    print(_(ERROR_LINE) % {"prog": "petdesk", "message": message}, end="", file=sys.stderr)


def _details(exc: BaseException, _: Translate) -> None:
    """The technical cause of a database that cannot be opened (a failed upgrade's SQL error), on
    a line of its own under the sentence, for whoever helps the user; the traceback is in the log."""
    cause = exc if isinstance(exc, DatabaseError) else exc.__cause__
    if isinstance(cause, DatabaseError) and cause.detail:
        print(_("Details: {detail}").format(detail=terminal_safe(cause.detail)), file=sys.stderr)


__all__ = ["EXIT_ERROR", "EXIT_USAGE", "CliError", "build_parser", "main"]


def _upgrade_progress(_: Translate, *, verbose: bool = False) -> UpgradeWatch | None:
    """The steps of an upgrade on stderr while a person watches it (minutes on a large file); the
    migrations' codes only with ``--verbose``."""
    from petdesk.cli import progress

    if not progress.stderr_is_terminal():
        return None
    return UpgradeWatch(progress.stderr_upgrade(_, codes=verbose))


def _export_log_missed_teller(locale: str) -> Callable[[str], None]:
    """Says on stderr that a file was written but the export log missed it (the database locked by
    another program, or read-only): the export is done, so the command still succeeds."""

    def tell(file_name: str) -> None:
        from petdesk.services import export_log

        print(export_log.missed_note(file_name, locale), file=sys.stderr)

    return tell


def _set_aside_teller(locale: str) -> Callable[[SetAside], None]:
    """Says on stderr that an older state's write-ahead log was moved aside (field test 70), and
    where it is, from any command: stdout stays the command's."""

    def tell(done: SetAside) -> None:
        from petdesk.stale_log import notice

        print(terminal_safe(notice(done, locale)), file=sys.stderr)

    return tell


def _log_trial_teller(_: Translate) -> Callable[[int], None]:
    """A line on stderr per tenth of the trial of a leftover log on a large file (stale51: seconds
    of silence before any command's output)."""
    shown = [-1]

    def tell(percent: int) -> None:
        tenth = percent // 10
        if tenth > shown[0]:
            shown[0] = tenth
            line = _("Checking the database's leftover log… {percent}%").format(percent=tenth * 10)
            print(line, file=sys.stderr, flush=True)

    return tell


def _upgrade_teller(locale: str, *, verbose: bool = False) -> Callable[[Upgrade], None]:
    """Says on stderr that a file was upgraded, even from a command that only reads (``stats``):
    older versions refuse it from then on (field test 8, defect 4). Stdout stays the command's.
    The schema revisions only with ``--verbose``: users read the codes as an error (polish 49)."""

    def tell(upgrade: Upgrade) -> None:
        print(terminal_safe(upgrade_notice(upgrade, locale)), file=sys.stderr)
        if verbose:
            print(terminal_safe(upgrade_details(upgrade, locale)), file=sys.stderr)

    return tell


def _missing_database(args: argparse.Namespace, path: Path, _: Translate) -> str | None:
    """The sentence to stop with when the database at ``path`` does not exist and ``args``'
    command is not one that starts a database (``creates_database``, set where it is defined:
    the window, demo, office, restore and the imports). Any other command on a mistyped path
    made a new empty office there and reported on it ("0 contacts", a new office id), which
    looked like lost data and then stood in the way of a restore (field test 7, defect 10)."""
    if getattr(args, "creates_database", False) or path.exists():
        return None
    return _(
        "{path} does not exist: check the path; petdesk demo or petdesk office creates a new database"
    ).format(path=path)


def _held_elsewhere(args: argparse.Namespace, path: Path, _: Translate) -> str | None:
    """The sentence to stop with when ``args``' command changes the database at ``path`` and a
    window on another computer has it open (:mod:`.writing`); None to go on."""
    if not writing.writes(args) or (owner := held_elsewhere(path)) is None:
        return None
    from petdesk.lock_owner import lock_file

    return _(
        "{path} is open in petdesk on the computer “{host}”, and this command would change it: two "
        "computers changing one file make the sync program's conflicted copies. Nothing was changed. "
        "Ask there to close petdesk, then run the command again. If petdesk there was closed without "
        "tidying up (a crash, a power cut), delete {lock} and run it again. Commands that only read "
        "(search, stats, visits, exports, dossiers) work meanwhile."
    ).format(path=path, host=owner.host, lock=lock_file(path))


def _localize(message: str, locale: str) -> str:
    """A sync or import sentence in the user's language (``petdesk.messages``)."""
    # English too: the system's words for a full or read-only disk inside it become the plain
    # sentence with what to do (field test 28, §7).
    from petdesk.messages import localize

    return localize(message, locale)
