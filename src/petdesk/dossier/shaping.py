"""Optional HarfBuzz shaping of Devanagari and Bengali runs in the dossier.

With the ``uharfbuzz`` package importable, reportlab (4.x and later) can shape a string with the font's
own GSUB and GPOS tables: क्ष and ন্দ্র print as their conjunct glyphs, and the short i (ि) and Bengali's
pre-base vowels are placed by the font. Without it, :func:`petdesk.dossier.scripts.visual` keeps its
hand rules (visible virama, vowel signs moved by hand): the dossier prints either way.

Shaping wants the text in logical order, so the hand reordering must be skipped for the shaped faces
(:func:`reorders_by_hand`): applied twice, ि landed before a dotted circle.
Other scripts keep their hand rules for now (Thai, Arabic, Khmer, Myanmar).
"""

from __future__ import annotations

import functools
import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics, ttfonts

#: The dossier faces shaped by HarfBuzz when it is there (names of :mod:`petdesk.dossier.fonts`).
SHAPED_FACES = frozenset({"PetdeskDevanagari", "PetdeskBengali"})

_lock = threading.Lock()
#: Face name (as in the PDF) → Private Use code reportlab gave a shaped glyph → the text it stands for,
#: so copied text reads क्ष and not U+E000 (see ``fonts._to_unicode_cmap``). Cleared when the faces
#: are registered again (their glyphs are numbered afresh).
_meanings: dict[str, dict[int, str]] = {}


def forget() -> None:
    """Drop what the Private Use codes stood for (the faces were registered again)."""
    with _lock:
        _meanings.clear()
        _aliases.clear()
    _shaped.cache_clear()


def available() -> bool:
    """HarfBuzz is importable (reportlab imports it itself, once, if it is installed) and reportlab
    has ``shapeStr`` (5.1 here)."""
    return getattr(ttfonts, "uharfbuzz", None) is not None and hasattr(ttfonts, "shapeStr")


def reorders_by_hand() -> bool:
    """Devanagari and Bengali must be reordered by :mod:`petdesk.dossier.scripts` (no HarfBuzz)."""
    return not available()


def shaped(piece: str, font: str, size: float) -> str:
    """``piece`` as reportlab draws it shaped (a ``ShapedStr``) in a face of :data:`SHAPED_FACES`, or
    ``piece`` unchanged."""
    if font not in SHAPED_FACES or not available() or piece.isascii():
        return piece
    return _shaped(piece, font, size)


@functools.lru_cache(maxsize=4096)
def _shaped(piece: str, font: str, size: float) -> str:
    """Cached: a name is measured, then drawn, on many pages (shaping it costs 0.15 ms)."""
    with _lock:  # reportlab adds the Private Use codes of new glyphs to the face as it shapes
        result: str = ttfonts.shapeStr(piece, font, size)
        face = pdfmetrics.getFont(font)
        syllables = _remember(result, piece, face)
        result = _in_logical_order(result, piece, face, syllables)
    return result


def width(piece: str, font: str, size: float) -> float:
    """Width in points of ``piece`` drawn in ``font`` (shaped where :func:`shaped` shapes it)."""
    text = shaped(piece, font, size)
    data = getattr(text, "__shapeData__", None)
    if data is None:
        return pdfmetrics.stringWidth(piece, font, size)
    return sum(d.x_advance for d in data) * size / 1000


#: Vowel signs drawn before their consonants: shaped, a pre-base sign may become a glyph of its own
#: without a character (a longer ি over a conjunct), drawn first.
_PRE_BASE = frozenset("\u093f\u09bf\u09c7\u09c8")


def _private(char: str) -> bool:
    return 0xE000 <= ord(char) <= 0xF8FF


