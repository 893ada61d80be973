"""Chinese quotes with “…” everywhere (review 61): "未知时区 'Mars/Base'" and "没有名为 '…' 的机构"
stood beside "没有名为“…”的联系人"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk.messages import localize
from tests.helpers.tree_catalogue import TREE_CATALOGUES, tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

CATALOGUE = TREE_CATALOGUES / "zh_CN.po"
ROOT = Path(__file__).resolve().parents[2]

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


def _source_messages_with_repr() -> list[tuple[str, int, str]]:
    """Messages marked for translation in the core's sources (``_``, ``N_``, ``ngettext``: what
    pybabel extracts) that quote a value with Python's ``{x!r}``: their English leaves the quotes to
    repr and the translator a placeholder that writes ASCII quotes (review 62)."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file

    keywords = dict(DEFAULT_KEYWORDS, N_=None, ngettext=(1, 2))
    found = []
    for path in sorted((ROOT / "src" / "petdesk").rglob("*.py")):
        if "gui" in path.parts or "!r}" not in path.read_text(encoding="utf-8"):
            continue  # the window's strings go through Qt; most files quote nothing with !r
        for lineno, message, _comments, _context in extract_from_file("python", str(path), keywords=keywords):
            texts = message if isinstance(message, tuple) else (message,)
            found += [(str(path.relative_to(ROOT)), lineno, t) for t in texts if t and "!r}" in t]
    return found


def test_clirepr62_no_repr_placeholder_in_a_message_to_translate() -> None:
    assert _source_messages_with_repr() == []


@pytest.mark.usefixtures("tree_catalogue")
def test_clirepr62_the_typed_value_quoted_in_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    from petdesk.cli import main

    expected = (("zh_CN", "参数 --limit：“abc”不是整数"), ("en", "--limit: “abc” is not a whole number"))
    for lang, said in expected:
        with pytest.raises(SystemExit):
            main(["--lang", lang, "search", "--limit", "abc"])
        assert said in capsys.readouterr().err
    # an escape code typed in the value is shown, not sent to the terminal (repr did that before)
    with pytest.raises(SystemExit):
        main(["--lang", "en", "search", "--limit", "a\x1b[2Jb"])
    assert "“a\\x1b[2Jb” is not a whole number" in capsys.readouterr().err
