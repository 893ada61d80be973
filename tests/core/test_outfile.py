"""Files the user names as output: an ordinary file is replaced safely, a symlink is followed, and a
FIFO (or device) is written into, never replaced by an ordinary file.

No test writes to /dev/full or /dev/null: run as root, a regression would replace the device."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import outfile
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups


def _leftovers(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.iterdir() if p.name.startswith(".")]


def _plain_export(db: Database, tmp_path: Path) -> bytes:
    """The CSV export written to an ordinary file, to compare with."""
    plain = tmp_path / "plain" / "contacts.csv"
    plain.parent.mkdir()
    assert main(["--db", str(db.path), "export-contacts", "--out", str(plain), "--format", "csv"]) == 0
    return plain.read_bytes()


class _Reader(threading.Thread):
    """Reads a FIFO to its end (or closes it at once with ``read=False``), as another program would."""

    def __init__(self, fifo: Path, *, read: bool = True) -> None:
        super().__init__(daemon=True)
        self.fifo, self.read, self.data = fifo, read, b""

    def run(self) -> None:
        with open(self.fifo, "rb") as fh:
            if self.read:
                self.data = fh.read()


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe.out"
    os.mkfifo(path)
    yield path
    assert stat.S_ISFIFO(path.lstat().st_mode)  # still a FIFO, whatever the test did


# -- the helper ------------------------------------------------------------------------------------


def test_ordinary_file_is_replaced_and_a_failure_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), outfile.writing(target, "w", encoding="utf-8") as fh:
        fh.write("half")
        raise RuntimeError("stopped")
    assert target.read_text(encoding="utf-8") == "old"
    with outfile.writing(target, "w", encoding="utf-8") as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert not _leftovers(tmp_path)


def test_new_file_gets_the_umask_mode_or_a_private_one(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with outfile.writing(tmp_path / "shared.bin", private=False) as fh:
            fh.write(b"x")
        with outfile.writing(tmp_path / "private.bin", private=True, durable=True) as fh:
            fh.write(b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "shared.bin").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "private.bin").stat().st_mode) == 0o600


def test_kept_permissions_are_those_of_the_file_replaced(tmp_path: Path) -> None:
    """A private file stays private when rewritten (umask 022 would make it 644); a number is
    taken exactly; a new file under "kept" gets the umask's mode."""
    private, exact, new = tmp_path / "private.db", tmp_path / "exact.db", tmp_path / "new.db"
    for path in (private, exact):
        path.write_bytes(b"old")
        path.chmod(0o600)
    old = os.umask(0o022)
    try:
        outfile.write_bytes(private, b"new", durable=True, permissions=outfile.KEPT)
        outfile.write_bytes(exact, b"new", permissions=0o640)
        outfile.write_bytes(new, b"new", permissions=outfile.KEPT, private=False)
    finally:
        os.umask(old)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(exact.stat().st_mode) == 0o640
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    assert private.read_bytes() == exact.read_bytes() == b"new"


def test_a_failure_mid_write_with_kept_permissions_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    path.write_bytes(b"old content")
    path.chmod(0o600)
    with pytest.raises(OSError), outfile.writing(path, durable=True, permissions=outfile.KEPT) as fh:
        fh.write(b"half of the ")
        raise OSError(28, "No space left on device")
    assert path.read_bytes() == b"old content"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not _leftovers(tmp_path)


def _database_with(path: Path, value: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (value,))
    conn.commit()
    conn.close()


def test_a_database_replaced_whole_keeps_its_mode_and_leaves_nothing_beside(tmp_path: Path) -> None:
    """backups._replace_file (an encrypted backup restored over a plain file) writes through
    outfile.writing: the restored file is as private as the one it replaced."""
    live, backup = tmp_path / "live.sqlite", tmp_path / "backup.sqlite"
    _database_with(live, "ours")
    _database_with(backup, "theirs")
    live.chmod(0o600)
    old = os.umask(0o022)
    try:
        backups._replace_file(backup, live)
    finally:
        os.umask(old)
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT v FROM t").fetchall() == [("theirs",)]
    conn.close()
    assert not _leftovers(tmp_path)


