"""A long job's chunks worked on by other processes, one per core, and handed back in order.

A whole-file export spends most of its time in Python (decoding rows, building cells or cards), and
one process runs Python on one core at a time however many threads it has. Spawned processes (not
forked: safe beside the window's threads and in the frozen bundle) take the chunks while this
process reads the next ones from SQLite; results come back in the chunks' order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

_J = TypeVar("_J")
_R = TypeVar("_R")


def cores() -> int:
    """How many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def in_order(
    jobs: Iterable[_J],
    work: Callable[[_J], _R],
    *,
    workers: int,
    ready: Callable[[], object] | None = None,
) -> Iterator[_R]:
    """``work(job)`` of every job, in the jobs' order, done by ``workers`` spawned processes.

    ``work`` and ``ready`` are module-level functions (a process imports their module), jobs and
    results can be pickled. ``ready()`` is run in each process as it starts (e.g. to import what
    ``work`` needs while the first jobs are still being read). A few jobs per process are out at a
    time, so memory stays at a few chunks. An error ``work`` raises is raised here. If the processes
    cannot be started, or one dies (killed, out of memory), the jobs left are done in this process:
    slower, nothing lost."""
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError, NotImplementedError):
        yield from map(work, jobs)
        return
    ahead = 2 * workers + 1
    pending: deque[tuple[_J, Future[_R] | None]] = deque()
    broken = False

    def submit(call: Callable[..., object], *args: object) -> Future[object] | None:
        nonlocal broken
        if not broken:
            try:
                return pool.submit(call, *args)
            except (BrokenProcessPool, RuntimeError, OSError):
                broken = True
        return None

    def result(job: _J, future: Future[_R] | None) -> _R:
        nonlocal broken
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                broken = True
        return work(job)

    try:
        if ready is not None:
            for _ in range(workers):  # every process started now, while the first chunks are read
                submit(ready)
        for job in jobs:
            pending.append((job, submit(work, job)))  # type: ignore[arg-type]
            while len(pending) > ahead or (pending and _finished(pending[0][1])):
                yield result(*pending.popleft())
        while pending:
            yield result(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _finished(future: Future[Any] | None) -> bool:
    return future is None or future.done()
