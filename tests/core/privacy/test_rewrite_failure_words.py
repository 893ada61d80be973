"""After an erasure, a failed rewrite of the file was always "not enough free space", even when the USB
stick holding it was pulled out: only a full disk says so now; any other disk error is named plainly."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from petdesk.services.privacy import _rewrite_failure
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture

FULL = "there is not enough free space on the disk"


def _full_disk_error(tmp_path: Path) -> sqlite3.OperationalError:
    """SQLite's own "database or disk is full", raised for real: a file allowed no more pages."""
    conn = sqlite3.connect(tmp_path / "full.sqlite")
    try:
        conn.execute("CREATE TABLE t (x BLOB)")
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
        return caught.value
    finally:
        conn.close()


def test_a_full_disk_says_there_is_no_room(tmp_path: Path) -> None:
    assert _rewrite_failure(_full_disk_error(tmp_path), "en") == FULL
    assert _rewrite_failure(OSError(errno.ENOSPC, "No space left on device"), "en") == FULL


def test_a_pulled_stick_is_not_a_full_disk() -> None:
    said = _rewrite_failure(OSError(errno.EIO, "Input/output error"), "en")
    assert "free space" not in said and "USB stick pulled out" in said
    gone = _rewrite_failure(OSError(errno.ENOENT, "No such file or directory"), "en")
    assert "free space" not in gone and "USB stick pulled out" in gone


def test_sqlites_disk_error_names_each_possible_cause() -> None:
    said = _rewrite_failure(sqlite3.OperationalError("disk I/O error"), "en")
    assert said != FULL and "quota" in said and "too large" in said and "USB stick" in said


def test_in_chinese(tree_catalogue: Path) -> None:
    assert _rewrite_failure(OSError(errno.ENOSPC, "No space left on device"), "zh_CN") == "磁盘空间不足"
    said = _rewrite_failure(sqlite3.OperationalError("disk I/O error"), "zh_CN")
    assert "U 盘" in said and "磁盘空间不足" not in said