def _remember(result: str, piece: str, font: ttfonts.TTFont) -> list[tuple[int, int]]:
    """Note what each Private Use glyph of ``result`` stands for: the letters of its syllable that the
    syllable's other glyphs do not stand for themselves (क्षे = [क्ष] + े; মৌ = [ে] + ম + ৗ).

    Returns the syllables found, as (start, end) of their letters in ``piece``."""
    data = getattr(result, "__shapeData__", None)
    if not data:
        return []
    syllables: list[tuple[int, int]] = []
    meanings = _meanings.setdefault(font.face.name.decode("latin-1"), {})
    glyphs = list(zip(result, (d.cluster for d in data), strict=True))
    starts = sorted({cluster for _, cluster in glyphs})
    i = 0
    while i < len(starts):
        # a syllable: clusters merged until every glyph's letters are in its text (a pre-base glyph
        # comes with the cluster of the consonant it is drawn before)
        j = i + 1
        while True:
            end = starts[j] if j < len(starts) else len(piece)
            members = [g for g, c in glyphs if starts[i] <= c < end]
            left = list(unicodedata.normalize("NFD", piece[starts[i] : end]))
            drawn = [g for g in members if not _private(g)]
            complete = True
            for g in unicodedata.normalize("NFD", "".join(drawn)):
                if g in left:
                    left.remove(g)
                else:
                    complete = False
            own = [g for g in members if _private(g)]
            if (complete and (left or not own)) or j >= len(starts):
                break
            j += 1
        if own and left:
            pre = [c for c in left if c in _PRE_BASE]
            if len(own) > 1 and len(pre) == 1:  # the first glyph is the pre-base sign, drawn first
                left.remove(pre[0])
                meanings.setdefault(ord(own[0]), pre[0])
                own = own[1:]
            # several glyphs not told apart: the first carries the text, the others copy as themselves
            meanings.setdefault(ord(own[0]), unicodedata.normalize("NFC", "".join(left)))
        syllables.append((starts[i], end))
        i = j
    return syllables


#: First code of the aliases: Supplementary Private Use Area-A, clear of reportlab's own Private Use
#: codes for shaped glyphs (U+E000 to U+F800) and of scripts.PRIVATE_FORMS.
_ALIAS_BASE = 0xF0000
#: Face name → (glyph id, text) → the alias code that draws that glyph and copies as that text.
_aliases: dict[str, dict[tuple[int, str], int]] = {}


def _copied(glyph: str, meanings: dict[int, str]) -> str:
    """The text a reader extracts for one drawn glyph."""
    return meanings.get(ord(glyph), glyph) if _private(glyph) else glyph


def _alias(font: ttfonts.TTFont, meanings: dict[int, str], glyph: str, text: str) -> str:
    """A code of its own that draws the same glyph as ``glyph`` and copies as ``text`` (reportlab's
    subset lets several codes share one glyph)."""
    face = font.face
    gid = face.charToGlyph[ord(glyph)]
    aliases = _aliases.setdefault(face.name.decode("latin-1"), {})
    code = aliases.get((gid, text))
    if code is None:
        code = _ALIAS_BASE + len(aliases)
        while code in face.charToGlyph:
            code += 1
        face.charToGlyph[code] = gid  # not in glyphToChar: shaping keeps drawing with the glyph's own code
        face.charWidths[code] = face.charWidths[ord(glyph)]
        aliases[(gid, text)] = code
        meanings[code] = text
    return chr(code)


def _split(text: str, parts: int) -> list[str]:
    """``text`` cut into ``parts`` pieces in order, none empty where it has enough letters: a glyph
    that copies as nothing leaves a gap that pdftotext reads as a space (प्रि या)."""
    first = max(len(text) - parts + 1, 0)
    return [text[:first]] + [text[first + n : first + n + 1] for n in range(parts - 1)]


def _in_logical_order(result: str, piece: str, font: ttfonts.TTFont, syllables: list[tuple[int, int]]) -> str:
    """``result`` with each syllable whose glyphs would copy out of order (the reph र् is drawn after
    मा, the short i before प्र) drawn with aliases that copy as the syllable's letters in logical order,
    one piece a glyph (प्र on the ि glyph, ि on the प्र glyph), so pdftotext and a search find शर्मा and
    प्रिया. The glyphs drawn do not change."""
    data = getattr(result, "__shapeData__", None)
    if not data or not syllables:
        return result
    meanings = _meanings.setdefault(font.face.name.decode("latin-1"), {})
    glyphs = list(result)
    for start, end in syllables:
        where = [k for k, d in enumerate(data) if start <= d.cluster < end]
        if len(where) < 2 or where != list(range(where[0], where[-1] + 1)):
            continue  # one glyph, or glyphs not side by side: leave them
        logical = unicodedata.normalize("NFC", piece[start:end])
        copied = unicodedata.normalize("NFC", "".join(_copied(glyphs[k], meanings) for k in where))
        if copied == logical:
            continue
        if len(logical) < len(where):  # মৌ over ে + ম + ৗ: ম ে ৗ (the same text decomposed), not a gap
            logical = unicodedata.normalize("NFD", logical)
        for k, text in zip(where, _split(logical, len(where)), strict=True):
            glyphs[k] = _alias(font, meanings, glyphs[k], text)
    return ttfonts.ShapedStr("".join(glyphs), shapeData=data)


def meaning(face_name: str, code: int) -> str | None:
    """The text a shaped glyph's Private Use ``code`` stands for in the face ``face_name``."""
    return _meanings.get(face_name, {}).get(code)
