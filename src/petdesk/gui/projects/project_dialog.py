"""A project's own fields in the window: a new one (projects could only come from an exchange file or
another office) or one opened from the board or the list. What a project needs to be followed:
titles, the funder, the money asked for and the deadline (its stage moves on the board), and on
their own tabs its partner organisations and its milestones (:mod:`.parts`). OK stores it all in one
transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.operations import PROJECT, Changes, show_failure, write_op
from petdesk.gui.projects.parts import MilestonesTab, PartnersTab, PartsDraft
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.record_editor import RecordEditor
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_order import NO_DATE, OptionalDateEdit
from petdesk.gui.visits.widgets import display_format
from petdesk.messages import localize
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service
from petdesk.vocab import label

#: Offered first in the currency box; any other ISO code may be typed.
CURRENCIES = ("USD", "EUR", "CNY", "GBP", "JPY", "SEK", "CHF", "KRW", "SGD")
#: The deadline box's lowest date, shown as "—": no deadline yet.


def funder_names(db: Database, language: str) -> list[str]:
    """Names of the live funders (organisations of kind fund), in the window's language first."""
    o = m.Organisation
    with db.reading() as s:
        rows = s.execute(
            select(o.name_en, o.name_zh).where(o.kind == OrgKind.FUND, o.deleted_at.is_(None))
        ).all()
    zh = language.startswith("zh")
    return sorted({(zh and name_zh) or name_en or name_zh for name_en, name_zh in rows} - {""})


