"""Phrase readings without pypinyin (field test 47: importing pypinyin kept 55 MB in the window):
``petdesk.phrase_pinyin`` reads as ``pypinyin.lazy_pinyin`` does, over all of its dictionaries.
The comparison over every phrase and character runs with ``PETDESK_SLOW=1``; by default it reads an
evenly spread eighth of them (the whole took 27-42 s a style under load, a sixth of this suite's
slowest tests)."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from petdesk import phrase_pinyin

#: Every how many phrases, characters and runs are compared: all of them in the slow run.
STRIDE = 1 if os.environ.get("PETDESK_SLOW") else 8


def _texts(stride: int = STRIDE) -> list[str]:
    """Every phrase and every character pypinyin knows (every ``stride``-th, spread over the
    whole dictionary), runs of phrases and pieces of phrases (where the longest-phrase cut
    matters), and mixed text."""
    phrases = sorted(PHRASES_DICT)
    rng = random.Random(47)
    runs = [
        "".join(rng.choice(phrases)[: rng.randint(1, 4)] for _ in range(rng.randint(2, 4)))
        for _ in range(20_000 // stride)
    ]
    mixed = [
        "ABC公司 重庆银行",
        "中国 Beijing 大学 (北京)",
        "清华大学环境学院",
        "〇",
        "绿色技术",
        "  ",
        "x",
        "",
    ]
    return phrases[::stride] + [chr(code) for code in sorted(PINYIN_DICT)[::stride]] + runs + mixed


@pytest.mark.parametrize("style", ["tone3", "normal"])
def test_reads_as_pypinyin_over_its_whole_dictionary(style: str) -> None:
    ours = phrase_pinyin.lazy_pinyin_tone3 if style == "tone3" else phrase_pinyin.lazy_pinyin_normal
    kwargs = {"style": Style.TONE3, "neutral_tone_with_five": True} if style == "tone3" else {}
    differ = [t for t in _texts() if ours(t) != lazy_pinyin(t, errors="default", **kwargs)]
    assert differ == [], differ[:10]


def test_phrases_read_by_phrase() -> None:
    assert phrase_pinyin.lazy_pinyin_tone3("重庆银行") == ["chong2", "qing4", "yin2", "hang2"]
    assert phrase_pinyin.lazy_pinyin_normal("绿色 Tech") == ["lv", "se", " Tech"]


def test_organisation_names_read_without_importing_pypinyin() -> None:
    script = (
        "import sys\n"
        "from petdesk.services import names\n"
        "assert names.organisation_sort_key_zh(name_en='', name_zh='重庆银行').startswith('chong')\n"
        "assert 'pypinyin' not in sys.modules, sorted(m for m in sys.modules if 'pinyin' in m)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
