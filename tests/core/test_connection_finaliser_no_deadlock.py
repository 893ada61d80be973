"""Crash 58: a pytest-xdist worker died in ``test_cli_faults[damaged-page]`` after hundreds of tests.

It hung: the integrity check's thread was reading a file's header (``connection.read_header``,
inside ``_HELD_LOCK``) when an allocation there started Python's cycle collector, which freed an
old connection; that connection's finaliser forgets it under the same lock, and a plain ``Lock``
taken twice by one thread waits for ever (the command's own thread then waited too). pytest-timeout
ends such a worker after 900 s with ``os._exit``, which xdist reports as "Not properly
terminated". A worker that had run many tests had garbage enough for the collector to start there;
a fresh one did not. Reproduced once in 25 runs of the damaged-page case in one process."""

from __future__ import annotations

import builtins
import contextlib
import gc
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from petdesk import connection


def test_a_connection_freed_by_the_collector_while_a_header_is_read_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite"
    sqlite3.connect(path).close()
    # A connection in a reference cycle: only the cycle collector frees it (and runs its finaliser).
    cyclic: Any = connection.connect(path)
    cyclic.close()
    cyclic.itself = cyclic
    del cyclic

    def open_collecting(*args: Any, **kwargs: Any) -> Any:
        gc.collect()  # what any allocation inside the locked block may start
        return builtins.open(*args, **kwargs)

    monkeypatch.setattr(connection, "open", open_collecting, raising=False)
    reader = threading.Thread(target=connection.read_header, args=(path,), daemon=True)
    reader.start()
    # 30 s, not 5: a deadlock never ends, while a loaded machine (load 12 beside helpers) once took
    # longer than 5 s to read the header, and releasing the lock the reader held (an RLock, owned by
    # its thread) then raised instead of the assertion below.
    reader.join(30)
    stuck = reader.is_alive()
    if stuck:  # let the rest of the run go on, if the lock is a plain Lock another thread may release
        with contextlib.suppress(RuntimeError):
            connection._HELD_LOCK.release()
    assert not stuck, "reading the header waited for ever on the lock its own thread held"
