"""Personal data export and erasure: everything held, then no byte left, here and at other offices."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities, privacy
from petdesk.services import contacts as contact_service
from petdesk.services import visits as visit_service
from petdesk.services.contacts import Method
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, send, values

EMAIL = "brunhilde.quixotewald@example.org"
OLD_EMAIL = "b.quixotewald@oldmail.example"
PHONE = "+49 228 555 0199"
NAMES = ("Quixotewald", "Brunhilde", "欧阳娜娜")
#: What must not be anywhere in the file or its WAL after the erasure.
SECRETS = (EMAIL, OLD_EMAIL, "4922855501", *NAMES, "quixotewald")


def make_person(db: Database) -> tuple[str, str]:
    """A person in a visit, with an activity, a follow-up they own and a changed e-mail; and a
    bystander who must stay. Returns (person id, follow-up id)."""
    with db.transaction() as session:
        person = contact_service.create_contact(
            session,
            family_name="Quixotewald",
            given_name="Brunhilde",
            family_name_zh="欧阳",
            given_name_zh="娜娜",
            dietary_needs="no pork",
            methods=[Method("email", OLD_EMAIL), Method("phone", PHONE)],
        )
        contact_service.create_contact(session, family_name="Bystander", given_name="Bob")
        visit = visit_service.create_visit(
            session,
            title_en="Water study tour",
            start_date=dt.date(2026, 12, 1),
            end_date=dt.date(2026, 12, 3),
        )
        visit_service.add_participant(session, visit.id, person.id)
        activities.add_activity(session, subject="Call with Ms Quixotewald", contact_id=person.id)
        follow = visit_service.add_follow_up(
            session, visit.id, description_en="Send report", owner_id=person.id
        )
        pid, fid = person.id, follow.id
    with db.transaction() as session:
        contact_service.update_contact(
            session,
            pid,
            methods=[Method("email", EMAIL), Method("phone", PHONE)],
            notes="met 欧阳娜娜 in Bonn",
        )
    return pid, fid


def file_bytes(db: Database) -> bytes:
    data = db.path.read_bytes()
    wal = Path(f"{db.path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def leaks(db: Database) -> list[str]:
    raw = file_bytes(db).lower()
    found = []
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if secret.lower().encode(encoding) in raw:
                found.append(f"{secret} ({encoding})")
    return found


def test_export_holds_everything(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pid, fid = make_person(db)
    out = tmp_path / "person.json"
    assert main(["--db", str(db.path), "person", "export", pid[:8], "--out", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["person"]["family_name_zh"] == "欧阳" and data["person"]["dietary_needs"] == "no pork"
    assert {m["value"] for m in data["contact_method"]} == {EMAIL, OLD_EMAIL, PHONE}  # old one as tombstone
    assert data["visit_participant"][0]["visit_label"] == "Water study tour"
    assert data["activity"][0]["subject"] == "Call with Ms Quixotewald"
    assert [f["id"] for f in data["follow_up"]] == [fid]
    changed = {(e["entity"], e["field"]) for e in data["history"]}
    assert ("contact", "notes") in changed and ("contact_method", "deleted_at") in changed
    pdf = tmp_path / "person.pdf"
    assert main(["--db", str(db.path), "person", "export", pid, "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "欧阳娜娜" in text and EMAIL in text and "Water study tour" in text
    capsys.readouterr()
    assert main(["--db", str(db.path), "person", "export", "nobody", "--out", str(out)]) == 1
    assert "no contact with id nobody" in capsys.readouterr().err


def test_erase_leaves_no_byte_of_the_person(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    pid, fid = make_person(db)
    assert leaks(db)  # the test can fail: the secrets are there before
    backup_dir = db.path.parent / "backups"
    backup_dir.mkdir()
    old_backup = backup_dir / "petdesk.sqlite.before-sync-1.bak"
    # A copy that holds the person (the file without its WAL may not: backups are opened and looked in).
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    old_backup.write_bytes(db.path.read_bytes())
    assert main(["--db", str(db.path), "person", "erase", pid[:8], "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Erased" in out and str(old_backup) in out
    assert leaks(db) == []
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == 1  # the bystander
        assert (
            con.execute("SELECT count(*) FROM contact_method WHERE contact_id = ?", (pid,)).fetchone()[0] == 0
        )
        assert con.execute("SELECT count(*) FROM search_entry").fetchone()[0] == 1
        (left,) = con.execute("SELECT id FROM search_entry").fetchone()
        for table in ("search_gram",):  # the short keys went with the entry
            assert con.execute(f"SELECT DISTINCT entry_id FROM {table}").fetchall() == [(left,)]
        assert con.execute("SELECT owner_id FROM follow_up WHERE id = ?", (fid,)).fetchone() == (None,)
        kinds = {r[0] for r in con.execute("SELECT entity FROM sync_erasure WHERE person_id = ?", (pid,))}
        assert kinds == {"contact", "contact_method", "visit_participant", "activity"}
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    # The search still works and finds the bystander only.
    assert main(["--db", str(db.path), "search", "Bystander"]) == 0
    assert main(["--db", str(db.path), "search", "Quixotewald"]) == 1
    assert main(["--db", str(db.path), "person", "backups", pid[:8]]) == 0
    assert str(old_backup) in capsys.readouterr().out
    # Erasing twice says so, and rewrites the file again (what a full disk may have prevented).
    assert main(["--db", str(db.path), "person", "erase", pid, "--yes"]) == 0
    assert "was erased on" in capsys.readouterr().out


def test_erasure_travels_to_the_other_office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    c = make_office(tmp_path / "dbs", "Nairobi")
    try:
        pid, fid = make_person(a)
        send(a, b, tmp_path)
        send(a, c, tmp_path)
        assert values(b, "contact", pid) and leaks(b)
        stale = tmp_path / "stale-from-nairobi.petdesk-sync"
        export(c, stale)  # made before the erasure: still holds the person
        result = privacy.erase(a, pid)
        assert result.total == 6 and leaks(a) == []
        package = _package(a, b, tmp_path)
        # A dry run says what the erasure would take (it said "nothing new").
        preview = service.import_package(b, package, PASSPHRASE, dry_run=True)
        assert preview.to_erase == 6 and preview.erased == 0 and values(b, "contact", pid)
        # The command line's preview counts them in the plural ("erases 3 record(s)" in field test 7).
        secret = tmp_path / "passphrase.txt"
        secret.write_text(PASSPHRASE)
        for lang, said in (("en", "erases 6 records here"), ("zh_CN", "将在此清除 6 条记录")):
            dry_run = ["--db", str(b.path), "--lang", lang, "sync", "import", str(package), "--dry-run"]
            assert main([*dry_run, "--passphrase-file", str(secret)]) == 0
            assert said in capsys.readouterr().out
        imported = service.import_package(b, package, PASSPHRASE)
        assert imported.erased == 6
        assert values(b, "contact", pid) == {} and values(b, "follow_up", fid)["owner_id"] is None
        assert leaks(b) == []
        assert [bk.path for bk in privacy.backups_holding(b, pid)] == [imported.backup_path]
        # A stale package from an office that has not heard of the erasure does not bring it back.
        service.import_package(b, stale, PASSPHRASE, backup=False)
        assert values(b, "contact", pid) == {} and leaks(b) == []
        # And Nairobi erases too once it hears from Bonn.
        send(b, c, tmp_path)
        assert values(c, "contact", pid) == {} and leaks(c) == []
    finally:
        for db in (a, b, c):
            db.close()


def _package(src: Database, dst: Database, folder: Path) -> Path:
    """A package from ``src`` for ``dst`` (everything: ``src`` has not heard from ``dst`` yet)."""
    path = folder / "after-erasure.petdesk-sync"
    export(src, path)
    return path


def test_what_another_office_adds_to_an_erased_person_does_not_block_its_package(tmp_path: Path) -> None:
    """Bonn added a phone number and named the person as an item's interpreter before the erasure
    reached it: the phone's link to the erased contact refused Bonn's whole package at Beijing
    (FOREIGN KEY constraint failed), and every other change of Bonn's with it."""
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    try:
        pid, _fid = make_person(a)
        send(a, b, tmp_path)
        send(b, a, tmp_path)
        privacy.erase(a, pid)
        with b.transaction() as s:
            methods = [Method("email", EMAIL), Method("phone", PHONE), Method("phone", "+49 30 1234")]
            contact_service.update_contact(s, pid, methods=methods)
            other = contact_service.create_contact(s, family_name="Newcomer", given_name="Nina").id
            visit = visit_service.create_visit(
                s, title_en="Bonn week", start_date=dt.date(2027, 1, 4), end_date=dt.date(2027, 1, 8)
            )
            item = visit_service.add_item(
                s,
                visit.id,
                title_en="Talks",
                start=dt.datetime(2027, 1, 4, 9),
                end=dt.datetime(2027, 1, 4, 10),
            )
            item.interpreter_contact_id = pid
            item_id = item.id
        send(b, a, tmp_path)  # was refused whole
        assert values(a, "contact", other)  # Bonn's other changes arrived
        assert values(a, "itinerary_item", item_id)["interpreter_contact_id"] is None
        assert values(a, "contact", pid) == {} and leaks(a) == []
        # Beijing's erasure then takes the new number at Bonn too.
        send(a, b, tmp_path)
        assert values(b, "contact", pid) == {} and leaks(b) == []
        con = sqlite3.connect(b.path)
        try:
            left = con.execute("SELECT count(*) FROM contact_method WHERE contact_id = ?", (pid,)).fetchone()
            assert left == (0,)
        finally:
            con.close()
    finally:
        for db in (a, b):
            db.close()
