"""A package that erases a person, imported on a disk with no room to rewrite the file: the
import was committed, then the rewrite that removes the erased bytes failed, and the command said
"nothing was imported" (field test 59). It now says the package is imported, that pieces of the
erased records may remain in the file's unused space, and how to rewrite it once there is room."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import privacy
from tests.core.privacy.test_erasure import make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send
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
def test_import_that_erases_on_a_full_disk_says_it_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    beijing, bonn = make_office(tmp_path / "dbs", "Beijing"), make_office(tmp_path / "dbs", "Bonn")
    try:
        person_id, _ = make_person(beijing)
        send(beijing, bonn, tmp_path, full=True)
        send(bonn, beijing, tmp_path)
        assert _held(bonn, person_id) == 1
        privacy.erase(beijing, person_id)
        package = tmp_path / "erasure.petdesk-sync"
        export(beijing, package, to=office_id(bonn))
        secret = tmp_path / "pass.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        bonn.close()  # the command opens the file itself
        argv = ["--lang", lang, "--db", str(bonn.path), "sync", "import"]
        # Room for the backup's copy of the file (its size), not for the rewrite, which writes every
        # page again with a header each (VACUUM's WAL frames or rollback journal).
        with file_size_limit(no_room_to_rewrite(bonn.path) * 2 + 4096):  # the size, a page more
            code = main([*argv, "--passphrase-file", str(secret), str(package)])
        out, err = capsys.readouterr()
        assert _held(bonn, person_id) == 0, err  # the import was committed
        assert code == 1  # the erasure is not whole yet
        assert "nothing was imported" not in err and "未导入" not in err
        if lang == "en":
            assert "Imported." in out
            assert (
                "imported, but the file could not be rewritten (the disk refused to write the file" in err
            ), err
            assert f"petdesk person erase {person_id} again" in err
        else:
            assert "已导入" in out
            assert "文件未能重写" in err and "磁盘拒绝写入文件" in err
            assert f"petdesk person erase {person_id}" in err
        # Room again: naming the person again rewrites the file.
        assert main(["--lang", lang, "--db", str(bonn.path), "person", "erase", "--yes", person_id]) == 0
        assert ("the file is rewritten" if lang == "en" else "文件已重写") in capsys.readouterr().out
    finally:
        beijing.close()
        bonn.close()
