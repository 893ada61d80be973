"""Times are stored as integer microseconds but travel as UTC ISO text, the form every office's
petdesk reads (older ones included): packages, the change log and conflicts keep the text."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest

from petdesk.models import Contact
from petdesk.models.types import from_wire_time, read_stored_time, stored_time, wire_time, wire_time_sql
from petdesk.stored_times import NotAWireTime, from_wire_times
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, values

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")
CREATED = dt.datetime(2026, 3, 1, 9, 30, 15, 123457, tzinfo=dt.UTC)
DELETED = dt.datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=dt.UTC)


def test_stored_time_is_exact_to_the_microsecond_and_reads_back() -> None:
    for moment in (
        CREATED,
        DELETED,
        dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
        dt.datetime(2999, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 6, 3, 23, 27, 40, 1, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    ):
        stored = stored_time(moment)
        assert isinstance(stored, int)
        assert read_stored_time(stored) == moment and read_stored_time(stored).tzinfo == dt.UTC
        assert from_wire_time(wire_time(stored)) == stored
        assert ISO.match(wire_time(stored))
    assert stored_time(dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=dt.UTC)) == 1_000_000
    # Older files and packages: ISO text with any zone reads as the same instant.
    assert from_wire_time("2026-06-03T23:27:40.000001+08:00") == stored_time(
        dt.datetime(2026, 6, 3, 15, 27, 40, 1, tzinfo=dt.UTC)
    )
    with pytest.raises(ValueError):
        stored_time(dt.datetime(2026, 1, 1))  # naive
    with pytest.raises(ValueError):
        from_wire_time("2026-06-03T23:27:40")  # no zone


def test_the_batch_conversion_agrees_with_the_single_one() -> None:
    step = 7_777_777_777_777
    texts = [wire_time(v) for v in range(-20 * step, 80 * step, step)]
    texts += ["2026-06-03T23:27:40.000001+08:00", "1969-12-31T23:59:59.999999-05:00", None]
    assert from_wire_times(texts) == {text: from_wire_time(text) for text in texts}
    for bad in ("2026-06-03T23:27:40", "not a time", ""):
        with pytest.raises(NotAWireTime) as caught:
            from_wire_times([texts[0], bad])
        assert caught.value.value == bad and isinstance(caught.value, ValueError)


def test_sqlite_formats_times_exactly_as_python_does() -> None:
    edges = [0, 1, -1, 999_999, 1_000_000, -1_000_000, -1_000_001, stored_time(CREATED), stored_time(DELETED)]
    edges += [
        stored_time(dt.datetime(1, 1, 1, tzinfo=dt.UTC)),
        stored_time(dt.datetime(9999, 12, 31, tzinfo=dt.UTC)),
    ]
    step = 7_777_777_777_777  # about 90 days and an odd number of microseconds
    values = [*edges, *range(-200 * step, 800 * step, step)]
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE TABLE t (at INTEGER)")
        con.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values] + [(None,)])
        rows = con.execute(f"SELECT at, {wire_time_sql('at')} FROM t").fetchall()
    finally:
        con.close()
    assert len(rows) == len(values) + 1
    assert [text for at, text in rows if text != wire_time(at)] == []


def test_packages_carry_iso_text_and_the_receiver_stores_the_same_integers(tmp_path: Path) -> None:
    beijing, berlin = make_office(tmp_path / "a", "Beijing"), make_office(tmp_path / "b", "Berlin")
    with beijing.transaction() as session:
        contact = Contact(family_name="Zhao", given_name="Lei", created_at=CREATED)
        session.add(contact)
        session.flush()
        cid = contact.id
    with beijing.transaction() as session:
        session.get(Contact, cid).deleted_at = DELETED
    sent = values(beijing, "contact", cid)
    assert sent["created_at"] == stored_time(CREATED) and sent["deleted_at"] == stored_time(DELETED)

    path = tmp_path / "p.petdesk-sync"
    export(beijing, path)
    body = service.read_package(path, PASSPHRASE).body
    part = body["entities"]["contact"]
    row = next(r for r in part["rows"] if r[0] == cid)
    carried = dict(zip(part["columns"], row[1:], strict=True))
    assert carried["created_at"] == "2026-03-01T09:30:15.123457+00:00"
    assert carried["deleted_at"] == "2026-11-30T23:59:59.999999+00:00"
    assert ISO.match(carried["updated_at"])
    history = [h for h in body["history"] if h[2] == cid]
    assert history and all(ISO.match(h[9]) for h in history)
    deletion = next(h for h in history if h[3] == "deleted_at")
    assert json.loads(deletion[4]) is None and json.loads(deletion[5]) == carried["deleted_at"]

    service.import_package(berlin, path, PASSPHRASE, backup=False)
    received = values(berlin, "contact", cid)
    assert {k: received[k] for k in ("created_at", "updated_at", "deleted_at")} == {
        k: sent[k] for k in ("created_at", "updated_at", "deleted_at")
    }
    con = sqlite3.connect(berlin.path)
    try:
        kinds = {r[0] for r in con.execute("SELECT typeof(at) FROM sync_change")}
        logged = con.execute(
            "SELECT new_value FROM sync_change WHERE row_id = ? AND field = 'deleted_at'", (cid,)
        ).fetchone()[0]
        exchange_at = con.execute("SELECT typeof(at) FROM sync_exchange").fetchone()[0]
    finally:
        con.close()
    assert kinds == {"integer"} and exchange_at == "integer"
    assert json.loads(logged) == carried["deleted_at"]
    journal = service.journal(berlin)
    assert journal and ISO.match(journal[0].at)
    beijing.close()
    berlin.close()
