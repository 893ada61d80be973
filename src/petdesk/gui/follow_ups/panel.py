"""One follow-ups widget for every record that has them: the visit editor's Follow-ups tab and the
contact, organisation and project panes (field test 50, defects 1 and 2).

It lists the record's follow-ups (open ones first) and offers Add (title, owner, due date, note),
Edit (a double-click or Enter on a row: the same fields, filled), Mark done, Reopen, Postpone
(a day, a week, to a date) and Delete with Undo. Changes go through
``apply``: the visit editor holds them until Save; everywhere else the panel writes them at once
through the operation helper (``write_op``), which announces them to Home and the calendar.

A delete on a contact or organisation pane is undone as the page's other actions are: its bar,
Edit › Undo (naming it) and Ctrl+Z. Where no list page holds the panel (the project editor, a pane
on its own) the panel's own Undo button and Ctrl+Z in its table take it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from petdesk import connection, i18n
from petdesk.db import Database
from petdesk.gui.a11y import named
from petdesk.gui.flow_layout import FlowLayout
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.newer_value_note import newer_value_text
from petdesk.gui.operations import Changes, read_op, write_op
from petdesk.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QObject,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.tab_order import tab_leaves_date_boxes
from petdesk.gui.visits.widgets import (
    RecordField,
    RowsModel,
    date_edit,
    enum_label,
    from_qdate,
    selected_id,
    table_view,
)
from petdesk.language import interface_language
from petdesk.services import follow_ups as follow_up_service
from petdesk.services import visits as visit_service
from petdesk.services.follow_ups import FollowUpRow

#: The table's height on a detail pane (about five rows), where other sections follow it.
FOLLOW_UPS_HEIGHT = 150
#: The kind of change the panel announces (Home and the calendar's reminders listen for it).
FOLLOW_UP = "follow_up"
#: A change to hold or write: a service call on a session, the words said when it is done, whether
#: it creates a record (the visit editor replays held changes with the same new ids), and the call
#: as a ``visit_steps`` step (name, plain arguments, creates), which the visit editor's draft keeps.
Apply = Callable[[Callable[[Session], Any], str, bool, tuple[str, dict[str, Any], bool]], Any]


def owner_field(db: Database, *, locale: str, parent: QWidget) -> RecordField:
    """The follow-up's Owner (a contact), as Add on the panel and Edit's dialog both ask for it: one
    field in one translation context ("FollowUpPanel"), where the dialog's copy had its own."""
    return RecordField(
        db,
        visit_service.find_contacts,
        QCoreApplication.translate("FollowUpPanel", "Owner"),
        pick_title=QCoreApplication.translate("FollowUpPanel", "Choose the follow-up's owner"),
        purpose=QCoreApplication.translate(
            "FollowUpPanel", "The contact who carries out this follow-up action."
        ),
        locale=locale,
        parent=parent,
    )


