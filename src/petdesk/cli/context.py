"""What every command handler gets: the database, opened on first use, and its error type."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from petdesk import connection
from petdesk.db import DatabaseError
from petdesk.language import N_
from petdesk.paths import default_db_path
from petdesk.textsafety import terminal_safe

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterator

    from petdesk.db import CheckBeside, Database

EXIT_OK = 0
#: Something went wrong that the user can fix (bad file, unknown id ...).
EXIT_ERROR = 1
#: The command line itself was wrong (argparse uses 2 as well).
EXIT_USAGE = 2
#: Stopped by Ctrl+C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: Seconds the integrity check on opening may take for a command that only reads.
READ_CHECK_BUDGET_S = 0.25


def whole_number(text: str) -> int:
    """``int(text)`` for an argparse type: a word that is not a number is told in plain words, not
    as "invalid _positive value" naming our function (field test 20, §9)."""
    from petdesk.cli.parser_language import argparse_text  # (it imports this module)

    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a whole number")).format(text=terminal_safe(text))
        ) from None


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``: a number out of range is a usage
    error naming the range, not a crash later (a date past year 9999) or a silent nonsense value."""

    from petdesk.cli.parser_language import argparse_text  # (it imports this module)

    def parse(text: str) -> int:
        value = whole_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                argparse_text(N_("must be between {low} and {high}")).format(low=low, high=high)
            )
        return value

    return parse


def fraction(text: str) -> float:
    """An argparse type for a number from 0 to 1 (a score): 5 was taken and matched nothing."""
    from petdesk.cli.parser_language import argparse_text  # (it imports this module)

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a number")).format(text=terminal_safe(text))
        ) from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(argparse_text(N_("must be between 0 and 1")))
    return value


def report_stream(out: Path | str) -> TextIO:
    """Where to say what was written to ``out``: standard error when ``out`` is standard output,
    a pipe or a device (``--out -``, ``--out /dev/stdout | …``), whose reader would otherwise get the
    sentence inside the data."""
    import sys

    from petdesk.outfile import is_special

    return sys.stderr if str(out) == "-" or is_special(out) else sys.stdout


