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

import threading

from reportlab.pdfbase import pdfmetrics, ttfonts

#: The dossier faces shaped by HarfBuzz when it is there (names of :mod:`petdesk.dossier.fonts`).
SHAPED_FACES = frozenset({"PetdeskDevanagari", "PetdeskBengali"})

_lock = threading.Lock()
#: Face name (as in the PDF) → Private Use code reportlab gave a shaped glyph → the text it stands for,
#: so copied text reads क्ष and not U+E000 (see ``fonts._to_unicode_cmap``).
_meanings: dict[str, dict[int, str]] = {}


def available() -> bool:
    """HarfBuzz is importable (reportlab imports it itself, once, if it is installed)."""
    return ttfonts.uharfbuzz is not None


def reorders_by_hand() -> bool:
    """Devanagari and Bengali must be reordered by :mod:`petdesk.dossier.scripts` (no HarfBuzz)."""
    return not available()


def shaped(piece: str, font: str, size: float) -> str:
    """``piece`` as reportlab draws it shaped (a ``ShapedStr``) in a face of :data:`SHAPED_FACES`, or
    ``piece`` unchanged."""
    if font not in SHAPED_FACES or not available() or piece.isascii():
        return piece
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


def _remember(result: str, piece: str, font: ttfonts.TTFont) -> None:
    """Note what each Private Use glyph of ``result`` stands for: its cluster's text less the
    characters the cluster's other glyphs stand for themselves (क्षे = [क्ष] + े)."""
    data = getattr(result, "__shapeData__", None)
    if not data:
        return
    starts = sorted({d.cluster for d in data})
    ends = dict(zip(starts, [*starts[1:], len(piece)], strict=True))
    meanings = _meanings.setdefault(font.face.name.decode("latin-1"), {})
    for char, d in zip(result, data, strict=True):
        code = ord(char)
        if not 0xE000 <= code <= 0xF8FF:
            continue
        # overwritten, not kept: faces registered again (tests) number their glyphs afresh
        cluster = piece[d.cluster : ends[d.cluster]]
        others = "".join(c for c, e in zip(result, data, strict=True) if e.cluster == d.cluster and c != char)
        meanings[code] = "".join(c for c in cluster if c not in others) or cluster


def meaning(face_name: str, code: int) -> str | None:
    """The text a shaped glyph's Private Use ``code`` stands for in the face ``face_name``."""
    return _meanings.get(face_name, {}).get(code)
