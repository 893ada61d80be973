"""The window's export of all contacts, run as ``petdesk export-contacts --stream`` in a process of
its own (issue 17), through :func:`petdesk.services.child_process.run_child`.

In the window's process an export of 100,000 contacts added 12-43 MB at its peak, and the window
kept most of it after (freed memory the allocator does not give back): 276 MB after the exports.
A child's memory goes back to the system when it ends. Besides its progress and the number written
the child writes ``{"warning": …}`` for what the file could not hold, in English, translated by the
window as its own warnings are. The command line keeps exporting in its own process.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.cancellation import StopFlag
from petdesk.csv_separators import name_of
from petdesk.i18n import translator
from petdesk.language import is_chinese
from petdesk.services import child_process

#: From this many contacts (rows ever added) the window exports all of them in a child process, as
#: it searches them for duplicates (``duplicates_child.CHILD_FROM``): below it the child's start-up
#: (about 0.8 s) costs more than the export itself.
CHILD_FROM = 20_000


def export_arguments(
    db_path: Path | str,
    out: Path | str,
    fmt: str,
    *,
    language: str,
    encoding: str,
    vcard_version: str,
    delimiter: str = ",",
) -> list[str]:
    """The child's command: every contact of ``db_path`` to ``out``, its progress as JSON lines."""
    return [
        *child_process.petdesk_command(),
        "--db",
        str(Path(db_path).absolute()),  # the child runs in a temporary folder of its own
        "--lang",
        "zh_CN" if is_chinese(language) else "en",  # the window's locale (en_US, zh_CN…)
        "export-contacts",
        "--out",
        str(Path(out).absolute()),
        "--format",
        fmt,
        "--encoding",
        encoding,
        "--vcard-version",
        vcard_version,
        # only when asked: the comma is the command line's default
        *(["--delimiter", name_of(delimiter)] if delimiter != "," else []),
        "--stream",
    ]


def export_in_child(
    db_path: Path | str,
    out: Path | str,
    fmt: str,
    *,
    language: str = "en",
    encoding: str = "utf-8",
    vcard_version: str = "4.0",
    delimiter: str = ",",
    on_progress: Callable[[int, int], None] = lambda _done, _total: None,
    on_warning: Callable[[str], None] = lambda _message: None,
    stop: StopFlag | None = None,
    command: list[str] | None = None,
) -> int:
    """Write every contact of ``db_path`` to ``out`` from a child process: how many. ``stop`` set
    kills the child (then ``Cancelled``, and its part file is removed: the old file stays as it
    was); a child that fails raises ``ChildFailed`` in plain words. ``command`` replaces the
    child's command (tests give one that fails)."""

    def take(line: dict[str, Any]) -> None:
        if "warning" in line:
            on_warning(str(line["warning"]))

    arguments = command or export_arguments(
        db_path,
        out,
        fmt,
        language=language,
        encoding=encoding,
        vcard_version=vcard_version,
        delimiter=delimiter,
    )
    return child_process.run_child(
        arguments,
        db_path=db_path,
        job="export",
        wording=lambda code, detail: _failure(code, detail, language),
        on_step=lambda _step, done, total: on_progress(done, total),
        on_line=take,
        stop=stop,
        on_end=lambda pid: outfile.remove_parts_of(out, pid),
    )


def _failure(code: int, detail: str, language: str) -> str:
    """The child's failure in plain words, after the window's "Export failed:": the last lines it
    said (petdesk's own error: "cannot write …: the folder is not there …"), or how it ended."""
    _ = translator("zh_CN" if is_chinese(language) else "en")
    detail = detail or _("it gave no message")
    if code < 0:  # POSIX: killed by a signal (the system short of memory kills with 9)
        return _("the system stopped it (signal {n}): {detail}").format(n=-code, detail=detail)
    # after "Export failed:" the command line's "petdesk: error:" says nothing more (its catalogue line)
    prefix = (_("%(prog)s: error: %(message)s\n") % {"prog": "petdesk", "message": ""}).rstrip("\n")
    return detail.removeprefix(prefix).strip() or detail
