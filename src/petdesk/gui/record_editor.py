"""The base of every record editor: nothing typed is lost.

An editor watches its form; once something was typed, Esc, the close button and Cancel ask
whether to save, discard or keep editing (``ask_unsaved``, a module function tests replace). The
editor says when its form matches the database again (``set_clean`` after loading and saving).

Drafts: an editor with a ``draft_kind`` keeps what was typed and not saved in a draft file beside
the database (``petdesk.drafts``), a few seconds after each change, so that a process killed with
the editor open (a dead battery, the task manager) loses nothing; the window offers it back at the
next start (``gui.draft_recovery``). The draft is the form as the editor's save collects it
(``draft_values``), put back by ``restore_draft``; it is removed when the editor closes normally.

Strings use the context "RecordEditor", so subclasses need no re-translation.
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from shiboken6 import isValid

from petdesk import connection, drafts
from petdesk.gui.colours import WARNING, tint
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.operations import read_op, run_in_background, show_failure, wait_for
from petdesk.gui.qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QAction,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEventLoop,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QShowEvent,
    Qt,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTimer,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.status_bar import ElidingStatusBar
from petdesk.gui.tab_order import follow_layouts, tab_stops

T = TypeVar("T")

#: Drafts offered back at start, by (kind, record id): the editor opened for one takes it once its
#: record is read (``offer_draft``).
_OFFERED: dict[tuple[str, str | None], drafts.Draft] = {}
#: Draft folders that could not be written in this session: each is said once (``write_draft``).
_UNWRITABLE_TOLD: set[Path] = set()


def offer_draft(draft: drafts.Draft) -> None:
    """The next editor of ``draft``'s record puts the draft's values in its form, unsaved."""
    _OFFERED[(draft.kind, draft.record_id)] = draft


def put_back(widget: Any, value: Any) -> None:
    """Set one input as a save collected it (a draft put back): text, a code, rows, a tick."""
    if hasattr(widget, "set_codes") and isinstance(value, list):
        widget.set_codes(value)
    elif hasattr(widget, "set_record") and isinstance(value, list):  # [id, the name shown]
        widget.set_record(*value)
    elif hasattr(widget, "set_code"):
        widget.set_code(value or "")
    elif hasattr(widget, "set_rows"):
        widget.set_rows([dict(row) for row in value])
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(value or "")
    elif isinstance(widget, QDateEdit):  # None: the box's "no date" (its lowest)
        widget.setDate(QDate(value.year, value.month, value.day) if value else widget.minimumDate())
    elif isinstance(widget, QAbstractSpinBox):  # an amount, a readiness level; None: its "—"
        widget.setValue(value or 0)  # type: ignore[attr-defined]
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif hasattr(widget, "setText"):
        widget.setText(value or "")


def put_back_all(inputs: dict[str, Any], values: dict[str, Any]) -> None:
    """``put_back`` each of ``values`` whose key names one of ``inputs`` (the others are not inputs),
    in the order of ``inputs`` (a currency before its amounts: it sets their decimals)."""
    for key, widget in inputs.items():
        if key in values:
            put_back(widget, values[key])


def as_typed(inputs: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (as a save collects them) for a draft that ``put_back_all`` restores whole: a
    record picker's id with the name it shows, a line's text as typed (tags before they are split)."""
    kept = dict(values)
    for key, widget in inputs.items():
        if hasattr(widget, "set_record"):
            kept[key] = [widget.record_id, widget.label.text()]
        elif isinstance(widget, QLineEdit):
            kept[key] = widget.text()
    return kept


def show_beginnings(root: QWidget) -> None:
    """Scroll every filled line under ``root`` back to its start: ``setText`` leaves the cursor at
    the end, so a long e-mail address showed as "adams@johannesburg-epia…", which reads as another
    address than nomvula.adams@…."""
    for edit in root.findChildren(QLineEdit):
        if not edit.hasFocus():
            edit.setCursorPosition(0)


