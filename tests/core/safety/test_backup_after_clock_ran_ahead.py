"""Backups after a laptop's clock ran a year ahead and was put right (field test 72, defect 1).

The backups made in the wrong weeks are dated a year ahead. By their dates they stayed the newest:
no daily backup was due for a year, and every backup made after the clock was put right was pruned
at once in favour of them. They now count as the oldest. The backups "made a year ahead" are
written as ``create`` writes them on such a clock: the same file, its name and sidecar dated a year
later."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from petdesk.db import Database
from petdesk.services import backups
from petdesk.services import contacts as cs
from petdesk.services.backups import BackupInfo

YEAR = dt.timedelta(days=365)


def _add_contact(db: Database, given: str) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name_zh="张", given_name_zh=given)


def _as_made_ahead(info: BackupInfo, ahead: dt.timedelta) -> BackupInfo:
    """A copy of the backup ``info`` as a clock ``ahead`` of this one would have written it."""
    created = info.created + ahead
    stamp = created.strftime("%Y%m%dT%H%M%S%fZ")
    name = info.path.name.replace(info.created.strftime("%Y%m%dT%H%M%S%fZ"), stamp)
    target = info.path.with_name(name)
    shutil.copy(info.path, target)
    meta = json.loads(info.path.with_name(info.path.name + ".json").read_text(encoding="utf-8"))
    meta["created"] = created.isoformat()
    target.with_name(target.name + ".json").write_text(json.dumps(meta), encoding="utf-8")
    return backups.read_info(target)


def test_a_daily_backup_is_due_again_once_the_clock_is_put_right(db: Database) -> None:
    _add_contact(db, "伟")
    made = backups.backup_if_due(db.path)
    assert made is not None
    ahead = _as_made_ahead(made, YEAR)
    made.path.unlink()  # only the copies of the wrong weeks are left
    _add_contact(db, "芳")
    now = dt.datetime.now(dt.UTC)
    assert ahead.created > now + dt.timedelta(days=300)
    assert backups.is_due(db.path, now=now)
    fresh = backups.backup_if_due(db.path)
    assert fresh is not None and fresh.counts["contact"] == 2
    # a day's backup is there now: the next one waits for its day as usual
    assert not backups.is_due(db.path, now=now + dt.timedelta(minutes=30))
    assert {b.path for b in backups.backups_of(db.path)} == {ahead.path, fresh.path}


def test_a_backup_made_after_the_clock_was_put_right_is_not_pruned_at_once(db: Database) -> None:
    _add_contact(db, "伟")
    made = backups.create(db.path, "before-sync-import")
    wrong_weeks = [_as_made_ahead(made, YEAR + dt.timedelta(hours=i)) for i in range(backups.KEEP_EVENTS)]
    made.path.unlink()
    _add_contact(db, "芳")
    after = backups.create(db.path, "before-sync-import")  # prunes on the way out
    left = {b.path for b in backups.backups_of(db.path)}
    assert after.path in left
    # the oldest of the wrong weeks made room for it; the other nine stay
    assert left == {after.path} | {b.path for b in wrong_weeks[1:]}


def test_the_retention_rule_counts_backups_dated_ahead_as_the_oldest() -> None:
    now = dt.datetime(2026, 12, 6, 9, tzinfo=dt.UTC)

    def info(name: str, created: dt.datetime) -> BackupInfo:
        return BackupInfo(path=Path(name), created=created, reason="daily", size=1)

    wrong = [info(f"w{i}", now + YEAR - dt.timedelta(days=i + 2)) for i in range(14)]  # two weeks
    right = [info(f"r{i}", now - dt.timedelta(days=i)) for i in range(3)]  # three days since
    found = sorted(wrong + right, key=lambda b: b.created, reverse=True)
    keep = backups.to_keep(found, now)
    assert {b.path for b in right} <= keep
    # seven days, then four weeks: the newest of the wrong weeks fill what the right ones leave
    assert len(keep) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    assert Path("w0") in keep
    # a few minutes ahead is no wrong clock: the newest of those is still the newest
    nearly = info("n", now + dt.timedelta(minutes=5))
    assert backups.by_age([nearly, *right], now)[0] is nearly
