"""An office that updates to 0047 (emergency entries) after another office edited the sheet: its
upgrade makes the whole-visit entry from the visit's old columns, with the id every office gives
it. That entry was adopted as a change made now, so it won over the other office's edit, made
before: the late office kept showing the old sheet and sent it back (fixes2, item 1). Made from
the columns, the entry is as old as they are."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from petdesk.db import Database, _alembic_config, make_upgrade_engine, open_database
from petdesk.models import Visit
from petdesk.services import logistics as ls
from tests.core.sync.helpers import make_office, send
from tests.core.visits.test_emergency_entries import _visit


def _older_petdesk_then_update(db: Database) -> Database:
    """The office's file taken back to 0046 (the sheet in the visit's columns) and upgraded again,
    as an office still on the older petdesk updates: 0047's own upgrade makes the entry."""
    path = db.path
    db.close()
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.downgrade(_alembic_config(c), "0046_kana_readings")
    engine.dispose()
    return open_database(path)


def test_an_edit_made_before_another_office_updated_wins_there(tmp_path: Path) -> None:
    packages = tmp_path / "pkgs"
    packages.mkdir()
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with munich.transaction() as s:
            vid = _visit(s)
            visit = s.get(Visit, vid)
            assert visit is not None  # the sheet as an office before 0047 kept it
            visit.duty_officer_name, visit.duty_officer_phone = "Wang Fang", "+86 139 0000 2222"
            visit.hospital = "Hangzhou First People's Hospital"
        send(munich, hangzhou, packages)
        with munich.transaction() as s:  # Munich, updated, edits the sheet
            ls.set_emergency(s, vid, hospital="Sir Run Run Shaw Hospital")
        hangzhou = _older_petdesk_then_update(hangzhou)  # Hangzhou updates afterwards
        with hangzhou.reading() as s:
            assert ls.logistics(s, vid).emergency.hospital == "Hangzhou First People's Hospital"
        send(munich, hangzhou, packages)
        send(hangzhou, munich, packages)
        for office in (munich, hangzhou):
            with office.reading() as s:
                sheet = ls.logistics(s, vid)
            assert sheet.emergency.hospital == "Sir Run Run Shaw Hospital"
            assert sheet.emergency.duty_officer_name == "Wang Fang"
            assert len(sheet.emergency_entries) == 1
    finally:
        munich.close()
        hangzhou.close()


def test_a_field_edited_at_the_late_office_before_syncing_keeps_the_others_edit(tmp_path: Path) -> None:
    """The late office edits one field of the sheet before it syncs: only that field is new there.
    Stamped as a whole new record, its entry won Munich's earlier hospital edit at both offices."""
    packages = tmp_path / "pkgs"
    packages.mkdir()
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with munich.transaction() as s:
            vid = _visit(s)
            visit = s.get(Visit, vid)
            assert visit is not None
            visit.duty_officer_name, visit.duty_officer_phone = "Wang Fang", "+86 139 0000 2222"
            visit.hospital = "Hangzhou First People's Hospital"
        send(munich, hangzhou, packages)
        with munich.transaction() as s:
            ls.set_emergency(s, vid, hospital="Sir Run Run Shaw Hospital")
        hangzhou = _older_petdesk_then_update(hangzhou)
        with hangzhou.transaction() as s:  # edited here before any sync: the phone only
            ls.set_emergency(s, vid, duty_officer_phone="+86 139 0000 3333")
        send(munich, hangzhou, packages)
        send(hangzhou, munich, packages)
        for office in (munich, hangzhou):
            with office.reading() as s:
                sheet = ls.logistics(s, vid)
            assert sheet.emergency.hospital == "Sir Run Run Shaw Hospital"
            assert sheet.emergency.duty_officer_phone == "+86 139 0000 3333"
            assert len(sheet.emergency_entries) == 1
    finally:
        munich.close()
        hangzhou.close()


def test_the_preview_at_the_late_office_says_what_the_import_does(tmp_path: Path) -> None:
    """The import window's preview (a dry run) took the migrated entry as new, the import as old:
    the preview and the import disagreed about the other office's earlier edit."""
    from petdesk.sync import service
    from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N

    packages = tmp_path / "pkgs"
    packages.mkdir()
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with munich.transaction() as s:
            vid = _visit(s)
            visit = s.get(Visit, vid)
            assert visit is not None
            visit.hospital = "Hangzhou First People's Hospital"
        send(munich, hangzhou, packages)
        with munich.transaction() as s:
            ls.set_emergency(s, vid, hospital="Sir Run Run Shaw Hospital")
        hangzhou = _older_petdesk_then_update(hangzhou)
        path = packages / "late.petdesk-sync"
        service.export_changes(munich, path, PASSPHRASE, to=None, kdf_n=TEST_KDF_N, durable=False)
        preview = service.import_package(hangzhou, path, PASSPHRASE, backup=False, dry_run=True)
        done = service.import_package(hangzhou, path, PASSPHRASE, backup=False)
        assert (preview.conflicts, preview.counts) == (done.conflicts, done.counts)
    finally:
        munich.close()
        hangzhou.close()