def test_a_database_replacement_that_fails_leaves_the_old_one_whole(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite"
    _database_with(live, "ours")
    live.chmod(0o600)
    with pytest.raises(OSError):
        backups._replace_file(tmp_path, live)  # a folder: nothing to copy from
    conn = sqlite3.connect(live)
    assert conn.execute("SELECT v FROM t").fetchall() == [("ours",)]
    conn.close()
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize("dangling", [False, True])
def test_symlink_is_followed_and_kept(tmp_path: Path, dangling: bool) -> None:
    real = tmp_path / "real"
    real.mkdir()
    if not dangling:
        (real / "data.txt").write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(Path("real") / "data.txt")  # relative, as `ln -s` makes it
    with outfile.writing(link) as fh:
        fh.write(b"new")
    assert link.is_symlink() and (real / "data.txt").read_bytes() == b"new"
    assert not _leftovers(tmp_path, real)


def test_fifo_is_written_into(fifo: Path) -> None:
    reader = _Reader(fifo)
    reader.start()
    with outfile.writing(fifo, durable=True) as fh:  # durable: no fsync on a pipe (EINVAL)
        fh.write(b"through the pipe")
    reader.join(10)
    assert reader.data == b"through the pipe"
    assert not _leftovers(fifo.parent)


# -- the commands ------------------------------------------------------------------------------------


def test_export_contacts_through_a_symlink_writes_the_target(demo_db: Database, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "contacts.csv").write_text("old", encoding="utf-8")
    link = tmp_path / "contacts.csv"
    link.symlink_to(real / "contacts.csv")
    assert main(["--db", str(demo_db.path), "export-contacts", "--out", str(link), "--format", "csv"]) == 0
    assert link.is_symlink()
    assert (real / "contacts.csv").read_bytes() == _plain_export(demo_db, tmp_path)
    assert not _leftovers(tmp_path, real)


def test_backup_out_through_a_symlink_writes_the_target(demo_db: Database, tmp_path: Path) -> None:
    real = tmp_path / "usb"
    real.mkdir()
    link = tmp_path / "latest.gz"
    link.symlink_to(real / "copy.gz")  # dangling until the backup is written
    assert main(["--db", str(demo_db.path), "backup", "--out", str(link)]) == 0
    assert link.is_symlink()
    assert backups.preview(real / "copy.gz")["contact"] == 200
    assert (real / ("copy.gz" + backups.SIDECAR)).is_file()  # the sidecar is beside the backup
    assert not _leftovers(tmp_path, real)


def test_export_contacts_into_a_fifo(demo_db: Database, tmp_path: Path, fifo: Path) -> None:
    plain = _plain_export(demo_db, tmp_path)
    reader = _Reader(fifo)
    reader.start()
    assert main(["--db", str(demo_db.path), "export-contacts", "--out", str(fifo), "--format", "csv"]) == 0
    reader.join(30)
    assert reader.data == plain
    assert not _leftovers(tmp_path)


def test_export_contacts_to_standard_output_through_a_pipe(demo_db: Database, tmp_path: Path) -> None:
    """`--out /dev/stdout | …`: /dev/stdout resolves to "/proc/PID/fd/pipe:[N]", which is no path
    (it said "No such file or directory"), and the sentence about the file went into the data."""
    import subprocess
    import sys

    plain = _plain_export(demo_db, tmp_path)
    command = [sys.executable, "-m", "petdesk", "--db", str(demo_db.path), "export-contacts"]
    result = subprocess.run(
        [*command, "--out", "/dev/stdout", "--format", "csv"], capture_output=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == plain
    assert b"written to /dev/stdout" in result.stderr


def test_fifo_closed_early_by_its_reader_is_an_error(
    demo_db: Database, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader goes away before the export is written (as a full device would refuse it): the
    command says it could not write, and does not claim success."""
    reader = _Reader(fifo, read=False)
    reader.start()
    # vCards of 200 contacts are far more than a pipe holds (64 KiB): some write meets no reader.
    code = main(["--db", str(demo_db.path), "export-contacts", "--out", str(fifo), "--format", "vcf"])
    reader.join(10)
    out, err = capsys.readouterr()
    assert code != 0
    assert "cannot write" in err and "written to" not in out


PIPELINE_WRITERS = {
    "exchange.json": ["exchange", "export"],
    "exchange.xlsx": ["exchange", "export"],
    "market.pdf": ["report", "market"],
    "market.xlsx": ["report", "market"],
}


@pytest.mark.parametrize("name", PIPELINE_WRITERS)
def test_pipeline_files_through_a_symlink_and_into_a_fifo(db: Database, tmp_path: Path, name: str) -> None:
    """The exchange files and market reports wrote straight into the path (half a file after a
    failure); now they go through the helper like the rest."""
    command = ["--db", str(db.path), *PIPELINE_WRITERS[name], "--out"]
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / name
    link.symlink_to(real / name)
    assert main([*command, str(link)]) == 0
    assert link.is_symlink() and (real / name).stat().st_size > 0
    fifo = tmp_path / "fifo" / name
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    reader = _Reader(fifo)
    reader.start()
    assert main([*command, str(fifo)]) == 0
    reader.join(30)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert reader.data[:4] == (real / name).read_bytes()[:4] and len(reader.data) > 100
    assert not _leftovers(tmp_path, real, fifo.parent)


KILLED_WRITER = """
import sys, time
from petdesk import outfile
with outfile.writing(sys.argv[1]) as fh:
    fh.write(b"half an export")
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(os.name != "posix", reason="process ids checked as on POSIX")
def test_work_files_a_killed_writer_left_are_removed_by_the_next_write(tmp_path: Path) -> None:
    """A killed export left ``.NAME.XXXXXXXX.part`` beside its target for ever (field test 39, defect 4)."""
    import signal
    import subprocess
    import sys

    target = tmp_path / "killed.csv"
    env = {**os.environ, "PYTHONPATH": str(Path(outfile.__file__).parents[1])}

    def writer() -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED_WRITER, str(target)], env=env, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        return proc

    killed = writer()
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    left = _leftovers(tmp_path)
    assert len(left) == 1 and str(killed.pid) in left[0].name
    from_before_ids = tmp_path / ".killed.csv.4a990eff.part"  # named as before process ids
    from_before_ids.write_bytes(b"older")
    os.utime(from_before_ids, (0, 0))
    running = writer()  # a writer at work: its file stays
    try:
        outfile.write_bytes(target, b"the export")
        assert target.read_bytes() == b"the export"
        left = _leftovers(tmp_path)
        assert len(left) == 1 and f".{running.pid}-" in left[0].name, left
    finally:
        running.kill()
        running.wait()
