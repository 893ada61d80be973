"""The organisation detail pane: profile, people current and former, activity history, visits
and trainings it took part in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk.db import Database
from petdesk.gui.contacts.detail import (
    ROLES,
    ActivityDialog,
    _esc,
    _span,
    fill_activities,
    fill_visits,
    fmt_date,
    section,
    small_tree,
    tr,
)
from petdesk.gui.history import detail_buttons
from petdesk.gui.operations import read_op
from petdesk.gui.qt import QLabel, QPushButton, QScrollArea, Qt, QTreeWidgetItem, QVBoxLayout, QWidget, Signal
from petdesk.services import names
from petdesk.services import organisations as organisation_service
from petdesk.services.validation import NotFoundError


class OrganisationDetailView(QScrollArea):
    edit_requested = Signal()
    changed = Signal()
    open_contact = Signal(str)

    def __init__(self, db: Database, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.organisation_id: str | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        body = QWidget(self)
        self.setWidget(body)
        self.title = QLabel(body)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        self.info = QLabel(body)
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.edit_button.clicked.connect(self.edit_requested)
        self.log_button = QPushButton(self.tr("Log activity…"), body)
        self.log_button.setObjectName("log_activity")
        self.log_button.clicked.connect(self.log_activity)
        people_headers = [self.tr("Name"), self.tr("Position"), self.tr("From"), self.tr("Until")]
        self.current = small_tree(people_headers, body, "current_people")
        self.former = small_tree(people_headers, body, "former_people")
        for tree in (self.current, self.former):
            tree.itemDoubleClicked.connect(self._person_activated)
        self.timeline = small_tree([self.tr("When"), self.tr("Kind"), self.tr("Subject")], body, "activities")
        self.visits = small_tree([self.tr("Visit"), self.tr("Dates"), self.tr("Role")], body, "visits")
        self.trainings = small_tree(
            [self.tr("Training"), self.tr("Dates"), self.tr("Role")], body, "trainings"
        )
        self.empty = QLabel(self.tr("Select an organisation to see the details."), body)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        self._content: list[QWidget] = [
            self.title,
            self.subtitle,
            self.info,
            self.edit_button,
            self.log_button,
        ]
        for widget in (self.title, self.subtitle, self.info, self.edit_button):
            layout.addWidget(widget)
        self._content += detail_buttons(self, "organisation", layout, lambda: self.organisation_id)
        for title, tree in (
            (self.tr("People"), self.current),
            (self.tr("Former people"), self.former),
            (self.tr("Activity log"), self.timeline),
            (self.tr("Visits"), self.visits),
            (self.tr("Trainings"), self.trainings),
        ):
            heading = section(title, body)
            layout.addWidget(heading)
            layout.addWidget(tree)
            self._content += [heading, tree]
        layout.addWidget(self.log_button)
        layout.addStretch(1)
        self.show_entity(None)

    def show_entity(self, organisation_id: str | None) -> None:
        """Show ``organisation_id``: loaded off the GUI thread, shown when it arrives (unless
        another organisation was asked for meanwhile)."""
        self.organisation_id = organisation_id
        if not organisation_id:
            self._render(None)
            return

        def load(session: Any) -> Any:
            fmt_date(dt.date.today(), self.ui_locale)  # babel loads its locale data here, not in paint
            try:
                return organisation_service.organisation_detail(session, organisation_id)
            except NotFoundError:
                return None

        def arrived(detail: Any) -> None:
            if self.organisation_id == organisation_id:
                self._render(detail)

        read_op(self.db, load, on_success=arrived, owner=self)

    def _render(self, detail: Any) -> None:
        for widget in self._content:
            widget.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            self.organisation_id = None
            return
        o = detail.organisation
        shown = names.organisation_display_name(self.ui_locale, name_en=o.name_en, name_zh=o.name_zh)
        other = o.name_en if self.ui_locale.startswith("zh") else o.name_zh
        self.title.setText(f"<h2>{_esc(shown)}</h2>")
        self.subtitle.setText(_esc(other if other != shown else ""))
        city = (o.city_zh or o.city_en) if self.ui_locale.startswith("zh") else (o.city_en or o.city_zh)
        address = (
            (o.address_zh or o.address_en)
            if self.ui_locale.startswith("zh")
            else (o.address_en or o.address_zh)
        )
        lines = [_esc(" · ".join(p for p in (city, o.country) if p))]
        if address:
            lines.append(_esc(address))
        if o.website:
            lines.append(_esc(o.website))
        if o.is_member_city:
            lines.append(self.tr("Member city"))
        if o.technology_areas:
            lines.append(self.tr("Technology areas: %1").replace("%1", _esc(", ".join(o.technology_areas))))
        if o.tags:
            lines.append(self.tr("Tags: %1").replace("%1", _esc(", ".join(o.tags))))
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

    def _person_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if contact_id := item.data(0, Qt.ItemDataRole.UserRole):
            self.open_contact.emit(contact_id)

    def log_activity(self) -> ActivityDialog | None:
        if not self.organisation_id:
            return None
        dialog = ActivityDialog(self.db, organisation_id=self.organisation_id, parent=self)
        dialog.accepted.connect(lambda: (self.show_entity(self.organisation_id), self.changed.emit()))  # type: ignore[func-returns-value]
        dialog.open()
        return dialog
