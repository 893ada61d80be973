"""``petdesk FILE``, as the desktop entry's ``Exec=petdesk %f`` runs it (field test 22, defect 4):
a sync package opens the import dialog, a database file opens in the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import build_parser, command_names, main
from petdesk.cli.open_file import PACKAGE_MAGIC, file_as_command


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "package": tmp_path / "from Bonn.petdesk-sync",
        "renamed package": tmp_path / "from Bonn (1).bin",
        "database": tmp_path / "office.sqlite",
    }
    made["package"].write_bytes(PACKAGE_MAGIC + b"rest")
    made["renamed package"].write_bytes(PACKAGE_MAGIC + b"rest")
    made["database"].write_bytes(b"SQLite format 3\x00" + bytes(100))
    return made


def _parsed(words: list[str]):
    parser = build_parser()
    return parser.parse_args(file_as_command(words, command_names(parser)))


@pytest.mark.parametrize("kind", ["package", "renamed package"])
def test_a_sync_package_opens_the_window_with_the_import_dialog(files: dict[str, Path], kind: str) -> None:
    args = _parsed([str(files[kind])])
    assert args.command == "gui" and args.import_package == files[kind] and args.db is None


def test_a_database_file_opens_in_the_window(files: dict[str, Path]) -> None:
    args = _parsed([str(files["database"])])
    assert args.command == "gui" and args.db == files["database"] and args.import_package is None


def test_global_options_before_the_file_are_kept(files: dict[str, Path]) -> None:
    args = _parsed(["--lang", "zh_CN", "--db", "own.sqlite", "--", str(files["package"])])
    assert (args.command, args.ui_lang, args.db) == ("gui", "zh_CN", Path("own.sqlite"))
    assert args.import_package == files["package"]


def test_commands_and_missing_files_are_left_alone(files: dict[str, Path], tmp_path: Path) -> None:
    assert file_as_command(["--db", str(files["database"]), "stats"], ["stats"]) == [
        "--db",
        str(files["database"]),
        "stats",
    ]
    missing = str(tmp_path / "typo")
    assert file_as_command([missing], ["stats"]) == [missing]


def test_a_mistyped_command_is_still_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(tmp_path / "x.sqlite"), "stast"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()
