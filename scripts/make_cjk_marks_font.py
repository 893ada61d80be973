"""Build ``resources/fonts/PetdeskChineseMarks.ttf``: the Chinese window's "…", centred on the line.

A Chinese reader expects the ellipsis at mid-height, one full character wide, as Chinese faces draw
U+2026 (GB/T 15834 "……"). None of the bundled faces has such a glyph (Droid Sans Fallback has no
U+2026 nor the midline U+22EF), so the Latin face drew three low dots after every Chinese menu item:
"导入联系人(&I)…" (shots52). This face is that one glyph, three round dots on the middle line of a
Chinese character, drawn here from circles (no outline of another font is copied).
``petdesk.gui.translation`` puts it first in the application font's families in the Chinese window
only; every other character falls through to the faces after it. Its line metrics are those of
DejaVu Sans, the usual Latin face of a Linux desktop, and the window's line height is taken from the
faces after it anyway (see ``translation.use_chinese_marks``).

Run by hand (not part of the build): ``pip install --target /tmp/ft fonttools``, then
``PYTHONPATH=/tmp/ft python scripts/make_cjk_marks_font.py``. The same bytes on every run.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from fontTools.fontBuilder import FontBuilder  # type: ignore[import-not-found]
from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-not-found]

TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "PetdeskChineseMarks.ttf"
FAMILY = "Petdesk Chinese Marks"
EM = 1000
#: A Chinese character's middle (its body sits from about -120 to 880 on a 1000 em) and the dots' size.
MIDDLE, RADIUS = 330, 55
#: DejaVu Sans's ascent and descent on a 1000 em.
ASCENT, DESCENT = 928, 236
#: U+2026 horizontal ellipsis and U+22EF midline horizontal ellipsis.
CODES = (0x2026, 0x22EF)
#: A fixed creation date: the file is the same on every run.
CREATED = 3_900_000_000


def _dot(pen: TTGlyphPen, cx: float, cy: float, r: float, steps: int = 8) -> None:
    """A circle of quadratic curves, counter-clockwise points as TrueType fills them (clockwise outer)."""
    points = [
        (cx + r * math.cos(-2 * math.pi * k / steps), cy + r * math.sin(-2 * math.pi * k / steps))
        for k in range(steps)
    ]
    off = r / math.cos(math.pi / steps)  # the control point between two on-curve points
    pen.moveTo(tuple(round(v) for v in points[0]))
    for k in range(steps):
        mid = -2 * math.pi * (k + 0.5) / steps
        nxt = points[(k + 1) % steps]
        pen.qCurveTo(
            (round(cx + off * math.cos(mid)), round(cy + off * math.sin(mid))), tuple(round(v) for v in nxt)
        )
    pen.closePath()


def main() -> int:
    pen = TTGlyphPen(None)
    for n in range(3):
        _dot(pen, EM / 6 + n * EM / 3, MIDDLE, RADIUS)
    ellipsis = pen.glyph()
    notdef = TTGlyphPen(None).glyph()
    fb = FontBuilder(EM, isTTF=True)
    fb.setupGlyphOrder([".notdef", "ellipsis"])
    fb.setupCharacterMap({code: "ellipsis" for code in CODES})
    fb.setupGlyf({".notdef": notdef, "ellipsis": ellipsis})
    fb.setupHorizontalMetrics({".notdef": (EM, 0), "ellipsis": (EM, EM // 6 - RADIUS)})
    fb.setupHorizontalHeader(ascent=ASCENT, descent=-DESCENT)
    fb.setupNameTable(
        {
            "familyName": FAMILY,
            "styleName": "Regular",
            "uniqueFontIdentifier": "PetdeskChineseMarks-Regular",
            "fullName": f"{FAMILY} Regular",
            "psName": "PetdeskChineseMarks-Regular",
            "version": "Version 1.000",
            "licenseDescription": "Public domain (CC0 1.0): three circles drawn by petdesk's script.",
        }
    )
    fb.setupOS2(
        sTypoAscender=ASCENT,
        sTypoDescender=-DESCENT,
        sTypoLineGap=0,
        usWinAscent=ASCENT,
        usWinDescent=DESCENT,
        usFirstCharIndex=min(CODES),
        usLastCharIndex=max(CODES),
        # no code page and no Unicode block claimed: Qt would count the face as a Chinese one
        ulCodePageRange1=0,
        ulCodePageRange2=0,
        ulUnicodeRange1=0,
        ulUnicodeRange2=0,
        ulUnicodeRange3=0,
        ulUnicodeRange4=0,
    )
    fb.setupPost()
    fb.font["head"].created = fb.font["head"].modified = CREATED
    fb.save(str(TARGET))
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
