"""Undoing an import with set-based SQL (round 50: one statement per table for the records it added,
the change log and versions written in batches) leaves the file exactly as the per-record ORM path
did: every table's rows, the change log, the field versions other offices receive, search results.

The old path is kept here, as it was, to compare against. Two copies of one file after one import
(new people and organisations, an updated field, a person given a new phone and a job) are undone,
one each way, in chunks of three; the only differences allowed are the moments and clock values
of the undo itself (each run has its own), which are replaced by placeholders before comparing."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from petdesk import models as m
from petdesk.db import Database, make_engine
from petdesk.services import import_undo, importing, search
from petdesk.services.history import _decode, _restorable, _set_stored
from petdesk.stored_times import stored_time, utcnow
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office

CSV = (
    "Family Name,Given Name,Organisation,Email,Mobile,Notes\n"
    "Zhang,Wei,Qingdao Water Group,zhang.wei@qdwater.cn,+86 138 0000 1111,desalination\n"
    "Li,Na,Kunming Environment Bureau,li.na@km.gov.cn,+86 139 0000 2222,\n"
    "Wang,Fang,Kunming Environment Bureau,wang.fang@km.gov.cn,,\n"
    "Chen,Jing,Shenzhen Membrane Works,chen.jing@szmw.cn,+86 137 0000 3333,sludge\n"
    "Müller,Anna,Bonn Water Board,anna.mueller@bonn-water.de,+49 228 555 0101,\n"
    "Okafor,Ngozi,Lagos Recycling Hub,ngozi@lagos-recycle.ng,,composting\n"
)
#: What an office that received the file knows of its people, jobs, phones and organisations.
RECEIVED = (
    "SELECT 'contact', id, family_name, notes, deleted_at IS NULL FROM contact "
    "UNION ALL SELECT 'method', id, value, '', deleted_at IS NULL FROM contact_method "
    "UNION ALL SELECT 'job', id, organisation_id, position_en, deleted_at IS NULL FROM affiliation "
    "UNION ALL SELECT 'org', id, name_en, '', deleted_at IS NULL FROM organisation"
)
#: A clock value (``0001765000000000.000001`` style) and a time as packages carry it.
HLC = re.compile(r"^\d{13}\.\d{6}$")
WIRE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def _undo_chunk_per_record(session: Any, groups: list[Any], now: Any) -> int:
    """The undo of round 49: every record loaded, changed and flushed through the ORM."""
    keys = [key for g in groups for key in (*g.created, *((e, r) for e, r, _c in g.fields))]
    objects, fresh = import_undo._loaded(session, keys)
    for group in groups:
        created = set(group.created)
        for (entity, row_id, column), (old, _new) in group.fields.items():
            obj = objects.get((entity, row_id))
            if (entity, row_id) not in created and obj is not None:
                _set_stored(session, obj, column, _restorable(_decode(old)))
                obj.updated_at = now
        for key in group.created:
            obj = objects.get(key)
            if obj is not None and obj.deleted_at is None:
                obj.deleted_at = now
                obj.updated_at = now
    session.flush()
    import_undo._forget(session, fresh)
    return len(groups)


def _imported(db: Database, tmp_path: Path) -> None:
    """The office knew Zhang Wei (another note, no phone, no job) and Li Na (at her bureau)."""
    with db.transaction() as s:
        bureau = m.Organisation(name_en="Kunming Environment Bureau")
        zhang = m.Contact(family_name="Zhang", given_name="Wei", notes="met in Hamburg")
        li = m.Contact(family_name="Li", given_name="Na")
        s.add_all([bureau, zhang, li])
        s.flush()
        s.add(m.ContactMethod(contact_id=zhang.id, channel="email", value="zhang.wei@qdwater.cn"))
        s.add(m.ContactMethod(contact_id=li.id, channel="email", value="li.na@km.gov.cn"))
        s.add(m.Affiliation(contact_id=li.id, organisation_id=bureau.id, position_en="Engineer"))
    path = tmp_path / "partners.csv"
    path.write_text(CSV, encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path, on_match="update")
    assert (report.count("added"), report.count("updated")) == (4, 2)


def _copy(db: Database, path: Path) -> Database:
    with closing(db.raw()) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
    return Database(path=path, engine=make_engine(path))


def _undone(db: Database) -> None:
    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        assert (plan.deleted, plan.restored, plan.links) == (8, 1, 3)
        import_undo.undo_import(s, plan)


def _normal(value: Any, since: int, until: str) -> Any:
    """A value with the undo's own moments and clock values as placeholders."""
    if isinstance(value, int) and value >= 10**17:  # a clock value as the versions keep it
        return "<clock>" if value > int(until[:13]) * 1_000_000 + int(until[14:]) else value
    if isinstance(value, int) and value >= since:
        return "<now>"
    if isinstance(value, str) and HLC.match(value):
        return "<clock>" if value > until else value
    if isinstance(value, str) and value[:1] in '[{"' and value not in ("[]", "{}"):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        if isinstance(decoded, str) and WIRE.match(decoded):
            return "<now>" if stored_time(_parse_wire(decoded)) >= since else value
        if isinstance(decoded, dict):  # field versions: {field: [clock, office]}
            return json.dumps({k: [_normal(v, since, until) for v in pair] for k, pair in decoded.items()})
        if isinstance(decoded, list) and decoded and isinstance(decoded[0], dict):  # the import history
            return json.dumps([{**d, "undone": bool(d.get("undone"))} for d in decoded])
    return value


