"""Field test 17, §9: one Chinese word per thing across the window's and the command line's
catalogues: 密码 for a passphrase (not 口令), 办公室 for an office (not 办事处), and 清除 for erasing
personal data, never 删除, which is the ordinary delete that can be undone."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def _pairs() -> list[tuple[str, str, str]]:
    """(catalogue, English source, Chinese translation) of every message of both catalogues."""
    out = []
    for message in ET.parse(TRANSLATIONS / "petdesk_zh_CN.ts").iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        out.append(("petdesk_zh_CN.ts", message.findtext("source") or "", text))
    with open(TRANSLATIONS / "core" / "zh_CN.po", "rb") as fh:
        for message in read_po(fh):
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            out.append(("core/zh_CN.po", " ".join(ids), " ".join(s or "" for s in strings)))
    return out


def test_the_losing_words_are_not_used() -> None:
    found = [(cat, src) for cat, src, zh in _pairs() if re.search("口令|办事处", zh)]
    assert found == []


def test_erasing_is_never_called_deleting() -> None:
    """A message about erasing that does not also speak of deleting (old backups are deleted as
    ordinary files) must not use 删除; one that says "Erase" says 清除."""
    wrong = []
    for cat, source, zh in _pairs():
        src = re.sub(r"\{\w+\}", "", source)  # {erasures} is a count filled in, not a word
        if not zh or not re.search(r"\berase|\berasure", src, re.I):
            continue
        called_deleting = "删除" in zh and not re.search(r"delet", src, re.I)
        if called_deleting or "清除" not in zh:
            wrong.append((cat, src, zh))
    assert wrong == []
