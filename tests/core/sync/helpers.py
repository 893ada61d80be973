"""Offices for sync tests: migrated database files made from one template, exchanging packages."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from petdesk.db import Database, make_engine, open_database
from petdesk.services import office as office_service
from petdesk.sync import package as pkg
from petdesk.sync import service

PASSPHRASE = "correct horse battery staple"
#: Cheap key derivation for tests (the real default costs about 0.1 s per package).
TEST_KDF_N = 2**10

_template: Path | None = None


def _template_file() -> Path:
    """One migrated empty database per test session, in its own temporary folder."""
    global _template
    if _template is None or not _template.exists():
        import atexit
        import tempfile

        tmp = tempfile.TemporaryDirectory(prefix="petdesk-sync-template-")
        atexit.register(tmp.cleanup)
        path = Path(tmp.name) / "template.sqlite"
        open_database(path).close()
        con = sqlite3.connect(path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        _template = path
    return _template


def make_office(folder: Path, name: str) -> Database:
    """A fresh database whose office is called ``name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite"
    shutil.copy(_template_file(), path)
    # The copy is already migrated; skip open_database's revision checks (they load every script).
    db = Database(path=path, engine=make_engine(path))
    with db.transaction() as session:
        office_service.set_identity(session, name=name)
    return db


def office_id(db: Database) -> str:
    with db.transaction() as session:
        return office_service.get_self(session).id


def send(src: Database, dst: Database, folder: Path, *, full: bool = False) -> service.ImportResult:
    """Export from ``src`` for ``dst`` (incremental when ``src`` knows ``dst``) and import it."""
    dst_id = office_id(dst)
    known = any(o.id == dst_id for o in service.list_offices(src))
    path = folder / f"pkg-{len(list(folder.glob('pkg-*')))}.petdesk-sync"
    service.export_changes(
        src, path, PASSPHRASE, to=None if full or not known else dst_id, kdf_n=TEST_KDF_N, durable=False
    )
    return service.import_package(dst, path, PASSPHRASE, backup=False)


def notes_in_conflict(
    first: Database, second: Database, ids: list[str], folder: Path, words: tuple[str, str]
) -> None:
    """Both offices come to know the contacts ``ids`` (made at ``first``), each writes its own notes
    on them ("<word> notes") and the packages cross: every one of them is a conflict at both."""
    from petdesk.models import Contact

    send(first, second, folder, full=True)
    send(second, first, folder, full=True)
    for db, word in zip((first, second), words, strict=True):
        with db.transaction() as session:
            for person in session.query(Contact).filter(Contact.id.in_(ids)):
                person.notes = f"{word} notes"
    send(first, second, folder)
    send(second, first, folder)


def export(src: Database, path: Path, *, to: str | None = None) -> service.ExportResult:
    return service.export_changes(src, path, PASSPHRASE, to=to, kdf_n=TEST_KDF_N, durable=False)


def full_dump(db: Database) -> list[str]:
    """Every statement of ``iterdump``: the whole database, sync bookkeeping included."""
    con = sqlite3.connect(db.path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def values(db: Database, table: str, row_id: str) -> dict[str, Any]:
    con = sqlite3.connect(db.path)
    con.row_factory = sqlite3.Row
    try:
        row = con.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return dict(row) if row else {}
    finally:
        con.close()


@contextmanager
def merging_field_by_field() -> Iterator[None]:
    """Imports inside merge every field on its own, as petdesk did before round 53 (offices still on
    0062, and files merged before they updated): a start and an end may then come from two offices."""
    from petdesk.sync import time_groups

    saved = time_groups.GROUPS
    time_groups.GROUPS = {}
    try:
        yield
    finally:
        time_groups.GROUPS = saved


def as_an_older_petdesk_writes(path: Path, entity: str, dropped: Collection[str], schema: str) -> Path:
    """The package at ``path`` as a petdesk before a migration writes it: ``entity``'s ``dropped``
    columns (which the package did carry) left out of its rows and versions, ``schema`` (the last
    migration that petdesk knows) named in the manifest. Written beside it as ``older-<name>``."""
    read = pkg.read(path, PASSPHRASE)
    body: dict[str, Any] = read.body
    data = body["entities"][entity]
    keep = [n for n, c in enumerate(data["columns"]) if c not in dropped]
    assert len(keep) == len(data["columns"]) - len(dropped)  # the package did carry them
    data["columns"] = [data["columns"][n] for n in keep]
    data["rows"] = [[row[0], *(row[n + 1] for n in keep)] for row in data["rows"]]
    for version in data["versions"]:
        if version[2]:
            version[2] = {k: v for k, v in version[2].items() if k not in dropped} or None
    manifest = {**read.manifest, "schema": [schema]}
    older = path.with_name("older-" + path.name)
    older.write_bytes(pkg.encode(manifest, body, PASSPHRASE, kdf_n=TEST_KDF_N))
    return older
