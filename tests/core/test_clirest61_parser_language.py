"""argparse's own messages follow ``--lang`` wherever it stands (review 61): "visit-vehicles edit X
--seats abc --lang zh_CN" was refused in English, in Chinese only with ``--lang`` first."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.cli.parser_language import early_locale
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2  # a usage error in every language
    return capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["visit-vehicles", "edit", "X", "--seats", "abc", "--lang", "zh_CN"], "参数 --seats："),
        (["visit-vehicles", "edit", "X", "--seats", "abc", "--lang=zh_CN"], "参数 --seats："),
        (["visit-vehicles", "edit", "--lang", "zh_CN"], "缺少以下必需的参数：ID"),  # missing argument
        (["visit-vehicles", "edit", "X", "--bogus", "--lang", "zh_CN"], "无法识别的参数：--bogus"),  # unknown
        (["stats", "--lang", "zh_CN", "--bogus"], "无法识别的参数：--bogus"),  # the global one, after
        (["visits", "--lang", "zh_CN", "--layout", "x"], "无法识别的参数"),
    ],
)
def test_clirest61_usage_errors_follow_lang_after_the_command(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_LANG", "en")
    err = _usage_error(argv, capsys)
    assert "用法：" in err and "错误：" in err and said in err, err


@pytest.mark.usefixtures("tree_catalogue")
def test_clirest61_invalid_choice_after_the_command_in_chinese(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_LANG", "en")
    err = _usage_error(["visits", "--status", "nope", "--lang", "zh_CN"], capsys)
    said = "参数 --status：无效的选项：“nope”（可选：“planned”、“confirmed”、“done”、“cancelled”）"
    assert said in err, err


def test_clirest61_the_environment_s_chinese_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PETDESK_LANG", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    err = _usage_error(["visit-vehicles", "edit", "X", "--seats", "abc"], capsys)
    assert "参数 --seats：" in err and "错误：" in err, err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["visit-vehicles", "edit", "X", "--lang", "zh_CN"], "zh_CN"),
        (["--lang", "zh_CN", "stats", "--lang", "en"], "en"),  # the last one wins, as argparse's value
        (["stats", "--lan", "zh_CN"], "zh_CN"),
        (["dossier", "visit", "x", "--la", "zh_CN"], "en"),  # --layout's beginning, and a document's
        (["note", "add", "--", "--lang", "zh_CN"], "en"),  # after "--": words, not options
    ],
)
def test_clirest61_early_locale_reads_lang_after_the_command(
    argv: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_LANG", "en")
    assert early_locale(argv) == expected
