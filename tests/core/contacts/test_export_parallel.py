"""The CSV export of all shared with other processes (from PARALLEL_FROM contacts) writes the bytes
the one-process export writes, reports progress, and loses nothing when a process cannot start or
dies."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.services import exporting, parallel_chunks
from tests.core.contacts.test_export_fast import BEFORE, _sheet, _tricky_contacts


def _export(db: Database, path: Path, fmt: str, version: str = "4.0", **kwargs: object) -> int:
    with db.reading() as s:
        return exporting.export_contacts(s, path, fmt, vcard_version=version, **kwargs)  # type: ignore[arg-type]


def _shared(monkeypatch: pytest.MonkeyPatch, *, chunk: int) -> list[int]:
    """Every export of all shared with two processes, in chunks of ``chunk``; returns the list the
    number of chunks formatted elsewhere is counted in."""
    elsewhere: list[int] = []
    original = parallel_chunks.in_order

    def counting(jobs: Any, work: Any, *, workers: int, ready: Any = None) -> Iterator[Any]:
        assert work is exporting._csv_chunk
        for result in original(jobs, work, workers=2, ready=ready):
            elsewhere.append(1)
            yield result

    monkeypatch.setattr(exporting, "PARALLEL_FROM", 0)
    monkeypatch.setattr(exporting, "_CHUNK", chunk)
    monkeypatch.setattr(parallel_chunks, "cores", lambda: 2)
    monkeypatch.setattr(parallel_chunks, "in_order", counting)
    return elsewhere


def test_shared_export_of_the_demo_is_the_bytes_written_before(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = _shared(monkeypatch, chunk=23)
    for (fmt, version), digest in BEFORE.items():
        path = tmp_path / f"all-{version}.{fmt}"
        assert _export(demo_db, path, fmt, version) == 200
        data = path.read_bytes() if fmt != "xlsx" else _sheet(path.read_bytes())
        assert hashlib.sha256(data).hexdigest() == digest, (fmt, version)
    assert len(elsewhere) == 9  # 200 contacts in 9 chunks: the CSV export (only it) shared


def test_shared_export_writes_what_one_process_writes(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tricky cells (formulas, quotes, commas, line ends, control characters) and the demo's."""
    fmt, version = "csv", "4.0"
    _tricky_contacts(demo_db)
    alone = tmp_path / f"alone.{fmt}"
    alone_warnings: list[str] = []
    n = _export(demo_db, alone, fmt, version, on_warning=alone_warnings.append)
    _shared(monkeypatch, chunk=17)
    shared = tmp_path / f"shared.{fmt}"
    warnings: list[str] = []
    progress: list[tuple[int, int]] = []
    written = _export(
        demo_db, shared, fmt, version, on_warning=warnings.append, on_progress=lambda *p: progress.append(p)
    )
    assert written == n
    assert shared.read_bytes() == alone.read_bytes()
    assert warnings == alone_warnings and "control characters" in warnings[0]
    assert progress[0] == (0, n) and progress[-1] == (n, n)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert not list(tmp_path.glob(".*.part"))


def _square(job: int) -> int:
    return job * job


def _dies_on_five(job: int) -> int:
    if job == 5 and multiprocessing.parent_process() is not None:
        os._exit(3)  # as if killed: no exception, no result
    return job * job


def _fails_on_four(job: int) -> int:
    if job == 4:
        raise ValueError("job four is damaged")
    return job * job


def _where(job: int) -> int:
    return os.getpid()


def test_results_come_back_in_the_order_of_the_jobs() -> None:
    assert list(parallel_chunks.in_order(range(40), _square, workers=2)) == [j * j for j in range(40)]


def test_the_work_is_done_by_other_processes() -> None:
    pids = set(parallel_chunks.in_order(range(30), _where, workers=2, ready=os.getpid))
    assert pids and os.getpid() not in pids


def test_jobs_of_a_process_that_died_are_done_here() -> None:
    assert list(parallel_chunks.in_order(range(12), _dies_on_five, workers=2)) == [j * j for j in range(12)]


def test_an_error_of_the_work_is_raised_to_the_reader() -> None:
    results = parallel_chunks.in_order(range(10), _fails_on_four, workers=2)
    assert [next(results) for _ in range(4)] == [0, 1, 4, 9]
    with pytest.raises(ValueError, match="job four is damaged"):
        next(results)


def test_jobs_are_done_here_when_no_process_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel_chunks, "ProcessPoolExecutor", refused)
    assert list(parallel_chunks.in_order(range(5), _square, workers=2)) == [0, 1, 4, 9, 16]


def test_shared_export_refuses_a_method_it_cannot_write(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the process formatting its chunk: the error names the contact, no file is left."""
    from sqlalchemy import text

    from petdesk.models.enums import ChannelLabel, ContactChannel
    from tests.core.contacts.io_helpers import add_contact

    with db.transaction() as s:
        for i in range(30):
            add_contact(
                s,
                family_name=f"Plain{i:02}",
                methods=[(ContactChannel.EMAIL, ChannelLabel.WORK, "p@x.example")],
            )
        odd = add_contact(
            s, family_name="Zed", methods=[(ContactChannel.PHONE, ChannelLabel.WORK, "+86 10 1")]
        )
        s.flush()
        s.execute(text("UPDATE contact_method SET label = 'pager' WHERE contact_id = :id"), {"id": odd.id})
        odd_id = odd.id
    _shared(monkeypatch, chunk=4)
    out = tmp_path / "all.csv"
    with pytest.raises(ValueError, match=f"contact {odd_id} .*'pager'"):
        _export(db, out, "csv")
    assert not out.exists() and not list(tmp_path.glob(".*"))
