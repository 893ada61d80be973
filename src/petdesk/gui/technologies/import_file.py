"""The first action of the empty pipeline pages (issue 18): fill them from a file.

Technologies and city needs come from a CSV or Excel catalogue (``petdesk import-technologies`` /
``import-needs`` on the command line), projects from a 3iPET exchange file (``petdesk exchange
import``). Each import is all or nothing and runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from petdesk.db import Database
from petdesk.gui import plurals
from petdesk.gui.operations import Changes, run_in_background, write_op
from petdesk.gui.qt import QCoreApplication, QFileDialog, QMessageBox, QWidget
from petdesk.gui.read_only import hold, writes
from petdesk.gui.sync.common import locale_of


def import_catalogue(page: QWidget, db: Database, kind: str, done: Callable[[], None]) -> None:
    """Ask for a CSV/XLSX catalogue of ``kind`` ("technologies" or "needs"), let the user say which
    column is which, and import it."""
    name, _filter = QFileDialog.getOpenFileName(
        page,
        QCoreApplication.translate("EmptyPage", "Import a catalogue"),
        "",
        QCoreApplication.translate("EmptyPage", "Spreadsheets (*.xlsx *.csv)"),
    )
    if name:
        map_catalogue_columns(page, db, Path(name), kind, done)


def map_catalogue_columns(
    page: QWidget, db: Database, path: Path, kind: str, done: Callable[[], None]
) -> None:
    """Read the file's headers and first rows off the GUI thread, then show the mapping step
    (``page.catalogue_mapping``); its Import button imports with the chosen mapping."""
    from petdesk.exchange import flat

    def show(preview: flat.CataloguePreview) -> None:
        from petdesk.gui.technologies.import_dialog import CatalogueMappingDialog

        def start(mapping: dict[str, str]) -> None:
            run_catalogue_import(page, db, path, kind, done, mapping)

        dialog = CatalogueMappingDialog(path, kind, preview, start, page)
        # made after the window held its page's buttons: held here, or Import fails only at saving
        hold(writes(dialog.import_button), db.path)
        page.catalogue_mapping = dialog  # type: ignore[attr-defined]
        dialog.open()

    run_in_background(
        lambda: flat.preview_catalogue(path, kind), on_success=show, on_failure=_failed(page), owner=page
    )


def run_catalogue_import(
    page: QWidget,
    db: Database,
    path: Path,
    kind: str,
    done: Callable[[], None],
    mapping: dict[str, str] | None = None,
) -> None:
    from petdesk.exchange import flat
    from petdesk.exchange.catalogue_report import reader_names

    locale = locale_of(page)  # the window's language, as the rest of the window (not the settings')

    def work(session: Any) -> tuple[flat.CatalogueReport, dict[str, str]]:
        report = flat.import_catalogue(session, path, kind, mapping)
        # the records by their Chinese names in the Chinese window, as the command line lists them
        return report, reader_names(session, kind, [*report.added, *report.updated], locale)

    def ok(result_and_names: tuple[flat.CatalogueReport, dict[str, str]]) -> None:
        from petdesk.exchange.catalogue_report import summary
        from petdesk.gui.technologies.import_result import CatalogueImportResult

        report, names = result_and_names
        done()
        page.import_message = summary(report, locale)  # type: ignore[attr-defined]
        # the whole report, as the command line prints it: counts, warnings, every change
        result = CatalogueImportResult(report, locale, page, db, names=names)
        page.import_result = result  # type: ignore[attr-defined]
        result.open()

    write_op(db, work, changes=Changes.of(), on_success=ok, on_failure=_failed(page), owner=page)


def import_exchange(page: QWidget, db: Database, done: Callable[[], None]) -> None:
    """Ask for a 3iPET exchange file (JSON) and import it: projects, technologies, needs, matches."""
    name, _filter = QFileDialog.getOpenFileName(
        page,
        QCoreApplication.translate("EmptyPage", "Import an exchange file"),
        "",
        QCoreApplication.translate("EmptyPage", "3iPET exchange files (*.json)"),
    )
    if name:
        run_exchange_import(page, db, Path(name), done)


def run_exchange_import(page: QWidget, db: Database, path: Path, done: Callable[[], None]) -> None:
    from petdesk.exchange import jsonfile, versions
    from petdesk.i18n import translator

    locale = locale_of(page)  # the window's language, as the rest of the window (not the settings')

    def work(session: Any) -> tuple[int, str]:
        from petdesk.services import import_undo

        loaded = jsonfile.load(path)
        doc = loaded.doc
        with import_undo.remembered(session, kind="exchange", source=path.name):  # Undo an Earlier Import
            report = jsonfile.apply(session, doc, source=f"3iPET:{doc['source']['office']}", file=path.name)
        # a newer minor version's file: what was not read, as the command line says it
        ignored = (
            versions.ignored_fields_line(path.name, loaded.version, list(loaded.ignored), translator(locale))
            if loaded.ignored
            else ""
        )
        return report.total_changes(), ignored

    _run(page, db, work, done)


def _run(
    page: QWidget, db: Database, work: Callable[[Any], tuple[int, str]], done: Callable[[], None]
) -> None:
    def ok(result: tuple[int, str]) -> None:
        n, also = result
        done()
        message = plurals.EmptyPage().imported(n)
        page.import_message = f"{message}\n{also}" if also else message  # type: ignore[attr-defined]
        if also:  # fields not read are said where the user sees them, not only kept for the record
            title = QCoreApplication.translate("EmptyPage", "Import")
            box = QMessageBox(QMessageBox.Icon.Information, title, page.import_message, parent=page)  # type: ignore[attr-defined]
            box.setObjectName("exchange_import_summary")
            box.setAccessibleName(QCoreApplication.translate("EmptyPage", "Import summary"))
            page.import_summary = box  # type: ignore[attr-defined]
            box.open()

    write_op(db, work, changes=Changes.of(), on_success=ok, on_failure=_failed(page), owner=page)


def _failed(page: QWidget) -> Callable[[BaseException], None]:
    """Says why a file could not be read or imported, in the window's language."""

    def failed(exc: BaseException) -> None:
        from petdesk.exchange.flat import CatalogueRowsError
        from petdesk.messages import localize

        locale = locale_of(page)  # the window's language, as the rest of the window (not the settings')
        # the import's sentences are English; bad rows are listed all at once, each translated
        message = exc.in_words(locale) if isinstance(exc, CatalogueRowsError) else localize(str(exc), locale)
        page.import_message = message  # type: ignore[attr-defined]
        QMessageBox.warning(page, QCoreApplication.translate("EmptyPage", "Import"), message)

    return failed
