"""Chinese quotes with “…” everywhere (review 61): "未知时区 'Mars/Base'" and "没有名为 '…' 的机构"
stood beside "没有名为“…”的联系人"."""

from __future__ import annotations

import re

import pytest

from petdesk.messages import localize
from tests.helpers.tree_catalogue import TREE_CATALOGUES, tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

CATALOGUE = TREE_CATALOGUES / "zh_CN.po"

#: A placeholder between ASCII single quotes, or one Python writes with them ({x!r}, %(x)r, %r).
ASCII_QUOTED_PLACEHOLDER = re.compile(
    r"'\s*(?:%(?:\(\w+\))?[sdr]|\{[\w.]*(?:![rsa])?(?::[^}]*)?\})\s*'|\{[\w.]*!r\}|%(?:\(\w+\))?r"
)


def _msgstrs() -> list[tuple[object, str]]:
    from babel.messages.pofile import read_po

    with open(CATALOGUE, "rb") as fh:
        catalog = read_po(fh)
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found += [(message.id, text) for text in strings if text]
    return found


def test_clirest61_no_ascii_quotes_around_a_placeholder_in_chinese() -> None:
    entries = _msgstrs()
    assert len(entries) > 1000
    quoted = [(msgid, text) for msgid, text in entries if ASCII_QUOTED_PLACEHOLDER.search(text)]
    assert quoted == [], quoted


@pytest.mark.usefixtures("tree_catalogue")
def test_clirest61_a_service_s_quoted_part_gets_chinese_quotes() -> None:
    english = "unknown time zone 'Mars/Base'; use an IANA name such as Asia/Shanghai"
    assert localize(english, "zh_CN") == "未知时区“Mars/Base”；请使用 IANA 名称，例如 Asia/Shanghai"
    assert localize(english, "en") == english  # the English keeps Python's quotes


@pytest.mark.usefixtures("tree_catalogue")
def test_clirest61_argparse_s_values_get_chinese_quotes() -> None:
    from petdesk.cli.context import translator_for

    _ = translator_for("zh_CN")
    said = _("invalid choice: %(value)r (choose from %(choices)s)") % {"value": "x", "choices": "a, b"}
    assert said == "无效的选项：“x”（可选：a, b）"
