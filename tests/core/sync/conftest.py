from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.db import Database
from tests.core.sync.helpers import make_office


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Database, Database, Database]]:
    """Three offices (Beijing, Bonn, Nairobi) with empty databases."""
    dbs = tuple(make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn", "Nairobi"))
    yield dbs  # type: ignore[misc]
    for db in dbs:
        db.close()


@pytest.fixture
def packages(tmp_path: Path) -> Path:
    folder = tmp_path / "packages"
    folder.mkdir()
    return folder
