"""Sheets of sticky address labels (A4, 3 × 8 of 70 × 37 mm, as Avery/Herma 3474 and the print shop's
stock) from a mailing list's blocks (field test 98: New Year cards to 300 partners).

Each line is drawn run by run in the face that holds its characters (:mod:`petdesk.dossier.fonts`:
Chinese, Japanese kana, Hangul, Cyrillic, accented Latin), all embedded as subsets, so the print
shop's computer needs no font of its own.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from petdesk import outfile
from petdesk.dossier import fonts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from petdesk.db import Database
    from petdesk.services.mailing_list import Recipient

COLUMNS = 3
ROWS = 8
LABEL_WIDTH = 70 * mm
LABEL_HEIGHT = 37 * mm
#: Space kept clear inside each label: printers shift a sheet by a millimetre or two.
PADDING = 5 * mm
#: The largest and the smallest type; a block with many lines is set smaller to fit its label.
LARGEST = 10.0
SMALLEST = 6.5


def _wrapped(line: str, size: float, width: float) -> list[str]:
    """``line`` broken to fit ``width``: between words, or between characters where one word is too
    long (a Chinese street has no spaces). Never shortened: a label that drops the room number loses
    the card."""
    out: list[str] = []
    rest = line
    while rest and fonts.string_width(rest, size) > width:
        cut = len(rest) - 1
        while cut > 1 and fonts.string_width(rest[:cut], size) > width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*out, rest] if rest else out


def _laid_out(lines: Sequence[str]) -> tuple[list[str], float]:
    """The lines as printed and their size: the largest that fits the label, wrapped at the smallest."""
    width = LABEL_WIDTH - 2 * PADDING
    room = LABEL_HEIGHT - 2 * PADDING
    size = LARGEST
    while size > 8:  # type a little smaller first, so that a long street stays one line
        if (
            all(fonts.string_width(line, size) <= width for line in lines)
            and len(lines) * size * 1.25 <= room
        ):
            return list(lines), size
        size -= 0.5
    size = LARGEST
    while True:
        printed = [part for line in lines for part in _wrapped(line, size, width)]
        if size <= SMALLEST or len(printed) * size * 1.25 <= room:
            return printed, size
        size = max(SMALLEST, size - 0.5)


def _draw_label(canvas: Canvas, x: float, top: float, lines: Sequence[str]) -> None:
    printed, size = _laid_out(lines)
    y = top - PADDING - size
    canvas.setFillGray(0)
    for line in printed:
        fonts.draw_string(canvas, x + PADDING, y, line, size)
        y -= size * 1.25


def render_labels(recipients: Sequence[Recipient], target: Path | BytesIO, *, title: str = "") -> int:
    """Write the labels, left to right and top to bottom, to ``target``; return the pages."""
    if isinstance(target, Path):  # a file the user named: through petdesk.outfile
        buffer = BytesIO()
        pages = render_labels(recipients, buffer, title=title)
        outfile.write_bytes(target, buffer.getvalue())
        return pages
    if not recipients:
        raise ValueError("there is no address to print a label for")
    fonts.register()
    width, height = A4
    left = (width - COLUMNS * LABEL_WIDTH) / 2
    top = height - (height - ROWS * LABEL_HEIGHT) / 2
    # initialFontName: never reportlab's Helvetica, which is not embedded
    canvas = Canvas(target, pagesize=A4, initialFontName=fonts.LATIN)
    canvas.setTitle(title or "Address labels")
    canvas.setAuthor("petdesk")
    per_page = COLUMNS * ROWS
    pages = 0
    for start in range(0, len(recipients), per_page):
        for index, recipient in enumerate(recipients[start : start + per_page]):
            row, column = divmod(index, COLUMNS)
            _draw_label(canvas, left + column * LABEL_WIDTH, top - row * LABEL_HEIGHT, recipient.lines)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def write_labels(recipients: Sequence[Recipient], path: Path, *, logged_in: Database | None = None) -> int:
    """:func:`render_labels` to ``path``, logged in ``logged_in``'s export log; returns the pages."""
    pages = render_labels(recipients, path, title=path.stem)
    if logged_in is not None:
        from petdesk.services import export_log

        ids = [r.contact_id for r in recipients]
        export_log.record_through(logged_in, "address_labels", path, len(ids), ids)
    return pages
