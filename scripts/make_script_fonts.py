"""Build ``resources/fonts/NotoSans{Thai,Arabic,Devanagari,Khmer,Myanmar,Bengali}-Regular.ttf``: the
dossier faces for Thai, Arabic, Devanagari, Khmer, Burmese and Bengali names.

None of the other bundled faces has these scripts, so a delegate such as สมชาย ใจดี, محمد عبد الله or
प्रिया शर्मा printed as "[U+0E2A]…" codes on every dossier and name card (field test 67). Source: the
variable Noto Sans Thai 2.002, Arabic 2.012 and Devanagari 2.007 fonts (© The Noto Project Authors, SIL
OFL 1.1, no Reserved Font Name) as the PyPI wheels ``fontpkg-noto-sans-thai``, ``-arabic`` and
``-devanagari`` ship them (``files/*.ttf``). reportlab reads no variation tables, so each is pinned to
its Regular instance (weight 400, width 100) and cut to its script's blocks (plus the Arabic
presentation forms that :mod:`petdesk.dossier.scripts` draws, and the dotted circle).

Khmer (field test 104: សុខ ចាន់ណា) comes from the wheel ``fontpkg-noto-sans-khmer`` 2.4 (variable, pinned
the same way); Myanmar (အောင်ကျော်မင်း) from Debian's ``fonts-noto-core`` 20201225-1 (static
``NotoSansMyanmar-Regular.ttf``, version 2.001: no Myanmar wheel was reachable). Both draw a consonant
stacked under another (Khmer coeng U+17D2, Myanmar virama U+1039 + consonant) as a glyph of its own that
only the font's GSUB reaches, and reportlab reads no GSUB: so those glyphs, and the right-hand parts of
the Khmer split vowels, get Private Use code points in the subset's cmap (U+F7xx is the second form of
U+17xx, U+F6xx of U+10xx, see :data:`petdesk.dossier.scripts.PRIVATE_FORMS`). The layout tables stay:
the window (Qt, HarfBuzz) shapes with them.

Bengali (field tests 120 and 122: a trainee's রহিম printed as "[U+09B0]" codes) comes from Debian's
``fonts-noto-core`` 20201225-1 too (static ``NotoSansBengali-Regular.ttf``, version 2.001: no Bengali
wheel was reachable), cut to the Bengali block; its pre-base vowel signs are moved by
:mod:`petdesk.dossier.scripts` as Devanagari's short i is.

Run by hand (not part of the build): ``pip download --no-deps fontpkg-noto-sans-thai
fontpkg-noto-sans-arabic fontpkg-noto-sans-devanagari fontpkg-noto-sans-khmer`` and unzip the wheels
into one folder, ``apt-get download fonts-noto-core`` and ``dpkg-deb -x`` it into the same folder,
``pip install --target /tmp/ft fonttools``, then
``PYTHONPATH=/tmp/ft python scripts/make_script_fonts.py FOLDER``. The result is the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]
from fontTools.varLib import instancer  # type: ignore[import-not-found]

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
#: source (a wheel package, or a file under the folder) → (target file, Unicode blocks kept).
SCRIPTS = {
    "fontpkg_noto_sans_thai": ("NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    "fontpkg_noto_sans_arabic": (
        "NotoSansArabic-Regular.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    "fontpkg_noto_sans_devanagari": ("NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF))),
    "fontpkg_noto_sans_khmer": ("NotoSansKhmer-Regular.ttf", ((0x1780, 0x17FF),)),
    "usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf": (
        "NotoSansMyanmar-Regular.ttf",
        ((0x1000, 0x109F),),
    ),
    "usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf": (
        "NotoSansBengali-Regular.ttf",
        ((0x0980, 0x09FF),),
    ),
}
#: Target file → (stacking mark glyph, Private Use offset): the GSUB ligature "mark + consonant" gets the
#: code consonant + offset (Khmer ក U+1780 → U+F780, Myanmar က U+1000 → U+F600).
STACKING = {
    "NotoSansKhmer-Regular.ttf": ("uni17D2", 0xE000),
    "NotoSansMyanmar-Regular.ttf": ("virama", 0xE600),
}
#: Further glyphs reached only through GSUB: target file → {Private Use code: glyph name}.
EXTRA_GLYPHS = {
    # The right-hand parts of Khmer ឿ ៀ ៅ (their left part is េ U+17C1, drawn before the consonant);
    "NotoSansKhmer-Regular.ttf": {
        0xF7BF: "uni17BF.right1",
        0xF7C0: "uni17C0.right1",
        0xF7C5: "uni17C5.right",
        # a register shifter (៉ ៊) before a vowel sign above is drawn below, as ុ (ស៊ី: it hid under ី)
        0xF7C9: "uni17BB",
        0xF7CA: "uni17BB",
    },
    # Myanmar medial ra wide enough to wrap a wide consonant such as က; tall aa with asat (ဒေါ် Daw: the
    # asat drawn alone hides in the tall aa's hook).
    "NotoSansMyanmar-Regular.ttf": {0xF63C: "medial_ra.w2", 0xF62B: "_tall_aa_asat"},
}
#: Glyphs the fonts' GSUB ligatures make, found by their components (the subsets keep no glyph names):
#: target file → {Private Use code: (first glyph, components)}. Myanmar's kinzi (င်္ as one small mark
#: above the next consonant, not င် and a subscript) and medial ya with the medials under it (ျွ ျွှ
#: ျှ: drawn apart, the wa overlapped the ya's tail).
LIGATURES = {
    "NotoSansMyanmar-Regular.ttf": {
        0xF6A0: ("uni1004", ("uni103A", "uni1039")),
        0xF6A1: ("uni103B", ("uni103D",)),
        0xF6A2: ("uni103B", ("uni103D", "uni103E")),
        0xF6A3: ("uni103B", ("uni103E",)),
    },
}
#: One-glyph forms a GSUB multiple substitution gives a letter: target file → {Private Use code: glyph}.
#: Myanmar's long ု ူ, drawn after medial ya (ချို: the short one sat on the ya's tail).
ALTERNATES = {"NotoSansMyanmar-Regular.ttf": {0xF62F: "uni102F", 0xF630: "uni1030"}}
#: Khmer vowels below (ុ ូ ួ) under a subscript consonant: the font's GPOS moves them 270 units down
#: there (HarfBuzz, measured through Qt); reportlab reads no GPOS, so they overlapped the subscript.
#: The subset gets each as a composite glyph moved down, at U+F7BB-F7BD (the second form of U+17BB-BD).
#: Thai tone marks (่ ้ ๊ ๋ ์) over an upper vowel (ั ิ ี ึ ื) or the nikhahit of ำ: the font's GPOS
#: stacks them 236 units higher above ี and ํ (its mark-to-mark anchors), so drawn unmoved ที่ hid its
#: tone mark in the vowel and น้ำ crossed the ำ's circle. Their raised forms are U+F748-F74C.
LOWERED = {
    "NotoSansKhmer-Regular.ttf": ((0x17BB, 0x17BC, 0x17BD), 0xE000, -270),
    "NotoSansThai-Regular.ttf": ((0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C), 0xE900, 236),
}
#: Dotted circle (a mark without its letter), zero-width joiner and non-joiner.
EXTRA = (0x25CC, 0x200C, 0x200D)


def private_glyphs(font: TTFont, name: str, blocks: tuple[tuple[int, int], ...]) -> dict[int, str]:
    """Private Use code → glyph for the glyphs only GSUB reaches (see the module's docstring)."""
    found = dict(EXTRA_GLYPHS.get(name, {}))
    if name not in STACKING:
        return found
    mark, offset = STACKING[name]
    first, last = blocks[0]
    code_of = {glyph: code for code, glyph in font.getBestCmap().items() if first <= code <= last}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for ligature in getattr(table, "ligatures", {}).get(mark, ()):
                if len(ligature.Component) == 1 and ligature.Component[0] in code_of:
                    found.setdefault(code_of[ligature.Component[0]] + offset, ligature.LigGlyph)
    return found


def ligature_glyphs(font: TTFont, name: str) -> dict[int, str]:
    """Private Use code → the GSUB ligature glyph :data:`LIGATURES` names by its components."""
    wanted = LIGATURES.get(name, {})
    found: dict[int, str] = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for code, glyph in ALTERNATES.get(name, {}).items():
                if len(out := getattr(table, "mapping", {}).get(glyph) or ()) == 1 and out[0] != glyph:
                    found.setdefault(code, out[0])  # a multiple substitution to one other glyph
            for code, (first, components) in wanted.items():
                for ligature in getattr(table, "ligatures", {}).get(first, ()):
                    if tuple(ligature.Component) == components:
                        found.setdefault(code, ligature.LigGlyph)
    return found


def add_shaped_forms(font: TTFont, name: str) -> int:
    """Give the subset's GSUB ligatures (:data:`LIGATURES`) Private Use codes and add the lowered
    or raised marks (:data:`LOWERED`); returns how many codes were added. Run again, it adds nothing new."""
    from fontTools.pens.transformPen import TransformPen  # type: ignore[import-not-found]
    from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-not-found]

    added = ligature_glyphs(font, name)
    if name in LOWERED:
        codes, offset, shift = LOWERED[name]
        cmap = font.getBestCmap()
        glyph_set = font.getGlyphSet()
        order = font.getGlyphOrder()
        for code in codes:
            new = cmap.get(code + offset) or f"{cmap[code]}.{'low' if shift < 0 else 'high'}"  # saved, it is named by its code
            if new not in order:
                pen = TTGlyphPen(glyph_set)
                glyph_set[cmap[code]].draw(TransformPen(pen, (1, 0, 0, 1, 0, shift)))
                order.append(new)
                font["glyf"][new] = pen.glyph()
                font["hmtx"][new] = font["hmtx"][cmap[code]]
            added[code + offset] = new
        font.setGlyphOrder(order)
        font["maxp"].numGlyphs = len(order)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(added)
    return len(added)


