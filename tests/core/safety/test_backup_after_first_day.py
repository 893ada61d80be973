"""The backup at close when a backup younger than a day exists (field test 38, defect 2): the only
backup of the first day was the empty file made at the first start, and every close skipped its
backup. A close now backs up when the data changed since the newest backup and that one is empty
or older than a few hours; unchanged data is never copied again."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import backups
from petdesk.services import contacts as cs


def _add_contact(db: Database, given: str) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name_zh="张", given_name_zh=given)


def test_the_first_days_work_is_backed_up_at_close_after_the_empty_start_backup(db: Database) -> None:
    first = backups.backup_if_due(db.path)  # the first start, of the new empty file
    assert first is not None and first.empty
    _add_contact(db, "伟")  # the first day's work
    at_close = backups.backup_if_due(db.path)
    assert at_close is not None
    assert at_close.counts["contact"] == 1 and not at_close.empty
    assert backups.backup_if_due(db.path) is None  # nothing changed since: no second copy


def test_changed_data_is_backed_up_once_the_newest_backup_is_some_hours_old(db: Database) -> None:
    _add_contact(db, "伟")
    assert backups.backup_if_due(db.path) is not None
    _add_contact(db, "芳")
    now = dt.datetime.now(dt.UTC)
    assert not backups.is_due(db.path, now=now + dt.timedelta(minutes=30))
    assert backups.is_due(db.path, now=now + backups.CHANGED_AFTER)


def test_unchanged_data_waits_for_the_daily_backup(db: Database) -> None:
    _add_contact(db, "伟")
    assert backups.backup_if_due(db.path) is not None
    now = dt.datetime.now(dt.UTC)
    assert not backups.is_due(db.path, now=now + backups.CHANGED_AFTER)
    assert backups.is_due(db.path, now=now + backups.PERIOD)


def test_the_sidecar_keeps_the_data_version(db: Database) -> None:
    _add_contact(db, "伟")
    made = backups.backup_if_due(db.path)
    assert made is not None and made.data_version
    assert backups.read_info(made.path).data_version == made.data_version == backups.data_version(db.path)
