"""Terms the core's Chinese catalogue keeps alike across sentences (translation review tr57): a
project's description is 描述 (translations/GLOSSARY.md), and a menu path inside a sentence is quoted
“…”, as every other core sentence writes one ("“文件 › 备份”")."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

ZH_PO = Path(__file__).parents[2] / "translations" / "core" / "zh_CN.po"


def _pairs() -> list[tuple[str, str]]:
    with ZH_PO.open("rb") as f:
        return [(e.id, e.string) for e in read_po(f) if isinstance(e.id, str) and e.string]


def test_the_description_is_one_word() -> None:
    kept = [zh for en, zh in _pairs() if "kept in the description" in en]
    assert kept and all("描述中" in zh and "说明中" not in zh for zh in kept), kept


def test_menu_paths_are_quoted() -> None:
    unquoted = [zh for _en, zh in _pairs() if any("›" in part for part in re.split("“[^”]*”", zh))]
    assert not unquoted, unquoted
