"""The window's search of all contacts for duplicates, run as ``petdesk duplicates --stream`` in a
process of its own (issue 17), through :func:`petdesk.services.child_process.run_child`.

In the window's process the search peaked at 359 MB at a million contacts, on top of what the window
holds; the same search as a command stays near 252 MB, and its memory goes back to the system when
it ends. Besides its steps and its total the child writes ``{"pair": …}`` for each pair listed (one
module here writes and reads them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from petdesk.cancellation import StopFlag
from petdesk.i18n import translator
from petdesk.services.child_process import ChildFailed, petdesk_command, run_child
from petdesk.services.duplicates import DuplicatePair, Progress, no_progress, reason_as_data, reason_from_data

__all__ = [
    "CHILD_FROM",
    "ChildFailed",
    "child_arguments",
    "find_in_child",
    "pair_as_data",
    "pair_from_data",
    "petdesk_command",
]

#: From this many contacts (rows ever added) the window searches in a child process. Below it the
#: search in the window is quicker and takes little memory: at 20,000 contacts 0.35-0.65 s and about
#: 32 MB there, against 1.2-1.4 s in a child (its start-up, importing the command line and opening
#: the file, costs about 0.8 s); measured at a load average of 4.5 on two cores.
CHILD_FROM = 20_000


def pair_as_data(pair: DuplicatePair) -> dict[str, Any]:
    """One pair as the child writes it: its reasons keep their templates, to be translated."""
    return {
        "entity": pair.entity,
        "first_id": pair.first_id,
        "second_id": pair.second_id,
        "first_name": pair.first_name,
        "second_name": pair.second_name,
        "score": pair.score,
        "reasons": [reason_as_data(r) for r in pair.reasons],
    }


def pair_from_data(data: dict[str, Any]) -> DuplicatePair:
    """The pair :func:`pair_as_data` wrote."""
    return DuplicatePair(
        str(data["entity"]),
        str(data["first_id"]),
        str(data["second_id"]),
        str(data["first_name"]),
        str(data["second_name"]),
        float(data["score"]),
        [reason_from_data(r) for r in data["reasons"]],
    )


def child_arguments(db_path: Path | str, *, limit: int, locale: str) -> list[str]:
    """The child's command: the best ``limit`` contact pairs of ``db_path``, as JSON lines."""
    return [
        *petdesk_command(),
        "--db",
        str(db_path),
        "--lang",
        locale,
        "duplicates",
        "--entity",
        "contact",
        "--limit",
        str(limit),
        "--stream",
    ]


def find_in_child(
    db_path: Path | str,
    *,
    limit: int,
    locale: str = "en",
    progress: Progress = no_progress,
    stop: StopFlag | None = None,
    command: list[str] | None = None,
) -> tuple[list[DuplicatePair], int]:
    """The best ``limit`` contact pairs of ``db_path`` and how many there are, found by a child
    process. ``stop`` set kills the child (then :class:`Cancelled`); a child that fails raises
    :class:`ChildFailed` with the end of its standard error. ``command`` replaces the child's
    command (tests give one that fails)."""
    pairs: list[DuplicatePair] = []

    def take(line: dict[str, Any]) -> None:
        if "pair" in line:
            pairs.append(pair_from_data(line["pair"]))

    total = run_child(
        command or child_arguments(db_path, limit=limit, locale=locale),
        db_path=db_path,
        job="duplicates",
        wording=lambda code, detail: _failure(code, detail, locale),
        on_step=progress,
        on_line=take,
        stop=stop,
    )
    return pairs, total


def _failure(code: int, detail: str, locale: str) -> str:
    """The child's failure in plain words: how it ended and the last lines it said."""
    _ = translator(locale)
    detail = detail or _("it gave no message")
    if code < 0:  # POSIX: killed by a signal (the system short of memory kills with 9)
        return _("The search for duplicates was stopped by the system (signal {n}): {detail}").format(
            n=-code, detail=detail
        )
    return _("The search for duplicates failed: {detail}").format(detail=detail)
