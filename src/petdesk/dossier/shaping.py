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
        _remember(result, piece, pdfmetrics.getFont(font))
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


def _remember(result: str, piece: str, font: ttfonts.TTFont) -> None:
    """Note what each Private Use glyph of ``result`` stands for: the letters of its syllable that the
    syllable's other glyphs do not stand for themselves (क्षे = [क्ष] + े; মৌ = [ে] + ম + ৗ)."""
    data = getattr(result, "__shapeData__", None)
    if not data or not any(map(_private, result)):
        return
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
        i = j


def meaning(face_name: str, code: int) -> str | None:
    """The text a shaped glyph's Private Use ``code`` stands for in the face ``face_name``."""
    return _meanings.get(face_name, {}).get(code)
