"""The technology catalogue: the list (search in English or Chinese) beside the selected entry."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.list_page import ListPage
from petdesk.gui.operations import Changes, subscribe
from petdesk.gui.plurals import PipelineLists
from petdesk.gui.qt import (
    QCoreApplication,
    QLabel,
    QShowEvent,
    QSplitter,
    Qt,
    QTextBrowser,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.screen_fit import split_by_share
from petdesk.gui.technologies.editors import TechnologyEditor
from petdesk.gui.technologies.filter_bar import TECHNOLOGIES, CatalogueFilterBar
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.labels import country_name
from petdesk.language import interface_language
from petdesk.services import pipeline_lists
from petdesk.services import technologies as tech_service
from petdesk.services.projects import PipelineError
from petdesk.vocab import scale_label, technology_area_label

TECHNOLOGY_HEADERS = (
    ("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    ("name_other", QT_TRANSLATE_NOOP("Columns", "Name (other script)")),
    ("sector", QT_TRANSLATE_NOOP("Columns", "Sector")),
    ("trl", QT_TRANSLATE_NOOP("Columns", "TRL")),
    ("provider", QT_TRANSLATE_NOOP("Columns", "Provider")),
    ("country", QT_TRANSLATE_NOOP("Columns", "Country")),
)


class CataloguePage(QSplitter):
    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.db = db
        self.ui_locale = locale
        headers = [(k, QCoreApplication.translate("Columns", t)) for k, t in TECHNOLOGY_HEADERS]
        self.query = pipeline_lists.technologies(locale)
        # The remembered filters apply from the first read.
        self.filters = CatalogueFilterBar(db, TECHNOLOGIES, locale, self)
        self.query.where = self.filters.current().technology_clauses()
        self.list = ListPage(
            db,
            self.query,
            headers,
            locale=locale,
            formatters={
                "sector": lambda v: technology_area_label(v or "", locale),
                "country": lambda v: country_name(v or "", locale),
            },
            placeholder=QCoreApplication.translate("Catalogue", "Search technologies in English or Chinese…"),
            noun=PipelineLists(self).technologies,
            parent=self,
        )
        self.list.allow_delete(
            "technology", tech_service.delete_technologies, tech_service.restore_technologies
        )
        self.list.add_filter_bar(self.filters)
        self.filters.changed.connect(self._filter)
        pane = QWidget(self)
        self.detail = named(QTextBrowser(pane), self.tr("Details"))
        self.detail.setOpenExternalLinks(True)
        # What the organisations' and contacts' panes say before a row is chosen.
        self.empty = QLabel(
            QCoreApplication.translate("Catalogue", "Select a technology to see the details."), pane
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.empty, 1)
        pane_layout.addWidget(self.detail, 1)
        self._show_hint(True)
        self.addWidget(self.list)
        self.addWidget(pane)
        # A wider window widens the list, not the detail pane (mostly empty till a row is chosen):
        # at 1920 px the list had about half the width (field test 44, §5).
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        #: Split on the first show, by shares of the width the window has (``split_by_share``).
        self._split = False
        self.list.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_row(cur.row())
        )
        # Enter or a double-click on a row opens it to edit; Ctrl+N or the button makes one.
        self.list.activated.connect(self.edit_technology)
        self.list.allow_new(QCoreApplication.translate("Catalogue", "New technology…"), self.new_technology)
        #: The editor last opened (tests reach it here).
        self.editor: TechnologyEditor | None = None
        # A technology saved anywhere (its editor, an import) shows here; deferred, so that the
        # list's own delete has offered its Undo before the list is read again.
        subscribe(self, self._on_changes)
        self.list.rows_changed.connect(lambda: self.show_row(self.list.table.currentIndex().row()))
        from petdesk.gui.technologies.import_file import import_catalogue

        self.list.set_empty_state(
            QCoreApplication.translate("EmptyPage", "No technologies yet"),
            QCoreApplication.translate(
                "EmptyPage",
                "The catalogue holds the technologies partner enterprises offer, matched against the "
                "needs of cities. Import a catalogue from a CSV or Excel file.",
            ),
            [
                (
                    "import",
                    QCoreApplication.translate("EmptyPage", "Import a catalogue…"),
                    lambda: import_catalogue(self, db, "technologies", self.refresh),
                )
            ],
        )

    # Edit › Undo / Redo on this page: the list's last delete (field test 13, defect 6).
    def can_undo_last(self) -> bool:
        return self.list.can_undo()

    def undo_last(self) -> None:
        self.list.undo()

    def can_redo_last(self) -> bool:
        return self.list.can_redo()

    def redo_last(self) -> None:
        self.list.redo()

    def new_technology(self) -> None:
        self._open_editor(None)

    def edit_technology(self, technology_id: str) -> None:
        self._open_editor(technology_id)

    def _open_editor(self, technology_id: str | None) -> None:
        self.editor = TechnologyEditor(self.db, self.ui_locale, technology_id, self)
        focus_back_after(self.editor)  # the card, row or list it was opened from
        self.editor.open()  # what it stores is announced on the change bus, which refreshes the page

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("technology", "organisation"):
            ids = sorted(changes.ids) if changes.touches("technology") else []
            QTimer.singleShot(0, self, lambda: self._show_changed(ids))

    def _show_changed(self, ids: list[str]) -> None:
        self.refresh()
        if len(ids) == 1 and self.list.select_id(ids[0]):
            self.show_technology(ids[0])

    def show_row(self, row: int) -> None:
        if (tid := self.list.model.row_id(row)) is not None:
            self.show_technology(tid)
        else:  # no current row (the shown one was deleted): the hint, not a deleted entry
            self.detail.clear()
            self._show_hint(True)

    def show_technology(self, technology_id: str) -> None:
        try:
            with self.db.reading() as s:
                t = tech_service.get_technology(s, technology_id)
        except PipelineError:
            self.detail.clear()
            self._show_hint(True)
            return
        self._show_hint(False)
        lang = interface_language(self.ui_locale)
        esc = _escape
        h_provider = QCoreApplication.translate("Catalogue", "Provider")
        h_sector = QCoreApplication.translate("Catalogue", "Sector")
        h_certifications = QCoreApplication.translate("Catalogue", "Certifications")
        h_tags = QCoreApplication.translate("Catalogue", "Tags")
        h_key_figures = QCoreApplication.translate("Catalogue", "Key figures")
        h_reference_installations = QCoreApplication.translate("Catalogue", "Reference installations")
        h_trl = QCoreApplication.translate("Columns", "TRL")
        colon, comma = ("：", "，") if lang == "zh" else (":", ", ")  # in the window's language
        refs = "".join(
            f"<li>{esc(r.place_zh if lang == 'zh' and r.place_zh else r.place_en)}{comma}"
            f"{esc(country_name(r.country, self.ui_locale))} {r.year or ''} — "
            f"{esc(scale_label(r.scale, self.ui_locale))}</li>"
            for r in t.references
        )
        self.detail.setHtml(
            f"<h2>{esc(t.name(lang))}</h2><p><i>{esc(t.name('en' if lang == 'zh' else 'zh'))}</i></p>"
            f"<p><b>{h_provider}{colon}</b> {esc(t.provider(lang))}<br>"
            f"<b>{h_sector}{colon}</b> {esc(technology_area_label(t.sector, self.ui_locale))}<br>"
            f"<b>{h_trl}{colon}</b> {t.trl or '—'}<br>"
            f"<b>{h_certifications}{colon}</b> {esc(', '.join(t.certifications) or '—')}<br>"
            f"<b>{h_tags}{colon}</b> {esc(', '.join(t.tags) or '—')}</p>"
            f"<p>{esc(t.description_en)}</p><p>{esc(t.description_zh)}</p>"
            # headings only over something: an empty "Reference installations:" read as missing data
            + (
                f"<p><b>{h_key_figures}{colon}</b> {esc(t.key_figures_en)}<br>{esc(t.key_figures_zh)}</p>"
                if t.key_figures_en or t.key_figures_zh
                else ""
            )
            + (f"<p><b>{h_reference_installations}{colon}</b></p><ul>{refs}</ul>" if refs else "")
        )

    def _show_hint(self, hint: bool) -> None:
        self.empty.setVisible(hint)
        self.detail.setVisible(not hint)

    def select_technology(self, technology_id: str) -> None:
        """Show ``technology_id`` (from an organisation page), selected in the list when loaded."""
        self.list.select_id(technology_id)
        self.show_technology(technology_id)

    def refresh(self) -> None:
        self.list.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:  # the empty detail pane a third, 450 px at most
            self._split = True
            split_by_share(self, 2 / 3, most_second=450)

    def _filter(self) -> None:
        self.query.where = self.filters.current().technology_clauses()
        self.list.refresh()


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def catalogue_page(db: Database, locale: str) -> CataloguePage:
    return CataloguePage(db, locale)
