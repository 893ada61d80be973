"""A canvas that puts "Page 2 of 5 / 第 2 页，共 5 页" at the foot of every page.

The plain reports drawn line by line (events, annual summary, market overview, hand-over list, a
person's data) had no page numbers: a second page did not say it belonged to the first, nor
whether one was missing (print review pdfreview56). The total is known only at the end, so each
page draws a form that :meth:`save` fills in, as the dossier's own canvas does.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from petdesk.dossier import fonts

#: Size of the page number, and its distance from the page's bottom edge (points).
SIZE = 7.0
FROM_BOTTOM = 18.0


def page_words(number: int, total: int, lang: str) -> str:
    """ "Page 2 of 5 / 第 2 页，共 5 页", ``lang``'s words first ("zh…" or anything else for English)."""
    en, zh = f"Page {number} of {total}", f"第 {number} 页，共 {total} 页"
    return f"{zh} / {en}" if lang.startswith("zh") else f"{en} / {zh}"


class NumberedCanvas(Canvas):
    """A :class:`Canvas` numbering its pages at the bottom right, inside ``margin``."""

    def __init__(self, *args: Any, lang: str = "en", margin: float = 36.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The language whose words come first in the page number.
        self.lang = lang
        #: Distance of the number's right end from the page's right edge.
        self.margin = margin

    def showPage(self) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.translate(width - self.margin, FROM_BOTTOM)
        self.doForm(f"page-{self.getPageNumber()}")
        self.restoreState()
        super().showPage()

    def save(self) -> None:
        if len(self._code):  # the last page is still open: reportlab's save would finish it unnumbered
            self.showPage()
        total = self.getPageNumber() - 1
        for number in range(1, total + 1):
            text = page_words(number, total, self.lang)
            width = fonts.string_width(text, SIZE)
            self.beginForm(f"page-{number}", lowerx=-width - 2, lowery=-3, upperx=1, uppery=SIZE + 2)
            self.setFillGray(0.4)
            fonts.draw_string(self, 0, 0, text, SIZE, align="right")
            self.endForm()
        super().save()
