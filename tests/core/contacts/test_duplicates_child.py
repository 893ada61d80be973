"""The window's search of all contacts for duplicates in a child process (issue 17): the same pairs
as in the window's process, a Cancel that leaves no process and no temporary file, plain failures."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database, open_for_reading
from petdesk.i18n import translator
from petdesk.services import duplicates as d
from petdesk.services import duplicates_child as child
from tests.core.contacts.test_duplicates_blocking import _address_book


def children_of(pid: int) -> list[tuple[int, str]]:
    """(pid, state) of the processes whose parent is ``pid``, zombies ("Z") included."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[1]) == pid:
            found.append((int(stat.parent.name), fields[0]))
    return found


@pytest.fixture
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, where the child's folder is made."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_child_finds_the_pairs_of_the_windows_process(db: Database, own_temp: Path) -> None:
    _address_book(db, 400)
    conn = open_for_reading(db.path)
    try:
        here = d.rank_contact_duplicates(conn, limit=50)
    finally:
        conn.close()
    steps: list[str] = []
    pairs, total = child.find_in_child(db.path, limit=50, progress=lambda step, *_: steps.append(step))
    assert total == here.total > 50
    assert pairs == list(here.pairs)
    # the reasons keep their templates: the window shows them in Chinese as before
    zh = translator("zh_CN")
    assert [[d.translate_reason(r, zh) for r in p.reasons] for p in pairs] == [
        [d.translate_reason(r, zh) for r in p.reasons] for p in here.pairs
    ]
    assert steps[0] == d.STEP_READING and d.STEP_SCORING in steps
    assert list(own_temp.iterdir()) == []


#: A child that says its first step, leaves a file in its temporary folder and then works forever.
ENDLESS = (
    "import json, os, pathlib, time\n"
    "pathlib.Path(os.environ['TMPDIR'], 'spill.tmp').write_text('names and e-mails')\n"
    "print(json.dumps({'step': 'reading contacts', 'done': 0, 'total': 0}), flush=True)\n"
    "time.sleep(120)\n"
)


def test_cancel_kills_the_child_and_leaves_nothing(db: Database, own_temp: Path) -> None:
    stop = StopFlag()
    seen: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        seen.append(step)
        stop.set()  # as the dialog's Stop does, from another thread

    with pytest.raises(Cancelled):
        child.find_in_child(
            db.path, limit=10, progress=progress, stop=stop, command=[sys.executable, "-c", ENDLESS]
        )
    assert seen == ["reading contacts"]
    assert children_of(os.getpid()) == []  # killed and reaped: not even a zombie
    assert list(own_temp.iterdir()) == []  # its folder, with the file it left, is gone


def test_stop_set_from_another_thread_ends_a_child_that_says_nothing(db: Database, own_temp: Path) -> None:
    stop = StopFlag()
    quiet = "import time\ntime.sleep(120)\n"
    timer = threading.Timer(0.5, stop.set)
    timer.start()
    with pytest.raises(Cancelled):
        child.find_in_child(db.path, limit=10, stop=stop, command=[sys.executable, "-c", quiet])
    timer.join()
    assert children_of(os.getpid()) == []
    assert list(own_temp.iterdir()) == []


def test_a_failing_child_says_why_in_plain_words(tmp_path: Path, own_temp: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("shopping list\n" * 200)
    with pytest.raises(child.ChildFailed) as failure:
        child.find_in_child(not_a_database, limit=10)
    message = str(failure.value)
    assert message.startswith("The search for duplicates failed: petdesk: ")
    assert "Traceback" not in message
    assert list(own_temp.iterdir()) == []


def test_a_child_killed_by_the_system_is_said_so(db: Database, own_temp: Path) -> None:
    dies = "import os, sys\nprint('out of memory', file=sys.stderr, flush=True)\nos.kill(os.getpid(), 9)\n"
    with pytest.raises(child.ChildFailed, match=r"stopped by the system \(signal 9\): out of memory"):
        child.find_in_child(db.path, limit=10, command=[sys.executable, "-c", dies])
    assert children_of(os.getpid()) == []


def test_the_window_starts_the_command_line_of_this_installation() -> None:
    assert child.petdesk_command() == [sys.executable, "-m", "petdesk"]
    arguments = child.child_arguments("/data/office.sqlite", limit=5000, locale="zh_CN")
    assert arguments[3:] == [
        "--db",
        "/data/office.sqlite",
        "--lang",
        "zh_CN",
        "duplicates",
        "--entity",
        "contact",
        "--limit",
        "5000",
        "--stream",
    ]


def test_a_bundle_starts_its_console_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller bundle ``sys.executable`` is petdesk itself; petdesk-cli beside it is the
    console one (a windowed Windows executable has no standard output of its own)."""
    window, console = tmp_path / "petdesk", tmp_path / "petdesk-cli"
    window.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(window))
    assert child.petdesk_command() == [str(window)]  # no console executable: the bundle's own
    console.write_bytes(b"")
    assert child.petdesk_command() == [str(console)]


def test_a_crash_is_told_by_its_last_line_not_its_traceback(db: Database, own_temp: Path) -> None:
    crashes = "def read():\n    raise ValueError('bad page in contact')\nread()\n"
    with pytest.raises(child.ChildFailed) as failure:
        child.find_in_child(db.path, limit=10, command=[sys.executable, "-c", crashes])
    assert str(failure.value) == "The search for duplicates failed: ValueError: bad page in contact"


def _ended_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    probe = subprocess.Popen([sys.executable, "-c", "pass"])
    probe.wait()
    return probe.pid


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps the folders: no safe liveness check")
def test_the_next_search_removes_the_folders_of_killed_windows(tmp_path: Path, own_temp: Path) -> None:
    """A window killed during a search (a logout) leaves its folder; the next search removes it
    (field test 46, defect 3), and only the folders of processes that have ended."""
    killed = own_temp / f"petdesk-duplicates-{_ended_pid()}-k1ll3d00"
    (killed / "sub").mkdir(parents=True)
    (killed / "stderr.txt").write_text("")
    running = own_temp / f"petdesk-duplicates-{os.getppid()}-runn1ng0"  # pytest's parent runs
    running.mkdir()
    old_unnamed = own_temp / "petdesk-duplicates-qg7uq3yk"  # named before ids were in names
    old_unnamed.mkdir()
    os.utime(old_unnamed, (1, 1))
    new_unnamed = own_temp / "petdesk-duplicates-n3wf0ld3"
    new_unnamed.mkdir()
    not_ours = own_temp / "other-folder-1"
    not_ours.mkdir()

    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("shopping list\n")
    with pytest.raises(child.ChildFailed):
        child.find_in_child(not_a_database, limit=10)
    assert sorted(p.name for p in own_temp.iterdir()) == sorted(
        p.name for p in (running, new_unnamed, not_ours)
    )
