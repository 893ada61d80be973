"""A database file at an older schema revision, as an earlier petdesk left it, for upgrade tests."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import make_upgrade_engine, upgrade


def file_at(path: Path, revision: str) -> Path:
    """Make ``path`` a fresh file upgraded only as far as ``revision``; gives ``path``."""
    engine = make_upgrade_engine(path)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    return path
