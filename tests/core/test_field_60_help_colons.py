"""Field test 60: ``petdesk --help`` in a Chinese terminal wrote "用法：" but "选项:", "命令:" and
"位置参数:" with argparse's half-width colon; Chinese headings now take the full-width one."""

from __future__ import annotations

import re

import pytest

from petdesk.cli import main

HALF_WIDTH_AFTER_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]:$", re.MULTILINE)


@pytest.mark.parametrize("command", [[], ["sync"], ["sync", "import"], ["dossier", "visit"], ["restore"]])
def test_chinese_help_headings_take_the_full_width_colon(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "zh_CN", *command, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "\n选项：\n" in out
    assert not HALF_WIDTH_AFTER_CJK.findall(out), out


def test_english_help_is_left_as_argparse_writes_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "sync", "--help"])
    assert "\noptions:\n" in capsys.readouterr().out
