"""Draws petdesk's office logo as ``logo.svg`` and ``logo.png`` (run: python resources/logo_draw.py).

One set of shapes feeds both files: a green disc (the city network), two interlocking rings (two
partners) and a leaf (environmental technology). Pillow draws the PNG at 4x and scales it down for
smooth edges.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 256
GREEN = "#1F7A5C"
LIGHT = "#E3EEE9"
BLUE = "#2F6FA3"
WHITE = "#FFFFFF"

#: Leaf outline as a polygon in a 256 x 256 box (two arcs approximated by points).
LEAF = [
    (128, 60),
    (150, 74),
    (166, 94),
    (174, 118),
    (172, 142),
    (162, 162),
    (146, 178),
    (128, 190),
    (110, 178),
    (94, 162),
    (84, 142),
    (82, 118),
    (90, 94),
    (106, 74),
]
RINGS = [(96, 150, 46), (160, 150, 46)]


def svg() -> str:
    leaf = " ".join(f"{x},{y}" for x, y in LEAF)
    rings = "".join(
        f'<circle cx="{x}" cy="{y}" r="{r}" fill="none" stroke="{c}" stroke-width="12"/>'
        for (x, y, r), c in zip(RINGS, (WHITE, LIGHT), strict=True)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}">'
        f'<circle cx="128" cy="128" r="124" fill="{GREEN}"/>'
        f"{rings}"
        f'<polygon points="{leaf}" fill="{BLUE}" stroke="{WHITE}" stroke-width="6"/>'
        f'<line x1="128" y1="76" x2="128" y2="186" stroke="{WHITE}" stroke-width="5"/>'
        "</svg>\n"
    )


def png(path: Path, scale: int = 4) -> None:
    s = scale
    img = Image.new("RGBA", (SIZE * s, SIZE * s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([4 * s, 4 * s, 252 * s, 252 * s], fill=GREEN)
    for (x, y, r), colour in zip(RINGS, (WHITE, LIGHT), strict=True):
        d.ellipse([(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s], outline=colour, width=12 * s)
    d.polygon([(x * s, y * s) for x, y in LEAF], fill=BLUE, outline=WHITE, width=6 * s)
    d.line([128 * s, 76 * s, 128 * s, 186 * s], fill=WHITE, width=5 * s)
    img.resize((SIZE, SIZE), Image.LANCZOS).save(path, optimize=True)


if __name__ == "__main__":
    (HERE / "logo.svg").write_text(svg(), encoding="utf-8")
    png(HERE / "logo.png")
