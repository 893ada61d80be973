"""``--out -`` means standard output, the same for every command (field test 20, defect 4).

Commands whose output is text (CSV, vCard, JSON, iCalendar) write it to standard output; a binary
file (XLSX) may go into a pipe but not onto a terminal, where it would only garble the screen.
Commands that write only files (PDFs, packages, backups) refuse ``-`` instead of making a file of
that name in the working folder.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from petdesk.cli.context import CliError, Translate

#: The ``--out`` value that means standard output.
STDOUT = "-"


def is_stdout(out: Path | str | None) -> bool:
    return out is not None and str(out) == STDOUT


def file_path(_: Translate) -> Callable[[str], Path]:
    """An argparse type for the ``--out`` of a command that writes only files: ``-`` is a usage
    error in plain words, not a file named "-"."""

    def parse(text: str) -> Path:
        if text == STDOUT:
            raise argparse.ArgumentTypeError(
                _("this command writes a file, not standard output: give a file name")
            )
        return Path(text)

    return parse


def refuse_binary_on_terminal(out: Path, fmt: str, _: Translate) -> None:
    """Stop before any work when a binary format would go to standard output on a terminal."""
    if is_stdout(out) and sys.stdout.isatty():
        raise CliError(
            _(
                "{format} is not text and cannot be shown in a terminal: give --out a file name, "
                "or send the output into a file or program (--out - > FILE)"
            ).format(format=fmt.upper())
        )


@contextmanager
def written_path(out: Path, name: str) -> Iterator[Path]:
    """The path a writer writes to: ``out`` itself, or, for ``-``, a file ``name`` in a temporary
    folder whose bytes go to standard output once the writer finished without an error (a failed
    or interrupted export sends nothing half-written down the pipe)."""
    if not is_stdout(out):
        yield out
        return
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="petdesk-out-") as folder:
        path = Path(folder) / name
        yield path
        sys.stdout.flush()
        with open(path, "rb") as written:
            shutil.copyfileobj(written, sys.stdout.buffer)
        sys.stdout.buffer.flush()
