"""Field test 8, defects 4 and 5: opening an older file says that it was upgraded (on stderr, stdout
unchanged; in the window see tests/gui/test_upgrade_notice.py), and its backup's reason keeps the
whole revision id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import code_heads, open_database
from petdesk.services import backups
from tests.helpers.old_files import file_at
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese (new sentences of polish 49)

OLD = "0023_sync_versions_compact"


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file at schema 0023 with one office, as the version of 2026-12-02 left it."""
    return file_at(tmp_path_factory.mktemp("old") / "old.sqlite", OLD)


def _copy(old_file: Path, folder: Path) -> Path:
    path = folder / "cli.sqlite"
    shutil.copyfile(old_file, path)
    return path


def test_the_upgrade_backup_keeps_the_whole_revision_id(old_file: Path, tmp_path: Path) -> None:
    path = _copy(old_file, tmp_path)
    db = open_database(path)
    db.close()
    [info] = backups.backups_of(path)
    assert info.reason == f"before-upgrade-{OLD}"
    assert info.path.name.endswith(f"-before-upgrade-{OLD}.gz")
    assert db.upgraded is not None and db.upgraded.backup == info.path
    assert db.upgraded.old == {OLD} and db.upgraded.new == code_heads()
    # Opened again: nothing to upgrade, nothing to tell.
    again = open_database(path)
    again.close()
    assert again.upgraded is None


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_stats_says_on_stderr_that_the_file_was_upgraded(
    old_file: Path, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    path = _copy(old_file, tmp_path)
    capsys.readouterr()
    assert main(["--lang", lang, "--db", str(path), "stats"]) == 0
    first = capsys.readouterr()
    [backup] = backups.backups_of(path)
    [head] = code_heads()
    lines = first.err.splitlines()
    assert len(lines) == 1, first.err
    assert str(backup.path) in lines[0], lines
    # Plain words: the revision codes (also inside the backup's name) read as an error (polish 49).
    words = lines[0].replace(str(backup.path), "")
    assert OLD not in words and head not in words and "→" not in words, lines
    if lang == "en":
        assert "updated this file" in words and "older versions of petdesk" in words, lines
    else:
        assert "更新" in words and "旧版" in words and "升级" not in words, lines
    # The second time there is nothing to say, and stdout was the command's own both times.
    assert main(["--lang", lang, "--db", str(path), "stats"]) == 0
    second = capsys.readouterr()
    assert second.err == "" and second.out == first.out


def test_a_backup_named_the_older_cut_way_is_still_reused(old_file: Path, tmp_path: Path) -> None:
    """A failed or killed upgrade by the version that cut the reason left its copy: a later attempt
    reuses it rather than adding another."""
    from petdesk.db import backup_path

    path = _copy(old_file, tmp_path)
    made = backups.create(path, "before-upgrade-0023_sync_ve").path
    assert backup_path(path, {OLD}) == made


def test_verbose_adds_the_schema_revisions_for_it(
    old_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(old_file, tmp_path)
    capsys.readouterr()
    assert main(["--verbose", "--db", str(path), "stats"]) == 0
    [head] = code_heads()
    notice, details = capsys.readouterr().err.splitlines()
    assert "updated this file" in notice
    assert details == f"Schema revision: {OLD} → {head}"
