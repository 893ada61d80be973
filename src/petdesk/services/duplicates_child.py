"""The window's search of all contacts for duplicates, run as ``petdesk duplicates --stream`` in a
process of its own (issue 17).

In the window's process the search peaked at 359 MB at a million contacts, on top of what the window
holds; the same search as a command stays near 252 MB, and its memory goes back to the system when
it ends. The child writes JSON lines on its standard output (one module here writes and reads
them): ``{"step": …, "done": n, "total": m}`` as it goes, then ``{"pair": …}`` for each pair listed,
then ``{"total": n}``, the last line, without which the search did not finish.

The child gets a temporary folder of its own (``TMPDIR`` and its kin, where SQLite spills its
sorts), removed when it ends however it ends: a Cancel kills it and nothing is left behind. A window that is
itself killed cannot clean up; the next search removes what it left (the window's id is in the name).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from petdesk import connection, outfile
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.i18n import translator
from petdesk.services.duplicates import DuplicatePair, Progress, no_progress, reason_as_data, reason_from_data

#: From this many contacts (rows ever added) the window searches in a child process. Below it the
#: search in the window is quicker and takes little memory: at 20,000 contacts 0.35-0.65 s and about
#: 32 MB there, against 1.2-1.4 s in a child (its start-up, importing the command line and opening
#: the file, costs about 0.8 s); measured at a load average of 4.5 on two cores.
CHILD_FROM = 20_000

#: Environment variables that name the temporary folder (POSIX, Windows, SQLite's own).
TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR")


#: The child's temporary folder is ``petdesk-duplicates-PID-XXXXXXXX`` in the system's temporary
#: folder, PID being the window's process.
FOLDER_PREFIX = "petdesk-duplicates-"

#: A folder without a process id in its name (made before ids were put in names) older than this is
#: no running search's.
_UNNAMED_STALE_AFTER_S = 24 * 3600


class ChildFailed(Exception):
    """The child search ended without its result; the message says why in plain words."""


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


def petdesk_command() -> list[str]:
    """How to start petdesk's command line from this process: in a frozen bundle its console
    executable beside this one (the bundle's ``sys.executable`` is petdesk itself, see
    ``packaging/entry.py``), else this Python with ``-m petdesk``."""
    if getattr(sys, "frozen", False):
        here = Path(sys.executable)
        console = here.with_name("petdesk-cli" + here.suffix)
        return [str(console if console.is_file() else here)]
    return [sys.executable, "-m", "petdesk"]


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
    stop = stop or StopFlag()
    stop.check()
    remove_stale_folders()
    temp = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
    try:
        with open(temp / "stderr.txt", "w+b") as errors:
            child = _start(
                command or child_arguments(db_path, limit=limit, locale=locale), db_path, temp, errors
            )
            killer = threading.Thread(target=_kill_on_stop, args=(child, stop), daemon=True)
            killer.start()
            try:
                assert child.stdout is not None
                with child.stdout:
                    pairs, total = _read_lines(child.stdout, progress)
            except BaseException:  # the progress callback stopped the work, or reading failed
                child.kill()
                raise
            finally:
                code = child.wait()  # reaped: no zombie
                killer.join()
            if stop.is_set():
                raise Cancelled
            if code != 0 or total is None:
                errors.seek(0)
                raise ChildFailed(_failure(code, errors.read(), locale))
            return pairs, total
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def remove_stale_folders(temp_root: Path | None = None) -> None:
    """Delete the temporary folders that searches of ended windows left: a window killed by a
    logout or a shutdown never reaches its ``finally`` (field test 46, defect 3). A folder of a
    running process (another user's too, which cannot be signalled) is kept. Windows keeps them
    all, as :mod:`petdesk.outfile` does: there is no safe liveness check."""
    if os.name != "posix":
        return
    for folder in (temp_root or Path(tempfile.gettempdir())).glob(FOLDER_PREFIX + "*"):
        pid, dash, _token = folder.name[len(FOLDER_PREFIX) :].partition("-")
        try:
            if dash and pid.isdigit():
                stale = int(pid) != os.getpid() and outfile.process_ended(int(pid))
            else:
                stale = time.time() - folder.stat().st_mtime > _UNNAMED_STALE_AFTER_S
        except OSError:  # gone meanwhile
            continue
        if stale and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)  # another user's stays: /tmp is sticky


def _start(command: list[str], db_path: Path | str, temp: Path, errors: IO[bytes]) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **dict.fromkeys(TEMP_VARIABLES, str(temp)))
    passphrase = connection.passphrase_for(db_path) if connection.is_encrypted(db_path) else None
    if passphrase:  # the window was given it; the child inherits it as a script would
        env[connection.ENV_PASSPHRASE] = passphrase
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=errors,
        env=env,
        cwd=temp,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flashing on Windows
    )


def _kill_on_stop(child: subprocess.Popen[bytes], stop: StopFlag) -> None:
    """Kill the child as soon as ``stop`` is set; return when the child has ended."""
    while child.poll() is None:
        if stop.wait(0.1):
            child.kill()
            return


def _read_lines(lines: Iterable[bytes], progress: Progress) -> tuple[list[DuplicatePair], int | None]:
    """The pairs and the total the child wrote (no total: it did not finish), its steps reported."""
    pairs: list[DuplicatePair] = []
    total: int | None = None
    for line in lines:
        try:
            message = json.loads(line)
        except ValueError:
            continue  # not ours (a library's stray print): the total line decides success
        if not isinstance(message, dict):
            continue
        if "step" in message:
            progress(str(message["step"]), int(message["done"]), int(message["total"]))
        elif "pair" in message:
            pairs.append(pair_from_data(message["pair"]))
        elif "total" in message:
            total = int(message["total"])
    return pairs, total


def _failure(code: int, stderr: bytes, locale: str) -> str:
    """The child's failure in plain words: how it ended and the last lines it said."""
    _ = translator(locale)
    said = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    # petdesk's own error line and its details, else the last line (a traceback's ends with its error)
    own = [i for i, line in enumerate(said) if line.startswith("petdesk")]
    detail = " ".join(said[own[-1] :] if own else said[-1:]) or _("it gave no message")
    if code < 0:  # POSIX: killed by a signal (the system short of memory kills with 9)
        return _("The search for duplicates was stopped by the system (signal {n}): {detail}").format(
            n=-code, detail=detail
        )
    return _("The search for duplicates failed: {detail}").format(detail=detail)
