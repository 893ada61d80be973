"""Fixtures every test package can use."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TypeVar

import pytest

from petdesk.db import Database, open_database

#: Demo data in tests is built around a fixed date so that results do not depend on today.
DEMO_ANCHOR = dt.date(2026, 11, 1)
#: ... at an office of a fixed id: a demo's ids are its office's own (``demo.generator.office_salt``),
#: and tests that pin what an export of the demo writes need the same ids every run.
DEMO_OFFICE_ID = "3lrMxCjn93WQ_YKYhMcIAe"

T = TypeVar("T")


def generate_demo(database: Database, *, contacts: int = 200, seed: int = 7) -> dict[str, int]:
    """The tests' demo data (around DEMO_ANCHOR, at the office DEMO_OFFICE_ID) in a new file."""
    from petdesk import models as m
    from petdesk.demo import generate
    from petdesk.services.office import DEFAULT_OFFICE_NAME

    with database.transaction() as session:
        session.add(m.Office(id=DEMO_OFFICE_ID, name=DEFAULT_OFFICE_NAME, is_self=True))
    return generate(database, contacts=contacts, seed=seed, anchor=DEMO_ANCHOR)


def demo_template_file(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """A demo database (200 contacts) in a copy of the session's new file: generating it is the
    slow part, so the ``demo_template`` fixture makes it once and ``demo_db`` copies it for each test."""
    path, _ = built_file(tmp_path_factory, empty_template, generate_demo)
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "petdesk.sqlite"


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database file as ``open_database`` creates it, made once per session (per xdist
    worker): running every migration on a new file takes about a second, copying it milliseconds.
    The tests of creating and upgrading files open their own paths."""
    path = tmp_path_factory.mktemp("empty") / "petdesk.sqlite"
    database = open_database(path)
    with closing(database.raw()) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


def built_file(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path, build: Callable[[Database], T]
) -> tuple[Path, T]:
    """A copy of the session's new file with what ``build`` writes, and what it returned: for a
    module fixture, so that records many tests read are written once; each test reads its own copy
    (``copy_into``), so none sees what another changed."""
    path = new_file_at(empty_template, tmp_path_factory.mktemp("built") / "petdesk.sqlite")
    database = open_database(path)
    try:
        made = build(database)
        with closing(database.raw()) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path, made


def module_database(tmp_path_factory: pytest.TempPathFactory, empty_template: Path, folder: str) -> Database:
    """An open copy of the session's new file in a folder of its own, for a module fixture's
    records: ``open_database`` on a new path runs every migration (about a second, per module)."""
    return open_database(new_file_at(empty_template, tmp_path_factory.mktemp(folder) / "petdesk.sqlite"))


def new_file_at(empty_template: Path, path: Path) -> Path:
    """Puts a copy of the session's new file at ``path`` (for module fixtures; tests take the
    ``new_database_file`` fixture) and returns the path."""
    import shutil

    shutil.copy(empty_template, path)  # copy, not copyfile: the file keeps its private mode 0600
    return path


def copy_into(source: Path, database: Database) -> Database:
    """The pages of the file ``source`` copied into an open database (SQLite's backup API)."""
    with closing(sqlite3.connect(source)) as conn, closing(database.raw()) as target:
        conn.backup(target)
    return database


@pytest.fixture
def new_database_file(empty_template: Path) -> Callable[[Path], Path]:
    """Puts a copy of the session's new file at a path and returns the path: for a test's second,
    empty database (``open_database`` on a new path runs every migration, about a second)."""
    return lambda path: new_file_at(empty_template, path)


@pytest.fixture
def db(db_path: Path, empty_template: Path) -> Iterator[Database]:
    """A fresh, fully migrated, empty database file (a copy of the session's new file, opened and
    checked by ``open_database`` as any file is)."""
    database = open_database(new_file_at(empty_template, db_path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """The demo database, generated once per session (per xdist worker): ``demo_db`` copies it."""
    return demo_template_file(tmp_path_factory, empty_template)


@pytest.fixture
def demo_db(db: Database, demo_template: Path) -> Database:
    """The fresh database filled with a small deterministic demo data set (200 contacts): the
    demo template's pages copied into it through SQLite's backup API (the data is the same each
    time, and generating it takes seconds)."""
    return copy_into(demo_template, db)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> None:
    """GUI tests never read or write the user's real QSettings."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("petdesk-tests")
    QCoreApplication.setApplicationName("petdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """Every test gets an empty in-memory system keyring (see ``petdesk.secrets``)."""
    import keyring

    from tests.helpers.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Discard what a GUI test left typed in an open editor before pytest-qt closes its widgets:
    closing a changed editor asks "save changes?", and that box waits for ever offscreen."""
    if "qtbot" in getattr(item, "fixturenames", ()):
        from petdesk.gui.record_editor import discard_open_editors

        discard_open_editors()
    result = yield
    # Once a GUI test switched the automatic collector off in this worker (tests/gui/conftest.py),
    # the tests that spin no event loop (the core's) collect here, between tests, on the main
    # thread. Looked up, not imported: a core test must not find Qt loaded by another's teardown.
    gui_gc = sys.modules.get("petdesk.gui.gui_thread_gc")
    if gui_gc is not None and gui_gc.in_charge():
        gui_gc.collect_if_due()
    return result
