"""Before a restore replaces the database, what the backup holds is shown against what the file
holds now, and a restore never goes on without a copy of the current file (field test 112: an
older backup restored over newer work, and nothing said what would be lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.models import Contact, Organisation
from petdesk.services import backups, restore_compare
from tests.core.sync.helpers import make_office
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _office_with_older_backup(tmp_path: Path) -> tuple[Path, Path]:
    db = make_office(tmp_path / "bonn", "Bonn")
    with db.transaction() as session:
        session.add(Organisation(name_en="Umweltbundesamt"))
        session.add(Contact(family_name="Weber", given_name="Anna"))
    backup = backups.create(db.path, backups.MANUAL).path
    with db.transaction() as session:  # work done after the backup
        session.add(Contact(family_name="Schulz", given_name="Paul"))
    db.close()
    return db.path, backup


def test_the_comparison_names_what_the_current_file_holds_more_and_newer(tmp_path: Path) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    found = restore_compare.compare(db_path, backup)
    assert found.backup["contact"].count == 1 and found.current["contact"].count == 2
    assert found.backup["organisation"].count == found.current["organisation"].count == 1
    assert found.more_here == ["contact"] and found.newer_here == ["contact"]
    assert found.current_would_be_lost
    same = restore_compare.compare(db_path, backups.create(db_path, backups.MANUAL).path)
    assert not same.current_would_be_lost


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_restore_command_compares_first_and_says_where_the_copy_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    assert main(["--db", str(db_path), "--lang", lang, "restore", "--compare", str(backup)]) == 0
    captured = capsys.readouterr()
    shown = captured.out + captured.err
    assert str(backups.folder_for(db_path)) in shown
    if lang == "en":
        assert "contacts" in shown and "1" in shown and "2" in shown
        assert "would be lost" in shown
    else:
        assert "联系人" in shown and "would be lost" not in shown
    assert restore_compare.held(db_path)["contact"].count == 2  # --compare changes nothing


def test_restore_keeps_the_file_as_it_was_when_no_backup_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)

    def refused(*_args: object, **_kw: object) -> backups.BackupInfo:
        raise backups.BackupError("the backup folder is full")

    monkeypatch.setattr(backups, "create", refused)
    result = backups.restore(db_path, backup)
    assert result.before is None and result.before_copy is not None
    assert restore_compare.held(result.before_copy)["contact"].count == 2
    assert restore_compare.held(db_path)["contact"].count == 1


def test_a_current_file_that_cannot_be_read_is_said_unreadable_not_an_error(tmp_path: Path) -> None:
    """The forgotten-passphrase restore (the current file encrypted, no passphrase given) failed with
    "is encrypted: give its passphrase" before it could say --replace-encrypted: the comparison read
    the current file and let the error out. A damaged one stands in for it here."""
    db_path, backup = _office_with_older_backup(tmp_path)
    db_path.write_bytes(b"Minutes of the meeting of 3 May, not a database.\n" * 200)
    found = restore_compare.compare(db_path, backup)
    assert found.current_unreadable and found.current == {}
    assert found.backup["contact"].count == 1
    assert not found.current_would_be_lost


def _sentences_end_and_the_folder_stands_alone(shown: str, folder: str) -> None:
    """Each line before the folder ends its sentence ("." or "。"); the folder is a line of its own,
    with no full stop after it to be read as part of the path (shots58)."""
    lines = [line.strip() for line in shown.splitlines() if line.strip()]
    at = lines.index(folder)
    assert lines[at - 1].endswith((".", "。")), lines[at - 1]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("lost", [True, False])
def test_the_restore_warning_ends_its_sentence_and_puts_the_folder_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, lost: bool
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    if not lost:
        backup = backups.create(db_path, backups.MANUAL).path
    assert main(["--db", str(db_path), "--lang", lang, "restore", "--compare", str(backup)]) == 0
    captured = capsys.readouterr()
    _sentences_end_and_the_folder_stands_alone(captured.out + captured.err, str(backups.folder_for(db_path)))
