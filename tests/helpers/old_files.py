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


def set_back_to(path: Path, revision: str) -> None:
    """Undo the revisions after ``revision`` with their own downgrades: a file today's code wrote, its
    schema as an older petdesk left it (rows kept), for tests that then upgrade it again. Marking
    the file older by hand fails once a later revision adds a column the file already has."""
    from alembic import command

    from petdesk.db import _alembic_config

    engine = make_upgrade_engine(path)
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), revision)
    finally:
        engine.dispose()
