"""The dossier's fonts: a Latin and a CJK TrueType face shipped in ``resources/fonts/``, embedded as subsets.

reportlab draws every glyph from the one font of a text run and silently prints an empty box (or
nothing) for a character the font lacks. Droid Sans Fallback has no Latin letters and Noto Sans no
Chinese, so every string is cut into runs by the font that actually holds each character. Symbola
(free for any use, see ``LICENSE-Symbola.txt``) takes arrows, pictographs and emoji. PetdeskRareHan, a
subset of Hanazono Mincho B (``LICENSE-PetdeskRareHan.txt``, built by ``scripts/build_rare_cjk_font.py``),
takes the CJK Extension B+ ideographs that names use, such as 𠮷 U+20BB7. Petdesk Hangul, a subset of
NanumGothic (``LICENSE-PetdeskHangul.txt``, built by ``scripts/make_hangul_font.py``), takes Korean
(Hangul syllables and Jamo, such as 김민준). Subsets of Noto Sans Thai, Arabic and Devanagari
(``LICENSE-NotoSansScripts.txt``, built by ``scripts/make_script_fonts.py``) take those scripts, drawn in
reading order by :mod:`petdesk.dossier.scripts` (field test 67: สมชาย, محمد, प्रिया); Noto Sans Lao
(``LICENSE-NotoSansLao.txt``) takes Lao (round 51: a Lao interpreter's ສົມພອນ); subsets of Noto Sans Khmer
and Myanmar (``LICENSE-NotoSansKhmerMyanmar.txt``, same script) take Khmer and Burmese (field test 104:
សុខ ចាន់ណា, အောင်ကျော်မင်း), also reordered by :mod:`petdesk.dossier.scripts`; a subset of Noto Sans
Bengali (``LICENSE-NotoSansBengali.txt``, same script) takes Bengali (field tests 120 and 122: রহিম).
A character no face holds never stops the dossier: it prints as a visible "[U+2A6D6]" and a warning
naming the text is collected (see :func:`collect_warnings`).
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from petdesk.dossier import scripts, shaping
from petdesk.package_data import PackageDataError, data_path
from petdesk.quoting import quoted

#: reportlab names of the registered faces.
LATIN = "PetdeskSans"
LATIN_BOLD = "PetdeskSans-Bold"
CJK = "PetdeskCJK"
SYMBOL = "PetdeskSymbol"
RARE_CJK = "PetdeskRareHan"
HANGUL = "PetdeskHangul"
THAI = "PetdeskThai"
ARABIC = "PetdeskArabic"
DEVANAGARI = "PetdeskDevanagari"
LAO = "PetdeskLao"
KHMER = "PetdeskKhmer"
MYANMAR = "PetdeskMyanmar"
BENGALI = "PetdeskBengali"

#: File of each face in ``resources/fonts/`` (licences beside them).
FONT_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    SYMBOL: "Symbola.ttf",
    RARE_CJK: "PetdeskRareHan.ttf",
    HANGUL: "PetdeskHangul.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    LAO: "NotoSansLao-Regular.ttf",
    KHMER: "NotoSansKhmer-Regular.ttf",
    MYANMAR: "NotoSansMyanmar-Regular.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
}
#: Faces without a bold of their own: bold runs in them are stroked thinly to look bold.
NO_BOLD_FACE = frozenset({CJK, RARE_CJK, HANGUL, THAI, ARABIC, DEVANAGARI, LAO, KHMER, MYANMAR, BENGALI})

_lock = threading.Lock()


class DossierError(Exception):
    """A dossier cannot be made; the message is a plain sentence for the user."""


class MissingGlyphError(DossierError):
    """A character of the text is in none of the dossier's fonts (it would print as an empty box)."""

    def __init__(self, char: str, text: str) -> None:
        name = unicodedata.name(char, "unnamed character")
        shown = readable(text)
        # Quoted as read, not as Python's repr: “국장 김민준”, not '국장\\xa0김민준' (field test 51);
        # between “…” as other sentences quote (errs64b: 'O'Brien' kept its ASCII quotes in Chinese).
        super().__init__(
            f"the character {quoted(char)} (U+{ord(char):04X} {name}) in {quoted(shown)} is in none of the "
            "dossier fonts, so it cannot be printed"
        )
        self.char = char
        self.text = text


def resource_path(relative: str) -> Path:
    """A file under ``resources/`` as the package ships it (see :mod:`petdesk.package_data`)."""
    try:
        return data_path(f"resources/{relative}")
    except PackageDataError as exc:
        raise DossierError(f"a file the dossier needs is missing: {exc}") from exc


