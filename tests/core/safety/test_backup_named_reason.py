"""A backup whose sidecar cannot be read is listed with the time and reason its name says: a link
whose target was gone showed the link's own time and the English word "unknown" in the Chinese
window (field test 63)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.services import backups
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def test_a_dead_links_name_gives_its_time_and_reason(db: Database) -> None:
    good = backups.create(db.path, backups.MANUAL)
    gone = good.path.with_name(f"{db.path.name}-20200101T083000000000Z-before-import.gz")
    gone.symlink_to(good.path.with_name("pulled-out.gz"))
    info = backups.read_info(gone)
    assert info.problem == "gone"
    assert info.created == dt.datetime(2020, 1, 1, 8, 30, tzinfo=dt.UTC)
    assert info.reason == "before-import"
    assert backups.reason_text(info.reason, "zh_CN") != "before-import"


def test_a_name_that_says_nothing_gives_a_translated_unknown_reason(tmp_path: Path, tree_catalogue) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "petdesk.sqlite-copied by hand.gz"
    odd.write_bytes(b"not a backup")
    info = backups.read_info(odd)
    assert info.reason == backups.UNKNOWN_REASON
    assert backups.reason_text(info.reason, "en") == "reason unknown"
    assert backups.reason_text(info.reason, "zh_CN") == "原因不明"
