"""A pytest plugin for ``benchmarks/index_use.py``: every SQL statement the tests make SQLite run is
written to ``$PETDESK_SQL_TRACE_DIR``, once per shape (literals aside), with where it came from:
``app <file>:<line>`` when the nearest Python caller is petdesk's own code, ``test ...`` otherwise.
Plain inserts are left out: they look nothing up."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

_LITERAL = re.compile(r"'(?:[^']|'')*'|\bX'[0-9A-Fa-f]*'|(?<![\w.])-?\d+(?:\.\d+)?\b")
_seen: set[tuple[str, bool]] = set()
_folder = Path(os.environ.get("PETDESK_SQL_TRACE_DIR", "."))
_out = (_folder / f"sql-{os.getpid()}.txt").open("a", encoding="utf-8")
_connect = sqlite3.connect


def _origin() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if "/petdesk/" in name and "/tests/" not in name and "/benchmarks/" not in name:
            return f"app {name.rsplit('/petdesk/', 1)[1]}:{frame.f_lineno}"
        if "/tests/" in name:
            return f"test {name.rsplit('/tests/', 1)[1]}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return "other"


def _trace(statement: str) -> None:
    if len(statement) > 20_000:
        return
    upper = statement.lstrip()[:200].upper()
    if upper.startswith("INSERT") and " SELECT " not in statement.upper():
        return
    origin = _origin()
    key = (_LITERAL.sub("?", statement), origin.startswith("app"))
    if key in _seen:
        return
    _seen.add(key)
    _out.write(f"{origin}\t{' '.join(statement.split())}\n")
    _out.flush()


def _traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
    conn = _connect(*args, **kwargs)
    conn.set_trace_callback(_trace)
    return conn


sqlite3.connect = _traced_connect  # type: ignore[assignment]
