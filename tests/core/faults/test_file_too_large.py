"""A file larger than the disk takes (a USB stick formatted FAT32 takes at most 4 GB a file, a
quota's file limit) was said in the system's words, "cannot write …: File too large" (field test 59).
It is now said plainly, with what to do, like a full disk. The limit is real: RLIMIT_FSIZE makes
the operating system refuse the write with EFBIG, as a FAT32 stick does."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from petdesk import faults
from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.file_limit import file_size_limit

SYNC_PASSPHRASE = "granite willow 62 harbour"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_package_too_large_for_the_stick_is_said_plainly(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    db.close()
    assert main(["--db", str(db.path), "demo", "--contacts", "60"]) == 0  # a package of some 100 kB
    out = tmp_path / "usb" / "all.petdesk-sync"
    out.parent.mkdir()
    argv = ["--lang", lang, "--db", str(db.path), "sync", "export", "--all", "--out", str(out)]
    # Smaller than the package, larger than the database's shared-memory file and what its WAL
    # grows by for the journal entry.
    with file_size_limit(64 * 1024):
        code = main(argv)
    err = capsys.readouterr().err
    assert code == 1
    assert "File too large" not in err, err
    assert str(out) in err
    assert ("FAT32" in err) and (("choose another folder" in err) if lang == "en" else ("其他文件夹" in err))
    assert not out.exists()  # no half-written package is left to be mailed


def test_the_sentence_is_the_one_for_every_write() -> None:
    exc = OSError(errno.EFBIG, "File too large", "/media/usb/backup.gz")
    assert "File too large" not in faults.describe(exc, "en")
    assert "FAT32" in faults.os_problem(exc, "zh_CN")
