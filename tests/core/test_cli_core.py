"""The foundation's command line: --help, --version, --db, PETDESK_DB, stats, office, errors."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from petdesk import __version__
from petdesk.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "petdesk", *args], capture_output=True, text=True, env=env, check=False
    )


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("gui", "demo", "stats", "office"):
        assert command in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_office_set_and_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    # a copy of the session's new file: making new files is another test's point (migrating one
    # costs about a second)
    db = str(new_database_file(tmp_path / "o.sqlite"))
    assert (
        main(["--db", db, "office", "--name", "Beijing Representation Office", "--region", "East Asia"]) == 0
    )
    first = capsys.readouterr().out
    assert main(["--db", db, "office"]) == 0
    second = capsys.readouterr().out
    assert "Beijing Representation Office" in second and "East Asia" in second
    # the office id is stable
    assert first.splitlines()[0] == second.splitlines()[0]


def test_office_rejects_empty_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    assert main(["--db", str(new_database_file(tmp_path / "o.sqlite")), "office", "--name", "  "]) == 1
    assert "must not be empty" in capsys.readouterr().err


def test_stats_reads_env_database(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    new_database_file: Callable[[Path], Path],
) -> None:
    # in this process: the variable is read when the command runs (paths.default_db_path), and
    # a child process would only add its start-up (--help and --version keep theirs); the file is
    # a copy of the session's new one, making new files being another test's point
    monkeypatch.setenv("PETDESK_DB", str(new_database_file(tmp_path / "env.sqlite")))
    assert main(["office"]) == 0
    capsys.readouterr()
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "env.sqlite") in out
    assert "schema version" in out and "contacts" in out


def test_bad_database_gives_plain_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    assert main(["--db", str(bad), "stats"]) == 1  # a traceback would have raised out of main
    err = capsys.readouterr().err
    assert "not a petdesk database" in err
    assert "Traceback" not in err


def test_unknown_command_is_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2


def test_demo_twice_with_same_seed_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    db = str(new_database_file(tmp_path / "d.sqlite"))  # a copy of the session's new file
    assert main(["--db", db, "demo", "--contacts", "20", "--seed", "5", "--anchor", "2026-11-01"]) == 0
    assert main(["--db", db, "demo", "--contacts", "20", "--seed", "5", "--anchor", "2026-11-01"]) == 1
    assert "choose another --seed" in capsys.readouterr().err


def _subcommand_actions(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{path} {name}", a) for a in sub._actions if a.dest != "help")
                yield from _subcommand_actions(sub, f"{path} {name}")


def test_no_subcommand_option_takes_the_place_of_a_main_option() -> None:
    """argparse copies a subcommand's values over the main ones of the same dest (defaults too), so
    ``sync export --passphrase-file`` once replaced the database's ``--passphrase-file``."""
    from petdesk.cli import build_parser

    parser = build_parser()
    main_dests = {a.dest for a in parser._actions if a.dest != "help"}
    # The main options repeated after the command (``demo --db F``) share the dest on purpose: they
    # default to argparse.SUPPRESS, so they replace the main value only when given there.
    repeated = {(a.dest, a.option_strings[0]) for a in parser._actions if a.option_strings}
    clashes = [
        (cmd, action.dest)
        for cmd, action in _subcommand_actions(parser, "petdesk")
        if action.dest in main_dests
        and not (action.default is argparse.SUPPRESS and (action.dest, action.option_strings[0]) in repeated)
    ]
    assert clashes == []


READING_COMMANDS = [
    ["stats"],
    ["search", "zhang"],
    ["export-contacts", "--out", "x.csv"],
    ["visits"],
    ["projects"],
    ["history", "abcd"],
    ["dossier", "visit", "abcd", "--out", "x.pdf"],
    ["backups"],
    ["backup"],
    ["check"],
    ["sync", "offices"],
    ["person", "export", "abcd", "--out", "x.json"],
]


