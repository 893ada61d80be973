"""Run a petdesk command in a child process for the window, with progress and Cancel (issue 17).

Work over a whole large file (the search for duplicates, an export of every contact) peaks at tens
of MB on top of what the window holds, and the window keeps much of that memory after it ends; a
child's memory goes back to the system when it ends. The child is ``petdesk … --stream``: it
writes JSON lines on its standard output, ``{"step": …, "done": n, "total": m}`` as it goes, lines
of its own (a pair, a warning) handed to the caller, then ``{"total": n}``, the last line, without
which the work did not finish.

The child gets a temporary folder of its own (``TMPDIR`` and its kin, where SQLite spills its
sorts), removed when it ends however it ends: a Cancel kills it and nothing is left behind. A window
that is itself killed cannot clean up; the next child removes what it left (the window's id is in
the name).
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
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from petdesk import connection, outfile
from petdesk.cancellation import Cancelled, StopFlag

#: Environment variables that name the temporary folder (POSIX, Windows, SQLite's own).
TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR")

#: The jobs run in children; each child's temporary folder is ``petdesk-JOB-PID-XXXXXXXX`` in the
#: system's temporary folder, PID being the window's process.
JOBS = ("duplicates", "export")

#: A folder without a process id in its name (made before ids were put in names) older than this is
#: no running child's.
_UNNAMED_STALE_AFTER_S = 24 * 3600

#: ``step`` reports of the child: the step's name, how far it is and how far it goes.
StepProgress = Callable[[str, int, int], None]

#: What the caller makes of the child's failure: its exit code (negative: killed by that signal)
#: and the last words it said, in plain words.
Wording = Callable[[int, str], str]


class ChildFailed(Exception):
    """The child ended without its result; the message says why in plain words."""


def petdesk_command() -> list[str]:
    """How to start petdesk's command line from this process: in a frozen bundle its console
    executable beside this one (the bundle's ``sys.executable`` is petdesk itself, see
    ``packaging/entry.py``), else this Python with ``-m petdesk``."""
    if getattr(sys, "frozen", False):
        here = Path(sys.executable)
        console = here.with_name("petdesk-cli" + here.suffix)
        return [str(console if console.is_file() else here)]
    return [sys.executable, "-m", "petdesk"]


def run_child(
    command: list[str],
    *,
    db_path: Path | str,
    job: str,
    wording: Wording,
    on_step: StepProgress,
    on_line: Callable[[dict[str, Any]], None] = lambda _line: None,
    stop: StopFlag | None = None,
    on_end: Callable[[int], None] = lambda _pid: None,
) -> int:
    """Run ``command`` (a ``petdesk … --stream`` on ``db_path``) and return the total it ends with.
    Its steps go to ``on_step``, its other lines to ``on_line``. ``stop`` set kills the child (then
    :class:`Cancelled`); a child that fails raises :class:`ChildFailed` with ``wording``'s message.
    ``on_end`` gets the child's process id once it has ended, however it ended (to sweep its files)."""
    stop = stop or StopFlag()
    stop.check()
    remove_stale_folders()
    temp = Path(tempfile.mkdtemp(prefix=f"petdesk-{job}-{os.getpid()}-"))
    try:
        with open(temp / "stderr.txt", "w+b") as errors:
            child = _start(command, db_path, temp, errors)
            try:
                total = _follow(child, stop, on_step, on_line)
                code = child.returncode
            finally:
                on_end(child.pid)
            if stop.is_set():
                raise Cancelled
            if code != 0 or total is None:
                errors.seek(0)
                raise ChildFailed(wording(code, _last_words(errors.read())))
            return total
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _follow(
    child: subprocess.Popen[bytes],
    stop: StopFlag,
    on_step: StepProgress,
    on_line: Callable[[dict[str, Any]], None],
) -> int | None:
    """Read the child's lines until it ends (killed when ``stop`` is set); reaped on return."""
    killer = threading.Thread(target=_kill_on_stop, args=(child, stop), daemon=True)
    killer.start()
    try:
        assert child.stdout is not None
        with child.stdout:
            return _read_lines(child.stdout, on_step, on_line)
    except BaseException:  # the progress callback stopped the work, or reading failed
        child.kill()
        raise
    finally:
        child.wait()  # reaped: no zombie
        killer.join()


def remove_stale_folders(temp_root: Path | None = None) -> None:
    """Delete the temporary folders that children of ended windows left: a window killed by a
    logout or a shutdown never reaches its ``finally`` (field test 46, defect 3). A folder of a
    running process (another user's too, which cannot be signalled) is kept. Windows keeps them
    all, as :mod:`petdesk.outfile` does: there is no safe liveness check."""
    if os.name != "posix":
        return
    root = temp_root or Path(tempfile.gettempdir())
    for prefix in (f"petdesk-{job}-" for job in JOBS):
        for folder in root.glob(prefix + "*"):
            if _is_stale(folder, folder.name[len(prefix) :]) and folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder, ignore_errors=True)  # another user's stays: /tmp is sticky


def _is_stale(folder: Path, owner: str) -> bool:
    pid, dash, _token = owner.partition("-")
    try:
        if dash and pid.isdigit():
            return int(pid) != os.getpid() and outfile.process_ended(int(pid))
        return time.time() - folder.stat().st_mtime > _UNNAMED_STALE_AFTER_S
    except OSError:  # gone meanwhile
        return False


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


def _read_lines(
    lines: Iterable[bytes], on_step: StepProgress, on_line: Callable[[dict[str, Any]], None]
) -> int | None:
    """The total the child ended with (None: it did not finish), its steps and lines handed on."""
    total: int | None = None
    for line in lines:
        try:
            message = json.loads(line)
        except ValueError:
            continue  # not ours (a library's stray print): the total line decides success
        if not isinstance(message, dict):
            continue
        if "step" in message:
            on_step(str(message["step"]), int(message["done"]), int(message["total"]))
        elif "total" in message:
            total = int(message["total"])
        else:
            on_line(message)
    return total


def _last_words(stderr: bytes) -> str:
    """What the child said last: petdesk's own error line and its details, else its last line (a
    traceback's ends with its error); empty when it said nothing."""
    said = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    own = [i for i, line in enumerate(said) if line.startswith("petdesk")]
    return " ".join(said[own[-1] :] if own else said[-1:])
