"""Field test 69: Thomas Becker, office manager of the Frankfurt hub office, does the year-end
cleanup of a five-year-old database and tells the Beijing office about it by a sync package.

His path: a backup in the morning; the people nobody touched for three years found (defect 3) and
deleted in bulk; part of that regretted and brought back in one go, one of them deleted in an
earlier cleanup and found by name (defects 1 and 2); two partner organisations that merged made
one, with their people and history; a duplicate contact left by an old import merged; drifted tags
("3ipet", "3-iPET") merged into "3iPET"; a former employee erased; a yearly archive exported to
Excel and CSV; then the package, whose import at the other office shows the deletions, the
restorations, the merges and the erasure.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.models.enums import ActivityKind
from petdesk.services import contacts as cs
from petdesk.services import history, merge, privacy, search
from petdesk.stored_times import stored_time
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here
#: The packages' key derivation is not what this story tests (scrypt at the full cost, a second
#: each under load): they are written at the sync tests' cost.
pytestmark = pytest.mark.usefixtures("cheap_package_key")

SYNC_PASSPHRASE = "granite willow 69 harbour"
YEARS = 365


def _run(db: Path, capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "en", *args]) == code, capsys.readouterr().err
    return capsys.readouterr().out


def _five_years(db: Database) -> dict[str, str]:
    """The hub's own records on top of the demo, made and last changed over five years."""
    now = dt.datetime.now(dt.UTC)
    with db.transaction() as s:
        old_partner = m.Organisation(name_en="Rhein-Main Umwelttechnik GmbH", tags=["3ipet"])
        successor = m.Organisation(name_en="RMU Cleantech AG", tags=["3-iPET"])
        s.add_all([old_partner, successor])
        s.flush()
        people = {
            name: cs.create_contact(
                s,
                family_name=name,
                given_name=given,
                organisation_id=org.id,
                tags=tags,
                position_en="Engineer",
            )
            for name, given, org, tags in [
                ("Vogel", "Jonas", old_partner, ["3iPET"]),
                ("Krause", "Lena", old_partner, []),
                ("Hoffmann", "Petra", successor, ["3ipet"]),
                ("Schulz", "Ralf", successor, []),
                ("Schulz ", "Ralf", successor, []),  # left by an old Outlook import, trailing space
                ("Neumann", "Sabine", successor, ["staff"]),  # left the office in 2025
                ("Altbestand", "Uwe", successor, []),  # deleted in last year's cleanup
            ]
        }
        s.add(
            m.Activity(
                kind=ActivityKind.MEETING,
                occurred_at=now - dt.timedelta(days=40),
                subject="Site visit",
                contact_id=people["Krause"].id,
                organisation_id=old_partner.id,
            )
        )
        ids = {name.strip() + ("2" if name.endswith(" ") else ""): p.id for name, p in people.items()}
        ids |= {"old_partner": old_partner.id, "successor": successor.id}
    ages = {
        "Vogel": 4,
        "Krause": 4,
        "Hoffmann": 1,
        "Schulz": 2,
        "Schulz2": 1.5,
        "Neumann": 3.5,
        "Altbestand": 5,
    }
    with db.transaction() as s:
        conn = s.connection()
        # The demo's people: made and last changed at any time over five years.
        for n, (cid,) in enumerate(conn.exec_driver_sql("SELECT id FROM contact ORDER BY id").fetchall()):
            years = ages.get(next((k for k, v in ids.items() if v == cid), ""), (n % 50) / 10)
            at = stored_time(now - dt.timedelta(days=years * YEARS))
            conn.exec_driver_sql(
                "UPDATE contact SET created_at = ?, updated_at = ? WHERE id = ?", (at, at, cid)
            )
        # ... and so says their change log, of them and of their phone numbers and positions: the
        # "Untouched for" filter reads real edits from it (round 51).
        for table, owner in (
            ("contact", "id"),
            ("contact_method", "contact_id"),
            ("affiliation", "contact_id"),
        ):
            conn.exec_driver_sql(
                f"UPDATE sync_change SET at = (SELECT c.updated_at FROM {table} t JOIN contact c "
                f"ON c.id = t.{owner} WHERE t.id = sync_change.row_id) WHERE entity = '{table}'"
            )
        search.refresh_search_index(s)
    return ids


def _live(db: Path, table: str, row_id: str) -> bool:
    con = sqlite3.connect(db)
    try:
        row = con.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", (row_id,)).fetchone()
    finally:
        con.close()
    return row is not None and row[0] is None


