"""``petdesk check`` on a disk too full for SQLite to open the file's shared-memory index (field
test 88): the file was reported as damaged with "there is no good backup of it", which sends a person
with a sound file to restore an old backup. Not checked is not damaged: exit status 3 and a sentence
that says to free space and check again."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.services import check as checking
from tests.helpers.file_limit import file_size_limit
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.fixture
def closed_file(tmp_path: Path, new_database_file: Callable[[Path], Path]) -> Path:
    """A sound database with no -wal or -shm beside it: opening it must create them."""
    path = new_database_file(tmp_path / "petdesk.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "20", "--seed", "3"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def test_a_full_disk_is_not_damage(closed_file: Path) -> None:
    with file_size_limit(1), pytest.raises(checking.CheckNotRun) as raised:
        checking.check(closed_file)
    assert "free some space" in str(raised.value)
    assert checking.check(closed_file).clean  # with room again, the file is sound


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_command_says_not_checked(
    closed_file: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with file_size_limit(1):
        code = main(["--lang", lang, "--db", str(closed_file), "check"])
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert "damaged" not in out and "损坏" not in out.replace("并不表示文件已损坏", "")
    said = err.replace(str(closed_file), "")
    if lang == "en":
        assert "was not checked" in said and "free some space" in said, said
    else:
        assert "未检查" in said and "空间" in said and "checked" not in said, said
