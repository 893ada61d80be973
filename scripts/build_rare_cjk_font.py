"""Build ``resources/fonts/PetdeskRareHan.ttf``: the dossier's fallback for CJK characters beyond the
Basic Multilingual Plane (Extension B and later, such as the name character 𠮷 U+20BB7).

Source: HanaMinB.ttf of the Debian package ``fonts-hanazono`` (GlyphWiki Project), which covers
Extensions B to F. It is dual-licensed: the Hanazono Font License (use, copy, modify and redistribute
freely) or the SIL OFL 1.1 with reserved names. The whole face is 30 MB, so we keep the characters
that national and regional standards list for everyday use and personal names (Unihan fields of the
Debian package ``unicode-data``: kTGH, kHKSCS, kJIS0213, kKoreanName, kTaiwanTelegraph, kIICore,
kUnihanCore2020, kMainlandTelegraph, kJoyoKanji, kKoreanEducationHanja, kIRG_MSource, and the
Adobe-Japan1-6 set kRSAdobe_Japan1_6, which holds 𠮷): 2,427 characters in 1.2 MB. The subset is
renamed "PetdeskRareHan" so that no reserved name is used by the
derivative (see ``LICENSE-PetdeskRareHan.txt``). A character outside it still prints as a visible
"[U+XXXXX]" with a warning.

Run by hand (not part of the build): ``apt-get install fonts-hanazono unicode-data``,
``pip install fonttools``, then ``python scripts/build_rare_cjk_font.py``.
"""

from __future__ import annotations

import bz2
import re
import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

SOURCE = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")
UNIHAN = Path("/usr/share/unicode")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "PetdeskRareHan.ttf"
FAMILY = "PetdeskRareHan"
FIELDS = (
    "kTGH kHKSCS kJIS0213 kKoreanName kTaiwanTelegraph kIICore kUnihanCore2020 kMainlandTelegraph "
    "kJoyoKanji kKoreanEducationHanja kIRG_MSource kRSAdobe_Japan1_6"
).split()
#: Supplementary-plane ideographs (Extension B and later, compatibility supplement).
LINE = re.compile(r"^U\+([23][0-9A-F]{4})\t(\w+)\t")


def wanted() -> set[int]:
    codes: set[int] = set()
    for name in ("OtherMappings", "IRGSources", "DictionaryLikeData", "RadicalStrokeCounts"):
        with bz2.open(UNIHAN / f"Unihan_{name}.txt.bz2", "rt", encoding="utf-8") as lines:
            for line in lines:
                match = LINE.match(line)
                if match and match.group(2) in FIELDS:
                    codes.add(int(match.group(1), 16))
    return codes


def main() -> int:
    font = TTFont(str(SOURCE))
    codes = wanted() & set(font.getBestCmap())
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["DSIG", "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes))
    subsetter.subset(font)
    names = font["name"]
    version = names.getDebugName(5) or ""
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18):
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{FAMILY}-{version}"),
        (4, FAMILY),
        (6, FAMILY),
        (
            10,
            f"Subset of HanaMinB {version} (GlyphWiki Project) with {len(codes)} supplementary-plane "
            "ideographs, renamed; Hanazono Font License or SIL OFL 1.1.",
        ),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    font.save(str(TARGET))
    print(f"{TARGET}: {len(codes)} characters, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
