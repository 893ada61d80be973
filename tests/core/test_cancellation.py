"""Long work stopped by the user (petdesk.cancellation) leaves nothing behind: no export file or
half of one, no package, no imported record, no backup taken for the import, no exchange logged."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database
from petdesk.services import exporting
from petdesk.sync import changes, service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, export, full_dump, make_office


def _stopping_at(n: int, flag: StopFlag) -> Callable[..., None]:
    """A checkpoint that sets ``flag`` at its ``n``-th call, and checks it every call."""
    calls = [0]

    def checkpoint(*_args: Any) -> None:
        calls[0] += 1
        if calls[0] == n:
            flag.set()
        flag.check()

    return checkpoint


def test_a_stop_flag_raises_only_once_set() -> None:
    flag = StopFlag()
    seen: list[int] = []
    report = flag.checking(seen.append)
    report(1)
    assert not flag.is_set()
    flag.set()
    with pytest.raises(Cancelled):
        report(2)
    assert seen == [1]
    assert not issubclass(Cancelled, Exception)  # no "except Exception" takes it for an error


@pytest.mark.parametrize("fmt", ["csv", "vcf", "xlsx"])
def test_a_stopped_export_writes_no_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(exporting, "_CHUNK", 10)  # a report every 10 contacts
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"all.{fmt}"
    flag = StopFlag()
    with demo_db.reading() as session, pytest.raises(Cancelled):
        exporting.export_contacts(session, out, fmt, on_progress=_stopping_at(5, flag))  # type: ignore[arg-type]
    assert list(folder.iterdir()) == []  # neither the file nor half of it
    # and the same export, not stopped, writes the file
    with demo_db.reading() as session:
        assert exporting.export_contacts(session, out, fmt) == 200  # type: ignore[arg-type]
    assert out.exists()


def _fill(db: Database, n: int) -> None:
    from petdesk.models import Contact, ContactMethod
    from petdesk.models.enums import ContactChannel

    with db.transaction() as session:
        people = [Contact(family_name=f"Lin{i:03d}", given_name="Hui", family_name_zh="林") for i in range(n)]
        session.add_all(people)
        session.flush()
        session.add_all(
            ContactMethod(contact_id=p.id, channel=ContactChannel.EMAIL, value=f"lin{i}@example.cn")
            for i, p in enumerate(people)
        )


def _exchanges(db: Database) -> list[tuple[str, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT direction, package_id FROM sync_exchange ORDER BY at").fetchall()
    finally:
        con.close()


def test_a_stopped_sync_export_writes_no_package_and_logs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_office(tmp_path / "dbs", "Chengdu")
    _fill(db, 60)
    monkeypatch.setattr(changes, "PART_ROWS", 10)  # several parts: several checkpoints
    before = full_dump(db)
    out = tmp_path / "out" / "all.petdesk-sync"
    out.parent.mkdir()
    flag = StopFlag()
    with pytest.raises(Cancelled):
        service.export_changes(
            db, out, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False, checkpoint=_stopping_at(3, flag)
        )
    assert list(out.parent.iterdir()) == []
    assert full_dump(db) == before  # no exchange logged, no version given out
    export(db, out)  # not stopped: written and logged
    assert out.exists() and [d for d, _ in _exchanges(db)] == ["export"]
    db.close()


@pytest.mark.parametrize("stop_at", [2, 8], ids=["while backing up", "while merging"])
def test_a_stopped_sync_import_is_undone_and_keeps_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop_at: int
) -> None:
    source = make_office(tmp_path / "dbs", "Chengdu")
    target = make_office(tmp_path / "dbs", "Lyon")
    _fill(source, 60)
    monkeypatch.setattr(changes, "PART_ROWS", 10)
    package = tmp_path / "all.petdesk-sync"
    export(source, package)
    before = full_dump(target)
    backups = target.path.parent / "backups"
    had = sorted(backups.iterdir()) if backups.exists() else []
    flag = StopFlag()
    merged: list[int] = []
    real_merge = service.Merger.add
    monkeypatch.setattr(
        service.Merger, "add", lambda self, record: (merged.append(1), real_merge(self, record))
    )
    with pytest.raises(Cancelled):
        service.import_package(target, package, PASSPHRASE, checkpoint=_stopping_at(stop_at, flag))
    assert bool(merged) == (stop_at == 8)
    assert full_dump(target) == before
    assert (sorted(backups.iterdir()) if backups.exists() else []) == had
    result = service.import_package(target, package, PASSPHRASE)  # not stopped: imported
    assert result.applied and result.counts["contact"].added == 60
    source.close()
    target.close()


def test_a_backup_reports_progress_and_a_stopped_one_leaves_nothing(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.services import backups

    monkeypatch.setattr(backups, "_PACK_CHUNK", 64 << 10)  # several reports on a small file
    folder = tmp_path / "backups"
    seen: list[tuple[int, int]] = []
    info = backups.create(
        demo_db.path, backups.MANUAL, folder=folder, progress=lambda d, t: seen.append((d, t))
    )
    assert info.path.exists() and len(seen) > 3
    assert seen[0] == (0, 100) and seen[-1] == (100, 100) and seen == sorted(seen)
    made = sorted(folder.iterdir())
    flag = StopFlag()
    with pytest.raises(Cancelled):
        backups.create(demo_db.path, backups.MANUAL, folder=folder, progress=_stopping_at(3, flag))
    assert sorted(folder.iterdir()) == made  # no second backup, no half of one
