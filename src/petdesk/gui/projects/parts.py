"""The project dialog's "Partners" and "Milestones" tabs.

Both tabs edit a draft: nothing is written until the dialog's OK, which stores the project's fields
and every partner and milestone change in one transaction (:meth:`PartsDraft.store`, through the
services), so one OK is one change, and Cancel leaves the project as it was. A new project gets its
partners and milestones the same way, right after it is made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.enums import stored
from petdesk.gui.a11y import labelled_row, named
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.newer_value_note import NewerValueNote, note_row
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.tab_order import NO_DATE, OptionalDateEdit
from petdesk.gui.table_model import IdRole, ListTableModel
from petdesk.gui.visits.widgets import RecordSearch, display_format, table_view
from petdesk.i18n import format_date
from petdesk.models.enums import MilestoneKind, PartnerRole
from petdesk.services import projects as project_service
from petdesk.services.projects import MilestoneView, PartnerView, pick
from petdesk.services.visits import Found, find_organisations
from petdesk.vocab import label

#: The due-date box's lowest date, shown as "—": no due date.


@dataclass(frozen=True)
class MilestoneDraft:
    """A milestone as the tab holds it; ``id`` is None for one added since the dialog opened."""

    key: int
    id: str | None
    kind: MilestoneKind
    title_en: str
    title_zh: str
    due: dt.date | None
    done: bool
    #: The kind a newer petdesk stored, read as ``kind``; None when known (not a field: not written).
    stored_kind: str | None = None

    def fields(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "due": self.due,
            "done": self.done,
        }


@dataclass(frozen=True)
class PartsDraft:
    """What OK stores besides the project's own fields: the partner and milestone changes."""

    partners_removed: tuple[str, ...] = ()
    #: (organisation id, role) of partners whose role changed.
    roles_changed: tuple[tuple[str, PartnerRole], ...] = ()
    partners_added: tuple[tuple[str, PartnerRole], ...] = ()
    milestones_removed: tuple[str, ...] = ()
    milestones_changed: tuple[MilestoneDraft, ...] = ()
    milestones_added: tuple[MilestoneDraft, ...] = ()

    def __bool__(self) -> bool:
        return any(
            (
                self.partners_removed,
                self.roles_changed,
                self.partners_added,
                self.milestones_removed,
                self.milestones_changed,
                self.milestones_added,
            )
        )

    def store(self, session: Session, project_id: str) -> None:
        """Apply the changes to ``project_id`` (off the GUI thread, in the dialog's transaction)."""
        for org in self.partners_removed:
            project_service.remove_partner(session, project_id, organisation_id=org)
        for org, role in self.roles_changed:
            project_service.set_partner_role(session, project_id, organisation_id=org, role=role)
        for org, role in self.partners_added:
            project_service.add_partner(session, project_id, organisation_id=org, role=role)
        for ms_id in self.milestones_removed:
            project_service.remove_milestone(session, ms_id)
        for ms in self.milestones_changed:
            assert ms.id is not None
            project_service.update_milestone(session, ms.id, **ms.fields())
        for ms in self.milestones_added:
            project_service.add_milestone(session, project_id, **ms.fields())


def _enum_combo(parent: QWidget, members: Sequence[Any], locale: str) -> QComboBox:
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member, locale), member.value)
    return combo


