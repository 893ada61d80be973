"""One home for "which of a record's two names does this interface show" (the tidy of round 49):
27 places wrote ``"zh" if locale.startswith("zh") else "en"`` out, some lowercasing first, some not,
so "ZH_cn" or "zh-Hans" chose differently from place to place."""

from __future__ import annotations

import re
from pathlib import Path

from petdesk.language import interface_language, reader_first

SRC = Path(__file__).resolve().parents[2] / "src" / "petdesk"


def test_every_chinese_spelling_shows_the_chinese_name() -> None:
    assert [interface_language(x) for x in ("zh_CN", "ZH_cn", "zh-Hans", "zh", "en_US", "C", "", None)] == [
        "zh", "zh", "zh", "zh", "en", "en", "en", "en",
    ]  # fmt: skip


def test_the_interface_and_the_reader_agree_today() -> None:
    for locale in ("zh_CN", "zh-TW", "en", "de_DE", None):
        assert interface_language(locale) == reader_first(locale)


def test_no_module_writes_the_rule_out_again() -> None:
    written_out = re.compile(r'"zh" if ([\w.()]+\.startswith\("zh"\)|[\w.]*is_chinese\([\w.]+\)) else "en"')
    found = [
        f"{path.relative_to(SRC)}:{n}"
        for path in SRC.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if written_out.search(line)
    ]
    assert found == []
