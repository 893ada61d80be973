"""Field test 28, §6: a read-only folder (a write-protected stick) was accepted as backup folder,
and every later sync import then failed with "the disk is read-only … choose another folder",
not saying that the backup folder was meant, nor how to change it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.services import backups
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.read_only_place import read_only


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write: a read-only bind mount as root (whom file modes do not stop)."""
    source = tmp_path / "stick"
    source.mkdir()
    with read_only(source) as place:
        yield place


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_read_only_backup_folder_is_refused_and_named_later(
    read_only_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    here = make_office(tmp_path / "dbs", "Stuttgart")
    there = make_office(tmp_path / "dbs", "Bonn")
    package = tmp_path / "bonn.petdesk-sync"
    export(there, package)
    there.close()
    here.close()
    db = ["--lang", lang, "--db", str(here.path)]
    capsys.readouterr()
    assert main([*db, "backups", "--folder", str(read_only_folder)]) == 1
    err = capsys.readouterr().err
    assert str(read_only_folder) in err
    if lang == "en":
        assert "cannot use" in err and "as the backup folder: no file can be written there" in err
    assert backups.folder_for(here.path) != read_only_folder  # not taken
    # A folder that became read-only after it was chosen (the stick's switch): the import says which.
    conn = connection.connect(here.path)
    backups.set_folder(conn, read_only_folder)
    conn.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    assert main([*db, "sync", "import", str(package), "--passphrase-file", str(secret)]) == 1
    err = capsys.readouterr().err
    assert str(read_only_folder) in err and "petdesk backups --folder DIR" in err, err
    if lang == "en":
        assert "cannot write to the backup folder" in err and "choose another backup folder" in err
