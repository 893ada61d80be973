"""Commands that read a whole file (the export of every contact, the search for duplicates) check
the file's integrity beside their work instead of before it: a damage that only the check finds
still stops them, before any result is kept or shown."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import DatabaseError, open_for_bulk_reading
from tests.helpers.fixtures import new_file_at


def _damage_search_grams(path: Path) -> None:
    """Overwrite a page of the search index's grams, which neither command reads."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (page,) = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'search_gram'").fetchone()
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(os.urandom(page_size))


@pytest.fixture(scope="module")
def demo_once(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """The demo the tests damage, made once per module (it took 15-22 s a test under load)."""
    folder = tmp_path_factory.mktemp("beside")
    path = new_file_at(empty_template, folder / "office.sqlite")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PETDESK_LANG", "en")
        env.setenv("XDG_DATA_HOME", str(folder / "data"))
        assert main(["--db", str(path), "demo", "--contacts", "60", "--seed", "21"]) == 0
    return path


@pytest.fixture
def damaged(demo_once: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own copy of the demo (the tests damage it)."""
    monkeypatch.setenv("PETDESK_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for part in demo_once.parent.glob(f"{demo_once.name}*"):
        shutil.copy(part, tmp_path / part.name)  # copy, not copyfile: the file keeps its mode 0600
    return tmp_path / demo_once.name


def test_the_export_of_all_keeps_no_file_from_a_damaged_database(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.csv"
    assert main(["--db", str(damaged), "export-contacts", "--format", "csv", "--out", str(out)]) == 0
    earlier = out.read_bytes()
    assert earlier.count(b"\r\n") > 60
    _damage_search_grams(damaged)
    capsys.readouterr()
    for fmt in ("csv", "vcf"):
        code = main(["--db", str(damaged), "export-contacts", "--format", fmt, "--out", str(out)])
        err = capsys.readouterr().err
        assert code == 1 and "damaged" in err, err
        assert out.read_bytes() == earlier  # the earlier export is left as it was
        assert not list(tmp_path.glob(".*.part"))


def test_duplicates_show_no_pairs_from_a_damaged_database(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(damaged), "duplicates"]) == 0
    assert capsys.readouterr().out.strip()  # pairs, or the sentence that there are none
    _damage_search_grams(damaged)
    code = main(["--db", str(damaged), "duplicates"])
    captured = capsys.readouterr()
    assert code == 1 and "damaged" in captured.err
    assert captured.out == ""


def test_a_healthy_file_passes_and_is_readable_meanwhile(damaged: Path) -> None:
    conn, check = open_for_bulk_reading(damaged)
    try:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 60
        check.verdict()
    finally:
        conn.close()
    _damage_search_grams(damaged)
    conn, check = open_for_bulk_reading(damaged)
    try:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 60  # the reading goes on
        with pytest.raises(DatabaseError) as refused:
            check.verdict()
        assert refused.value.kind == "damaged"
    finally:
        conn.close()


def test_a_reading_that_fails_leaves_no_check_running(
    damaged: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Crash 58: a search for duplicates that met a damaged page itself skipped the verdict, and the
    check went on reading the file after the command had returned, while the next one opened it."""
    from petdesk import db as dbmod
    from petdesk.services import duplicates as dup_service

    inspect = dbmod.inspect_file

    def slow_inspect(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread().name == "petdesk-file-check":
            time.sleep(0.5)  # a larger file: the check is still running when the reading fails
        return inspect(*args, **kwargs)

    def damaged_page(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(dbmod, "inspect_file", slow_inspect)
    monkeypatch.setattr(dup_service, "find_duplicates_head", damaged_page)
    code = main(["--db", str(damaged), "duplicates"])
    assert code == 1 and "damaged" in capsys.readouterr().err
    left = [t.name for t in threading.enumerate() if t.name == "petdesk-file-check"]
    assert not left, "the integrity check outlived the command"


def test_the_quick_check_leaves_no_timer_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The timer that interrupts a long quick check ended after the check instead of with it: one
    thread per command was left behind, ready to interrupt a connection the check had closed."""
    from petdesk.db import inspect_file, open_database

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no check remembered
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    before = set(threading.enumerate())
    assert inspect_file(path, budget_s=30).checked
    assert set(threading.enumerate()) <= before
