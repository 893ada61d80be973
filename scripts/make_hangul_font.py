"""Build ``resources/fonts/PetdeskHangul.ttf``: the fallback for Korean (Hangul) in the window and the PDFs.

None of the other bundled faces has Hangul syllables (Droid Sans Fallback carries three), so a name
such as 김민준 printed as boxes on a machine without a Korean font. Source: NanumGothic.ttf (version
3.021, © NAVER Corporation, SIL OFL 1.1) of the Debian package ``fonts-nanum``. The whole face is
4.7 MB with Latin, Hanja and symbols the other faces already have, so we keep only Hangul: the
conjoining Jamo (U+1100–11FF, A960–A97F, D7B0–D7FF), the compatibility Jamo (U+3130–318F) and the
11,172 syllables (U+AC00–D7A3). The OFL reserves the names "Nanum" and "NanumGothic" for the original,
so this modified version is renamed "Petdesk Hangul" (see ``LICENSE-PetdeskHangul.txt``).

Only the regular face is shipped: Qt synthesises bold for a family without a bold face, and the PDFs
stroke bold Hangul thinly, as they already do for Chinese (``petdesk.dossier.text``).

Run by hand (not part of the build): ``apt-get download fonts-nanum`` and unpack it (``dpkg -x``),
``pip install --target /tmp/ft fonttools``, then
``PYTHONPATH=/tmp/ft python scripts/make_hangul_font.py [path/to/NanumGothic.ttf]``.
The result is the same file on every run (the timestamps are those of the source).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

SOURCE = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "PetdeskHangul.ttf"
FAMILY = "Petdesk Hangul"
POSTSCRIPT = "PetdeskHangul-Regular"
#: Hangul Jamo, Compatibility Jamo, Jamo Extended-A, Syllables, Jamo Extended-B.
RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xD7B0, 0xD7FF))
#: Name records that carry the reserved name (family, unique id, full, PostScript, typographic family and
#: style, trademark, CID findfont name): all dropped, in every language, and the ones a font needs set again.
RENAMED = (1, 2, 3, 4, 6, 7, 16, 17, 18, 20)


def hangul() -> list[int]:
    return [code for first, last in RANGES for code in range(first, last + 1)]


def rename(font: TTFont, characters: int) -> None:
    names = font["name"]
    version = (names.getDebugName(5) or "").split(";")[0].removeprefix("Version ").strip()
    for record in list(names.names):
        if record.nameID in RENAMED:
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{POSTSCRIPT}-{version}"),
        (4, f"{FAMILY} Regular"),
        (6, POSTSCRIPT),
        (
            10,
            f"Subset of NanumGothic {version} (NAVER Corporation) with {characters} Hangul characters, "
            "renamed; SIL Open Font License 1.1.",
        ),
        (13, "This Font Software is licensed under the SIL Open Font License, Version 1.1."),
        (14, "https://openfontlicense.org"),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    font = TTFont(str(source), recalcTimestamp=False)  # same bytes on every run
    codes = sorted(set(hangul()) & set(font.getBestCmap()))
    options = subset.Options()
    options.layout_features = []
    options.hinting = False  # the hints are a third of the file; Qt and PDF viewers draw well without
    options.drop_tables += ["DSIG", "FFTM", "TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]  # VTT hinting sources
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    rename(font, len(codes))
    font.save(str(TARGET))
    print(f"{TARGET}: {len(codes)} characters, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