def font_dir() -> Path:
    return resource_path(f"fonts/{FONT_FILES[CJK]}").parent


@dataclass(frozen=True)
class FontSet:
    """The registered faces with the characters each one really has (glyph 0 is the empty box)."""

    latin: frozenset[int]
    latin_bold: frozenset[int]
    cjk: frozenset[int]
    symbol: frozenset[int]
    #: Ideographs beyond the Basic Multilingual Plane (Extension B and later).
    rare: frozenset[int]
    #: Korean: Hangul syllables and Jamo.
    hangul: frozenset[int]
    #: Thai, Arabic, Devanagari, Lao, Khmer, Myanmar, Bengali: face name → its characters, tried in this
    #: order last.
    scripts: tuple[tuple[str, frozenset[int]], ...] = ()
    #: Every character some face has (one set lookup per character on the hot path).
    every: frozenset[int] = frozenset()

    def has(self, code: int) -> bool:
        return code in self.every


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    reportlab prints "<1F600>" for an emoji, which readers take as U+1F60 ("ὠ"), so copied or
    extracted text was wrong although the glyph printed right (issue 14: "😀" in a title). A Private
    Use form of a Khmer or Myanmar subscript is copied as the characters it stands for (្ត, not U+F78F),
    and so is a conjunct shaped by HarfBuzz (क्ष, see :mod:`petdesk.dossier.shaping`).
    """
    text = _reportlab_to_unicode(fontname, subset)
    face_name = fontname.partition("+")[2]
    for code in subset:
        meaning = shaping.meaning(face_name, code)
        if meaning is None:
            meaning = scripts.PRIVATE_FORMS.get(chr(code))
        if meaning is not None:  # "" for a glyph whose syllable the first glyph copies (shaping.py)
            text = text.replace(f"> <{code:04X}>\n", f"> <{meaning.encode('utf-16-be').hex().upper()}>\n")
        elif code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            text = text.replace(f"> <{code:04X}>\n", f"> <{pair}>\n").replace(
                f"> <{code:04X}>\nend", f"> <{pair}>\nend"
            )
    return text


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def _load() -> FontSet:
    directory = font_dir()
    shaping.forget()  # new faces number their shaped glyphs afresh
    maps: dict[str, frozenset[int]] = {}
    for name, filename in FONT_FILES.items():
        font = TTFont(name, str(directory / filename))
        pdfmetrics.registerFont(font)
        maps[name] = frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)
    return FontSet(
        latin=maps[LATIN],
        latin_bold=maps[LATIN_BOLD],
        cjk=maps[CJK],
        symbol=maps[SYMBOL],
        rare=maps[RARE_CJK],
        hangul=maps[HANGUL],
        scripts=tuple(
            (name, maps[name]) for name in (THAI, ARABIC, DEVANAGARI, LAO, KHMER, MYANMAR, BENGALI)
        ),
        every=frozenset().union(*maps.values()),
    )


def register() -> FontSet:
    """Register the faces with reportlab once per process (safe from a worker thread)."""
    with _lock:
        return _load()


#: Characters that are layout, not glyphs: newlines become line breaks, tabs spaces, others vanish.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufeff\u200b]")


def clean(text: str) -> str:
    """The text without invisible control characters, tabs as spaces, line ends as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


_warnings: ContextVar[list[str] | None] = ContextVar("dossier_font_warnings", default=None)


@contextlib.contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """Collect, for the duration of the block, a sentence for every text with a character no font has."""
    found: list[str] = []
    token = _warnings.set(found)
    try:
        yield found
    finally:
        _warnings.reset(token)


def readable(text: str) -> str:
    """A text quoted in a warning: no-break spaces and line breaks as plain spaces, cut at 60."""
    text = " ".join(text.replace("\u00a0", " ").split())
    return text if len(text) <= 60 else text[:57] + "..."


class GlyphWarning(str):
    """A collected warning (the English sentence, as the command line prints it) that keeps its
    character and text, for a window to summarise many (:mod:`petdesk.dossier.glyph_summary`)."""

    char: str
    text: str

    def __new__(cls, message: str, char: str, text: str) -> GlyphWarning:
        warning = super().__new__(cls, message)
        warning.char, warning.text = char, text
        return warning


def replacement(char: str) -> str:
    """What prints instead of a character no face has: its code point, visibly."""
    return f"[U+{ord(char):04X}]"


