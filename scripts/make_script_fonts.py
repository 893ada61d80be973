"""Build ``resources/fonts/NotoSans{Thai,Arabic,Devanagari}-Regular.ttf``: the dossier faces for Thai,
Arabic and Devanagari names.

None of the other bundled faces has these scripts, so a delegate such as สมชาย ใจดี, محمد عبد الله or
प्रिया शर्मा printed as "[U+0E2A]…" codes on every dossier and name card (field test 67). Source: the
variable Noto Sans Thai 2.002, Arabic 2.012 and Devanagari 2.007 fonts (© The Noto Project Authors, SIL
OFL 1.1, no Reserved Font Name) as the PyPI wheels ``fontpkg-noto-sans-thai``, ``-arabic`` and
``-devanagari`` ship them (``files/*.ttf``). reportlab reads no variation tables, so each is pinned to
its Regular instance (weight 400, width 100) and cut to its script's blocks (plus the Arabic
presentation forms that :mod:`petdesk.dossier.scripts` draws, and the dotted circle).

Run by hand (not part of the build): ``pip download --no-deps fontpkg-noto-sans-thai
fontpkg-noto-sans-arabic fontpkg-noto-sans-devanagari`` and unzip the wheels into one folder,
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
#: wheel package → (target file, Unicode blocks kept).
SCRIPTS = {
    "fontpkg_noto_sans_thai": ("NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    "fontpkg_noto_sans_arabic": (
        "NotoSansArabic-Regular.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    ),
    "fontpkg_noto_sans_devanagari": ("NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF))),
}
#: Dotted circle (a mark without its letter), zero-width joiner and non-joiner.
EXTRA = (0x25CC, 0x200C, 0x200D)


def build(source: Path, target: Path, blocks: tuple[tuple[int, int], ...]) -> int:
    font = TTFont(str(source), recalcTimestamp=False)
    font = instancer.instantiateVariableFont(font, {"wght": 400, "wdth": 100})
    wanted = {code for first, last in blocks for code in range(first, last + 1)} | set(EXTRA)
    codes = sorted(wanted & set(font.getBestCmap()))
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    font.save(str(target))
    return len(codes)


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    for package, (name, blocks) in SCRIPTS.items():
        source = next((folder / package / "files").glob("*.ttf"))
        count = build(source, FONTS / name, blocks)
        print(f"{name}: {count} characters, {(FONTS / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
