"""A sync import whose backup could not be written (a disk that takes no more: full, a file too large
for it, a stick pulled out) said "cannot back up …sqlite (disk I/O error)": SQLite's words, and not
whether the package was imported (field test 59). It now says what to do and that nothing was
imported; the database is as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.messages import localize
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.file_limit import file_size_limit, no_room_to_rewrite


def _contacts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_import_whose_backup_fails_says_nothing_was_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    sender, here = make_office(tmp_path / "dbs", "Beijing"), make_office(tmp_path / "dbs", "Dubai")
    try:
        assert main(["--db", str(sender.path), "demo", "--contacts", "20"]) == 0
        package = tmp_path / "all.petdesk-sync"
        export(sender, package)
    finally:
        sender.close()
        here.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    capsys.readouterr()
    argv = ["--lang", lang, "--db", str(here.path), "sync", "import", "--passphrase-file", str(secret)]
    with file_size_limit(no_room_to_rewrite(here.path)):  # the backup's copy of the file does not fit
        code = main([*argv, str(package)])
    err = capsys.readouterr().err
    assert code == 1
    assert _contacts(here.path) == 0
    assert "disk I/O error" not in err, err
    if lang == "en":
        assert "free some space or choose another folder" in err and "nothing was imported" in err
    else:
        assert "其他文件夹" in err and "未导入" in err


def test_sqlite_disk_error_inside_a_sentence_is_said_plainly() -> None:
    for lang in ("en", "zh_CN"):
        said = localize("cannot back up /x/o.sqlite (disk I/O error)", lang)
        assert "disk I/O error" not in said and "/x/o.sqlite" in said, said
        said = localize("cannot write the backup to /media/usb (File too large)", lang)
        assert "File too large" not in said and "FAT32" in said, said