def _missing(char: str, text: str) -> None:
    found = _warnings.get()
    if found is not None:
        message = str(MissingGlyphError(char, text)).replace(
            "so it cannot be printed", f"printed as {replacement(char)}"
        )
        if message not in found:
            found.append(GlyphWarning(message, char, text))


def substitute(text: str) -> str:
    """``text`` with every character that no face has replaced by :func:`replacement` (and a warning)."""
    fonts = register()
    if text.isascii():
        return text
    out = []
    for char in text:
        code = ord(char)
        if fonts.has(code) or char in "\n\u00a0":
            out.append(char)
        else:
            _missing(char, text)
            out.append(replacement(char))
    return "".join(out)


def runs(text: str, *, bold: bool = False) -> Iterator[tuple[str, str]]:
    """Cut ``text`` into ``(font name, piece)`` runs, each drawn by a face that has all its characters.

    The Latin face is preferred (it has the better Latin, digits and punctuation); the Hangul face takes
    Korean (before the CJK face, which has three Hangul syllables in another style), the CJK face what
    the Latin one lacks, the symbol face what both lack, the rare-CJK face Extension B+ ideographs.
    A character no face has is replaced by a visible code (see :func:`substitute`).
    """
    fonts = register()
    latin_name, latin_map = (LATIN_BOLD, fonts.latin_bold) if bold else (LATIN, fonts.latin)
    if text.isascii() and text.isprintable():  # the common case: plain English, all in the Latin face
        if text:
            yield latin_name, text
        return
    hangul_map, cjk_map, symbol_map, rare_map = fonts.hangul, fonts.cjk, fonts.symbol, fonts.rare
    # Composed: reportlab places no marks, so a decomposed "Lê" (macOS, a Windows-1258 file, a record
    # stored before field test 93) printed "Le" with its circumflex loose beside it; Noto Sans has "ệ".
    text = unicodedata.normalize("NFC", text)
    if not fonts.every.issuperset(map(ord, text)):
        text = substitute(text)
    text = scripts.visual(text, reorder_indic=shaping.reorders_by_hand())
    current = ""
    start = 0
    for i, char in enumerate(text):
        code = ord(char)
        if code in latin_map or char == "\n":
            name = latin_name
        elif code in hangul_map:
            name = HANGUL
        elif code in cjk_map:
            name = CJK
        elif code in symbol_map:
            name = SYMBOL
        elif code in rare_map:
            name = RARE_CJK
        elif other := next((face for face, chars in fonts.scripts if code in chars), None):
            name = other
        else:  # only the characters of a replacement are left, and they are ASCII
            name = latin_name
        if name != current:
            if i > start:
                yield current, text[start:i]
            current, start = name, i
    if len(text) > start:
        yield current, text[start:]


def check(text: str) -> None:
    """Raise :class:`MissingGlyphError` if some character of ``text`` is in none of the faces."""
    fonts = register()
    for char in clean(text):
        code = ord(char)
        if not fonts.has(code) and char != "\n":
            raise MissingGlyphError(char, text)


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` drawn run by run at ``size`` points."""
    return sum(shaping.width(piece, name, size) for name, piece in runs(clean(text), bold=bold))


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """Draw one line on a reportlab canvas run by run; ``align`` is left, right or centre of ``x``."""
    text = clean(text).replace("\n", " ")
    pieces = list(runs(text, bold=bold))
    if align != "left":
        width = sum(shaping.width(p, n, size) for n, p in pieces)
        x -= width if align == "right" else width / 2
    for name, piece in pieces:
        canvas.setFont(name, size)
        drawn = shaping.shaped(piece, name, size)
        if bold and name in NO_BOLD_FACE:
            _draw_stroked(canvas, x, y, drawn, size)
        else:
            canvas.drawString(x, y, drawn)
        x += shaping.width(piece, name, size)


def _draw_stroked(canvas: Canvas, x: float, y: float, piece: str, size: float) -> None:
    """Bold for a face without a bold of its own (a Chinese or Korean name on a name card): the glyphs
    filled and stroked thinly in the same colour, as :class:`petdesk.dossier.text.TextFlow` does."""
    canvas.saveState()
    canvas.setStrokeColor(canvas._fillColorObj)
    canvas.setLineWidth(0.028 * size)
    canvas.drawString(x, y, piece, mode=2)  # text render mode 2: fill, then stroke
    canvas.restoreState()


def fit(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points on one line."""
    text = clean(text).replace("\n", " ")
    if string_width(text, size, bold=bold) <= width:
        return text
    lo, hi = 0, len(text)  # longest prefix that fits with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid] + "…", size, bold=bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
