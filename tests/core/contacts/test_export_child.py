"""The window's export of all contacts in a child process (issue 17): the same bytes as in the
window's process, a Cancel that leaves no file, no part file and no process, plain failures."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from petdesk import outfile
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database
from petdesk.services import export_child as child
from petdesk.services import exporting
from petdesk.services.child_process import ChildFailed
from tests.core.contacts.test_duplicates_child import children_of
from tests.helpers.exported import exported_content


@pytest.fixture
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, where the child's folder is made."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize(
    ("fmt", "encoding", "language"),
    [
        ("csv", "gb18030", "zh_CN"),
        ("csv", "utf-8", "en_US"),
        ("vcf", "utf-8", "en_US"),
        ("xlsx", "utf-8", "zh_CN"),
    ],
)
def test_the_child_writes_the_bytes_the_windows_process_writes(
    demo_db: Database, tmp_path: Path, own_temp: Path, fmt: str, encoding: str, language: str
) -> None:
    here, there = tmp_path / f"here.{fmt}", tmp_path / f"there.{fmt}"
    warned_here: list[str] = []
    warned_there: list[str] = []
    n_here = exporting.export_all_of_file(
        demo_db.path,
        here,
        fmt,  # type: ignore[arg-type]
        check_budget_s=1,
        language=language,
        encoding=encoding,
        vcard_version="3.0",
        on_warning=warned_here.append,
    )
    progress: list[tuple[int, int]] = []
    n_there = child.export_in_child(
        demo_db.path,
        there,
        fmt,
        language=language,
        encoding=encoding,
        vcard_version="3.0",
        on_progress=lambda done, total: progress.append((done, total)),
        on_warning=warned_there.append,
    )
    assert n_there == n_here == 200
    assert exported_content(there) == exported_content(here)
    assert warned_there == warned_here
    assert progress[-1] == (200, 200)
    assert list(own_temp.iterdir()) == []


def test_cancel_kills_the_child_and_leaves_the_old_file_as_it_was(
    demo_db: Database, tmp_path: Path, own_temp: Path
) -> None:
    out = tmp_path / "all.vcf"
    out.write_text("the old file\n")
    stop = StopFlag()

    def stop_at_once(done: int, total: int) -> None:
        stop.set()
        raise Cancelled  # as the window's progress does once Stop was pressed

    with pytest.raises(Cancelled):
        child.export_in_child(demo_db.path, out, "vcf", on_progress=stop_at_once, stop=stop)
    assert children_of(os.getpid()) == []
    assert [p.name for p in tmp_path.glob("*all.vcf*")] == ["all.vcf"]  # no part file beside it
    assert out.read_text() == "the old file\n"
    assert list(own_temp.iterdir()) == []


def test_a_killed_childs_part_file_is_swept(demo_db: Database, tmp_path: Path, own_temp: Path) -> None:
    """The child writes beside the file (``.all.csv.PID-XXXX.part``) and a kill leaves it there."""
    out = tmp_path / "all.csv"
    writes_then_waits = (
        "import json, os, time\n"
        f"open({str(tmp_path)!r} + f'/.all.csv.{{os.getpid()}}-abcd0123.part', 'w').write('half')\n"
        "print(json.dumps({'step': 'export', 'done': 0, 'total': 9}), flush=True)\n"
        "time.sleep(60)\n"
    )
    stop = StopFlag()
    with pytest.raises(Cancelled):
        child.export_in_child(
            demo_db.path,
            out,
            "csv",
            on_progress=lambda *_: stop.set(),
            stop=stop,
            command=[sys.executable, "-c", writes_then_waits],
        )
    assert list(tmp_path.glob("*all.csv*")) == []
    assert children_of(os.getpid()) == []


def test_a_removed_folder_is_told_in_plain_words(demo_db: Database, tmp_path: Path, own_temp: Path) -> None:
    gone = tmp_path / "usb-stick"
    with pytest.raises(ChildFailed) as failure:
        child.export_in_child(demo_db.path, gone / "all.csv", "csv")
    message = str(failure.value)
    assert message.startswith("cannot write ")
    assert "the folder is not there" in message and "Traceback" not in message
    assert list(own_temp.iterdir()) == []


def test_a_child_killed_by_the_system_is_said_so(demo_db: Database, tmp_path: Path, own_temp: Path) -> None:
    dies = "import os, sys\nprint('out of memory', file=sys.stderr, flush=True)\nos.kill(os.getpid(), 9)\n"
    with pytest.raises(ChildFailed, match=r"^the system stopped it \(signal 9\): out of memory$"):
        child.export_in_child(demo_db.path, tmp_path / "a.csv", "csv", command=[sys.executable, "-c", dies])
    assert children_of(os.getpid()) == []


def test_only_the_ended_childs_part_files_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    mine, other = tmp_path / ".all.csv.4242-aaaa0000.part", tmp_path / ".all.csv.42420-bbbb0000.part"
    mine.write_text("")
    other.write_text("")
    outfile.remove_parts_of(out, 4242)
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]
