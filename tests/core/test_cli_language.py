"""The command line in Chinese: help texts, argparse's own words and errors, progress lines and the
messages of ``main`` follow ``--lang zh_CN`` / ``$PETDESK_LANG``; English stays as it was."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.columns import width
from petdesk.cli.parser_language import early_locale, wrap_columns
from petdesk.cli.progress import stderr_progress, stderr_steps
from petdesk.i18n import translator
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese help texts

#: The words of argparse's own help line, none of which may be left in a Chinese help.
HELP_LINE_WORDS = ("show", "this", "help", "message", "and", "exit")


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def english_words(text: str) -> set[str]:
    """Lower-case Latin words of ``text`` outside option names, metavars and ``{choices}``."""
    text = re.sub(r"--?[\w-]+|\{[^}]*\}|\b[A-Z][A-Z_.]*\b|\$\w+", " ", text)
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)}


def test_the_main_help_is_chinese(capsys: pytest.CaptureFixture[str], tree_catalogue: Path) -> None:
    out = help_text(capsys, "--lang", "zh_CN")
    assert out.startswith("用法：petdesk ")
    assert "显示此帮助信息并退出" in out and "选项" in out and "命令" in out
    assert "地区办公室的合作伙伴" in out  # the description
    assert "数据库文件（默认：$PETDESK_DB" in out  # an option's help
    words = english_words(out)
    assert not words & set(HELP_LINE_WORDS), sorted(words & set(HELP_LINE_WORDS))
    assert not words & {"usage", "options", "commands", "default", "database", "the"}, sorted(words)


def test_a_subcommand_help_is_chinese_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    out = help_text(capsys, "search")
    assert out.startswith("用法：petdesk search ")
    assert "位置参数" in out and "显示此帮助信息并退出" in out and "降序排列" in out
    assert "像窗口中的搜索框一样查找机构和联系人" in out
    words = english_words(out)
    assert not words & set(HELP_LINE_WORDS), sorted(words & set(HELP_LINE_WORDS))
    # what is left are names: the program, the command, its argument and an example query
    assert words <= {"petdesk", "search", "query", "zhang", "wei", "example", "org"}, sorted(words)
    out = help_text(capsys, "sync", "export")  # a nested command, with the exit codes as epilog
    assert "退出码：" in out and "要写入的数据包文件" in out
    assert not english_words(out) & set(HELP_LINE_WORDS)


def test_chinese_help_is_wrapped_by_terminal_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Chinese character takes two columns and a line may break between two of them (textwrap
    counts characters and breaks at spaces only: 140 columns in an 80-column terminal)."""
    monkeypatch.setenv("COLUMNS", "80")
    out = help_text(capsys, "--lang", "zh_CN", "import-contacts")
    lines = out.splitlines()
    assert max(width(line) for line in lines) <= 80, [line for line in lines if width(line) > 80]
    assert "  --header-row N        包含列名的行（CSV 文件的行号或工作表的行号，从 1 开\n" in out


