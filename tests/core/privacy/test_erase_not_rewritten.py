"""An erasure committed on a disk with no room to rewrite the file said "Nothing was changed",
while the person was gone (field test 17 §1). It now says the person is erased and that the file
was not rewritten, and naming the person again rewrites it once there is room."""

from __future__ import annotations

import sqlite3

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.privacy.test_erasure import make_person
from tests.helpers.file_limit import file_size_limit, no_room_to_rewrite
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, for this tree's Chinese sentences


def _held(db: Database, person_id: str) -> int:
    conn = sqlite3.connect(db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact WHERE id = ?", (person_id,)).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.usefixtures("tree_catalogue")
def test_erased_but_not_rewritten_says_so(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    person_id, _ = make_person(db)
    with file_size_limit(no_room_to_rewrite(db.path)):
        code = main(["--lang", lang, "--db", str(db.path), "person", "erase", "--yes", person_id])
    out, err = capsys.readouterr()
    assert _held(db, person_id) == 0
    assert code == 1
    assert "Nothing was changed" not in err and "未作任何更改" not in err
    if lang == "en":
        assert out.startswith("Erased Brunhilde Quixotewald")
        assert (
            "the person is erased, but the file could not be rewritten (the disk refused to write the file"
            in err
        )
        assert f"petdesk person erase {person_id} again" in err
    else:
        assert "已清除" in out
        assert "文件未能重写" in err and "磁盘拒绝写入文件" in err
    # Room again: naming the person again rewrites the file.
    assert main(["--lang", lang, "--db", str(db.path), "person", "erase", "--yes", person_id]) == 0
    out = capsys.readouterr().out
    assert ("the file is rewritten" if lang == "en" else "文件已重写") in out
