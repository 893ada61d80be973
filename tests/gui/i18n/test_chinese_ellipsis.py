"""How the Chinese window writes an ellipsis (round 51).

A "…" ending a menu item, a button or a placeholder ("导入联系人…", "搜索…") says "asks for more
first": a UI mark, kept as Qt's own zh_CN catalogue keeps it ("打印为文件...", "显示详情...") and
as Chinese Windows menus write it ("另存为(A)..."). It is drawn low, by the Latin font, and no
font can do otherwise here: the bundled Chinese face (Droid Sans Fallback) has no U+2026, so Qt
takes it from Noto Sans even with the Chinese face first (checked below).

Omission inside Chinese prose is another thing: a list that goes on is "等", and a sentence that
goes on after its ellipsis uses the full "……" (as the core catalogue writes them). A lone "…"
there read as a stray Latin mark.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from petdesk.gui.qt import QFont, QFontDatabase, QRawFont
from petdesk.gui.translation import cjk_font_families, register_fonts
from tests.helpers.tree_catalogue import TREE_CATALOGUES

#: A lone "…" continuing a bracketed list of Chinese items ("（假名、拼音…）"): "etc.", said "等". (A
#: placeholder's last "…", "输入英文名称、中文名称或拼音…", is the mark of a field to type in.)
_LIST_GOES_ON = re.compile(r"、[^、（）()“”…]*(?<!…)…(?!…)）")
#: A lone "…" with the sentence going on in Chinese after it ("正在加密…数据多的办公室").
_SENTENCE_GOES_ON = re.compile(r"(?<!…)…(?!…)[\u3400-\u9fff]")


def _translations() -> list[tuple[str, str]]:
    # this tree's catalogue (the installed one may be another checkout's)
    root = ET.parse(TREE_CATALOGUES.parent / "petdesk_zh_CN.ts").getroot()
    found = []
    for message in root.iter("message"):
        node = message.find("translation")
        if node is None:
            continue
        for text in [node.text or "", *(form.text or "" for form in node.findall("numerusform"))]:
            found.append((message.findtext("source") or "", text))
    return found


def test_chinese_prose_never_omits_with_a_lone_ellipsis() -> None:
    wrong = [
        (source, text)
        for source, text in _translations()
        if _LIST_GOES_ON.search(text) or _SENTENCE_GOES_ON.search(text)
    ]
    assert wrong == []


def test_menu_items_keep_their_ellipsis() -> None:
    menus = [text for source, text in _translations() if re.fullmatch(r"[^…]*…", source.replace("&", ""))]
    assert len(menus) > 50 and all("…" in text for text in menus), [t for t in menus if "…" not in t]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_no_bundled_chinese_face_draws_the_ellipsis(qapp) -> None:  # type: ignore[no-untyped-def]
    """Why the fallback order is not the fix: the Chinese face lacks U+2026 altogether."""
    register_fonts(qapp)
    chinese = [f for f in cjk_font_families() if QFontDatabase.WritingSystem.SimplifiedChinese
               in QFontDatabase.writingSystems(f)]  # fmt: skip
    assert chinese
    for family in chinese:
        # glyph 0 is the "missing" box (supportsCharacter says True for it)
        assert QRawFont.fromFont(QFont(family)).glyphIndexesForString("…") == [0], family