class FollowUpPanel(QWidget):
    """The follow-ups of one contact, organisation, project or visit."""

    #: Something was written (direct mode) or held (the visit editor's mode).
    changed = Signal()
    #: The rows shown were (re)loaded; tests wait for it.
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        *,
        locale: str = "en",
        apply: Apply | None = None,
        form_letters: bool | Sequence[str] = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        #: The record shown: (kind, id), set by :meth:`show_record`.
        self.record: tuple[str, str] | None = None
        self._apply = apply or self._write
        #: The follow-up the last Delete took away (what Undo brings back).
        self._deleted: str | None = None
        self._rows: list[FollowUpRow] = []

        self.model = RowsModel(
            [self.tr("Due"), self.tr("Status"), self.tr("Action"), self.tr("Owner"), self.tr("Note")], self
        )
        self.view = named(table_view(self, self.model), self.tr("Follow-ups"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.view.installEventFilter(self)  # Delete, Enter (and Ctrl+Z with no page to undo on) in the table
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.title_en = QLineEdit(self)
        self.title_en.setPlaceholderText(self.tr("What is to be done (English)"))
        self.title_zh = QLineEdit(self)
        self.title_zh.setPlaceholderText(self.tr("What is to be done (Chinese)"))
        self.owner = owner_field(db, locale=locale, parent=self)
        self.due = date_edit(self, dt.date.today() + dt.timedelta(days=14))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))

        self.add_button = QPushButton(self.tr("&Add follow-up"), self)
        self.add_button.clicked.connect(self.add)
        self.done_button = QPushButton(self.tr("Mar&k done"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(self.tr("&Reopen"), self)
        self.reopen_button.clicked.connect(self.reopen)
        self.postpone_button = QPushButton(self.tr("Po&stpone"), self)
        self.postpone_menu = QMenu(self.postpone_button)
        self.postpone_menu.addAction(self.tr("By a day"), lambda: self.postpone_by(follow_up_service.DAY))
        self.postpone_menu.addAction(self.tr("By a week"), lambda: self.postpone_by(follow_up_service.WEEK))
        self.postpone_menu.addAction(self.tr("To a date…"), self.ask_postpone_date)
        self.postpone_button.setMenu(self.postpone_menu)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.clicked.connect(self.undo_delete)
        changing = (self.add_button, self.done_button, self.reopen_button, self.postpone_button)
        for button in (*changing, self.delete_button, self.undo_button):
            hold(writes(button), db.path)  # disabled for good in a read-only window
        if connection.read_only(db.path):
            # The form only feeds Add, held above: typing there (or Choose…/Clear) would lead nowhere.
            for field in (self.title_en, self.title_zh, self.owner, self.due, self.note):
                field.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        # A field under its label where the pane is narrow: beside "Action (Chinese)" the Owner's
        # Choose… and Clear made the organisation pane 294 px wide in its 264 at 150 % on a 1366×768
        # laptop, and the pane scrolled sideways with the activity log cut at its edge (field test 109).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        boxes: tuple[QWidget, ...] = (self.title_en, self.title_zh, self.owner, self.due, self.note)
        texts: Sequence[str]
        if not isinstance(form_letters, bool):
            texts = form_letters  # the five labels with letters the editor's own tabs leave free
        elif form_letters:
            # Alt letters where the panel is a tab of its own (the visit editor's, field test 61);
            # on the partner panes the main window's menus and the panes' buttons leave none free.
            texts = (
                self.tr("Action (&English)"),
                self.tr("Action (&Chinese)"),
                self.tr("&Owner"),
                self.tr("&Due"),
                self.tr("&Note"),
            )
        else:
            texts = (
                self.tr("Action (English)"),
                self.tr("Action (Chinese)"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Note"),
            )
        for label, box in zip(texts, boxes, strict=True):
            form.addRow(label, box)  # the label names the box (its buddy)
        # Wrapping: with their Alt-letters the five buttons no longer fit one row of a detail pane at
        # 1366 px in Chinese ("标记为已完成(&K)" squeezed to 96 of its 101 px, keys 49).
        buttons = FlowLayout()
        for button in (
            self.add_button,
            self.done_button,
            self.reopen_button,
            self.postpone_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.message, 1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(undo_row)
        self.undo_button.hide()
        # One Tab leaves the due date (its day, month and year took three, field test 63).
        tab_leaves_date_boxes(self)
        self._enable()

    # --- showing -------------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: str | None) -> None:
        """Show the follow-ups of ``kind`` ``record_id``, read off the GUI thread (direct mode)."""
        if record_id is None:
            self.record = None
            self.set_rows([])
            return
        if self.record != (kind, record_id):
            self._forget_undo()
        self.record = (kind, record_id)
        wanted = self.record

        def arrived(rows: list[FollowUpRow]) -> None:
            if self.record == wanted:
                self.set_rows(rows)

        read_op(
            self.db, lambda s: follow_up_service.of_record(s, kind, record_id), on_success=arrived, owner=self
        )

    def set_rows(self, rows: Sequence[FollowUpRow]) -> None:
        """Show ``rows`` (the visit editor hands its draft's)."""
        self._rows = list(rows)
        self.model.set_rows([(r.id, self._cells(r)) for r in rows])
        self.view.resizeColumnsToContents()
        self._enable()
        self.loaded.emit()

    def _cells(self, r: FollowUpRow) -> list[str]:
        due = i18n.format_date(r.due_date, self.ui_locale) if r.due_date else ""
        status = enum_label(r.status, self.ui_locale)
        if r.stored_status is not None:  # the stand-in is not what the record says
            status += " · " + newer_value_text(r.stored_status)
        return [due, status, r.title(self.lang), r.owner(self.lang), r.note]

    def focus(self, follow_up_id: str) -> bool:
        """Select ``follow_up_id`` (Home and the calendar open a follow-up here)."""
        ids = self.model.ids()
        if follow_up_id not in ids:
            return False
        self.view.selectRow(ids.index(follow_up_id))
        self.view.setFocus()
        return True

    def selected(self) -> FollowUpRow | None:
        fid = selected_id(self.view)
        return next((r for r in self._rows if r.id == fid), None)

    def _enable(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None and row.is_open)
        self.reopen_button.setEnabled(row is not None and not row.is_open)
        self.postpone_button.setEnabled(row is not None and row.is_open)
        self.delete_button.setEnabled(row is not None)

    # --- changing ------------------------------------------------------------------------------
    def add(self) -> None:
        if self.record is None:
            return
        kind, record_id = self.record
        added = {
            "kind": kind,
            "record_id": record_id,
            "title_en": self.title_en.text(),
            "title_zh": self.title_zh.text(),
            "due_date": from_qdate(self.due.date()),
            "owner_id": self.owner.record_id,
            "note": self.note.text(),
        }
        if self._call("add", added, self.tr("Follow-up added."), creates=True) is not False:
            for field in (self.title_en, self.title_zh, self.note):
                field.clear()

    def edit_selected(self) -> None:
        """Open the selected follow-up's title, owner, due date and note to change them."""
        row = self.selected()
        if row is None:
            return
        dialog = FollowUpDialog(self.db, row, locale=self.ui_locale, parent=self)
        if not dialog.exec():
            return
        fid, fields = row.id, dialog.changed_fields()
        if fields:
            self._call("edit", {"args": [fid], **fields}, self.tr("Follow-up changed."))

    def mark_done(self) -> None:
        if fid := selected_id(self.view):
            self._call("mark_done", {"args": [fid]}, self.tr("Marked done."))

    def reopen(self) -> None:
        if fid := selected_id(self.view):
            self._call("reopen", {"args": [fid]}, self.tr("Reopened."))

    def postpone_by(self, days: int) -> None:
        if fid := selected_id(self.view):
            self._call("postpone", {"args": [fid], "days": days}, self.tr("Postponed."))

    def postpone_to(self, day: dt.date) -> None:
        if fid := selected_id(self.view):
            self._call("postpone", {"args": [fid], "to": day}, self.tr("Postponed."))

    def ask_postpone_date(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = PostponeDialog(row.due_date, self)
        if dialog.exec():
            self.postpone_to(dialog.day())

    def delete(self) -> None:
        fid = selected_id(self.view)
        if not fid:
            return
        work, said = (lambda s: follow_up_service.delete(s, fid)), self.tr("Follow-up deleted.")
        page = self._undo_page()
        if page is not None and self.record is not None:
            # No question first: the page's Undo brings it back, as for its own deletes.
            row, (kind, record_id) = self.selected(), self.record
            title = row.title(self.lang) if row else ""
            self._write(work, said, after=lambda: self._offer_on_page(page, fid, kind, record_id, title))
        elif self._call("delete", {"args": [fid]}, said) is not False:
            self._deleted = fid
            self.undo_button.show()

    def _undo_page(self) -> Any:
        """The list page holding this panel (a contact's or organisation's pane), whose Undo the
        delete joins; None in the visit editor (it holds changes for Save) or the project editor."""
        if self._apply != self._write:
            return None
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "offer_undo"):
            widget = widget.parentWidget()
        return widget

    def _offer_on_page(self, page: Any, fid: str, kind: str, record_id: str, title: str) -> None:
        self._forget_undo()

        def restored(_result: Any) -> None:
            if self.record == (kind, record_id):
                self.message.setText(self.tr("Undone."))
                self.show_record(kind, record_id)
            self.changed.emit()

        def undo() -> None:
            write_op(
                self.db,
                lambda s: follow_up_service.restore(s, fid),
                changes=Changes.of(FOLLOW_UP, kind, ids=[record_id]),
                on_success=restored,
                owner=page,
            )

        page.offer_undo(
            self.tr("Follow-up deleted."),
            undo,
            ids=[fid],
            name=self.tr("Delete follow-up “%1”").replace("%1", title),
        )

    def undo_delete(self) -> None:
        fid = self._deleted
        if fid is None:
            return
        self._forget_undo()
        self._call("restore", {"args": [fid]}, self.tr("Undone."))

    def _forget_undo(self) -> None:
        self._deleted = None
        self.undo_button.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table deletes the selected follow-up (on a pane the page's own Delete,
        which deletes the whole record, would take the key otherwise); Ctrl+Z there takes a
        delete back where the panel's Undo button offers it."""
        if watched is self.view and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
                event.accept()  # the key comes to the table, not to a shortcut of the page
                return True
            if event.type() == QEvent.Type.KeyPress and self._handles(event):
                if event.matches(QKeySequence.StandardKey.Delete):
                    self.delete()
                elif _is_enter(event):
                    self.edit_selected()
                else:
                    self.undo_delete()
                return True
        return super().eventFilter(watched, event)

    def _handles(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Delete) or _is_enter(event):
            return self.selected() is not None
        return event.matches(QKeySequence.StandardKey.Undo) and self._deleted is not None

    def _call(self, name: str, args: dict[str, Any], done: str, *, creates: bool = False) -> Any:
        """Hold or write the follow-up service's ``name`` with plain ``args`` (``visit_steps``
        runs it), so the visit editor's draft of unsaved changes can keep it."""
        # (imported here: it brings the logistics services, which a contact's pane opening with the
        # window does not need; issue 17)
        from petdesk.services import visit_steps

        step = (f"follow_up_{name}", args, creates)
        return self._apply(lambda s: visit_steps.run(s, step[0], args), done, creates, step)

    def _write(
        self,
        work: Callable[[Session], Any],
        done: str,
        _creates: bool = False,
        _step: object = None,
        *,
        after: Callable[[], None] | None = None,
    ) -> None:
        """Direct mode: write now, announce the change, show the record's follow-ups again
        (then ``after``: a delete's Undo offered on the page)."""
        assert self.record is not None
        kind, record_id = self.record

        def written(_result: Any) -> None:
            self.message.setText(done)
            self.show_record(kind, record_id)
            self.changed.emit()
            if after is not None:
                after()

        write_op(
            self.db,
            work,
            changes=Changes.of(FOLLOW_UP, kind, ids=[record_id]),
            on_success=written,
            owner=self,
        )


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()


class FollowUpDialog(QDialog):
    """A follow-up's title, owner, due date and note as Add asks for them, filled to be changed."""

    def __init__(self, db: Database, row: FollowUpRow, *, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit follow-up"))
        self.row = row
        self.title_en = QLineEdit(row.title_en, self)
        self.title_zh = QLineEdit(row.title_zh, self)
        self.owner = owner_field(db, locale=locale, parent=self)
        lang = interface_language(locale)
        self.owner.set_record(row.owner_id, row.owner(lang))
        # A follow-up without a due date keeps none unless a date is chosen here.
        self._shown_due = row.due_date or dt.date.today() + dt.timedelta(days=14)
        self.due = date_edit(self, self._shown_due)
        self.note = QLineEdit(row.note, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.addButton(self.tr("Save changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        # the letters of the visit's Follow-ups tab (round 61); a dialog names its fields without them
        form.addRow(self.tr("Action (&English)"), self.title_en)
        form.addRow(self.tr("Action (&Chinese)"), self.title_zh)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(buttons)
        name_buddies(self)

    def changed_fields(self) -> dict[str, Any]:
        """The fields changed here, by the names ``follow_ups.edit`` takes (the rest is not rewritten)."""
        now: dict[str, Any] = {
            "title_en": self.title_en.text().strip(),
            "title_zh": self.title_zh.text().strip(),
            "owner_id": self.owner.record_id,
            "note": self.note.text().strip(),
        }
        was = {"title_en": self.row.title_en, "title_zh": self.row.title_zh, "owner_id": self.row.owner_id}
        was["note"] = self.row.note
        fields = {name: value for name, value in now.items() if value != was[name]}
        due = from_qdate(self.due.date())
        if due != self._shown_due:
            fields["due_date"] = due
        return fields


class PostponeDialog(QDialog):
    """Asks for the new due date (the current one, else tomorrow, to start from)."""

    def __init__(self, due: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Postpone follow-up"))
        start = max(due or dt.date.today(), dt.date.today()) + dt.timedelta(days=1)
        self.date = date_edit(self, start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("New due date"), self.date)
        form.addRow(buttons)

    def day(self) -> dt.date:
        return from_qdate(self.date.date())