def _columns(view: QTableView, *, stretch: int) -> None:
    """Columns as wide as their texts, but column ``stretch`` (a name, a title) takes the room left
    and shows the rest of a long text in its tooltip; no scrolling sideways in a dialog."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter in the tab is not a click on its buttons: OK stays default
    return button


def _show_rows(view: QTableView, model: Any, rows: Sequence[Any], keys: list[Any], select: Any) -> None:
    """Show ``rows`` in ``view`` with the row whose key is ``select`` current (else the first)."""
    model.set_rows(rows)
    if rows:
        view.setCurrentIndex(model.index(keys.index(select) if select in keys else 0, 0))


def _current_row(view: QTableView, model: Any) -> int:
    """The current row of ``view``, or -1 when none (or one past the model's rows)."""
    index = view.currentIndex()
    return index.row() if index.isValid() and index.row() < len(model.rows) else -1


class _RowKeys(QObject):
    """Enter on a table row edits it (instead of reaching the dialog's OK); Space toggles it."""

    def __init__(self, view: QWidget, on_enter: Any, on_space: Any = None) -> None:
        super().__init__(view)
        self._enter, self._space = on_enter, on_space
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key == Qt.Key.Key_Space and self._space is not None:
                self._space()
                return True
        return False


# --- partners ------------------------------------------------------------------------------------


class PartnersModel(ListTableModel):
    """Organisation and role of each partner (rows are ``PartnerView``)."""

    def __init__(self, headers: Sequence[str], locale: str, parent: Any = None) -> None:
        super().__init__(headers, (), parent)
        self.ui_locale = locale

    def cells(self, row: Any) -> Sequence[Any]:
        p: PartnerView = row
        name = pick(self.ui_locale, p.name_en, p.name_zh)
        if p.deleted:  # not named as if alive, as a deleted lead is not
            name = QCoreApplication.translate("PartnersTab", "%1 (deleted)").replace("%1", name)
        return [name, label(p.role, self.ui_locale)]

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        p: PartnerView = self.rows[row_no]
        if role == IdRole:
            return p.organisation_id
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return " / ".join(dict.fromkeys(n for n in (p.name_en, p.name_zh) if n))  # a long name cut
        return None


class PartnersTab(QWidget):
    """The project's partner organisations, each with its role; Add… searches the organisations."""

    #: The draft changed (a partner added, removed or given another role).
    edited = Signal()

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partners_tab")
        self.db, self.ui_locale = db, locale
        self._loaded: dict[str, PartnerRole] = {}
        #: The organisation picker while it is open (tests drive it).
        self.picker: PartnerPickDialog | None = None
        self.model = PartnersModel([self.tr("Organisation"), self.tr("Role")], locale, self)
        self.view = table_view(self, self.model)
        self.view.setObjectName("partners")
        named(self.view, self.tr("Partners"))
        _columns(self.view, stretch=0)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the role and the buttons
        self.role = _enum_combo(self, list(PartnerRole), locale)
        self.role.setObjectName("partner_role")
        self.role.setToolTip(self.tr("The role of the partner selected above"))
        self.add_button = _button(self.tr("&Add…"), "add_partner", self)
        self.remove_button = _button(self.tr("&Remove"), "remove_partner", self)
        self.message = QLabel(self)
        self.message.setObjectName("partners_message")
        self.message.setWordWrap(True)
        role_label = QLabel(self.tr("R&ole:"), self)
        role_label.setBuddy(self.role)
        row = QHBoxLayout()
        row.addWidget(role_label)
        row.addWidget(self.role, 1)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        #: Under the role: the selected partner's role as a newer petdesk stored it.
        self.role_note = NewerValueNote(self.role, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.role_note)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda _checked=False: self.add())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        self.role.activated.connect(lambda _index: self._set_role())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._follow_selection())
        _RowKeys(self.view, lambda: self.role.setFocus())
        self._follow_selection()

    def load(self, partners: Sequence[PartnerView]) -> None:
        """The partners the project has now (the draft starts from them)."""
        self._loaded = {p.organisation_id: p.role for p in partners}
        self._show(list(partners))

    def partners(self) -> list[PartnerView]:
        return list(self.model.rows)

    def draft_rows(self) -> list[list[Any]]:
        """The partners shown, as plain values a draft keeps (``put_back_rows`` shows them again)."""
        return [[p.organisation_id, p.name_en, p.name_zh, p.role.value, p.deleted] for p in self.partners()]

    def put_back_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Show a draft's partners; what was read stays the base of ``changes``."""
        self._show(
            [
                PartnerView(org, en, zh, stored(PartnerRole, role), bool(gone))
                for org, en, zh, role, gone in rows
            ]
        )

    def _show(self, partners: list[PartnerView], select: str | None = None) -> None:
        _show_rows(self.view, self.model, partners, [p.organisation_id for p in partners], select)
        self._follow_selection()

    def _follow_selection(self) -> None:
        row = _current_row(self.view, self.model)
        self.role.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            self.role.setCurrentIndex(self.role.findData(self.model.rows[row].role.value))
        self.role_note.show_stored(self.model.rows[row].stored_role if row >= 0 else None)

    def _set_role(self) -> None:
        row = _current_row(self.view, self.model)
        if row < 0:
            return
        rows = self.partners()
        role = PartnerRole(self.role.currentData())
        if role != rows[row].role:  # another role replaces the stored one when saved
            rows[row] = replace(rows[row], role=role, stored_role=None)
        self._show(rows, select=rows[row].organisation_id)
        self.edited.emit()

    def add(self) -> PartnerPickDialog:
        """Open the organisation picker (not waited for); the partner is added when it is accepted."""
        self.picker = PartnerPickDialog(self.db, self.ui_locale, self)
        self.picker.accepted.connect(self._picked)
        self.picker.finished.connect(lambda _result: self._forget_picker())
        self.picker.open()
        return self.picker

    def _forget_picker(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
            self.picker = None

    def _picked(self) -> None:
        picker = self.picker
        if picker is None or picker.chosen is None:
            return
        found, role = picker.chosen, picker.role()
        rows = self.partners()
        if any(p.organisation_id == found.id for p in rows):
            self.message.setText(
                self.tr("%1 is already a partner of this project; change its role instead.").replace(
                    "%1", found.label(self.ui_locale)
                )
            )
            return
        rows.append(PartnerView(found.id, found.label_en or found.label_zh, found.label_zh, role))
        self.message.clear()
        self._show(rows, select=found.id)
        self.edited.emit()

    def remove(self) -> None:
        row = _current_row(self.view, self.model)
        if row < 0:
            return
        rows = self.partners()
        del rows[row]
        self.message.clear()
        self._show(rows, select=rows[min(row, len(rows) - 1)].organisation_id if rows else None)
        self.view.setFocus()
        self.edited.emit()

    def changes(
        self,
    ) -> tuple[tuple[str, ...], tuple[tuple[str, PartnerRole], ...], tuple[tuple[str, PartnerRole], ...]]:
        """(removed organisation ids, (id, role) of roles changed, (id, role) added)."""
        now = {p.organisation_id: p.role for p in self.partners()}
        removed = tuple(org for org in self._loaded if org not in now)
        changed = tuple((o, r) for o, r in now.items() if o in self._loaded and self._loaded[o] != r)
        added = tuple((o, r) for o, r in now.items() if o not in self._loaded)
        return removed, changed, added


class PartnerPickDialog(QDialog):
    """Search an organisation (English, Chinese or pinyin) and give it a role."""

    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnerPickDialog")
        self.setWindowTitle(self.tr("Add Partner"))
        #: The organisation accepted.
        self.chosen: Found | None = None
        self.finder = RecordSearch(
            db,
            find_organisations,
            locale=locale,
            placeholder=self.tr("Type an organisation's name in English, Chinese or pinyin…"),
            parent=self,
        )
        self.finder.chosen.connect(lambda _id, _label: self._accept_current())
        self.role_box = _enum_combo(self, list(PartnerRole), locale)
        self.role_box.setCurrentIndex(self.role_box.findData(PartnerRole.PARTNER.value))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        # Alt letters (round 62 audit); the organisation's reaches the search box, not the panel
        labelled_row(form, self.tr("&Organisation"), self.finder, buddy=self.finder.edit)
        form.addRow(self.tr("&Role"), self.role_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        name_buddies(self)
        self.resize(480, 360)

    def role(self) -> PartnerRole:
        return PartnerRole(self.role_box.currentData())

    def _accept_current(self) -> None:
        if self.chosen is not None:
            return  # Enter in the search box chose it, and then reached the OK button too
        found = self.finder.current_found()
        if found is None:
            self.message.setText(self.tr("Type a name and choose the organisation from the list."))
            self.finder.edit.setFocus()
            return
        self.chosen = found
        self.accept()


# --- milestones ----------------------------------------------------------------------------------


class MilestonesModel(ListTableModel):
    """Due date, kind, title (in the interface's language) and a Done check box per milestone."""

    DONE = 3

    #: A Done box was ticked or cleared in the table (row number).
    toggled = Signal(int)

    def __init__(self, headers: Sequence[str], locale: str, parent: Any = None) -> None:
        super().__init__(headers, (), parent)
        self.ui_locale = locale

    def cells(self, row: Any) -> Sequence[Any]:
        ms: MilestoneDraft = row
        return [
            format_date(ms.due, self.ui_locale) if ms.due else "—",
            label(ms.kind, self.ui_locale),
            pick(self.ui_locale, ms.title_en, ms.title_zh),
            "",
        ]

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        ms: MilestoneDraft = self.rows[row_no]
        if role == IdRole:
            return ms.key
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return " / ".join(dict.fromkeys(t for t in (ms.title_en, ms.title_zh) if t))
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if ms.done else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_done(index.row(), done)
        return True

    def set_done(self, row: int, done: bool) -> None:
        if self.rows[row].done == done:
            return
        self.rows[row] = replace(self.rows[row], done=done)
        cell = self.index(row, self.DONE)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(row)


class MilestonesTab(QWidget):
    """The project's milestones, reports due and deadlines: Add…, Edit… (or Enter), Remove, and
    Done ticked in the table (or with Space)."""

    #: The draft changed.
    edited = Signal()

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestones_tab")
        self.ui_locale = locale
        self._loaded: dict[str, MilestoneDraft] = {}
        self._next_key = 0
        #: The milestone dialog while it is open (tests drive it).
        self.editor: MilestoneDialog | None = None
        self.model = MilestonesModel(
            [self.tr("Due"), self.tr("Kind"), self.tr("Title"), self.tr("Done")], locale, self
        )
        self.view = table_view(self, self.model)
        self.view.setObjectName("milestones")
        named(self.view, self.tr("Milestones"))
        _columns(self.view, stretch=2)
        self.view.setTabKeyNavigation(False)
        self.add_button = _button(self.tr("&Add…"), "add_milestone", self)
        self.edit_button = _button(self.tr("&Edit…"), "edit_milestone", self)
        self.remove_button = _button(self.tr("&Remove"), "remove_milestone", self)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda _checked=False: self.add())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._follow_selection())
        self.model.toggled.connect(lambda _row: self.edited.emit())
        _RowKeys(self.view, self.edit, self._toggle_current)
        self._follow_selection()

    def _key(self) -> int:
        self._next_key += 1
        return self._next_key

    def load(self, milestones: Sequence[MilestoneView]) -> None:
        drafts = [
            MilestoneDraft(self._key(), v.id, v.kind, v.title_en, v.title_zh, v.due, v.done, v.stored_kind)
            for v in milestones
        ]
        self._loaded = {d.id: d for d in drafts if d.id}
        self._show(drafts)

    def milestones(self) -> list[MilestoneDraft]:
        return list(self.model.rows)

    def draft_rows(self) -> list[list[Any]]:
        """The milestones shown, as plain values a draft keeps (``put_back_rows`` shows them again)."""
        return [[d.id, d.kind.value, d.title_en, d.title_zh, d.due, d.done] for d in self.milestones()]

    def put_back_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Show a draft's milestones; what was read stays the base of ``changes``."""
        self._show(
            [
                MilestoneDraft(self._key(), mid, stored(MilestoneKind, kind), en, zh, due, bool(done))
                for mid, kind, en, zh, due, done in rows
            ]
        )

    def _show(self, drafts: list[MilestoneDraft], select: int | None = None) -> None:
        # In date order as the services list them; those without a date first.
        drafts.sort(key=lambda d: (d.due is not None, d.due or dt.date.min))
        _show_rows(self.view, self.model, drafts, [d.key for d in drafts], select)
        self._follow_selection()

    def _follow_selection(self) -> None:
        has = _current_row(self.view, self.model) >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != MilestonesModel.DONE:  # a double click on the box ticks it twice
            self.edit()

    def _toggle_current(self) -> None:
        row = _current_row(self.view, self.model)
        if row >= 0:
            self.model.set_done(row, not self.model.rows[row].done)

    def add(self) -> MilestoneDialog:
        """Open the milestone dialog for a new one (not waited for)."""
        return self._open(None)

    def edit(self) -> MilestoneDialog | None:
        row = _current_row(self.view, self.model)
        return self._open(self.model.rows[row]) if row >= 0 else None

    def _open(self, draft: MilestoneDraft | None) -> MilestoneDialog:
        self.editor = MilestoneDialog(self.ui_locale, draft, self)
        self.editor.accepted.connect(self._edited)
        self.editor.finished.connect(lambda _result: self._forget_editor())
        self.editor.open()
        return self.editor

    def _forget_editor(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def _edited(self) -> None:
        editor = self.editor
        if editor is None:
            return
        rows = self.milestones()
        old = editor.draft
        new = editor.result_draft(old.key if old else self._key(), old.id if old else None)
        if old is None:
            rows.append(new)
        else:
            rows = [new if d.key == old.key else d for d in rows]
        self._show(rows, select=new.key)
        self.view.setFocus()
        self.edited.emit()

    def remove(self) -> None:
        row = _current_row(self.view, self.model)
        if row < 0:
            return
        rows = self.milestones()
        del rows[row]
        self._show(rows, select=rows[min(row, len(rows) - 1)].key if rows else None)
        self.view.setFocus()
        self.edited.emit()

    def changes(self) -> tuple[tuple[str, ...], tuple[MilestoneDraft, ...], tuple[MilestoneDraft, ...]]:
        """(removed ids, changed milestones, added milestones)."""
        now = self.milestones()
        ids = {d.id for d in now if d.id}
        removed = tuple(i for i in self._loaded if i not in ids)
        changed = tuple(d for d in now if d.id and d.fields() != self._loaded[d.id].fields())
        added = tuple(d for d in now if d.id is None)
        return removed, changed, added


class MilestoneDialog(QDialog):
    """A milestone's titles, kind, due date and Done; a title in either language is needed."""

    def __init__(
        self, locale: str, draft: MilestoneDraft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MilestoneDialog")
        self.setWindowTitle(self.tr("Edit Milestone") if draft else self.tr("New Milestone"))
        self.setMinimumWidth(420)
        self.draft = draft
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.kind = _enum_combo(self, list(MilestoneKind), locale)
        # A new milestone has no due date until one is given: one made without touching the box
        # was stored as due today and showed at once in the reminders (field test F14).
        self.due = OptionalDateEdit(self, display_format())
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        if draft is not None:
            self.title_en.setText(draft.title_en)
            self.title_zh.setText(draft.title_zh)
            self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
            self.due.setDate(QDate(draft.due.year, draft.due.month, draft.due.day) if draft.due else NO_DATE)
            self.done_box.setChecked(draft.done)
        form = QFormLayout()
        form.addRow(self.tr("Title (&English)"), self.title_en)
        form.addRow(self.tr("Title (C&hinese)"), self.title_zh)
        form.addRow(self.tr("&Kind"), self.kind)
        self.kind_note = note_row(form, self.kind)
        self.kind_note.show_stored(draft.stored_kind if draft else None)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow("", self.done_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        name_buddies(self)  # each field read by its label without the Alt letter

    def _check(self) -> None:
        if not (self.title_en.text().strip() or self.title_zh.text().strip()):
            self.message.setText(self.tr("Give the milestone a title in English or Chinese."))
            self.title_en.setFocus()
            return
        self.accept()

    def result_draft(self, key: int, milestone_id: str | None) -> MilestoneDraft:
        due = self.due.date()
        return MilestoneDraft(
            key=key,
            id=milestone_id,
            kind=MilestoneKind(self.kind.currentData()),
            title_en=self.title_en.text().strip(),
            title_zh=self.title_zh.text().strip(),
            due=None if due == NO_DATE else dt.date(due.year(), due.month(), due.day()),
            done=self.done_box.isChecked(),
            stored_kind=(
                self.draft.stored_kind
                if self.draft is not None and self.kind.currentData() == self.draft.kind.value
                else None
            ),
        )