class Translate(Protocol):
    """What a command translates its sentences with: :class:`petdesk.i18n.Translator` or English."""

    def __call__(self, text: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def number(self, n: int) -> str: ...


class _English:
    """The source strings as they are (they are the English text), without loading babel: the quick
    paths (``petdesk stats``, issue 18) stay quick in English."""

    def __call__(self, text: str) -> str:
        return text

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def number(self, n: int) -> str:
        """ "100,000", as English writes a count (babel would say the same, but costs the quick paths)."""
        return f"{n:,}"


ENGLISH: Translate = _English()


def passphrase_file_problem(file: Path, exc: BaseException, _: Translate) -> str:
    """Why a passphrase file given on the command line cannot be read, through ``_``: a name typed
    wrong is "nope.txt does not exist", as every import says it (:mod:`petdesk.unreadable_file`),
    not the system's "(No such file or directory)" or "([Errno 2] …)" left in English (preview64)."""
    if isinstance(exc, FileNotFoundError):
        from petdesk.unreadable_file import unreadable

        return unreadable(str(file), exc, _)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    return _("cannot read the passphrase file {file} ({reason})").format(file=file, reason=reason)


def translator_for(locale: str) -> Translate:
    """The translator of core strings into ``locale``; English needs no catalogue."""
    from petdesk.language import is_chinese

    if not is_chinese(locale):
        return ENGLISH
    # the catalogue without babel (60–75 ms of a Chinese command's start); its counts as babel's zh_CN
    from petdesk.core_catalogue import chinese_translator

    return chinese_translator(locale)


def plain_translator(locale: str) -> Translate:
    """:func:`translator_for`, with babel left unloaded only where :data:`ENGLISH` counts as babel does
    (``number``: "1,234" in en_GB and en_US); any other English region gets babel's translator. For
    the quick commands (``search``, ``visits``, ``followups``), whose dates :mod:`petdesk.plain_dates`
    writes on the same condition."""
    from petdesk.language import is_chinese
    from petdesk.plain_dates import spelled_locale

    if is_chinese(locale) or spelled_locale(locale) is not None:
        return translator_for(locale)
    from petdesk.i18n import translator

    return translator(locale)


def output_locale(args: argparse.Namespace) -> str:
    """The language of a command with a ``--lang`` of its own (visits, search, projects ...): that,
    else ``petdesk --lang``, else the system's."""
    from petdesk.language import normalize, system_locale

    chosen = getattr(args, "lang", None) or getattr(args, "ui_lang", None)
    return normalize(chosen) if chosen else system_locale()


#: The line of a warning, spelled as the error line (``parser_language.ERROR_LINE``): in Chinese
#: "petdesk：警告：…" (a field test found the English prefix before a Chinese sentence). A warning
#: never changes the exit status.
WARNING_LINE = N_("%(prog)s: warning: %(message)s\n")
#: What Ctrl+C leaves on standard error (the exit status stays 130 in every language).
INTERRUPTED_LINE = N_("%(prog)s: interrupted\n")


def warn(message: str, _: Translate) -> None:
    """ "petdesk: warning: …" on standard error, ``message`` already in the user's language."""
    import sys

    print(_(WARNING_LINE) % {"prog": "petdesk", "message": message}, end="", file=sys.stderr)


class CliError(Exception):
    """An error to print as one plain sentence, with the exit code to return."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def cannot_write(file: Path | str, exc: OSError, locale: str, _: Translate) -> CliError:
    """The one refusal of every command whose output file could not be written: the file and what
    the system said, in plain words with what to do (``faults.os_problem``)."""
    from petdesk.faults import os_problem

    return CliError(_("cannot write {file}: {reason}").format(file=file, reason=os_problem(exc, locale)))


@dataclass
class Context:
    db_path: Path | None = None
    #: ``--passphrase-file``: the passphrase of an encrypted database (or the new one for encrypt).
    passphrase_file: Path | None = None
    #: ``petdesk --lang``: the language of messages and tables; ``None`` follows the system.
    language: str | None = None
    _db: Database | None = field(default=None, init=False, repr=False)
    #: Set by commands that only read (see :attr:`reader`).
    _reading_only: bool = field(default=False, init=False, repr=False)
    _unlocked: bool = field(default=False, init=False, repr=False)
    #: The integrity check started by :meth:`check_early`, until :attr:`db` hands it to the Database.
    _check: CheckBeside | None = field(default=None, init=False, repr=False)

    @property
    def path(self) -> Path:
        return (self.db_path or default_db_path()).expanduser()

    @property
    def locale(self) -> str:
        """The interface language of this run: ``--lang``, else ``$PETDESK_LANG``, else the system's."""
        from petdesk.language import normalize, system_locale

        return normalize(self.language) if self.language else system_locale()

    def speak(self, locale: str) -> Translate:
        """A command's own ``--lang`` (an output language): its messages, its error line included,
        in that language (field test 36, defect 8: "petdesk: error:" and the sentence in English)."""
        self.language = locale
        return self.translator()

    def translator(self, locale: str | None = None) -> Translate:
        """Translates this command's sentences into ``locale`` (default: :attr:`locale`)."""
        return translator_for(locale or self.locale)

    def given_passphrase(self) -> str | None:
        """The passphrase from ``--passphrase-file`` or ``$PETDESK_DB_PASSPHRASE``, if any."""
        import os

        if self.passphrase_file is not None:
            try:
                text = self.passphrase_file.expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CliError(passphrase_file_problem(self.passphrase_file, exc, self.translator())) from exc
            return text.rstrip("\r\n") or None
        return os.environ.get(connection.ENV_PASSPHRASE) or None

    def unlock(self) -> None:
        """Make the passphrase of an encrypted database known to this process (once): given,
        remembered in the keyring, or typed at a prompt on a terminal."""
        if self._unlocked or not connection.is_encrypted(self.path):
            return
        self._unlocked = True
        passphrase = self.given_passphrase()
        if passphrase is None:
            from petdesk import secrets

            passphrase = secrets.get(secrets.DATABASE, self.path)
        if passphrase is None:
            import getpass
            import sys

            if sys.stdin is not None and sys.stdin.isatty():
                _ = self.translator()
                passphrase = getpass.getpass(_("Passphrase of {file}: ").format(file=self.path)) or None
        if passphrase is not None:
            connection.set_passphrase(self.path, passphrase)

    @property
    def reader(self) -> Database:
        """The database, for a command that only reads: its integrity check on opening gets
        :data:`READ_CHECK_BUDGET_S` instead of 2 s (2 of the 3 seconds of ``clashes --all`` on
        100,000 contacts, where the check is cut short either way). A small file is still checked
        whole, and a damaged page met later fails the read with the usual sentence."""
        if self._db is None:
            self._reading_only = True
        return self.db

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only sqlite3 connection for a command that only reads with plain SQL: no
        SQLAlchemy, no models (a third of a second of every ``petdesk visits`` or ``search``). The
        file is checked as :attr:`reader` checks it; a missing or older file is created or upgraded
        first, and the office's country noted, as :attr:`db` would."""
        from petdesk.db import open_for_reading

        self.unlock()
        try:
            conn = open_for_reading(self.path, check_budget_s=READ_CHECK_BUDGET_S)
        except DatabaseError as exc:
            raise CliError(str(exc)) from exc
        try:
            from petdesk.office_country import note_office_country_of

            # as :attr:`db` does: numbers are read as the office dials them ("8 701 …" is
            # "+7 701 …" at a Kazakh office), amounts grouped as its country groups them
            note_office_country_of(conn, str(self.path))
            yield conn
        finally:
            conn.close()

    def check_early(self) -> None:
        """Start the file's integrity check now, in a thread, for a command that writes a few rows
        (:data:`petdesk.cli.writing.CHECKED_BESIDE`): it runs while the command imports the models
        (up to 2 s of a 100,000-contact file's check were paid before them, on every command after a
        write). :attr:`db` hands it on; its first transaction waits for the verdict (``open_database``)."""
        if self._check is not None or self._db is not None or not self.path.is_file():
            return
        from petdesk import stale_log
        from petdesk.db import QUICK_CHECK_BUDGET_S, CheckBeside

        self.unlock()
        stale_log.guard(self.path)  # here, once: a leftover log is judged before any connection
        self._check = CheckBeside(self.path, QUICK_CHECK_BUDGET_S)

    @property
    def db(self) -> Database:
        self.unlock()
        if self._db is None:
            from petdesk.db import QUICK_CHECK_BUDGET_S, open_database

            check, self._check = (None, self._check) if self._reading_only else (self._check, None)
            try:
                self._db = open_database(
                    self.path,
                    check_budget_s=READ_CHECK_BUDGET_S if self._reading_only else QUICK_CHECK_BUDGET_S,
                    check_beside=check,
                )
            except DatabaseError as exc:
                if check is not None:
                    check.wait()
                raise CliError(str(exc)) from exc
            from petdesk.office_country import note_office_country_of

            # Amounts as the office's country groups them. A plain connection, not a session: a
            # session imports SQLAlchemy, half a second of CPU of a sync export or import, which
            # use none (raw() waits for the integrity check as a session's first read did).
            try:
                conn = self._db.raw()
                try:
                    note_office_country_of(conn, str(self.path))
                finally:
                    conn.close()
            except DatabaseError as exc:
                raise CliError(str(exc)) from exc
        return self._db

    def refuse_if_gone(self) -> None:
        """Raise ``DatabaseGone`` when the database this command opened is no longer at its path
        (a stick pulled out): its changes went to a deleted file (field test 39, defect 2)."""
        if self._db is not None:
            self._db.refuse_if_gone()

    def close(self) -> None:
        if self._check is not None:  # (a command that never opened the database)
            self._check.wait()
            self._check = None
        if self._db is not None:
            self._db.close()
            self._db = None
