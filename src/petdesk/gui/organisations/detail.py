"""The organisation detail pane: profile, people current and former, activity history, visits
and trainings it took part in, and its part of the cooperation pipeline: technologies it provides,
needs of the city, matches with their state and projects. One click on a pipeline row opens it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk import city_names, labels
from petdesk.db import Database
from petdesk.gui.contacts.detail import (
    ROLES,
    ActivityDialog,
    _esc,
    _span,
    button_grid,
    fill_activities,
    fill_visits,
    fit_rows,
    fmt_date,
    open_activity,
    section,
    small_tree,
    tr,
)
from petdesk.gui.follow_ups.panel import FOLLOW_UPS_HEIGHT, FollowUpPanel
from petdesk.gui.operations import read_op
from petdesk.gui.pane_expect import ExpectsRecord
from petdesk.gui.qt import (
    QCoreApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.language import interface_language
from petdesk.messages import plain_error
from petdesk.models.enums import PartnerRole
from petdesk.services import names, org_pipeline
from petdesk.services import organisations as organisation_service
from petdesk.services.validation import NotFoundError
from petdesk.vocab import label, technology_area_label

#: Pipeline trees whose rows open the record they show: tree name -> kind of record.
PIPELINE_KINDS = {"technologies": "technology", "needs": "need", "matches": "match", "projects": "project"}
#: The role a row holds in ``UserRole + 1`` (matches open their need's match view).
NeedRole = Qt.ItemDataRole.UserRole + 1


class OrganisationDetailView(ExpectsRecord, QScrollArea):
    edit_requested = Signal()
    changed = Signal()
    open_contact = Signal(str)
    #: (kind "technology", "need", "match" or "project", id, need id for a match else "")
    open_record = Signal(str, str, str)
    #: The partner overview PDF was written to this path.
    overview_written = Signal(str)

    def __init__(self, db: Database, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.organisation_id: str | None = None
        #: The organisation whose details are on screen (None: the pane is empty).
        #: ``organisation_id`` is the one asked for, which may still be loading.
        self.shown_id: str | None = None
        self.setWidgetResizable(True)
        # Tab stops on the pane itself (its arrows scroll it): it was read as nothing (field test 63).
        self.setAccessibleName(self.tr("Organisation details"))
        self.setMinimumWidth(280)
        body = QWidget(self)
        self.setWidget(body)
        #: Hidden as a whole while another record's details are being read (``expect``).
        self._body = body
        self.title = QLabel(body)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        self.info = QLabel(body)
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Ed&it…"), body)
        self.edit_button.clicked.connect(self.edit_requested)
        self.log_button = QPushButton(self.tr("Lo&g Activity…"), body)
        self.log_button.setObjectName("log_activity")
        self.log_button.clicked.connect(self.log_activity)
        self.overview_button = QPushButton(self.tr("Print/Export Partner &Overview…"), body)
        self.overview_button.setObjectName("partner_overview")
        self.overview_button.setToolTip(
            self.tr("A PDF of this pane in English and Chinese: open it to print, or send it on.")
        )
        self.overview_button.clicked.connect(self.ask_overview)
        people_headers = [self.tr("Name"), self.tr("Position"), self.tr("From"), self.tr("Until")]
        self.current = small_tree(people_headers, body, "current_people")
        self.former = small_tree(people_headers, body, "former_people")
        for tree in (self.current, self.former):
            tree.itemDoubleClicked.connect(self._person_activated)
        self.timeline = small_tree(
            [self.tr("When"), self.tr("Kind"), self.tr("Subject"), self.tr("Logged by")],
            body,
            "activities",
            stretch=2,
            whole=frozenset({0}),
        )
        self.timeline.itemDoubleClicked.connect(
            lambda item, _col: open_activity(self, self.db, item, self._activity_changed)
        )
        self.visits = small_tree(
            [self.tr("Visit"), self.tr("Dates"), self.tr("Role")], body, "visits", whole=frozenset({1})
        )
        self.trainings = small_tree(
            [self.tr("Training"), self.tr("Dates"), self.tr("Role")], body, "trainings", whole=frozenset({1})
        )
        self.technologies = small_tree(
            [self.tr("Technology"), self.tr("Sector"), self.tr("TRL")], body, "technologies"
        )
        self.needs = small_tree([self.tr("City need"), self.tr("Sector"), self.tr("Status")], body, "needs")
        self.matches = small_tree(
            [
                self.tr("Technology"),
                self.tr("City need"),
                self.tr("With"),
                self.tr("State"),
                self.tr("Since"),
            ],
            body,
            "matches",
        )
        self.projects = small_tree([self.tr("Project"), self.tr("Stage"), self.tr("Role")], body, "projects")
        for tree in (self.technologies, self.needs, self.matches, self.projects):
            # One click opens the record (the rows are links to the pipeline pages).
            tree.itemClicked.connect(self._pipeline_clicked)
            tree.setCursor(Qt.CursorShape.PointingHandCursor)
            tree.setToolTip(self.tr("Click a row to open it."))
        #: What is owed to this organisation (field test 50, defect 1): the visit editor's widget.
        self.follow_ups = FollowUpPanel(db, locale=locale, parent=body)
        self.follow_ups.changed.connect(self.changed)
        self.follow_ups.view.setMaximumHeight(FOLLOW_UPS_HEIGHT)  # a few rows: the pane goes on below
        self.empty = QLabel(self.tr("Select an organisation to see the details."), body)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._headings: dict[QTreeWidget, QLabel] = {}
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        self._content: list[QWidget] = [
            self.title,
            self.subtitle,
            self.info,
            self.edit_button,
            self.log_button,
            self.overview_button,
        ]
        for widget in (self.title, self.subtitle, self.info):
            layout.addWidget(widget)
        layout.addWidget(self.overview_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._content += button_grid(
            self, "organisation", layout, self.edit_button, lambda: self.organisation_id
        )
        # The activity log first (issue 16): in view at 1366×768 without scrolling.
        for title, tree in (
            (self.tr("Activity log"), self.timeline),
            (self.tr("People"), self.current),
            (self.tr("Former people"), self.former),
            (self.tr("Visits"), self.visits),
            (self.tr("Trainings"), self.trainings),
            (self.tr("Technologies provided"), self.technologies),
            (self.tr("City needs"), self.needs),
            (self.tr("Technology matches"), self.matches),
            (self.tr("Projects"), self.projects),
        ):
            heading = section(title, body)
            tree.setAccessibleName(title)  # its heading is not its label: read as nothing (field test 63)
            layout.addWidget(heading)
            layout.addWidget(tree)
            self._content += [heading, tree]
            self._headings[tree] = heading
            if tree is self.timeline:
                layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)
                follow_heading = section(self.tr("Follow-ups"), body)
                layout.addWidget(follow_heading)
                layout.addWidget(self.follow_ups)
                self._content += [follow_heading, self.follow_ups]
        layout.addStretch(1)
        self.show_entity(None)

    def show_entity(self, organisation_id: str | None) -> None:
        """Show ``organisation_id``: loaded off the GUI thread, shown when it arrives (unless
        another organisation was asked for meanwhile)."""
        self.organisation_id = organisation_id
        self.expect(organisation_id)
        self.follow_ups.show_record("organisation", organisation_id)
        if not organisation_id:
            self._render(None)
            return

        def load(session: Any) -> Any:
            fmt_date(dt.date.today(), self.ui_locale)  # babel loads its locale data here, not in paint
            try:
                return (
                    organisation_service.organisation_detail(session, organisation_id),
                    org_pipeline.organisation_pipeline(session, organisation_id),
                )
            except NotFoundError:
                return None

        def arrived(detail: Any) -> None:
            if self.organisation_id == organisation_id:
                self._render(detail)

        read_op(self.db, load, on_success=arrived, owner=self)

    def _render(self, loaded: Any) -> None:
        self._body.show()
        detail, pipeline = loaded if loaded is not None else (None, None)
        for widget in self._content:
            widget.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            self.organisation_id = self.shown_id = None
            return
        o = detail.organisation
        self.shown_id = self.organisation_id
        shown = names.organisation_display_name(self.ui_locale, name_en=o.name_en, name_zh=o.name_zh)
        other = o.name_en if self.ui_locale.startswith("zh") else o.name_zh
        self.title.setText(f"<h2>{_esc(shown)}</h2>")
        self.subtitle.setText(_esc(other if other != shown else ""))
        city = city_names.shown_city(o.city_en, o.city_zh, self.ui_locale)
        address = (
            (o.address_zh or o.address_en)
            if self.ui_locale.startswith("zh")
            else (o.address_en or o.address_zh)
        )
        country = labels.country_name(o.country or "", self.ui_locale)
        lines = [_esc(labels.join_parts([city, country], self.ui_locale))]
        if address:
            lines.append(_esc(address))
        if o.postal_code:
            lines.append(self.tr("Postal code: %1").replace("%1", _esc(o.postal_code)))
        if o.website:
            lines.append(_esc(o.website))
        if o.phone:  # its own switchboard and mailbox (0078)
            lines.append(self.tr("Phone: %1").replace("%1", _esc(o.phone)))
        if o.email:
            lines.append(self.tr("E-mail: %1").replace("%1", _esc(o.email)))
        if o.is_member_city:
            lines.append(self.tr("Member city"))
        if o.technology_areas:
            areas = labels.technology_areas(o.technology_areas, self.ui_locale)
            lines.append(self.tr("Technology areas: %1").replace("%1", _esc(areas)))
        if o.tags:
            lines.append(self.tr("Tags: %1").replace("%1", _esc(labels.join_like(o.tags, self.ui_locale))))
        if o.notes:
            lines.append(_esc(o.notes).replace("\n", "<br>"))
        self.info.setText("<br>".join(line for line in lines if line))
        for tree, people in ((self.current, detail.current_people), (self.former, detail.former_people)):
            tree.clear()
            for p in people:
                item = QTreeWidgetItem(
                    [
                        p.name(self.ui_locale),
                        p.position(self.ui_locale),
                        fmt_date(p.start_date, self.ui_locale),
                        fmt_date(p.end_date, self.ui_locale),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, p.contact_id)
                tree.addTopLevelItem(item)
        fill_activities(self.timeline, detail.activities, self.ui_locale)
        fill_visits(self.visits, detail.visits, self.ui_locale)
        self.trainings.clear()
        for t in detail.trainings:
            self.trainings.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        t.title(self.ui_locale),
                        _span(t.start_date, t.end_date, self.ui_locale),
                        tr("Role", ROLES.get(t.role, t.role)),
                    ]
                )
            )
        assert pipeline is not None  # loaded with the detail
        self._fill_pipeline(pipeline)

    def _fill_pipeline(self, pipeline: org_pipeline.OrgPipeline) -> None:
        loc, lang = self.ui_locale, interface_language(self.ui_locale)

        def add(tree: QTreeWidget, record_id: str, cells: list[str], need_id: str = "") -> None:
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, record_id)
            item.setData(0, NeedRole, need_id)
            font = item.font(0)
            font.setUnderline(True)
            item.setFont(0, font)
            tree.addTopLevelItem(item)

        for tree in (self.technologies, self.needs, self.matches, self.projects):
            tree.clear()
        for t in pipeline.technologies:
            add(
                self.technologies,
                t.id,
                [t.name(lang), technology_area_label(t.sector, loc), str(t.trl or "")],
            )
        for n in pipeline.needs:
            add(self.needs, n.id, [n.title(lang), technology_area_label(n.sector, loc), label(n.status, loc)])
        for x in pipeline.matches:
            cells = [x.technology(lang), x.need(lang), x.other(lang), label(x.state, loc)]
            add(self.matches, x.id, [*cells, fmt_date(x.state_changed_on, loc)], x.need_id)
        for p in pipeline.projects:
            role = self.tr("Funder") if p.role == "funder" else label(PartnerRole(p.role), loc)
            add(self.projects, p.id, [p.title(lang), label(p.stage, loc), role])
        # Empty sections stay out of the way.
        for tree in (self.technologies, self.needs, self.matches, self.projects):
            tree.setVisible(tree.topLevelItemCount() > 0)
            self._headings[tree].setVisible(tree.topLevelItemCount() > 0)
        for tree in self._headings:
            fit_rows(tree)

    def _pipeline_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        tree = item.treeWidget()
        record_id = item.data(0, Qt.ItemDataRole.UserRole)
        if tree is not None and record_id:
            self.open_record.emit(PIPELINE_KINDS[tree.objectName()], record_id, item.data(0, NeedRole) or "")

    def _person_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if contact_id := item.data(0, Qt.ItemDataRole.UserRole):
            self.open_contact.emit(contact_id)

    def _activity_changed(self) -> None:
        self.show_entity(self.organisation_id)
        self.changed.emit()

    def log_activity(self) -> ActivityDialog | None:
        if not self.organisation_id:
            return None
        dialog = ActivityDialog(self.db, organisation_id=self.organisation_id, parent=self)
        dialog.accepted.connect(lambda: (self.show_entity(self.organisation_id), self.changed.emit()))  # type: ignore[func-returns-value]
        dialog.open()
        return dialog

    def ask_overview(self) -> None:
        """Ask where the partner overview goes, write it, and open it to read or print."""
        if not self.organisation_id:
            return
        name = self.title.text().strip() or "partner"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save partner overview as"),
            f"{name}.pdf",
            QCoreApplication.translate("DossierDialog", "PDF files (*.pdf)"),
        )
        if path:
            self.export_overview(path if path.lower().endswith(".pdf") else path + ".pdf", open_after=True)

    def export_overview(self, path: str, *, open_after: bool = False) -> None:
        """Write the overview PDF off the GUI thread; ``overview_written`` tells when it is there."""
        from petdesk.dossier.partner_overview import build_partner_overview, overview_options
        from petdesk.gui.operations import run_in_background

        # the window's language first, as the dossiers and ``petdesk report partner`` (field test 58, item 8)
        options = overview_options(self.ui_locale)

        organisation_id, db = self.organisation_id, self.db
        if organisation_id is None:
            return

        def done(_result: object) -> None:
            if open_after:
                from petdesk.gui.desktop_open import open_url
                from petdesk.gui.qt import QUrl

                open_url(QUrl.fromLocalFile(path))
            self.overview_written.emit(path)

        def failed(exc: BaseException) -> None:
            # A full USB stick said "[Errno 28] No space left on device", in English and without the
            # file (field test 88): a file-system error is said as every writer says it.
            reason = plain_error(exc, self.ui_locale, database=self.db.path, context="partner overview")
            if isinstance(exc, OSError) and not exc.filename:
                reason += f" ({path})"
            QMessageBox.warning(
                self,
                self.tr("Partner overview"),
                self.tr("The partner overview could not be written: %1").replace("%1", reason),
            )

        run_in_background(
            lambda: build_partner_overview(db, organisation_id, path, options),
            on_success=done,
            on_failure=failed,
            owner=self,
        )