class ProjectDialog(RecordEditor):
    """Titles, funder, money and deadline of a new project (which starts at the stage chosen) or of
    ``project_id`` (whose stage is moved on the board, where each move is dated), with its partners
    and milestones. A record editor: Esc or Cancel after a change asks Save / Discard / Cancel."""

    def __init__(
        self, db: Database, locale: str, parent: QWidget | None = None, *, project_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectDialog")
        self.setWindowTitle(self.tr("Edit Project") if project_id else self.tr("New Project"))
        self.setMinimumWidth(520)
        self.db, self.ui_locale, self.project_id = db, locale, project_id
        self.created_id: str | None = None
        #: True while the unsaved-changes prompt's Save stores the project (it closes the dialog)
        self._saving_to_close = False
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.funder = QComboBox(self)
        self.funder.setEditable(True)  # a funder not yet known is made as an organisation of kind fund
        self.funder.addItem("")
        self.funder.addItems(funder_names(db, locale))
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(0, 1e13)
        self.amount.setDecimals(0)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText("—")  # 0: not known yet
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.deadline = OptionalDateEdit(self, display_format())  # "21 Jan 2027", as everywhere else
        self.stage = QComboBox(self)
        for stage in project_service.STAGES:
            self.stage.addItem(label(stage, locale), stage.value)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh)
        form.addRow(self.tr("Funder"), self.funder)
        form.addRow(self.tr("Amount requested"), self.amount)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.addRow(self.tr("Stage"), self.stage)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        fields = QWidget(self)
        fields.setLayout(form)
        self.partners_tab = PartnersTab(db, locale, self)
        self.milestones_tab = MilestonesTab(locale, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(fields, self.tr("&Project"))
        self.tabs.addTab(self.partners_tab, self.tr("Par&tners"))
        self.tabs.addTab(self.milestones_tab, self.tr("&Milestones"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Room for the partner and milestone tables (a screen of 1366×768 has it).
        resize_within_screen(self, 700, 470)
        if project_id:
            self._fill(project_id)
        self.watch_form(fields)
        self.partners_tab.edited.connect(self.mark_dirty)
        self.milestones_tab.edited.connect(self.mark_dirty)
        self.set_clean()

    def _fill(self, project_id: str) -> None:
        with self.db.reading() as s:
            p = s.get(m.Project, project_id)
            if p is None:
                return
            funder = s.get(m.Organisation, p.funder_organisation_id) if p.funder_organisation_id else None
            zh = self.ui_locale.startswith("zh")
            funder_name = ((zh and funder.name_zh) or funder.name_en or funder.name_zh) if funder else ""
            self.title_en.setText(p.title_en)
            self.title_zh.setText(p.title_zh)
            self.funder.setCurrentText(funder_name)
            self.amount.setValue(p.amount or 0)
            self.currency.setCurrentText(p.currency)
            if p.deadline:
                self.deadline.setDate(QDate(p.deadline.year, p.deadline.month, p.deadline.day))
            self.stage.setCurrentIndex(self.stage.findData(p.status.value))
            detail = project_service.get_project(s, project_id)
        self.partners_tab.load(detail.partners)
        self.milestones_tab.load(detail.milestones)
        self.stage.setEnabled(False)  # moved on the board, where each move is dated
        self.stage.setToolTip(self.tr("The stage moves on the board, where each move is dated."))

    def values(self) -> dict[str, Any]:
        """What :func:`projects.create_project` is given."""
        deadline = self.deadline.date()
        return {
            "title_en": self.title_en.text().strip(),
            "title_zh": self.title_zh.text().strip(),
            "funder": self.funder.currentText().strip() or None,
            "amount": self.amount.value() or None,
            "currency": self.currency.currentText().strip(),
            "deadline": None if deadline == NO_DATE else dt.date(*deadline.getDate()),
            "stage": project_service.parse_stage(self.stage.currentData()),
        }

    def parts(self) -> PartsDraft:
        """The partner and milestone changes made on their tabs."""
        partners_removed, roles_changed, partners_added = self.partners_tab.changes()
        milestones_removed, milestones_changed, milestones_added = self.milestones_tab.changes()
        return PartsDraft(
            partners_removed=partners_removed,
            roles_changed=roles_changed,
            partners_added=partners_added,
            milestones_removed=milestones_removed,
            milestones_changed=milestones_changed,
            milestones_added=milestones_added,
        )

    def make(self) -> None:
        """Store the project with its partners and milestones (a title is needed first) in one
        transaction; the dialog closes when it is stored."""
        values = self.values()
        if not values["title_en"] and not values["title_zh"]:
            self.message.setText(self.tr("Give the project a title in English or Chinese."))
            self.tabs.setCurrentIndex(0)
            self.title_en.setFocus()
            return
        parts = self.parts()
        saving_to_close = self._saving_to_close

        def made(project_id: str) -> None:
            self._set_busy(False)
            self.created_id = project_id
            self.set_clean()
            self.save_finished.emit(True)
            if not saving_to_close:  # else the prompt's reject() closes the dialog, once
                self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, project_service.PipelineError):
                self.message.setText(localize(str(exc), self.ui_locale))
            else:
                show_failure(self, exc)
            self.save_finished.emit(False)

        # busy while stored: the unsaved-changes prompt's Save waits for the outcome (wait_for_save)
        self._set_busy(True, QCoreApplication.translate("RecordEditor", "Saving…"))
        write_op(
            self.db,
            lambda s: self._store(s, values, parts),
            changes=lambda project_id: Changes.of(PROJECT, ids=[project_id]),
            on_success=made,
            on_failure=failed,
            owner=self,
        )

    def save_changes(self) -> bool:
        """Save from the unsaved-changes prompt: True once stored."""
        self._saving_to_close = True
        try:
            self.make()
            return self.wait_for_save()
        finally:
            self._saving_to_close = False

    def _store(self, session: Any, values: dict[str, Any], parts: PartsDraft) -> str:
        """The new project's id, or the changed one's (off the GUI thread)."""
        if self.project_id is None:
            project_id = project_service.create_project(session, **values).id
        else:
            fields = {k: v for k, v in values.items() if k not in ("stage", "funder")}
            funder = values["funder"] or ""  # emptied: no funder
            project_id = project_service.update_project(session, self.project_id, funder=funder, **fields).id
        parts.store(session, project_id)
        return project_id
