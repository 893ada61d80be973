"""Icons for the bundles, made from ``resources/logo.png`` with Pillow (a build dependency only).

Writes into OUT: ``petdesk.ico`` (Windows, 16-256 px), ``petdesk.icns`` (macOS) and
``hicolor/<n>x<n>/apps/petdesk.png`` for Linux desktops, plus the SVG as ``hicolor/scalable``.
Usage: python packaging/make_icons.py OUT
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
#: Sizes of the hicolor theme a desktop looks for (the logo is drawn at 256 px, so no upscaling).
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256)
APP_ID = "org.petdesk.Petdesk"


def main(out: Path) -> None:
    logo = Image.open(ROOT / "resources" / "logo.png").convert("RGBA")
    out.mkdir(parents=True, exist_ok=True)
    logo.save(out / "petdesk.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    logo.save(out / "petdesk.icns")
    logo.save(out / "petdesk.png")
    for n in HICOLOR:
        folder = out / "hicolor" / f"{n}x{n}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        logo.resize((n, n), Image.Resampling.LANCZOS).save(folder / f"{APP_ID}.png")
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources" / "logo.svg", scalable / f"{APP_ID}.svg")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
