"""How the Chinese window writes an ellipsis (round 51).

A "…" ending a menu item, a button or a placeholder ("导入联系人…", "搜索…") says "asks for more
first": a UI mark, kept as Qt's own zh_CN catalogue keeps it ("打印为文件...", "显示详情...") and
as Chinese Windows menus write it ("另存为(A)..."). The Latin face drew it low; the bundled Chinese
face (Droid Sans Fallback) has no U+2026 at all (checked below), so since shots52 the Chinese window
takes it from a one-glyph face of ours, centred on the line as Chinese faces draw it.

Omission inside Chinese prose is another thing: a list that goes on is "等", and a sentence that
goes on after its ellipsis uses the full "……" (as the core catalogue writes them). A lone "…"
there read as a stray Latin mark.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from petdesk.gui.qt import QApplication, QFont, QFontDatabase, QFontMetrics, QRawFont
from petdesk.gui.translation import CHINESE_MARKS, cjk_font_families, register_fonts
from tests.gui.i18n.test_hangul_font import drawn_by
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
    """Why a face of our own: the Chinese face lacks U+2026 altogether."""
    register_fonts(qapp)
    chinese = [f for f in cjk_font_families() if QFontDatabase.WritingSystem.SimplifiedChinese
               in QFontDatabase.writingSystems(f)]  # fmt: skip
    assert chinese
    for family in chinese:
        # glyph 0 is the "missing" box (supportsCharacter says True for it)
        assert QRawFont.fromFont(QFont(family)).glyphIndexesForString("…") == [0], family


#: This tree's face (the editable install may read another checkout's ``resources``).
MARKS_FILE = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "PetdeskChineseMarks.ttf"


def _faces(font: QFont, text: str) -> dict[str, list[int]]:
    return {family: glyphs for family, glyphs in drawn_by(font, text)}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_chinese_window_draws_the_ellipsis_centred(qapp, translators) -> None:  # type: ignore[no-untyped-def]
    """shots52: "导入联系人(&I)…" ended in three low dots of the Latin face; the Chinese window takes
    "…" from our centred face and nothing else from it, its lines as high as before."""
    assert QFontDatabase.addApplicationFont(str(MARKS_FILE)) >= 0
    translators("en")
    english = QApplication.font()
    assert CHINESE_MARKS not in _faces(english, "Export…")
    translators("zh_CN")
    chinese = QApplication.font()
    faces = _faces(chinese, "导入联系人…")
    assert len(faces[CHINESE_MARKS]) == 1 and faces[CHINESE_MARKS] != [0], faces
    assert CHINESE_MARKS not in _faces(chinese, "Erik 张伟 Ctrl+Q：")
    assert QFontMetrics(chinese).height() == QFontMetrics(english).height()
    # its dots sit about the middle of a Chinese character, not on the baseline
    dots = QRawFont.fromFont(QFont(CHINESE_MARKS, 20)).boundingRect(faces[CHINESE_MARKS][0])
    assert dots.bottom() < -5, dots
    translators("en")  # and back: the English window's ellipsis is the Latin face's again
    assert CHINESE_MARKS not in QApplication.font().families()
