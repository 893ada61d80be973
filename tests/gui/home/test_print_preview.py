"""Print preview of a dossier PDF (pages drawn by PDFium) and of the list shown in the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget

from petdesk.db import Database
from petdesk.gui import print_preview
from petdesk.gui.dossier import open_dossier_dialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QTextDocument
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdfinfo_pages
from tests.core.dossier.sample_data import make_visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _pages(qtbot, dialog) -> int:
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=20_000)
    return widget.pageCount()


def test_dossier_pdf_is_previewed_page_by_page(qtbot, db: Database, tmp_path: Path) -> None:
    visit_id = make_visit(db, meetings=1, participants=2).visit_id
    dialog = open_dossier_dialog(None, db, visit_id=visit_id)
    qtbot.addWidget(dialog)
    dialog.opener = lambda _path: None
    dialog.open_after.setChecked(False)
    dialog.preview_after.setChecked(True)
    out = tmp_path / "dossier.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.generated, timeout=90_000):
        dialog.generate()
    preview = dialog.preview
    assert preview is not None
    assert _pages(qtbot, preview) == pdfinfo_pages(out) >= 3
    # The first page drawn from the PDF has ink on white paper (not a blank or black sheet).
    first = print_preview.pdf_page_images(out, dpi=40)[0]
    colours = {
        first.pixelColor(x, y).lightness()
        for x in range(0, first.width(), 3)
        for y in range(0, first.height(), 3)
    }
    assert max(colours) == 255 and min(colours) < 100
    preview.close()


def test_print_preview_of_the_visit_list(qtbot, db: Database) -> None:
    with db.transaction() as s:
        for n in range(3):
            vs.create_visit(
                s,
                title_en=f"Malmö delegation {n}",
                start_date=dt.date(2026, 12, 1),
                end_date=dt.date(2026, 12, 2),
            )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("visits")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    window.navigation_actions["print_preview"].trigger()
    preview = window.findChild(print_preview.QPrintPreviewDialog, "PrintPreview")
    assert preview is not None and preview.windowTitle() == "Visits"
    assert _pages(qtbot, preview) == 1
    text = preview.findChild(QTextDocument).toPlainText()
    assert "Malmö delegation 2" in text and "3 of 3 rows" in text
    preview.close()


def test_a_list_of_many_columns_prints_across_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The contacts list's seven columns on a portrait page broke e-mail addresses letter by letter."""
    from petdesk.gui.qt import QPageLayout

    narrow = print_preview.preview_table("Visits", ["Title", "Start", "End"], [["a", "b", "c"]])
    wide = print_preview.preview_table("Contacts", [f"Column {n}" for n in range(7)], [["x"] * 7])
    orientation = [d.printer().pageLayout().orientation() for d in (narrow, wide)]
    assert orientation == [QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape]
    for dialog in (narrow, wide):
        dialog.close()