def test_year_end_cleanup_of_a_five_year_old_database(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    hub, peer = demo_db.path, tmp_path / "beijing.sqlite"
    ids = _five_years(demo_db)
    with demo_db.transaction() as s:
        cs.delete_contacts(s, [ids["Altbestand"]])  # last year's cleanup
    demo_db.close()
    _run(hub, capsys, "office", "--name", "Frankfurt Hub Office", "--name-zh", "法兰克福枢纽办公室")
    _run(peer, capsys, "office", "--name", "Beijing Office", "--name-zh", "北京办公室")
    everything = tmp_path / "all.petdesk-sync"
    _run(hub, capsys, "sync", "export", "--all", "--out", str(everything))
    _run(peer, capsys, "sync", "import", str(everything))
    answer = tmp_path / "beijing-to-hub.petdesk-sync"
    _run(peer, capsys, "sync", "export", "--to", "Frankfurt Hub Office", "--out", str(answer))
    _run(hub, capsys, "sync", "import", str(answer))

    # The morning's backup.
    assert "Backup written" in _run(hub, capsys, "backup")

    db = open_database(hub)
    try:
        # Nobody touched for three years: Krause is old but had a meeting last month.
        with db.reading() as s:
            untouched = search.matching_ids(s, "", kind="contact", filters={"unchanged": "3"})
        assert ids["Vogel"] in untouched and ids["Neumann"] in untouched
        assert ids["Krause"] not in untouched and ids["Hoffmann"] not in untouched
        assert len(untouched) > 20  # a bulk delete of dozens of demo people too
        out = _run(hub, capsys, "search", "--kind", "contacts", "--untouched-for", "3", "--count")
        assert int(out) == len(untouched)
        with db.transaction() as s:
            deleted = cs.delete_contacts(s, untouched)
        assert sorted(deleted) == sorted(untouched)

        # He regrets two of them, and the one of last year's cleanup: back in one go.
        with db.reading() as s:
            found = history.deleted_records(s, limit=5, matching="Altbestand")
        assert [r.row_id for r in found] == [ids["Altbestand"]]
        back = history.restore_records(db, [ids["Vogel"], untouched[-1], ids["Altbestand"]])
        assert not back.refused and len(back.restored) == 3

        # Two partners merged: one organisation, with their people and the meeting.
        with db.transaction() as s:
            org_merge = merge.merge_organisations(s, ids["successor"], ids["old_partner"])
            contact_merge = merge.merge_contacts(s, ids["Schulz"], ids["Schulz2"])
        with db.reading() as s:
            assert merge.link_counts(s, "organisation", ids["old_partner"]) == {}
            assert merge.link_counts(s, "organisation", ids["successor"])["activity"] == 1
    finally:
        db.close()

    # Drifted tags, then the former employee.
    _run(hub, capsys, "tags", "merge", "3ipet", "3-iPET", "--into", "3iPET", "--yes")
    tags = _run(hub, capsys, "tags")
    assert "3iPET" in tags and "3ipet" not in tags and "3-iPET" not in tags
    db = open_database(hub)
    try:
        erased = privacy.erase(db, ids["Neumann"], look_in_backups=False)
        assert erased.rows["contact"] == 1
    finally:
        db.close()

    # The yearly archive, for the office's records.
    book, sheet = tmp_path / "archive-2026.xlsx", tmp_path / "archive-2026.csv"
    _run(hub, capsys, "export-contacts", "--out", str(book))
    _run(hub, capsys, "export-contacts", "--out", str(sheet))
    con = sqlite3.connect(hub)
    live = con.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    con.close()
    rows = list(openpyxl.load_workbook(book, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(rows) - 1 == live
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert len(lines) == live
    assert not any(line["ID"] == ids["Neumann"] for line in lines)
    assert any(line["ID"] == ids["Altbestand"] for line in lines)

    # The package tells Beijing: deletions, restorations, merges and the erasure.
    package = tmp_path / "cleanup.petdesk-sync"
    _run(hub, capsys, "sync", "export", "--to", "Beijing Office", "--out", str(package))
    said = _run(peer, capsys, "sync", "import", str(package))
    assert "erases 2 records here" in said  # the person and their position
    assert "merge_record" in said
    # Last year's deletion undone, and the merges, in words (defect 5): Vogel was deleted and
    # restored within this package, so Beijing never had him deleted.
    assert "brings back 1 record deleted here: restored at the sending office" in said
    assert "2 merges of duplicates made at the sending office (petdesk merge --list)" in said
    assert _live(peer, "contact", ids["Krause"])
    assert _live(peer, "contact", ids["Vogel"]) and _live(peer, "contact", ids["Altbestand"])
    assert sum(_live(peer, "contact", i) for i in untouched) == 2  # Vogel and the other regretted one
    assert not _live(peer, "organisation", ids["old_partner"]) and _live(
        peer, "organisation", ids["successor"]
    )
    assert not _live(peer, "contact", ids["Schulz2"])
    con = sqlite3.connect(peer)
    try:
        assert con.execute("SELECT count(*) FROM contact WHERE id = ?", (ids["Neumann"],)).fetchone() == (0,)
        merges = dict(con.execute("SELECT id, undone_at IS NULL FROM merge_record").fetchall())
        assert merges == {org_merge.id: 1, contact_merge.id: 1}
    finally:
        con.close()
    out = _run(peer, capsys, "deleted", "--search", "Rhein-Main")
    assert "merged into RMU Cleantech AG" in out