class Unsaved(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(editor: QWidget) -> Unsaved:
    """Ask what to do with unsaved changes (Save / Discard / Cancel; Cancel by default)."""
    box = QMessageBox(editor)
    box.setObjectName("unsaved_changes")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecordEditor", "Unsaved changes"))
    box.setText(QCoreApplication.translate("RecordEditor", "Save the changes before closing?"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return Unsaved.SAVE
    if answer == buttons.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


#: Every editor made and not yet collected (weakly held): what :func:`discard_open_editors` walks.
_open_editors: weakref.WeakSet[RecordEditor] = weakref.WeakSet()


def discard_open_editors() -> int:
    """Mark every open editor clean, so closing it asks nothing; returns how many had changes.

    For the end of a test run (the "save changes?" box would wait for ever offscreen, hanging
    pytest-qt's teardown) and for a quit that has already been confirmed."""
    changed = 0
    # The editors made, not QApplication.allWidgets(): a CI run crashed (SIGSEGV) typing every
    # widget of the application while a background operation ended at a test's teardown.
    for editor in list(_open_editors):
        if isValid(editor) and editor.is_dirty():
            editor.set_clean()
            changed += 1
    return changed


class RecordEditor(QDialog):
    """A dialog editing one record, with the unsaved-changes prompt on Esc, close and Cancel.

    Subclasses call ``watch_form(widget)`` once their form exists, ``set_clean()`` after loading
    and saving, and implement ``save_changes()`` (True when saved).

    For the keyboard: Tab follows the layouts (``tab_order``), text boxes pass Tab on, and the
    editor opens with the focus in its first field (or the one the subclass gave it)."""

    #: The record arrived from the background read and fills the form (``load_in_background``).
    loaded = Signal()
    #: A background save finished: True when saved, False when refused or failed.
    save_finished = Signal(bool)
    #: A save of the form logged changes: what it changed (``undo_save.SavedEdit``), for the Undo
    #: of the list beside an editor that stays open (visits, trainings).
    form_saved = Signal(object)
    #: Ctrl+Z in the editor asks the list that opened it to undo this save (a ``SavedEdit`` it
    #: sent with ``form_saved``); the list calls ``save_undone`` once it is undone.
    undo_save_requested = Signal(object)
    #: A draft from before a crash was put in the form (unsaved): the sentence that says so.
    draft_restored = Signal(str)
    #: The drafts folder cannot be written (said once a session): the sentence that says so.
    drafts_unkept = Signal(str)

    #: What drafts call this editor's records ("visit"); "" keeps no draft.
    draft_kind = ""
    #: How long after a change the draft is written: typing writes one every few seconds at most.
    DRAFT_DELAY_MS = 3000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _open_editors.add(self)
        self._dirty = False
        #: What the last save changed (``services.undo_save``), for the list's Undo.
        self.saved_edit: Any = None
        #: A list undoes this editor's saves on request (``RecordList.undo_saves_of``).
        self.saves_undone_by_list = False
        self._closing = False
        #: True while the unsaved-changes prompt's Save stores the form (``save_and_wait``): the
        #: prompt then closes the editor, so the save must not close it too.
        self._saving_to_close = False
        self._busy = False
        self._title = ""
        self._busy_title = ""
        #: Where the focus was when the form was disabled (loading, saving): it goes back there.
        self._focus_back: QWidget | None = None
        #: The draft file of this editor's unsaved changes (None until one was written).
        self.draft_path: Path | None = None
        #: The record's ``updated_at`` when it was read or saved, which a draft keeps.
        self._draft_stamp = ""
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.timeout.connect(self.write_draft)

    # --- loading and saving off the GUI thread -----------------------------------------------
    def is_busy(self) -> bool:
        """Loading or saving: the form is disabled meanwhile."""
        return self._busy

    def _set_busy(self, busy: bool, note: str = "") -> None:
        if busy and not self._busy:
            # Disabling the form hands the focus to Cancel, the one button left enabled; an editor
            # shown before its record arrived kept it there, and Return then cancelled (D10).
            self._focus_back = self.focusWidget()
        self._busy = busy
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not isinstance(child, QDialogButtonBox):
                child.setEnabled(not busy)
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) != QDialogButtonBox.ButtonRole.RejectRole:
                    button.setEnabled(not busy)  # Cancel stays: a slow read need not trap anyone
        if busy:
            self._title = self.windowTitle()
            self._busy_title = f"{self._title} — {note}"
            self.setWindowTitle(self._busy_title)
        elif self._title and self.windowTitle() == self._busy_title:  # unless the form set a new one
            self.setWindowTitle(self._title)
        if not busy:
            follow_layouts(self)  # the record's rows (e-mails, addresses) arrived meanwhile
            self._no_auto_default()  # and their buttons
            self._focus_back, back = None, self._focus_back
            if not self._in_form(self.focusWidget()):
                self.focus_first_field(back)

    # --- the keyboard ------------------------------------------------------------------------
    def _in_form(self, widget: QWidget | None) -> bool:
        """True for a widget of the form that can take the focus now (not a dialog button)."""
        return (
            widget is not None
            and isValid(widget)
            and widget is not self
            and self.isAncestorOf(widget)
            and widget.isEnabled()
            and widget.isVisibleTo(self)
            and not isinstance(widget.parentWidget(), QDialogButtonBox)
        )

    def first_field(self) -> QWidget | None:
        """The first input Tab reaches, tab bars and buttons skipped."""
        for widget in tab_stops(self):
            if self._in_form(widget) and not isinstance(widget, (QAbstractButton, QTabBar, QTabWidget)):
                return widget
        return None

    def focus_first_field(self, preferred: QWidget | None = None) -> None:
        """Focus ``preferred`` if it can take the focus, else the first field."""
        target = preferred if self._in_form(preferred) else self.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _no_auto_default(self) -> None:
        """Push buttons in a dialog take Return from any line edit (Qt's auto-default): Return
        in the visit's title opened the Host picker and the title went unsaved (field test F5).
        Only the dialog's own button box keeps a default button."""
        for button in self.findChildren(QPushButton):
            if not isinstance(button.parentWidget(), QDialogButtonBox):
                button.setAutoDefault(False)

    def _add_save_key(self) -> None:
        """Ctrl+S presses the Save (or OK) button of an editor that has no Save action of its own
        (the visit and training toolbars have one): the organisation and contact editors saved
        only on Return (field test 6, defect 16)."""
        keys = (QKeySequence("Ctrl+S"), QKeySequence(QKeySequence.StandardKey.Save))
        if any(key in action.shortcuts() for action in self.findChildren(QAction) for key in keys):
            return
        for box in self.findChildren(QDialogButtonBox):
            button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
                QDialogButtonBox.StandardButton.Ok
            )
            if button is not None:
                action = QAction(self)
                action.setObjectName("save_key")
                action.setShortcut(keys[0])
                action.triggered.connect(button.click)  # a disabled button (saving) does nothing
                self.addAction(action)
                return

    def showEvent(self, event: QShowEvent) -> None:
        if not getattr(self, "_save_key_added", False):
            self._save_key_added = True
            self._add_save_key()
            if self.draft_kind:  # a record read in the background takes it once it arrives
                QTimer.singleShot(0, self, self._take_offered_draft)
        follow_layouts(self)
        name_buddies(self)  # "电话(&P)" read as "电话", not "电话(P)"
        self._no_auto_default()
        if not self._busy and not self._in_form(self.focusWidget()):
            self.focus_first_field()  # before Qt gives a dialog without focus its first button
        super().showEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Rows added since the last Tab (an e-mail row, an address) take their place in the order.
        follow_layouts(self)
        return super().focusNextPrevChild(next)

    def load_in_background(
        self,
        db: Any,
        read: Callable[[Any], Any],
        fill: Callable[[Any], None],
        *,
        clean: bool = True,
        explained: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Read the record off the GUI thread (``read(session)`` returns plain values), then
        ``fill(values)`` the form; until then the form is disabled and the title says Loading…
        Without ``clean`` the form keeps what was typed (a reload of the other tabs). A failure
        goes to the failure dialog unless ``explained(exc)`` shows it in the form (True)."""
        self._set_busy(True, QCoreApplication.translate("RecordEditor", "Loading…"))
        kind, record_id = self.draft_kind, self.draft_record_id()

        def read_stamped(session: Any) -> tuple[Any, str]:
            # The record's stamp in the same read: a draft then tells a change made meanwhile.
            stamp = drafts.record_stamp(session, kind, record_id) if kind else ""
            return read(session), stamp

        def arrived(read_values: tuple[Any, str]) -> None:
            values, self._draft_stamp = read_values
            fill(values)
            show_beginnings(self)
            self._set_busy(False)
            self._hold_saving(db)
            if clean:
                self.set_clean()
            self.loaded.emit()
            self._take_offered_draft()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if explained is None or not explained(exc):
                show_failure(self, exc)

        read_op(db, read_stamped, on_success=arrived, on_failure=failed, owner=self)

    def _hold_saving(self, db: Any) -> None:
        """In a read-only window (a file opened to look at, a write-protected stick) the record is
        shown, and the buttons that would save it stay disabled (field test 70: they failed)."""
        path = getattr(db, "path", None)
        if path is None or not connection.read_only(path):
            return
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) != QDialogButtonBox.ButtonRole.RejectRole:
                    writes(button)
        hold(self, path)

    def save_in_background(
        self,
        db: Any,
        write: Callable[[Any], Any],
        *,
        on_saved: Callable[[Any], None],
        on_refused: Callable[[BaseException], None],
        refused: tuple[type[BaseException], ...],
        clean: bool = True,
    ) -> None:
        """Run ``write(session)`` in its own transaction off the GUI thread. Saved: the editor is
        clean and ``on_saved(result)`` runs; an error of a ``refused`` kind (a validation message)
        goes to ``on_refused``, any other to the failure dialog. The list that opened the editor
        announces the change once the dialog is accepted. Without ``clean`` the write was not the
        form's (a status change, a session added) and what was typed stays unsaved."""
        self._set_busy(True, QCoreApplication.translate("RecordEditor", "Saving…"))

        from petdesk.services import undo_save

        kind = self.draft_kind

        def work() -> tuple[Any, Any, str]:
            with db.transaction() as session:
                # Marks in the save's own transaction: what the change log gets between them is
                # this save, which the list that opened the editor can then undo as a whole.
                after = undo_save.change_mark(session)
                result = write(session)
                edit = undo_save.saved_since(session, after)
                saved_id = result if isinstance(result, str) else getattr(result, "id", None)
                stamp = drafts.record_stamp(session, kind, saved_id or self.draft_record_id()) if kind else ""
                return result, edit, stamp

        def saved(outcome: tuple[Any, Any, str]) -> None:
            result, self.saved_edit, self._draft_stamp = outcome
            self._set_busy(False)
            if clean:
                self.set_clean()
            on_saved(result)
            if clean and self.saved_edit is not None:
                self.form_saved.emit(self.saved_edit)
            self.save_finished.emit(True)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, refused):
                on_refused(exc)
            else:
                show_failure(self, exc)
            self.save_finished.emit(False)

        run_in_background(work, on_success=saved, on_failure=failed, owner=self)

    def wait_in_background(self, fn: Callable[[], T], note: str = "") -> T:
        """Run ``fn()`` off the GUI thread and return its result (or raise its error), the event
        loop running and the form disabled meanwhile (``operations.wait_for``): for a step whose
        answer the editor needs before it goes on, such as a held change the services may refuse."""
        if self._busy:  # already disabled (loading, saving): leave the title as it is
            return wait_for(fn)
        self._set_busy(True, note or QCoreApplication.translate("RecordEditor", "Checking…"))
        try:
            return wait_for(fn)
        finally:
            self._set_busy(False)

    def wait_for_save(self) -> bool:
        """For ``save_changes`` (the unsaved-changes prompt needs its answer): run the event loop
        until the save started just now finishes; True when it saved."""
        if not self._busy:
            return not self._dirty
        outcome: list[bool] = []
        loop = QEventLoop(self)

        def finished(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()

        self.save_finished.connect(finished)
        loop.exec()
        self.save_finished.disconnect(finished)
        return bool(outcome and outcome[0])

    def save_and_wait(self, start_save: Callable[[], None]) -> bool:
        """A ``save_changes`` for an editor whose own save closes it once stored (catalogue
        entries, projects): start the save as the prompt's, then wait for its outcome."""
        self._saving_to_close = True
        try:
            start_save()
            return self.wait_for_save()
        finally:
            self._saving_to_close = False

    def saving_to_close(self) -> bool:
        """True while the unsaved-changes prompt's Save runs: read it when the save starts."""
        return self._saving_to_close

    def stored(self, *, saving_to_close: bool) -> None:
        """A save begun by ``save()`` was stored: the editor is clean, and closes unless the
        unsaved-changes prompt asked for the save (the prompt closes it, once)."""
        self._set_busy(False)
        self.set_clean()
        self.save_finished.emit(True)
        if not saving_to_close:
            self.accept()

    # --- state -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def _key(self, widget: QWidget, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        """A key that works while the focus is in ``widget`` (or its children): Delete in a table,
        Ctrl+Z in the editor (the visit and training editors)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        widget.addAction(action)
        return action

    def record_shown(self) -> str | None:
        """The id of the record on show (None while new): editors that stay open say it."""
        return None

    def save_undone(self) -> None:
        """The list undid a save of this editor (its Undo, or Ctrl+Z here); editors that offer
        Ctrl+Z for their saves forget that save."""

    def read_again(self) -> None:
        """Show the record as it is stored now (the list undid this editor's save): editors that
        stay open do it."""

    def mark_dirty(self, *_args: Any) -> None:
        self._dirty = True
        self._draft_soon()

    def set_clean(self) -> None:
        """The form matches the database (read, saved) or its changes were dropped: no draft."""
        self._dirty = False
        self._draft_timer.stop()
        drafts.remove_draft(self.draft_path)
        self.draft_path = None

    # --- drafts of unsaved changes ------------------------------------------------------------
    def draft_values(self) -> dict[str, Any] | None:
        """The form as the editor's save collects it, for a draft (None: nothing to keep)."""
        return None

    def restore_draft(self, values: dict[str, Any]) -> None:
        """Put a draft's values (``draft_values`` of an earlier run) back in the form."""

    def draft_record_id(self) -> str | None:
        """The id of the record edited (None while new), as drafts name it."""
        return self.record_shown()

    def _draft_soon(self) -> None:
        if self.draft_kind and not self._draft_timer.isActive():
            self._draft_timer.start(self.DRAFT_DELAY_MS)

    def write_draft(self) -> bool:
        """Write the draft of the unsaved changes now (the timer does it after a change). On the
        GUI thread on purpose: a few kilobytes, and never racing the removal on Save. A folder
        that cannot be written (read-only, a file in its place, a full disk) is said once a
        session, in the editor and the status bar, not at every change."""
        if not (self.draft_kind and self._dirty and not self._closing):
            return False
        db_path = getattr(getattr(self, "db", None), "path", None)
        values = self.draft_values()
        if db_path is None or values is None:
            return False
        record_id = self.draft_record_id()
        if self.draft_path is None or (record_id and record_id not in self.draft_path.name):
            drafts.remove_draft(self.draft_path)  # a new record's draft, now that it was saved
            self.draft_path = drafts.folder_for(db_path) / drafts.new_name(self.draft_kind, record_id)
        try:
            drafts.write_draft(
                self.draft_path,
                kind=self.draft_kind,
                record_id=record_id,
                title=self.windowTitle(),
                stamp=self._draft_stamp,
                values=values,
            )
        except OSError:
            self._say_drafts_unkept(self.draft_path.parent)
            self.draft_path = None  # nothing was kept: nothing to remove on Save
            return False
        return True

    def _say_drafts_unkept(self, folder: Path) -> None:
        """Say once a session that ``folder`` takes no drafts: typing on was silently unprotected."""
        if folder in _UNWRITABLE_TOLD:
            return
        _UNWRITABLE_TOLD.add(folder)
        text = QCoreApplication.translate(
            "RecordEditor",
            "Drafts of unsaved changes cannot be kept: the folder %1 cannot be written. "
            "Your changes are kept only when you save.",
        ).replace("%1", str(folder))
        self._note(text, "drafts_unkept")
        parent = self.parentWidget()
        app = QApplication.instance()
        windows = [parent.window()] if parent is not None else []
        windows += app.topLevelWidgets() if app is not None else []  # type: ignore[attr-defined]
        for window in windows:
            if isinstance(window, QMainWindow):
                # stays: it holds for the whole session; a long path is cut, not the last sentence
                bar = window.statusBar()
                if isinstance(bar, ElidingStatusBar):
                    short = QCoreApplication.translate(
                        "RecordEditor", "Drafts cannot be kept: your changes are kept only when you save."
                    )
                    bar.show_shortening(text, str(folder), short)
                else:
                    bar.showMessage(text)
                break
        self.drafts_unkept.emit(text)

    def _note(self, text: str, name: str) -> None:
        """A bold warning line at the top of the form (every editor's form sits in one column)."""
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            note = QLabel(text, self)
            note.setObjectName(name)
            note.setWordWrap(True)
            tint(note, WARNING, "color: {colour}; font-weight: bold")
            layout.insertWidget(0, note)

    def _take_offered_draft(self) -> None:
        """Put the draft offered at start for this record in the form, unsaved: the user reviews
        it and saves (or discards) it."""
        if self._busy or self._closing:  # reading its record (it calls again once filled), or gone
            return
        draft = _OFFERED.pop((self.draft_kind, self.draft_record_id()), None) if self.draft_kind else None
        if draft is None:
            return
        self.restore_draft(draft.values)
        show_beginnings(self)
        self.draft_path = draft.path  # this editor now keeps that draft (removed on Save, Discard)
        self.mark_dirty()
        text = QCoreApplication.translate(
            "RecordEditor", "Recovered changes from %1, not saved yet: check them, then save."
        ).replace("%1", draft_time(draft))
        self._note(text, "draft_recovered")
        self.draft_restored.emit(text)

    def watch_form(self, root: QWidget) -> None:
        """Mark the editor changed when any input under ``root`` is edited."""
        for edit in root.findChildren(QLineEdit):
            if not isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
                edit.textEdited.connect(self.mark_dirty)
        for text in root.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._text_changed)
        for text in root.findChildren(QTextEdit):  # type: ignore[assignment]
            if not text.isReadOnly():
                text.textChanged.connect(self._text_changed)
        for combo in root.findChildren(QComboBox):
            if combo.isEditable():
                # Not ``activated``: an editable box emits it again for the item it shows when its
                # text is committed (focus leaving it, a tab switched), and Esc then asked to save
                # a project nobody had changed. A change of its text is a change of the form.
                combo.currentTextChanged.connect(self.mark_dirty)
            else:
                combo.activated.connect(self.mark_dirty)
        for date in root.findChildren(QDateEdit):
            date.userDateChanged.connect(self.mark_dirty)
        for button in root.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(self.mark_dirty)

    def _text_changed(self) -> None:
        # Text set while loading is followed by set_clean(); typing is what remains.
        self._dirty = True
        self._draft_soon()

    # --- saving and closing ----------------------------------------------------------------
    def save_changes(self) -> bool:
        """Save the form; True when it was saved (then the editor is clean)."""
        raise NotImplementedError

    def confirm_close(self) -> bool:
        """True when the editor may close: nothing unsaved, or saved, or discarded."""
        if not self._dirty:
            return True
        answer = ask_unsaved(self)
        if answer == Unsaved.SAVE:
            return self.save_changes() and not self._dirty
        return answer == Unsaved.DISCARD

    def reject(self) -> None:  # Esc, Cancel and the close button (QDialog.closeEvent rejects)
        if self._closing or self.confirm_close():
            self._closing = True
            super().reject()

    def accept(self) -> None:
        self._closing = True
        super().accept()

    def done(self, result: int) -> None:
        # Closed normally (saved, or its changes discarded): its draft has nothing left to keep.
        self._draft_timer.stop()
        drafts.remove_draft(self.draft_path)
        self.draft_path = None
        super().done(result)


def draft_time(draft: drafts.Draft) -> str:
    """When a draft was written, in this computer's time: the time alone today, else the day too."""
    import datetime as dt

    local = draft.written_at.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