def test_the_chinese_usage_lines_up_under_its_first_argument(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse indents the usage's continuation lines by the characters of "用法：petdesk ", which
    take three columns more than that on a terminal."""
    monkeypatch.setenv("COLUMNS", "80")
    lines = help_text(capsys, "--lang", "zh_CN", "import-contacts").splitlines()
    first = lines[0].index("[-h]")
    assert lines[1].startswith(" ") and width(lines[0][:first]) == len(lines[1]) - len(lines[1].lstrip())


def test_wrapping_keeps_punctuation_and_words_together() -> None:
    text = "从 CSV、Excel（.xlsx）或 vCard（.vcf）导入联系人或机构，一次导入全部文件。"
    lines = wrap_columns(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(width(line) <= 20 for line in lines), lines
    assert not any(line[0] in "，。、）" or line[-1] == "（" for line in lines), lines
    assert lines[0] == "从 CSV、Excel"  # a Latin word is never cut
    assert wrap_columns("a_very_long_option_name_indeed", 10) == ["a_very_long_option_name_indeed"]


def test_the_english_help_is_unchanged_after_a_chinese_one(capsys: pytest.CaptureFixture[str]) -> None:
    help_text(capsys, "--lang", "zh_CN", "search")
    out = help_text(capsys, "--lang", "en", "search")
    assert out.startswith("usage: petdesk search ")
    assert "positional arguments:\n" in out and "options:\n" in out
    assert "  -h, --help            show this help message and exit\n" in out
    assert "  --desc                sort descending\n" in out


@pytest.mark.usefixtures("tree_catalogue")
def test_argument_errors_speak_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "zh_CN", "visits", "--from", "29.11.2026"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：petdesk visits ")
    assert "petdesk visits：错误：参数 --from：“29.11.2026”不是 2026-11-29 这样的日期" in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "visits", "--from", "29.11.2026"])
    err = capsys.readouterr().err
    assert "petdesk visits: error: argument --from: “29.11.2026” is not a date like 2026-11-29" in err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse left as it was


def test_no_database_at_a_mistyped_path_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nowhere" / "x.sqlite"
    assert main(["--lang", "zh_CN", "--db", str(path), "stats"]) == 1
    err = capsys.readouterr().err
    # the whole line is Chinese, the prefix too
    assert err == (
        f"petdesk：错误：{path} 不存在：请检查路径；petdesk demo 或 petdesk office 可创建新数据库\n"
    )
    assert main(["--db", str(path), "stats"]) == 1
    assert capsys.readouterr().err.startswith(f"petdesk: error: {path} does not exist: check the path")


@pytest.mark.usefixtures("tree_catalogue")
def test_a_missing_argument_and_an_invalid_choice_in_chinese_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What users meet most: usage, the error line, a required argument, a mistyped choice; with
    $PETDESK_LANG as with --lang, and the exit status scripts test stays 2."""
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    with pytest.raises(SystemExit) as stopped:
        main(["import-contacts"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：petdesk import-contacts ")
    assert err.endswith("petdesk import-contacts：错误：缺少以下必需的参数：FILE\n")
    with pytest.raises(SystemExit) as stopped:
        main(["visits", "--status", "planed"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "petdesk visits：错误：参数 --status：无效的选项：“planed”（可选：“planned”、" in err
    assert "error" not in err and "usage" not in err


def test_an_error_of_a_command_in_chinese_and_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main``'s own error line (a command refused) speaks the language too."""
    db = str(tmp_path / "petdesk.sqlite")
    assert main(["--lang", "zh_CN", "--db", db, "history", "ab"]) == 1
    assert capsys.readouterr().err.startswith("petdesk：错误：")
    assert main(["--lang", "en", "--db", db, "history", "ab"]) == 1
    assert capsys.readouterr().err.startswith("petdesk: error: ")


def test_progress_lines_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    zh = translator("zh_CN")
    report = stderr_progress(zh("export-contacts"), zh)
    report(0, 2000)
    report(1000, 2000)
    steps = stderr_steps(zh("demo"), zh)
    steps("contacts", 0, 200_000)
    steps("contacts", 80_000, 200_000)
    steps("search index", 0, 1)
    stderr_progress(zh("backup"), zh, min_total=0, counts=False)(3, 10)
    assert capsys.readouterr().err.splitlines() == [
        "导出联系人：0%（0 / 2,000）",
        "导出联系人：50%（1,000 / 2,000）",
        "演示数据：联系人…",
        "演示数据：联系人 40%（80,000 / 200,000）",
        "演示数据：搜索索引…",
        "备份：30%",
    ]


def test_progress_lines_in_english_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    stderr_progress("export-contacts")(1000, 2000)
    stderr_steps("demo")("contacts", 80_000, 200_000)
    stderr_progress("backup", min_total=0, counts=False)(3, 10)
    assert capsys.readouterr().err.splitlines() == [
        "export-contacts: 50% (1,000 / 2,000)",
        "demo: contacts…",
        "demo: contacts 40% (80,000 / 200,000)",
        "backup: 30%",
    ]


def test_an_export_reports_its_progress_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    """Through the command: the progress of an export of 1,000 contacts, on standard error."""
    db = new_database_file(tmp_path / "p.sqlite")  # a copy of the session's new file: no migrations
    assert main(["--db", str(db), "demo", "--contacts", "1000"]) == 0
    capsys.readouterr()
    out = tmp_path / "all.csv"
    assert main(["--lang", "zh_CN", "--db", str(db), "export-contacts", "--out", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("导出联系人：0%（0 / "), err
    assert err[-1].startswith("导出联系人：100%（"), err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "zh_CN", "--help"], "zh_CN"),
        (["--db", "x.sqlite", "--lang=zh_CN", "stats"], "zh_CN"),
        (["--passphrase-file", "--lang", "stats"], "en"),  # a value, not the option
        (["--la", "zh", "stats"], "zh_CN"),  # argparse takes a unique beginning
        (["visits", "--lang", "zh_CN"], "zh_CN"),  # its own --lang: its messages speak it too
        (["dossier", "visit", "x", "--lang", "zh_CN", "--out", "x.pdf"], "en"),
    ],
)
def test_the_language_is_known_before_the_parser(
    argv: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_LANG", "en")
    assert early_locale(argv) == expected