@pytest.mark.parametrize("folder", ["typo", "."])
@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_a_mistyped_database_path_is_not_made_into_an_empty_database(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    folder: str,
) -> None:
    """`--db typo/x.sqlite stats` made the folders and an empty file, and said 0 contacts; in an
    existing folder, `--db nonexist.sqlite stats` made a new office there (field test 7, defect 10),
    which then stood in the way of a restore onto that path."""
    monkeypatch.chdir(tmp_path)  # where an --out x.csv would land
    typo = tmp_path / folder / "x.sqlite"
    before = sorted(tmp_path.rglob("*"))
    assert main(["--db", str(typo), *command]) == 1
    err = capsys.readouterr().err
    assert f"{typo} does not exist: check the path; petdesk demo or petdesk office creates" in err, err
    assert sorted(tmp_path.rglob("*")) == before  # nothing made: no file, no folder, no output


def test_a_new_database_is_still_made_by_the_demo_the_office_and_the_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "new" / "a.sqlite"), "office", "--name", "Bonn Office"]) == 0
    assert main(["--db", str(tmp_path / "new" / "a.sqlite"), "stats"]) == 0
    assert main(["--db", str(tmp_path / "b.sqlite"), "office"]) == 0  # showing the identity makes it
    people = tmp_path / "people.csv"
    people.write_text("Family name,Given name\nWeber,Anna\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "c.sqlite"), "import-contacts", str(people)]) == 0
    assert (tmp_path / "c.sqlite").exists()


def test_the_window_without_a_display_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over ssh without a display, Qt aborted the process (exit 134) with a plugin message."""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", str(tmp_path / "a.sqlite"), "gui"]) == 1
    assert "needs a display" in capsys.readouterr().err
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert main(["--db", str(tmp_path / "a.sqlite"), "gui"]) == 1  # X11 asked for, none there


# --- the language of the output (petdesk --lang, $PETDESK_LANG) ---------------------------------


def _office_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> str:
    db = str(new_database_file(tmp_path / "o.sqlite"))  # a copy of the session's new file
    assert (
        main(["--db", db, "office", "--name", "Bonn Office", "--name-zh", "波恩办公室", "--region", "Europe"])
        == 0
    )
    capsys.readouterr()
    return db


def test_office_in_chinese_and_english(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
) -> None:
    db = _office_db(tmp_path, capsys, new_database_file)
    assert main(["--lang", "zh_CN", "--db", db, "office"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("：")[0] for line in lines] == ["编号", "名称", "中文名称", "地区"]
    # the values in one column of the terminal: a Chinese character takes two
    assert lines[1] == "名称：     Bonn Office" and lines[3] == "地区：     Europe"
    assert lines[2] == "中文名称： 波恩办公室"
    # English as scripts have always read it, also where the environment asks for Chinese
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    assert main(["--lang", "en", "--db", db, "office"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == ["name:    Bonn Office", "name_zh: 波恩办公室", "region:  Europe"]
    assert lines[0].startswith("id:      ") and len(lines[0]) == 9 + 22


def test_stats_in_chinese_from_the_environment(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
) -> None:
    db = _office_db(tmp_path, capsys, new_database_file)
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    assert main(["--db", db, "stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"数据库：         {db}"
    assert lines[2].startswith("数据库结构版本： 0")
    # Its Chinese name, as the window's status bar shows it (field test 8, defect 6).
    assert lines[4].startswith("办公室：         波恩办公室（Europe）编号 ")
    counts = {line.split()[0]: line.split()[1] for line in lines[5:]}
    assert counts["合作机构"] == "0" and counts["联系人"] == "0" and counts["出勤记录"] == "0"
    assert not any(ch.isascii() and ch.isalpha() for line in lines[5:] for ch in line)
    # the counts' column is right-aligned in terminal columns
    from petdesk.cli.columns import width

    assert len({width(line) for line in lines[5:]}) == 1


def test_demo_summary_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    # copies of the session's new file: the summary is the point, making new files another test's
    db = str(new_database_file(tmp_path / "d.sqlite"))
    assert main(["--lang", "zh_CN", "--db", db, "demo", "--contacts", "5", "--anchor", "2026-11-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"已向 {db} 添加演示数据，用时 ") and " 秒：" in out
    assert "联系人 5、" in out and "contacts" not in out
    english = str(new_database_file(tmp_path / "e.sqlite"))
    assert main(["--lang", "en", "--db", english, "demo", "--contacts", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Demo data added to {tmp_path / 'e.sqlite'} in ") and ", 5 contacts, " in out
