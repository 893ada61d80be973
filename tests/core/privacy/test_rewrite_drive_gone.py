"""The rewrite after an erasure failed on a pulled USB stick and the user read "free some space", or
SQLite's own "unable to open database file". A drive or file that went away is now said to be no
longer reachable, with what to do (reconnect it, run again); a full disk keeps its sentence. The
folder holding the file is moved away for real (chmod does not stop root)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli.person import _not_rewritten
from petdesk.db import Database, open_database
from petdesk.i18n import translator
from petdesk.messages import localize
from petdesk.services import privacy
from petdesk.services.privacy import NotRewritten, _rewrite_failure
from tests.core.privacy.test_erasure import make_person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, for this tree's Chinese sentences

GONE = {
    "en": "the drive or the file is no longer reachable (the USB stick pulled out?)",
    "zh_CN": "驱动器或文件已无法访问（U 盘是否已拔出？）",
}


@pytest.fixture
def on_stick(tmp_path: Path) -> Iterator[Database]:
    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(stick / "office.sqlite")
    yield db
    db.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_a_folder_gone_says_unreachable_then_rewrites_once_back(on_stick: Database, lang: str) -> None:
    person_id, _ = make_person(on_stick)
    assert privacy.erase(on_stick, person_id, look_in_backups=False).not_rewritten is None
    stick, away = on_stick.path.parent, on_stick.path.parent.with_name("elsewhere")
    stick.rename(away)  # the stick pulled out: its folder is no longer where the file was opened
    try:
        problem = privacy.rewrite_file(on_stick, lang)
    finally:
        away.rename(stick)  # plugged back in
    assert problem == NotRewritten(GONE[lang], unreachable=True)
    told = _not_rewritten(translator(lang), problem, person_id)
    if lang == "en":
        assert "Reconnect the drive holding the file, then run petdesk person erase" in told
        assert "Free some space" not in told and "unable to open" not in told
    else:
        assert "请重新连接存放该文件的驱动器" in told and "释放" not in told
    assert privacy.rewrite_file(on_stick, lang) is None  # back: the rewrite goes through


def test_the_systems_errors_of_a_vanished_drive() -> None:
    for code in (errno.ENOENT, errno.EIO, errno.ENODEV):
        assert _rewrite_failure(OSError(code, "gone"), "en") == GONE["en"]
    full = _rewrite_failure(OSError(errno.ENOSPC, "No space left on device"), "en")
    assert full == "there is not enough free space on the disk"  # the full disk keeps its sentence


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_sqlites_unable_to_open_never_reaches_the_user(tmp_path: Path, lang: str) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError) as caught:  # SQLite's real words for a folder gone
        sqlite3.connect(tmp_path / "no-such-folder" / "office.sqlite").execute("SELECT 1")
    raw = str(caught.value)
    assert raw == "unable to open database file"
    for message in (raw, f"the database could not be updated ({raw}); nothing was imported"):
        said = localize(message, lang)
        assert "unable to open" not in said
        assert ("reconnect the drive" in said) if lang == "en" else ("请重新连接驱动器" in said)
