"""The committed first-schema file (tests/data/petdesk_v1.sqlite) upgraded to an older revision,
for the tests of one migration: each upgraded the file from 0001 on its own (a second or more
each, under load several), though only the step after that revision is the test's point. Here
each revision is made once per process (per xdist worker), going on from the nearest one
already made, and every test gets a copy of its own."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

V1_DB = Path(__file__).resolve().parents[1] / "data" / "petdesk_v1.sqlite"

_made: dict[str, Path] = {}


@cache
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="petdesk-v1-at-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _ancestors(revision: str) -> list[str]:
    """``revision`` and those it is built on, nearest first."""
    from alembic.script import ScriptDirectory

    from petdesk.db import _alembic_config

    scripts = ScriptDirectory.from_config(_alembic_config())
    return [s.revision for s in scripts.iterate_revisions(revision, "base")]


def _copy(source: Path, target: Path) -> None:
    """SQLite's backup API: the file as a reader sees it, whatever a journal still holds."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def v1_at(revision: str, path: Path) -> Path:
    """Puts at ``path`` the first-schema file upgraded to ``revision`` (as
    ``upgrade(make_upgrade_engine(copy), revision)`` leaves it) and returns ``path``."""
    from petdesk.db import make_upgrade_engine, upgrade

    if revision not in _made:
        made = _folder() / f"{revision}.sqlite"
        start = next((_made[r] for r in _ancestors(revision) if r in _made), V1_DB)
        shutil.copy(start, made)
        engine = make_upgrade_engine(made)
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        _made[revision] = made
    _copy(_made[revision], path)
    return path