def build(source: Path, target: Path, blocks: tuple[tuple[int, int], ...]) -> int:
    font = TTFont(str(source), recalcTimestamp=False)
    if "fvar" in font:
        font = instancer.instantiateVariableFont(font, {"wght": 400, "wdth": 100})
    wanted = {code for first, last in blocks for code in range(first, last + 1)} | set(EXTRA)
    codes = sorted(wanted & set(font.getBestCmap()))
    private = private_glyphs(font, target.name, blocks)
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes, glyphs=sorted(set(private.values())))
    subsetter.subset(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(private)
    shaped = add_shaped_forms(font, target.name)
    font.save(str(target))
    return len(codes) + len(private) + shaped


def main(argv: list[str]) -> int:
    if argv[1:] == ["--shaped-forms"]:  # the bundled subsets as they are, with the shaped forms added
        for name in {**LIGATURES, **LOWERED}:
            font = TTFont(str(FONTS / name), recalcTimestamp=False)
            print(f"{name}: {add_shaped_forms(font, name)} shaped forms")
            font.save(str(FONTS / name))
        return 0
    folder = Path(argv[1])
    for package, (name, blocks) in SCRIPTS.items():
        source = (
            folder / package if package.endswith(".ttf") else next((folder / package / "files").glob("*.ttf"))
        )
        count = build(source, FONTS / name, blocks)
        print(f"{name}: {count} characters, {(FONTS / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
