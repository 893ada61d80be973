"""Print preview for what petdesk prints: a dossier PDF, a list, a page of the window (a calendar
range, the home page). One reusable module: each function returns a ``QPrintPreviewDialog``
already shown (not modal), whose Print button prints what it shows.

A PDF is previewed by rendering its pages to images with PDFium (``pypdfium2``, BSD/Apache, a
4 MB wheel) — Qt's own PDF module lives in PySide6-Addons (over 100 MB), and users' machines have
no ``pdftoppm``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from petdesk.gui.qt import (
    QCoreApplication,
    QImage,
    QLineEdit,
    QPageLayout,
    QPainter,
    QPixmap,
    QPrinter,
    QPrintPreviewDialog,
    QRectF,
    Qt,
    QTextDocument,
    QWidget,
)
from petdesk.gui.screen_fit import resize_within_screen

#: Pages are drawn at this resolution for the preview and the printer (dots per inch).
PDF_DPI = 150
#: The most columns a list prints across a portrait page; more go landscape.
PORTRAIT_COLUMNS = 5


def available() -> bool:
    """Whether Qt's printing support is in this installation (PySide6-Essentials carries it)."""
    return QPrintPreviewDialog is not None


def _name_page_number(dialog: QPrintPreviewDialog) -> None:
    """Qt's page number box has no name: Orca read it as nothing (field test 95). It is the
    dialog's one line edit."""
    # the box of Qt's print preview that shows and takes the page to go to
    name = QCoreApplication.translate("PrintPreview", "Page number")
    for box in dialog.findChildren(QLineEdit):
        box.setAccessibleName(name)


def _show(
    paint: Callable[[QPrinter], None], parent: QWidget | None, title: str, *, landscape: bool = False
) -> QPrintPreviewDialog:
    # The dialog makes and owns its printer (one handed in would be freed with this frame).
    dialog = QPrintPreviewDialog(parent)
    dialog.setObjectName("PrintPreview")
    dialog.setWindowTitle(title)
    _name_page_number(dialog)
    resize_within_screen(dialog, 900, 700)
    if landscape:
        dialog.printer().setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog.paintRequested.connect(paint)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # not modal for the window: the preview stays beside it
    return dialog


# --- PDF files ---------------------------------------------------------------------------------


def pdf_page_images(path: Path, dpi: int = PDF_DPI) -> list[QImage]:
    """Every page of the PDF at ``path`` as an image (white paper, ``dpi`` dots per inch)."""
    import pypdfium2 as pdfium  # loaded on the first preview only

    images = []
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB bytes
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            images.append(image.copy())  # the bitmap's buffer is freed with the page
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def paint_images(printer: QPrinter, images: Sequence[QImage]) -> None:
    """One image per sheet, scaled to the printable area with its proportions kept."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


def preview_pdf(path: Path, parent: QWidget | None = None, title: str = "") -> QPrintPreviewDialog:
    """Preview (and print) a PDF petdesk made, such as a dossier."""
    images = pdf_page_images(path)
    return _show(lambda printer: paint_images(printer, images), parent, title or path.name)


# --- lists ---------------------------------------------------------------------------------------


def table_html(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], note: str = "") -> str:
    """A list as a printable HTML table (Qt's rich text: repeats no header, so keep it simple)."""
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        f"<h2>{escape(title)}</h2>"
        + (f"<p>{escape(note)}</p>" if note else "")
        + "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>"
        + f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def preview_html(
    html: str, parent: QWidget | None = None, title: str = "", *, landscape: bool = False
) -> QPrintPreviewDialog:
    document = QTextDocument()
    document.setHtml(html)

    def paint(printer: QPrinter) -> None:
        document.print_(printer)

    dialog = _show(paint, parent, title, landscape=landscape)
    document.setParent(dialog)
    return dialog


def preview_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    parent: QWidget | None = None,
    note: str = "",
) -> QPrintPreviewDialog:
    """Preview a list: a heading, an optional note (which search, how many) and the table; across
    the page when it has more columns than a portrait page holds (e-mail addresses broke letter by
    letter in the contacts list's seven columns)."""
    wide = len(headers) > PORTRAIT_COLUMNS
    return preview_html(table_html(title, headers, rows, note), parent, title, landscape=wide)


# --- widgets -------------------------------------------------------------------------------------


def preview_widget(widget: QWidget, parent: QWidget | None = None, title: str = "") -> QPrintPreviewDialog:
    """Preview what a widget shows now (a calendar's month or week, the home page), fitted to a
    sheet turned to the widget's shape."""
    pixmap: QPixmap = widget.grab()
    image = pixmap.toImage()

    def paint(printer: QPrinter) -> None:
        landscape = image.width() > image.height()
        layout: Any = printer.pageLayout()
        layout.setOrientation(layout.Orientation.Landscape if landscape else layout.Orientation.Portrait)
        printer.setPageLayout(layout)
        paint_images(printer, [image])

    return _show(paint, parent, title)
