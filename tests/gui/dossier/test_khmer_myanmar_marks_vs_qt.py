"""Khmer and Burmese marks in the PDFs against Qt's own shaping (HarfBuzz), both drawn at 200 dpi:
a Khmer vowel under a subscript (ស្តុ), Myanmar's medial wa under medial ya (ကျွန်) and the kinzi
(င်္ above the next consonant, အင်္ဂလိပ်). reportlab does not shape, so the dossier draws them as the
font's own shaped forms (:mod:`petdesk.dossier.scripts`); before, the vowel and the wa overlapped what
they sit under and the kinzi printed as င် with a subscript."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageFilter
from reportlab.pdfgen.canvas import Canvas

from petdesk.dossier import fonts
from petdesk.gui.qt import QApplication, QFont, QFontDatabase, QImage, QPainter, QPointF, Qt, QTextLayout

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "OpenType support")

DPI = 200
SIZE = 40  # points
PX = SIZE * DPI / 72  # the em in pixels


def ink(image: Image.Image) -> Image.Image:
    """The dark pixels as a 1-bit mask cropped to them."""
    mask = image.convert("L").point(lambda v: 255 if v < 128 else 0).convert("1")
    box = mask.getbbox()
    assert box is not None
    return mask.crop(box)


def by_reportlab(text: str, tmp_path: Path) -> Image.Image:
    pdf = tmp_path / "word.pdf"
    canvas = Canvas(str(pdf), pagesize=(6 * SIZE, 3 * SIZE))
    fonts.draw_string(canvas, SIZE, SIZE, text, SIZE)
    canvas.save()
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return ink(document[0].render(scale=DPI / 72).to_pil())
    finally:
        document.close()


def by_qt(text: str, face: str) -> Image.Image:
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(fonts.font_dir() / fonts.FONT_FILES[face]))
    )
    font = QFont(families[0])
    font.setPixelSize(round(PX))
    image = QImage(round(6 * PX), round(3 * PX), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    painter = QPainter(image)
    layout.draw(painter, QPointF(PX, PX))
    painter.end()
    return ink(_to_pil(image))


def _to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                           image.bytesPerLine())  # fmt: skip


def agreement(ours: Image.Image, theirs: Image.Image) -> float:
    """The share of each drawing's ink within two pixels of the other's, the worse of the two, at
    the best shift of up to four pixels (the two place glyphs a pixel or two apart)."""
    width, height = max(ours.width, theirs.width) + 8, max(ours.height, theirs.height) + 8
    best = 0.0
    for dx in range(-4, 5):
        for dy in range(-4, 5):
            a = Image.new("1", (width, height))
            a.paste(ours, (4, 4))
            b = Image.new("1", (width, height))
            b.paste(theirs, (4 + dx, 4 + dy))
            near_a, near_b = (m.convert("L").filter(ImageFilter.MaxFilter(5)).convert("1") for m in (a, b))
            inside = [ImageChops.logical_and(x, near).histogram()[-1] / max(x.histogram()[-1], 1)
                      for x, near in ((a, near_b), (b, near_a))]  # fmt: skip
            best = max(best, min(inside))
    return best


@pytest.mark.parametrize(
    ("text", "face"),
    [
        ("ស្តុ", fonts.KHMER),  # ុ under the subscript ត
        ("ស្តូ", fonts.KHMER),
        ("ក្ខុ", fonts.KHMER),
        ("ကျွန်", fonts.MYANMAR),  # medial wa under medial ya
        ("အင်္ဂလိပ်", fonts.MYANMAR),  # kinzi above ဂ
        ("သင်္ချိုင်း", fonts.MYANMAR),
    ],
)
def test_the_pdf_draws_the_marks_where_qt_does(
    qapp: QApplication, tmp_path: Path, text: str, face: str
) -> None:
    ours, theirs = by_reportlab(text, tmp_path), by_qt(text, face)
    assert abs(ours.height - theirs.height) <= 3, (ours.size, theirs.size)  # kinzi above, not below
    assert agreement(ours, theirs) >= 0.9


def test_a_vowel_below_a_subscript_does_not_touch_it(tmp_path: Path) -> None:
    """The ink of ុ (what ស្តុ has more than ស្ត) starts below the subscript's ink in its columns."""
    whole, cluster = by_reportlab("ស្តុ", tmp_path), by_reportlab("ស្ត", tmp_path)
    assert whole.width == cluster.width  # the vowel is under the cluster: both crop at its left
    canvas = Image.new("1", whole.size)
    canvas.paste(cluster, (0, 0))
    vowel = ImageChops.logical_and(whole, ImageChops.invert(canvas))
    left, top, right, _bottom = vowel.getbbox() or (0, 0, 0, 0)
    above = canvas.crop((left, 0, right, top + 1)).getbbox()
    foot = above[3] if above else 0  # the lowest row of the subscript over the vowel
    assert top - foot >= 0.04 * PX, (top, foot)  # Qt: 0.05 em between them
