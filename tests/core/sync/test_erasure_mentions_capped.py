"""An import that erases people words the first ``MENTION_LINES`` records still naming them and counts
the rest ("… and 5 more"), and reads the records' names in one statement per table, not one per line
(review 49, finding 4: a retention clean-up erasing 500 people listed every record, a query each)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities
from petdesk.services import contacts as contact_service
from petdesk.services import visits as visit_service
from petdesk.sync import service
from petdesk.sync.value_words import describe_record, describe_records
from tests.core.sync.helpers import PASSPHRASE
from tests.core.sync.test_erasure_mentions_received import _offices


def test_the_import_words_twenty_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    beijing, bonn, _person, ids = _offices(tmp_path, tmp_path / "dbs")
    package = tmp_path / "erasure.petdesk-sync"
    try:
        with bonn.transaction() as s:  # 2 records name the person already: 25 in all
            for i in range(23):
                activities.add_activity(
                    s, subject=f"Met Brunhilde Quixotewald, call {i}", organisation_id=ids["org"]
                )
        preview = service.import_package(bonn, package, PASSPHRASE, dry_run=True, backup=False)
        assert len(preview.mentions) == 25 and len(preview.mention_lines) == service.MENTION_LINES == 20
        secret = tmp_path / "pass.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        bonn.close()  # the command opens the file itself
        argv = ["--lang", "en", "--db", str(bonn.path), "sync", "import", "--passphrase-file", str(secret)]
        assert main([*argv, str(package)]) == 0
        out = capsys.readouterr().out.splitlines()
        assert any("A person this package erased is still named in 25 records here" in line for line in out)
        assert len([line for line in out if line.startswith("  Activity")]) == 20
        assert "  … and 5 more" in out
    finally:
        beijing.close()


def test_names_are_read_in_one_statement_per_table(db: Database) -> None:
    with db.transaction() as s:
        visit = visit_service.create_visit(
            s, title_en="Water study tour", start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 3)
        )
        people = [
            contact_service.create_contact(s, family_name=f"Person{i}", given_name="Ann") for i in range(12)
        ]
        joined = [
            visit_service.add_participant(s, visit.id, p.id, notes=f"note {i}").id
            for i, p in enumerate(people)
        ]
        start, half = dt.datetime(2026, 12, 1, 9), dt.timedelta(minutes=30)
        items = [
            visit_service.add_item(
                s, visit.id, start=start + dt.timedelta(hours=i), end=start + dt.timedelta(hours=i) + half,
                title_en=f"Meeting {i}",
            ).id
            for i in range(8)
        ]  # fmt: skip
        notes = [
            activities.add_activity(s, subject=f"Call {i}", contact_id=people[i].id).id for i in range(10)
        ]
    conn = sqlite3.connect(db.path)
    try:
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        for table, row_ids, most in (
            ("visit_participant", joined, 3),
            ("itinerary_item", items, 3),
            ("activity", notes, 1),
        ):
            for locale in ("en", "zh_CN"):
                statements.clear()
                batched = describe_records(conn.cursor(), table, [*row_ids, "00000000-gone"], locale)
                assert 0 < len([x for x in statements if x.lstrip().upper().startswith("SELECT")]) <= most, (
                    table
                )
                one_by_one = {
                    i: describe_record(conn.cursor(), table, i, locale) for i in [*row_ids, "00000000-gone"]
                }
                assert batched == one_by_one  # the same words, fewer reads
        assert "Person3" in batched_label(conn, "visit_participant", joined[3])
    finally:
        conn.close()


def batched_label(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    return describe_records(conn.cursor(), table, [row_id])[row_id]