def _parse_wire(text: str) -> Any:
    import datetime as dt

    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _snapshot(db: Database, since: int, until: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (the change log without its drawn ids), normalised and sorted."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with closing(db.raw()) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("sqlite_"):
                continue
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows = []
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                if table == "sync_change":
                    values.pop("id")
                if table == "hlc_state" or "clock" in table:
                    continue  # the clock moved once more per chunk: only its value differs
                rows.append(tuple(_normal(values[n], since, until) for n in sorted(values)))
            out[table] = sorted(rows, key=repr)
    return out


def _found(db: Database) -> list[list[str]]:
    with db.reading() as s:
        return [
            sorted(hit.entity_id for hit in search.search(s, query, limit=50))
            for query in ("Zhang", "Li Na", "Kunming", "Chen", "Müller", "Okafor", "desalination", "138")
        ]


def test_set_based_undo_leaves_what_the_per_record_undo_left(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _imported(db, tmp_path)
    with db.reading() as s:
        mark = import_undo.last_import(s)
        assert mark is not None
    old = _copy(db, tmp_path / "old.sqlite")
    since = stored_time(utcnow())
    monkeypatch.setattr(import_undo, "BATCH", 3)
    try:
        with monkeypatch.context() as patched:
            patched.setattr(import_undo, "_undo_chunk", _undo_chunk_per_record)
            _undone(old)
        _undone(db)
        assert _found(db) == _found(old)
        found = _found(db)
        assert found[0] and found[1]  # the people known before stay
        assert found[3] == found[6] == []  # Chen Jing deleted; Zhang Wei's note put back
        new_rows, old_rows = _snapshot(db, since, mark.until), _snapshot(old, since, mark.until)
        assert new_rows.keys() == old_rows.keys()
        for table in new_rows:
            assert new_rows[table] == old_rows[table], table
        assert any(row for row in new_rows["sync_change"] if "<now>" in row)  # deletions were logged

        # What other offices receive: the same records, deleted or put back, at a fresh office.
        received = []
        for source in (db, old):
            peer = make_office(tmp_path / f"peer-{len(received)}", "Nairobi")
            package = tmp_path / f"{len(received)}.petdesk-sync"
            service.export_changes(source, package, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
            service.import_package(peer, package, PASSPHRASE, backup=False)
            with closing(peer.raw()) as conn:
                received.append(sorted(conn.execute(RECEIVED).fetchall()))
            peer.close()
        assert received[0] == received[1]
        assert ("contact", _id_of(db, "Zhang"), "Zhang", "met in Hamburg", 1) in received[0]
    finally:
        old.close()


def _id_of(db: Database, family: str) -> str:
    with closing(db.raw()) as conn:
        return str(
            conn.execute(
                "SELECT id FROM contact WHERE family_name = ? ORDER BY created_at LIMIT 1", (family,)
            ).fetchone()[0]
        )
