"""The training editor: details, sessions with trainers, registered participants, the attendance
grid (click a cell, or Space or Enter on it, to cycle present → absent → excused → not recorded;
P, A, E and Delete set a mark directly) and the sign-in sheet.

Like the visit editor, other features add toolbar actions through ``TOOLBAR_EXTENSIONS``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import connection, i18n, labels
from petdesk.db import Database
from petdesk.gui import editor_extensions
from petdesk.gui.a11y import labelled_row, named
from petdesk.gui.colours import ERROR, SUCCESS, WARNING, tint
from petdesk.gui.column_fit import READABLE_WIDTH, ColumnFitter, content_widths
from petdesk.gui.form_columns import side_by_side
from petdesk.gui.mnemonic import name_buddies
from petdesk.gui.newer_value_note import newer_value_text, note_row
from petdesk.gui.operations import TRAINING, Changes, announce, read_op, show_failure, write_op
from petdesk.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QApplication,
    QCheckBox,
    QComboBox,
    QDate,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QEventLoop,
    QFileDialog,
    QFontMetrics,
    QFormLayout,
    QHBoxLayout,
    QItemSelectionModel,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPersistentModelIndex,
    QPlainTextEdit,
    QPoint,
    QPushButton,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTime,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import writes
from petdesk.gui.record_editor import RecordEditor, put_back
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.tab_order import tab_leaves_date_boxes
from petdesk.gui.tab_room import room_for_tab_labels
from petdesk.gui.text_size import text_scale
from petdesk.gui.trainings.header_lines import header_lines
from petdesk.gui.trainings.lodging import LodgingTab
from petdesk.gui.trainings.substitute import SubstituteDialog
from petdesk.gui.translation import arg
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.gui.visits.widgets import (
    IdRole,
    ProblemRows,
    RecordField,
    RecordSearch,
    RowsModel,
    ZoneBox,
    clash_panel,
    date_edit,
    date_span,
    display_format,
    enum_label,
    fill_enum_combo,
    from_qdate,
    selected_id,
    table_view,
    time_span,
    to_qdate,
)
from petdesk.language import interface_language
from petdesk.messages import plain_error
from petdesk.models.enums import AttendanceStatus, TrainingRole, TrainingStatus
from petdesk.services import attendance_mode, training_form, venue_zone
from petdesk.services import trainings as training_service
from petdesk.services import visits as visit_service
from petdesk.services.attendance import head_counts, session_code, time_slots
from petdesk.services.training_form import SessionView, TrainingForm
from petdesk.services.trainings import ATTENDING_ROLES, SheetRow, SignInSheet
from petdesk.services.validation import ValidationError
from petdesk.services.visits import ScheduleError
from petdesk.vocab import stored_label

if TYPE_CHECKING:
    from petdesk.gui.operations import Operation
    from petdesk.services.exporting import Format

#: Callables ``fn(editor)`` that add actions to ``editor.toolbar`` (e.g. "Dossier…"); the list
#: lives in ``editor_extensions`` so that features add to it without importing this module.
TOOLBAR_EXTENSIONS: list[Callable[[TrainingEditor], None]] = editor_extensions.TRAINING_EDITOR

#: Columns of the Sessions tab: the date and times kept whole, and the title that takes spare room.
SESSION_WHOLE = (0, 1, 2)
SESSION_TITLE = 3
#: Columns of the Participants tab: the organisation gives way (elided, its tooltip whole) so that
#: how each attends and their lodging stay in sight (shots52: at 1024 px a long organisation put
#: "Attends" behind a sideways scroll bar, at 1400 px "Lodging" was cut).
PEOPLE_ORGANISATION = 3
PEOPLE_WHOLE = (1, 2, 4, 5)

#: Attendance cycle on click; None = not recorded (blank box on the sheet).
CYCLE: list[str | None] = [None, "present", "absent", "excused"]
MARKS = {"present": "✓", "absent": "✗", "excused": "E", None: ""}
#: In Chinese "excused" is 假 (请假), not a Latin letter.
MARKS_ZH = {**MARKS, "excused": "假"}
#: A session outside a person's part: the substitute's, or one before the substitute came in.
OUTSIDE = "–"


def mark(status: str | None, locale: str) -> str:
    return (MARKS_ZH if i18n.is_chinese(locale) else MARKS)[status]


class AttendanceModel(QAbstractTableModel):
    """Rows: the attendees, named in the row header; columns: sessions; cells: attendance marks.

    The names are the vertical header rather than a first column, so they never scroll away when
    the grid is scrolled to the last of many sessions (field test 15, defect 3). The trainers are
    not rows: the grid is the sign-in sheet on screen, and the printed sheet, the attendance report
    and the dossier list the attendees only (field test 36, defect 7: 44 rows here, 40 there)."""

    #: Width in pixels of a session's column, and the room its header's text has in it.
    COLUMN_WIDTH = 88
    HEADER_TEXT_WIDTH = COLUMN_WIDTH - 12

    def __init__(self, locale: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        self.sheet: SignInSheet | None = None
        #: The sheet's signers (attendees and organisers), the grid's rows.
        self.rows: list[SheetRow] = []
        #: Sessions that share their time with another (parallel rooms): their headers show the time.
        self.parallel: set[str] = set()
        #: How wide the header's font draws a text (the view sets its header's measure).
        self.text_width: Callable[[str], int] = QFontMetrics(QApplication.font()).horizontalAdvance
        #: The room a header's text has: HEADER_TEXT_WIDTH at the system's text size, more at a larger
        #: one (the view sets it with the column's width).
        self.header_text_width = self.HEADER_TEXT_WIDTH

    def set_sheet(self, sheet: SignInSheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.rows = sheet.signers
        slots = time_slots((s.id, s.starts_local, s.ends_local) for s in sheet.sessions)
        self.parallel = {sid for slot in slots if len(slot) > 1 for sid in slot}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.sessions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._name_header(section, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self.sheet.sessions[section]
        # The sheet's sessions come in the one order (``live_sessions``) that numbers them S1, S2 …
        # on the command line and in the dossier: a colleague's "S2" is this column (field test 41).
        number = session_code(section + 1)
        chinese = i18n.is_chinese(self.ui_locale)
        title = s.title_zh or s.title_en if chinese else s.title_en or s.title_zh
        if role == Qt.ItemDataRole.ToolTipRole:
            day = i18n.format_date(s.starts_local.date(), self.ui_locale, "short")
            return f"{number} · {day} {i18n.format_time(s.starts_local, self.ui_locale)}\n{title}"
        # Narrow columns, so that nine sessions fit beside the names: the number and day (and the
        # time of a session beside another in the same hours), then the title in two lines broken by
        # its drawn width (field test 36, defect 10); the tooltip has it all.
        day = i18n.format_month_day(s.starts_local.date(), self.ui_locale)
        lines = [f"{number} · {day}"]
        if s.id in self.parallel:
            lines.append(i18n.format_time(s.starts_local, self.ui_locale))
        return "\n".join([*lines, *header_lines(title, self.text_width, self.header_text_width)])

    def _name_header(self, row: int, role: int) -> Any:
        assert self.sheet is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # "白彬 Bai Bin" in Chinese, "Bai Bin 白彬" in English (field test 36, polish)
            name = " ".join(self.rows[row].names(self.ui_locale)).strip()
            if role == Qt.ItemDataRole.ToolTipRole and self.rows[row].role not in ATTENDING_ROLES:
                # organisers sign but are no attendees (field test 65: the report graded one at 0 %)
                return name + "\n" + self.tr("Organiser: signs, not graded for attendance")
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def cell_of(self, index: QModelIndex) -> tuple[str, str] | None:
        """(contact id, session id) of a cell, to find it again after a read."""
        if self.sheet is None or not index.isValid():
            return None
        return self.rows[index.row()].contact_id, self.sheet.sessions[index.column()].id

    def index_of(self, cell: tuple[str, str] | None) -> QModelIndex:
        """The cell ``cell_of`` named, or an invalid index when its person or session went."""
        if self.sheet is None or cell is None:
            return QModelIndex()
        contact_id, session_id = cell
        rows = [r.contact_id for r in self.rows]
        columns = [s.id for s in self.sheet.sessions]
        if contact_id not in rows or session_id not in columns:
            return QModelIndex()
        return self.index(rows.index(contact_id), columns.index(session_id))

    def set_mark(self, session_id: str, contact_id: str, status: str | None) -> None:
        """Show ``status`` in the person's cell for the session (a click not stored yet)."""
        cell = self.index_of((contact_id, session_id))
        if self.sheet is None or not cell.isValid():
            return  # the session or the registration went meanwhile
        self.rows[cell.row()].attendance[session_id] = status or ""
        self.dataChanged.emit(cell, cell)

    def status_at(self, row: int, column: int) -> str | None:
        assert self.sheet is not None
        session = self.sheet.sessions[column]
        return self.rows[row].attendance.get(session.id) or None

    def outside(self, row: int, column: int) -> bool:
        """Whether the session is outside the person's part (a substitute's or theirs before)."""
        assert self.sheet is not None
        return self.sheet.sessions[column].id in self.rows[row].outside

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        status = self.status_at(index.row(), index.column())
        outside = self.outside(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return OUTSIDE if outside else mark(status, self.ui_locale)
        if role == Qt.ItemDataRole.ToolTipRole and outside:
            return self.tr("Not this person's session: a substitute took the place or came in later")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return stored_label(AttendanceStatus, status, self.ui_locale) if status else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader read the marks as "✓", "✗" or nothing at all (field test 62): words.
            if outside:
                return self.tr("Not this person's session")
            return (
                stored_label(AttendanceStatus, status, self.ui_locale) if status else self.tr("Not recorded")
            )
        return None


#: Keys that set a mark directly (the same letters in both languages: P, A, E), and that clear it.
MARK_KEYS: dict[Qt.Key, str | None] = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_A: "absent",
    Qt.Key.Key_E: "excused",
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}
#: Keys that cycle the mark as a click does.
CYCLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AttendanceView(QTableView):
    """The attendance grid, usable without a mouse (field test 13, defect 1): Space or Enter on a
    cell cycles its mark as a click does, P/A/E set present/absent/excused, Delete clears it.
    With several cells selected (a whole session's column), P/A/E and Delete mark them all
    (field test 36, defect 6: one of 44 was marked)."""

    #: The cell's mark is to move on to the next one in ``CYCLE``.
    cycle_requested = Signal(QModelIndex)
    #: The cell's mark is to become the given status ("" = not recorded).
    mark_requested = Signal(QModelIndex, str)
    #: The selected cells' marks are to become the given status (a list of QModelIndex).
    marks_requested = Signal(list, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        index = self.currentIndex()
        if plain and index.isValid():
            if key in CYCLE_KEYS:
                self.cycle_requested.emit(index)
                event.accept()
                return
            if key in MARK_KEYS:
                selected = self.selectionModel().selectedIndexes()
                if len(selected) > 1:
                    self.marks_requested.emit(selected, MARK_KEYS[key] or "")
                else:
                    self.mark_requested.emit(index, MARK_KEYS[key] or "")
                event.accept()
                return
        super().keyPressEvent(event)


class SessionDialog(QDialog):
    def __init__(
        self,
        *,
        timezone: str,
        day: dt.date,
        trainers: Sequence[tuple[training_form.TrainerChoice, str]],
        session: SessionView | None = None,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        self.setWindowTitle(self.tr("Session"))
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.start, self.end = QDateTimeEdit(self), QDateTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(display_format(with_time=True))
            edit.setCalendarPopup(True)
        self.zone = ZoneBox(self, timezone)
        self.room_en, self.room_zh = QLineEdit(self), QLineEdit(self)
        # Held online or in person, said (0080); "not said" leaves it to the room, title and notes,
        # as every session before.
        self.online = QComboBox(self)
        self.online.setObjectName("session_online")
        named(self.online, self.tr("Held online"))
        for text, said in (
            (self.tr("Not said (read from the room and title)"), None),
            (self.tr("Online"), True),
            (self.tr("In person"), False),
        ):
            self.online.addItem(text, said)
        # Who may lead the session, ticked when they do: a session may have co-trainers.
        self.trainers = QListWidget(self)
        self.trainers.setObjectName("session_trainers")
        self.trainers.setMaximumHeight(140)
        #: The people listed, in the list's order (what the filter matches on).
        self._choices = [choice for choice, _label in trainers]
        for choice, label in trainers:
            entry = QListWidgetItem(label)
            entry.setData(IdRole, choice.contact_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if choice.chosen else Qt.CheckState.Unchecked)
            self.trainers.addItem(entry)
        # Wide enough for the longest line, both names and the role (within reason).
        self.trainers.setMinimumWidth(min(self.trainers.sizeHintForColumn(0) + 40, 560))
        # Typing either name narrows the list: "Klaus" finds 克劳斯·穆勒 (field test 15, polish 6b).
        self.trainer_filter = QLineEdit(self)
        self.trainer_filter.setObjectName("session_trainer_filter")
        self.trainer_filter.setPlaceholderText(self.tr("A name in Latin or Chinese script"))
        self.trainer_filter.setClearButtonEnabled(True)
        self.trainer_filter.textChanged.connect(self._filter_trainers)
        # The registered trainers (and whoever leads the session now) are listed alone; the other
        # participants on asking: 4 trainers were lost among 44 people (field test 36, §10). With
        # no trainer registered yet, everyone is listed.
        self.show_all_people = QCheckBox(self.tr("Show &all participants"), self)
        self.show_all_people.setObjectName("session_show_all")
        self.show_all_people.setChecked(not any(self._leads(choice) for choice in self._choices))
        self.show_all_people.toggled.connect(lambda _on: self._filter_trainers(self.trainer_filter.text()))
        self._filter_trainers("")
        start = dt.datetime.combine(day, dt.time(9))
        end = start + dt.timedelta(hours=3)
        if session is not None:
            tz = visit_service.zone(session.timezone)
            start = session.starts_at.astimezone(tz).replace(tzinfo=None)
            end = session.ends_at.astimezone(tz).replace(tzinfo=None)
            self.title_en.setText(session.title_en)
            self.title_zh.setText(session.title_zh)
            self.zone.set_zone(session.timezone)
            self.room_en.setText(session.room_en)
            self.room_zh.setText(session.room_zh)
            self.online.setCurrentIndex((None, True, False).index(session.online))
        for edit, value in ((self.start, start), (self.end, end)):
            edit.setDateTime(
                QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
            )
            edit.dateTimeChanged.connect(lambda _v: self._zone_days())
        self._zone_days()
        form = QFormLayout(self)
        #: Why the session would be refused, under the field to fix; "other" (a refusal of the
        #: write itself) above the buttons.
        self.problems = ProblemRows(form, locale)
        # Alt letters as the other editors' (round 62 audit): the same in both languages
        form.addRow(self.tr("Title (&English)"), self.title_en)
        form.addRow(self.tr("Title (C&hinese)"), self.title_zh)
        self.problems.add("title", self.title_en)
        form.addRow(self.tr("&Starts (venue's time)"), self.start)
        self.problems.add("start", self.start)
        form.addRow(self.tr("E&nds (venue's time)"), self.end)
        self.problems.add("end", self.end)
        form.addRow(self.tr("Time &zone of the venue"), self.zone)
        self.problems.add("timezone", self.zone)
        form.addRow(self.tr("&Room (English)"), self.room_en)
        form.addRow(self.tr("Room (Ch&inese)"), self.room_zh)
        form.addRow(self.tr("Held &online"), self.online)
        # interpreters are attached to the sessions they interpret as trainers are (trainterp55)
        form.addRow(self.tr("&Find a trainer or interpreter"), self.trainer_filter)
        form.addRow(self.tr("&Trainers and interpreters (from the participants)"), self.trainers)
        form.addRow("", self.show_all_people)
        self.problems.add("other")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_buddies(self)  # each field read by its label without the Alt letter
        tab_leaves_date_boxes(self)  # Tab goes from the start to the end, not to its month

    def accept(self) -> None:
        """Close only on a session the service would store: a refusal after closing lost all that
        was typed (field test 13, defect 3). The service's own check, not a copy of its rules."""
        values = self.values()
        problems = visit_service.slot_problems(
            "session",
            title_en=values["title_en"],
            title_zh=values["title_zh"],
            start=values["start"],
            end=values["end"],
            timezone=values["timezone"],
        )
        self.problems.show(problems)
        if not problems:
            super().accept()

    def _zone_days(self) -> None:
        """The venue's offset on the session's day (summer time in May), not today's."""
        self.zone.set_days(from_qdate(self.start.date()), from_qdate(self.end.date()))

    @staticmethod
    def _leads(choice: training_form.TrainerChoice) -> bool:
        """Registered as a trainer or interpreter, or leading the session now (a participant or not)."""
        return choice.chosen or choice.role in (TrainingRole.TRAINER, TrainingRole.INTERPRETER, None)

    def _filter_trainers(self, typed: str) -> None:
        """Hide the people whose names do not contain ``typed``, and the participants who are not
        trainers (nor ticked) unless all are asked for; ticks stay as they are."""
        everyone = self.show_all_people.isChecked()
        for row, choice in enumerate(self._choices):
            item = self.trainers.item(row)
            ticked = item.checkState() == Qt.CheckState.Checked  # an attendee ticked stays in view
            item.setHidden(not (choice.matches(typed) and (everyone or ticked or self._leads(choice))))

    def trainer_ids(self) -> list[str]:
        """The ticked people, in the list's order."""
        items = (self.trainers.item(row) for row in range(self.trainers.count()))
        return [str(i.data(IdRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        def naive(edit: QDateTimeEdit) -> dt.datetime:
            d, t = edit.dateTime().date(), edit.dateTime().time()
            return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

        return {
            "title_en": self.title_en.text(),
            "title_zh": self.title_zh.text(),
            "start": naive(self.start),
            "end": naive(self.end),
            "timezone": self.zone.zone(),
            "room_en": self.room_en.text(),
            "room_zh": self.room_zh.text(),
            "online": self.online.currentData(),
            "trainer_ids": self.trainer_ids(),
        }


class TrainingEditor(RecordEditor):
    saved = Signal(str)
    #: Every attendance mark clicked so far is stored (True), or the write was refused (False).
    attendance_stored = Signal(bool)

    def __init__(
        self,
        db: Database,
        *,
        locale: str = "en",
        training_id: str | None = None,
        focus_session: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.lang = interface_language(locale)
        self.training_id = training_id
        self.viewer = viewer_zone()
        self.setObjectName("TrainingEditor")
        self.setWindowTitle(self.tr("New training") if training_id is None else self.tr("Training"))
        resize_within_screen(self, 1050, 700)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("training_toolbar")
        # Ctrl+S: the toolbar has no default button that Return would press.
        self._action(self.tr("Save"), self.save).setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.toolbar.addSeparator()
        self.status_actions = {
            "confirmed": self._action(self.tr("Confirm"), lambda: self.set_status("confirmed")),
            "done": self._action(self.tr("Mark done"), lambda: self.set_status("done")),
            "cancelled": self._action(self.tr("Cancel training"), lambda: self.set_status("cancelled")),
            "planned": self._action(self.tr("Back to planned"), lambda: self.set_status("planned")),
        }
        self.toolbar.addSeparator()
        #: The participants (attendees and organisers, as the dossier's participant list; not the
        #: trainers) to a vCard, CSV or Excel file (as ``export-contacts --training``). "Attendees"
        #: counted the organiser among them (field test 23, §5).
        self.export_attendees_action = self._action(
            self.tr("Export participants…"), self.export_attendees_dialog, changes=False
        )
        self.export_attendees_action.setObjectName("export_attendees")
        #: Where other features put their actions ("Dossier…"): after this separator.
        self.extension_separator = self.toolbar.addSeparator()

        self.tabs = QTabWidget(self)
        room_for_tab_labels(self.tabs)  # (descenders whole at 125 %, Fusion)
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(self._participants_tab(), self.tr("Participants"))
        self.tabs.addTab(self._attendance_tab(), self.tr("Attendance"))
        self.sheet_view = QTextBrowser(self)
        self.sheet_view.setObjectName("sign_in_sheet")
        named(self.sheet_view, self.tr("Sign-in sheet"))
        self.tabs.addTab(self.sheet_view, self.tr("Sign-in sheet"))
        #: Who needs a room (lodging51): read when shown, as answers change only there.
        self.lodging_tab = LodgingTab(db, training_id, locale, self)
        self.tabs.addTab(self.lodging_tab, self.tr("Lodging"))
        self.tabs.currentChanged.connect(self._lodging_shown)
        self.lodging_tab.saved.connect(lambda: self.reload(details=False))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        #: Brings back the session or the participants just removed (shown right after).
        self.undo_button = writes(QPushButton(self.tr("Undo"), self))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self._undo: tuple[Callable[[Any], object], str] | None = None
        # Ctrl+Z outside a text box (a box keeps it for the typing), as in the visit editor: the last
        # removal while its Undo shows, else the last save of the details, taken back by the list's
        # Undo of editor saves (RecordList.undo_saves_of: the change log, as History reverts).
        self.undo_action = writes(QAction(self.tr("Undo the last saved change"), self))
        self.undo_action.setObjectName("undo_last_save")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo_last())
        self.addAction(self.undo_action)
        #: The newest save of the details not undone yet (``undo_save.SavedEdit``).
        self._save_to_undo: Any = None
        self.form_saved.connect(self._remember_save)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)
        # The trainers' and attendees' clashes always in sight, as in the visit editor; read
        # again after every change of sessions, trainers or participants (each is saved at once).
        splitter, self.clash_title, self.clashes = clash_panel(self, self.tabs, self._show_clash)
        # Room for a line or two by default: at 1366×768 the details tab needs the rest.
        self.clashes.setMinimumHeight(36)
        self.clashes.hide()
        layout = QVBoxLayout(self)
        layout.setMenuBar(self.toolbar)
        layout.addWidget(splitter, 1)  # its tabs scroll inside it (widgets.clash_panel)
        layout.addLayout(message_row)
        # As in the visit editor and on the list pages: Delete in a table is its remove button (the
        # participants' is on their menu's entry; field test 57: a coordinator working by keyboard
        # found none). Ctrl+Z is ``undo_action`` above: the removal's Undo first, while it shows.
        self._key(self.sessions_view, QKeySequence.StandardKey.Delete, self._delete_session)
        for extend in TOOLBAR_EXTENSIONS:
            extend(self)
        self.watch_form(self.tabs.widget(0))  # type: ignore[arg-type]
        self.organiser.changed.connect(self.mark_dirty)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(lambda _d: self._zone_days())
        #: The training as last read (plain values), and a session to select once it is read.
        self._form: TrainingForm | None = None
        self._focus_session = focus_session
        #: Attendance clicked and not stored yet, (session id, contact id) → status, and the marks
        #: being written now. A fast user clicks every 50–150 ms, quicker than a write and its
        #: read: each click shows at once and the marks are written in turn, none dropped while
        #: another write runs (field test 7, defect 4). The grid stays enabled meanwhile.
        self._held_marks: dict[tuple[str, str], str | None] = {}
        self._writing_marks: dict[tuple[str, str], str | None] = {}
        #: How many mark writes finished: a read started before the last one shows old marks.
        self._marks_written = 0
        self.reload()

    def _lodging_words(self, p: training_form.Participant) -> str:
        """ "Yes · 锦江宾馆" / "No" / "" (not answered): the Lodging tab has the rest."""
        if p.lodging_needed is None:
            return ""
        if not p.lodging_needed:
            return self.tr("No")
        return " · ".join(x for x in (self.tr("Yes"), p.lodging_hotel) if x)

    def _mode_words(self, mode: str) -> str:
        """ "In person" / "Online" / "" (not known)."""
        return {"in_person": self.tr("In person"), "online": self.tr("Online")}.get(mode, "")

    def set_attendance_mode(self, mode: str) -> None:
        """Record how the selected participants attend: in person or online."""
        rows = sorted(i.row() for i in self.people_view.selectionModel().selectedRows())
        ids = [str(self.people_model.index(r, 0).data(IdRole)) for r in rows]
        if not ids or self.training_id is None:
            return
        training_id = self.training_id

        def change(s: Any) -> None:
            for contact_id in ids:
                attendance_mode.set_mode(s, training_id, contact_id, mode)

        self._change(change, self.tr("Saved how %Ln participant(s) attend.", "", len(ids)))

    def _lodging_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.lodging_tab:
            self.lodging_tab.training_id = self.training_id  # a new training has one once saved
            self.lodging_tab.reload()

    def _action(self, text: str, slot: Callable[[], object], *, changes: bool = True) -> QAction:
        # Marked as writing unless it only reads (``changes``): held in a read-only window.
        action = writes(QAction(text, self)) if changes else QAction(text, self)
        action.triggered.connect(lambda _c=False: slot())
        self.toolbar.addAction(action)
        return action

    # --- tabs ----------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        self.title_en, self.title_zh = QLineEdit(page), QLineEdit(page)
        self.title_en.setObjectName("title_en")
        self.topic_en, self.topic_zh = QLineEdit(page), QLineEdit(page)
        self.status_label = QLabel(page)
        self.start_date, self.end_date = date_edit(page), date_edit(page)
        self.venue_en, self.venue_zh = QLineEdit(page), QLineEdit(page)
        self.venue_address_en, self.venue_address_zh = QLineEdit(page), QLineEdit(page)
        self.venue_address_en.setObjectName("venue_address_en")
        self.venue_address_zh.setObjectName("venue_address_zh")
        self.city_en, self.city_zh = QLineEdit(page), QLineEdit(page)
        self.zone = ZoneBox(page)
        for city in (self.city_en, self.city_zh):
            city.textEdited.connect(self._city_typed)
        self.organiser = RecordField(
            self.db,
            visit_service.find_organisations,
            self.tr("Organiser"),
            pick_title=self.tr("Choose the training's organiser"),
            purpose=self.tr("The organisation that organises this training."),
            locale=self.ui_locale,
            parent=page,
        )
        self.description_en, self.description_zh = QPlainTextEdit(page), QPlainTextEdit(page)
        for edit in (self.description_en, self.description_zh):
            edit.setMaximumHeight(80)
        # English and Chinese side by side, as in the visit editor: one row per field, not two.
        # At 1024×640 the tab needed a scroll bar, its description and organiser below the edge.
        form = QFormLayout()
        form.addRow("", side_by_side(QLabel(self.tr("English")), QLabel(self.tr("Chinese"))))
        # Alt letters as the visit editor's (round 62 audit); a row's letter reaches its English box.
        pairs: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("&Title", "the training's name"), self.title_en, self.title_zh),
            (self.tr("T&opic"), self.topic_en, self.topic_zh),
        ]
        for label, en, zh in pairs:
            labelled_row(form, label, side_by_side(en, zh), buddy=en)
        form.addRow(self.tr("Status"), self.status_label)
        self.status_note = note_row(
            form,
            self.status_label,
            template=self.tr(
                "The status stored by a newer petdesk is “%1”, which this version does not know; it is "
                "kept until you confirm, mark done or cancel the training with the buttons above."
            ),
        )
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        labelled_row(form, self.tr("&Dates"), dates, buddy=self.start_date)
        named(self.end_date, self.tr("End date"))
        pairs = [
            (self.tr("&Venue"), self.venue_en, self.venue_zh),
            (self.tr("Venue &address"), self.venue_address_en, self.venue_address_zh),
            (self.tr("&City"), self.city_en, self.city_zh),
        ]
        for label, en, zh in pairs:
            labelled_row(form, label, side_by_side(en, zh), buddy=en)
        form.addRow(self.tr("Time &zone of the venue"), self.zone)
        form.addRow(self.tr("O&rganiser"), self.organiser)
        labelled_row(
            form,
            self.tr("D&escription"),
            side_by_side(self.description_en, self.description_zh),
            buddy=self.description_en,
        )
        # Each box keeps its whole name for a screen reader: its row says only "Title".
        names: list[tuple[QWidget, str]] = [
            (self.title_en, self.tr("Title (English)")),
            (self.title_zh, self.tr("Title (Chinese)")),
            (self.topic_en, self.tr("Topic (English)")),
            (self.topic_zh, self.tr("Topic (Chinese)")),
            (self.venue_en, self.tr("Venue (English)")),
            (self.venue_zh, self.tr("Venue (Chinese)")),
            (self.venue_address_en, self.tr("Venue address (English)")),
            (self.venue_address_zh, self.tr("Venue address (Chinese)")),
            (self.city_en, self.tr("City (English)")),
            (self.city_zh, self.tr("City (Chinese)")),
            (self.description_en, self.tr("Description (English)")),
            (self.description_zh, self.tr("Description (Chinese)")),
        ]
        for box, name in names:
            named(box, name)
        # The spare height below the form, as the visit editor's: spread between the rows it set
        # "Status" and "Organiser" a line above their values.
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _sessions_tab(self) -> QWidget:
        page = QWidget(self)
        self.sessions_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Time (venue)"),
                self.tr("Your time"),
                self.tr("Title"),
                self.tr("Room"),
                self.tr("Trainers"),
            ],
            self,
        )
        self.sessions_view = named(table_view(page, self.sessions_model), self.tr("Sessions"))
        # The title takes the spare room, the trainers give way (field test 36, defect 10: the
        # trainers' column had half the width and the titles were cut); dates and times stay whole.
        self.sessions_fitter = ColumnFitter(
            self.sessions_view,
            (110, 130, 90, 260, 110, 160),
            stretch=SESSION_TITLE,
            least={**dict.fromkeys(SESSION_WHOLE, 90), SESSION_TITLE: READABLE_WIDTH},
        )
        self.sessions_view.doubleClicked.connect(lambda _i: self.edit_session())
        add = QPushButton(self.tr("Add session…"), page)
        add.clicked.connect(lambda: self.edit_session(new=True))
        edit = QPushButton(self.tr("Edit…"), page)
        edit.clicked.connect(lambda: self.edit_session())
        delete = QPushButton(self.tr("Delete"), page)
        delete.setObjectName("delete_session")
        delete.clicked.connect(self._delete_session)
        row = QHBoxLayout()
        for b in (add, edit, delete):
            row.addWidget(writes(b))  # each saves at once: held in a read-only window
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.sessions_view, 1)
        return page

    def _participants_tab(self) -> QWidget:
        page = QWidget(self)
        self.people_model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Name (other script)"),
                self.tr("Role"),
                self.tr("Organisation"),
                self.tr("Attends"),
                self.tr("Lodging"),
            ],
            self,
        )
        self.people_view = table_view(page, self.people_model)
        self.people_view.setObjectName("participants")
        named(self.people_view, self.tr("Participants"))
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_fitter = ColumnFitter(
            self.people_view,
            (150, 110, 90, 260, 80, 110),
            stretch=PEOPLE_ORGANISATION,
            least={0: READABLE_WIDTH},
        )
        self.person_search = RecordSearch(
            self.db, visit_service.find_contacts, locale=self.ui_locale, parent=page
        )
        self.role = QComboBox(page)
        fill_enum_combo(self.role, TrainingRole, self.ui_locale)
        add = QPushButton(self.tr("Register"), page)
        add.clicked.connect(self._register)
        self.person_search.chosen.connect(lambda _i, _l: self._register())
        remove = QPushButton(self.tr("Remove selected"), page)
        remove.setObjectName("remove_participants")
        remove.clicked.connect(self._unregister)
        replace = QPushButton(self.tr("Replace with substitute…"), page)
        replace.setObjectName("replace_attendee")
        replace.clicked.connect(self.replace_attendee)
        for button in (add, remove, replace):
            writes(button)  # each saves at once: held in a read-only window
        # the same two in the table's context menu
        self.people_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # how they attend a hybrid training (field test 79): the forms say it, a call may change it
        for text, mode in (
            (self.tr("Attends in person"), "in_person"),
            (self.tr("Attends online"), "online"),
        ):
            mode_action = writes(QAction(text, self.people_view))
            mode_action.setObjectName(f"attends_{mode}")
            mode_action.triggered.connect(lambda _c=False, mode=mode: self.set_attendance_mode(mode))
            self.people_view.addAction(mode_action)
        for text, slot in ((replace.text(), self.replace_attendee), (remove.text(), self._unregister)):
            action = writes(QAction(text, self.people_view))
            action.triggered.connect(lambda _c=False, slot=slot: slot())
            self.people_view.addAction(action)
        # Delete in the table removes, as the menu entry says beside it (field test 57).
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Find a person")))
        side.addWidget(self.person_search, 1)
        side.addWidget(QLabel(self.tr("Role")))
        side.addWidget(self.role)
        side.addWidget(add)
        side.addWidget(replace)
        side.addWidget(remove)
        layout = QHBoxLayout(page)
        layout.addWidget(self.people_view, 3)
        layout.addLayout(side, 2)
        return page

    def _attendance_tab(self) -> QWidget:
        page = QWidget(self)
        self.attendance_model = AttendanceModel(self.ui_locale, self)
        self.attendance_view = AttendanceView(page)
        self.attendance_view.setObjectName("attendance")
        named(self.attendance_view, self.tr("Attendance"))
        if corner := self.attendance_view.findChild(QAbstractButton, "qt_tableview_cornerbutton"):
            named(corner, self.tr("Select all"))  # Qt's corner button has no text
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_view.setTabKeyNavigation(False)  # Tab leaves, arrows move from cell to cell
        self.attendance_view.clicked.connect(self._cycle_attendance)
        self.attendance_view.cycle_requested.connect(self._cycle_attendance)
        self.attendance_view.mark_requested.connect(
            lambda index, status: self._mark_attendance(index, status or None)
        )
        self.attendance_view.marks_requested.connect(
            lambda indexes, status: self.mark_cells(indexes, status or None)
        )
        self.attendance_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.attendance_view.customContextMenuRequested.connect(self._attendance_menu)
        # Narrow sessions beside names that never scroll away (field test 15, defect 3).
        header = self.attendance_view.horizontalHeader()
        # Pixels for the system's text size: at 150 % "1 · 9月17日" was cut to "1 · 9月17E" (field test 62).
        width = round(AttendanceModel.COLUMN_WIDTH * text_scale())
        header.setDefaultSectionSize(width)
        margin = AttendanceModel.COLUMN_WIDTH - AttendanceModel.HEADER_TEXT_WIDTH
        self.attendance_model.header_text_width = width - margin
        self.attendance_model.text_width = header.fontMetrics().horizontalAdvance
        self.attendance_view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        note = QLabel(
            self.tr(
                "Click a cell or press Space or Enter: ✓ present → ✗ absent → %1 excused → not recorded. "
                "Keys P, A and E set present, absent and excused; Delete clears the mark."
            ).replace("%1", mark("excused", self.ui_locale)),
            page,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.attendance_view, 1)
        return page

    # --- loading -------------------------------------------------------------------------------
    def reload(self, details: bool = True) -> None:
        """Read everything again; without ``details`` the form keeps unsaved typing."""
        exists = self.training_id is not None
        for index in (1, 2, 3, 4):
            self.tabs.setTabEnabled(index, exists)
        self.export_attendees_action.setEnabled(exists)
        if not exists:
            self.clash_title.setText(self.tr("Clashes: save the training first"))
            for action in self.status_actions.values():
                action.setEnabled(False)
            self.status_label.setText(enum_label(TrainingStatus.PLANNED, self.ui_locale))
            if details:
                self.set_clean()
            self._suggest_office_zone()
            return
        training_id, lang, marks_written = self.training_id, self.lang, self._marks_written

        def fill(form: TrainingForm) -> None:
            self._show(form, details)
            if marks_written != self._marks_written:  # read before marks were stored
                self._read_marks_back()

        self.load_in_background(
            self.db,
            lambda s: training_form.read_training_form(s, training_id, lang),  # type: ignore[arg-type]
            fill,
            clean=details,
        )

    def _show(self, form: TrainingForm, details: bool) -> None:
        """Fill the tabs from the values read off the GUI thread; with ``details`` the form too."""
        self._form = form
        self.status_label.setText(enum_label(form.status, self.ui_locale))
        self.status_note.show_stored(form.newer.get("status"))
        if details:
            self.setWindowTitle(self.tr("Training: %1").replace("%1", form.title))
            for name, text in form.texts.items():
                edit = getattr(self, name)
                if isinstance(edit, QPlainTextEdit):
                    edit.setPlainText(text)
                else:
                    edit.setText(text)
            self.start_date.setDate(to_qdate(form.start_date))
            self.end_date.setDate(to_qdate(form.end_date))
            self.zone.set_zone(form.timezone)
            self._zone_days()
            self.organiser.set_record(form.organiser_id, form.organiser_name)
        allowed = visit_service.TRANSITIONS[form.status.value]
        for status, action in self.status_actions.items():
            action.setEnabled(status in allowed)
        self.people_model.set_rows(
            [
                (
                    p.contact_id,
                    [
                        p.name,
                        p.other_name,
                        self._role_words(form, p),
                        p.organisation,
                        self._mode_words(p.mode),
                        self._lodging_words(p) if p.mode != "online" else "",
                    ],
                )
                for p in form.participants
            ]
        )
        wanted = content_widths(self.people_view)
        self.people_fitter.wanted = wanted
        self.people_fitter.least = {c: wanted[c] for c in PEOPLE_WHOLE} | {0: min(wanted[0], READABLE_WIDTH)}
        self.people_fitter.fit()
        session_rows = []
        for sess in form.sessions:
            local = sess.starts_at.astimezone(visit_service.zone(sess.timezone))
            local_end = sess.ends_at.astimezone(visit_service.zone(sess.timezone))
            mine, mine_end = sess.starts_at.astimezone(self.viewer), sess.ends_at.astimezone(self.viewer)
            session_rows.append(
                (
                    sess.id,
                    [
                        i18n.format_date(local.date(), self.ui_locale),
                        f"{time_span(local, local_end, self.ui_locale)} "
                        f"{labels.zone_place(sess.timezone, self.ui_locale)}",
                        time_span(mine, mine_end, self.ui_locale),
                        sess.title_zh or sess.title_en
                        if self.lang == "zh"
                        else sess.title_en or sess.title_zh,
                        self._room_words(sess),
                        ("、" if self.lang == "zh" else ", ").join(sess.trainer_names),
                    ],
                )
            )
        self.sessions_model.set_rows(session_rows)
        wanted = content_widths(self.sessions_view)
        self.sessions_fitter.wanted = wanted
        self.sessions_fitter.least = {c: wanted[c] for c in SESSION_WHOLE} | {SESSION_TITLE: READABLE_WIDTH}
        self.sessions_fitter.fit()
        self._show_sheet(form.sheet)
        self._load_clashes(form)
        for (session_id, contact_id), held in {**self._writing_marks, **self._held_marks}.items():
            self.attendance_model.set_mark(session_id, contact_id, held)  # read before these were stored
        self.sheet_view.setHtml(self.sheet_html(form.sheet))
        if self._focus_session:
            self.tabs.setCurrentIndex(1)
            ids = self.sessions_model.ids()
            if self._focus_session in ids:
                self.sessions_view.selectRow(ids.index(self._focus_session))
            self._focus_session = None

    def _load_clashes(self, form: TrainingForm) -> None:
        """The clashes read with the training; each names the session of this training it is at."""
        found = form.clashes
        self.clashes.clear()
        self.clashes.setVisible(bool(found))  # no empty box under "No clashes"
        if found:
            self.clash_title.setText(
                self.tr("⚠ Clashes: %Ln (warnings, saving is not blocked)", "", len(found))
            )
            tint(self.clash_title, WARNING, "color: {colour}; font-weight: bold")
        else:
            self.clash_title.setText(self.tr("No clashes"))
            tint(self.clash_title, SUCCESS)
        ours = {x.id for x in form.sessions}
        for c in found:
            entry = QListWidgetItem("⚠ " + c.describe(self.ui_locale))
            entry.setData(IdRole, next((i for i in c.item_ids if i in ours), c.item_ids[0]))
            self.clashes.addItem(entry)

    def clash_texts(self) -> list[str]:
        return [self.clashes.item(r).text() for r in range(self.clashes.count())]

    def _show_clash(self, entry: QListWidgetItem) -> None:
        """Enter or a double-click on a clash: its session, selected on the sessions tab."""
        ids = self.sessions_model.ids()
        session_id = str(entry.data(IdRole))
        if session_id in ids:
            self.tabs.setCurrentIndex(1)
            self.sessions_view.selectRow(ids.index(session_id))

    def _role_words(self, form: TrainingForm, person: training_form.Participant) -> str:
        """The role, and who replaced whom: "Attendee · replaced by Chen Jing"."""
        row = next((r for r in form.sheet.rows if r.contact_id == person.contact_id), None)
        names = {p.contact_id: p.name for p in form.participants}
        words = enum_label(person.role, self.ui_locale)
        if person.stored_role is not None:
            words += " · " + newer_value_text(person.stored_role)
        if row is not None and row.replaced_by in names:
            words += " · " + self.tr("replaced by %1").replace("%1", names[row.replaced_by])
        if row is not None and row.substitute_for in names:
            words += " · " + self.tr("substitute for %1").replace("%1", names[row.substitute_for])
        return words

    def sheet_html(self, sheet: SignInSheet) -> str:
        """The sign-in sheet (签到表) as shown and printed: the attendees, as the dossier's sheet, in
        both scripts with the reader's first, a column per session."""
        e = html.escape
        zh = self.lang == "zh"

        def pair(en: str, zh_text: str, sep: str = " / ") -> str:  # the reader's language first
            texts = (zh_text, en) if zh else (en, zh_text)
            return sep.join(t for t in dict.fromkeys(texts) if t)

        head = "".join(
            f"<th>{session_code(n)}<br/>"
            f"{e(i18n.format_date(x.starts_local.date(), self.ui_locale, 'short'))}<br/>"
            f"{e(i18n.format_time(x.starts_local, self.ui_locale))}<br/>"
            f"{e((x.title_zh or x.title_en) if zh else (x.title_en or x.title_zh))}</th>"
            for n, x in enumerate(sheet.sessions, 1)
        )
        body = []
        for n, r in enumerate(sheet.paper_signers, 1):  # online people are marked from the meeting
            org = r.organisation_zh or r.organisation_en if zh else r.organisation_en or r.organisation_zh
            marks = (
                OUTSIDE if x.id in r.outside else mark(r.attendance.get(x.id) or None, self.ui_locale)
                for x in sheet.sessions
            )
            cells = "".join(f"<td align='center'>{m}</td>" for m in marks)
            body.append(f"<tr><td>{n}</td><td>{e(r.name(self.lang))}</td><td>{e(org)}</td>{cells}</tr>")
        title, venue = e(pair(sheet.title_en, sheet.title_zh)), e(pair(sheet.venue_en, sheet.venue_zh))
        dates = date_span(sheet.start_date, sheet.end_date, self.ui_locale)
        # The printed sheet is bilingual whatever the interface language, so its headings are
        # fixed pairs rather than translated strings, the reader's language first.
        heading, name, organisation = (
            pair(en, zh_text, " · ")
            for en, zh_text in (("Sign-in sheet", "签到表"), ("Name", "姓名"), ("Organisation", "单位"))
        )
        # who signs (attendees and organisers) is neither head count: name both, as the dossier's cover
        counted = sheet.head_count
        counts_en, counts_zh = head_counts(counted.people, counted.attendees, counted.substitutes)
        counts = "<br/>".join(e(t) for t in ((counts_zh, counts_en) if zh else (counts_en, counts_zh)))
        return (
            f"<h2>{heading}</h2><p><b>{title}</b><br/>{venue} · {e(dates)}</p><p><small>{counts}</small></p>"
            "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
            f"<tr><th width='4%'>#</th><th>{name}</th><th>{organisation}</th>"
            f"{head}</tr>{''.join(body)}</table>"
        )

    def _show_sheet(self, sheet: SignInSheet) -> None:
        """Show the marks read, the keyboard's current cell kept: the read after each mark
        reset the grid, and the next key press landed nowhere (field test 13, defect 1)."""
        view = self.attendance_view
        current = self.attendance_model.cell_of(view.currentIndex())
        self.attendance_model.set_sheet(sheet)
        index = self.attendance_model.index_of(current)
        if index.isValid():
            view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    # --- changes -------------------------------------------------------------------------------
    def _suggest_office_zone(self) -> None:
        """A new training starts in the office's zone (its region or name), read off the GUI
        thread, unless a city or a zone was given meanwhile."""

        def arrived(office_zone: str) -> None:
            clean = not self.is_dirty()
            if not self._city_zone() and self.zone.suggest(office_zone) and clean:
                self.set_clean()  # a suggestion is not the user's typing

        read_op(self.db, lambda s: venue_zone.default_zone_in(s), on_success=arrived, owner=self)

    def _city_zone(self) -> str | None:
        return venue_zone.typed_city_zone(self.city_en.text(), self.city_zh.text())

    def _city_typed(self) -> None:
        """The venue's zone follows the city typed while no zone was chosen by hand."""
        if zone := self._city_zone():
            self.zone.suggest(zone)

    def _zone_days(self) -> None:
        """The venue's offset on the training's dates (summer time in May), not today's."""
        self.zone.set_days(from_qdate(self.start_date.date()), from_qdate(self.end_date.date()))

    def _error(self, exc: Exception) -> None:
        tint(self.message, ERROR)
        # a service's sentence translated; a full or read-only disk named, never SQLite's statement
        self.message.setText(
            plain_error(exc, self.ui_locale, database=self.db.path, context="saving a training")
        )

    def _change(
        self,
        fn: Callable[[Any], object],
        done: str = "",
        *,
        details: bool = False,
        undo: tuple[Callable[[Any], object], str] | None = None,
        on_refused: Callable[[Exception], None] | None = None,
        on_saved: Callable[[], object] | None = None,
    ) -> bool:
        """Write ``fn(session)`` off the GUI thread, then read the training again. Only a save of
        the details (``details``) makes the form clean; other changes keep what was typed.
        ``undo`` is (the work that takes the change back, what to say then), offered right after;
        ``on_refused`` hears a refusal instead of the message line, ``on_saved`` the write done.
        False: busy, nothing started."""
        if self.is_busy():
            return False
        # An Undo offered for an earlier removal would sit beside this change's message.
        self._undo = None
        self.undo_button.hide()
        if not details:  # Ctrl+Z is the newest change's: an earlier save is no longer it
            self._save_to_undo = None

        def saved(result: object) -> None:
            if isinstance(result, str):  # a new training's id
                self.training_id = result
            tint(self.message, SUCCESS)
            self.message.setText(done)
            if undo is not None:
                self._undo = undo
                self.undo_button.show()
            if self.training_id:
                self.saved.emit(self.training_id)
                announce(Changes.of(TRAINING, ids=[self.training_id]))
            self.reload(details=details)
            if on_saved is not None:
                on_saved()

        self.save_in_background(
            self.db,
            fn,
            on_saved=saved,
            on_refused=on_refused or self._error,  # type: ignore[arg-type]
            refused=(ScheduleError, ValidationError),
            clean=details,
        )
        return True

    def record_shown(self) -> str | None:
        return self.training_id

    def read_again(self) -> None:
        self.reload(details=True)

    def save_changes(self) -> bool:
        self.save()
        return self.wait_for_save()

    def details(self) -> dict[str, Any]:
        """The details as the save takes them (and a draft keeps them)."""
        fields: dict[str, Any] = {}
        for name in training_form.TEXT_FIELDS:  # the fields _show fills, read back the same way
            edit = getattr(self, name)
            fields[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        fields.update(
            start_date=from_qdate(self.start_date.date()),
            end_date=from_qdate(self.end_date.date()),
            timezone=self.zone.zone(),
            organiser_id=self.organiser.record_id,
        )
        return fields

    # --- drafts (RecordEditor): only the details wait for Save; the other tabs save at once ------
    draft_kind = "training"

    def draft_values(self) -> dict[str, Any]:
        return {"fields": self.details(), "organiser_name": self.organiser.label.text()}

    def restore_draft(self, values: dict[str, Any]) -> None:
        fields = values["fields"]
        for name in training_form.TEXT_FIELDS:
            if name in fields:
                put_back(getattr(self, name), fields[name])
        self.start_date.setDate(to_qdate(fields["start_date"]))
        self.end_date.setDate(to_qdate(fields["end_date"]))
        self.zone.set_zone(fields["timezone"])
        self._zone_days()
        self.organiser.set_record(fields["organiser_id"], values.get("organiser_name", ""))

    def save(self) -> None:
        """Save the details off the GUI thread (``save_finished`` tells the outcome)."""
        fields = self.details()
        training_id = self.training_id

        def work(s: Any) -> str | None:
            if training_id is None:
                return training_service.create_training(s, **fields).id
            training_service.update_training(s, training_id, **fields)
            return None

        self._change(work, self.tr("Saved."), details=True)

    def set_status(self, status: str) -> None:
        self._change(
            lambda s: training_service.set_training_status(s, self.training_id, status),  # type: ignore[arg-type]
            self.tr("Status changed."),
        )

    def export_attendees_dialog(self) -> None:
        """Ask where to save; the name's ending (.vcf, .csv, .xlsx) chooses the format."""
        from petdesk.gui.contacts.import_dialog import export_filters, export_format, export_options

        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            # named in the window's language: a Chinese-only user sends "参加人员.xlsx" (field test 92)
            str(Path.home() / (self.tr("participants", "file name") + ".xlsx")),
            export_filters(),
        )
        if not path:
            return
        path, fmt = export_format(path, chosen)
        options = export_options(path, chosen)
        if fmt == "csv":
            from petdesk.gui import csv_separator

            if (delimiter := csv_separator.ask_separator(self)) is None:
                return
            options["delimiter"] = delimiter
        self.export_attendees(path, fmt, **options)

    def export_attendees(self, path: str, fmt: Format, **options: str) -> Operation | None:
        """Write the participants in the background with the contacts export's progress window and
        error message; the message line says how many were written."""
        from petdesk.gui.contacts.import_dialog import export_contacts_to

        if self.training_id is None:
            return None

        def done(n: int) -> None:
            tint(self.message, SUCCESS)
            self.message.setText(
                self.tr("%Ln participant(s) (attendees and organisers) exported to %1.", "", n).replace(
                    "%1", Path(path).name
                )
            )

        return export_contacts_to(
            self, self.db, Path(path), fmt, training_id=self.training_id, on_done=done, **options
        )

    def session_dialog(self, session_id: str | None = None) -> SessionDialog:
        """The dialog for a new session or an existing one, from the values last read."""
        form = self._form
        assert form is not None  # the sessions tab opens once the training is read
        sess = next((x for x in form.sessions if x.id == session_id), None)

        def label(choice: training_form.TrainerChoice) -> str:
            # Both names, as the contact list shows a person, then the role, or "not a participant".
            name = labels.bracket(choice.name, choice.other_name, self.ui_locale)
            note = enum_label(choice.role, self.ui_locale) if choice.role else self.tr("not a participant")
            return labels.bracket(name, note, self.ui_locale)

        return SessionDialog(
            timezone=form.timezone,
            day=form.start_date,
            trainers=[(c, label(c)) for c in form.session_trainer_choices(session_id)],
            session=sess,
            locale=self.ui_locale,
            parent=self,
        )

    def save_session(self, dialog: SessionDialog, session_id: str | None = None) -> None:
        values = dialog.values()
        trainers = values.pop("trainer_ids")

        def work(s: Any) -> None:
            if session_id is None:
                training_service.add_session(s, self.training_id, trainer_ids=trainers, **values)  # type: ignore[arg-type]
            else:
                training_service.update_session(s, session_id, **values)
                training_service.set_session_trainers(s, session_id, trainers)

        def refused(exc: Exception) -> None:
            # The write was refused after all (the session or the training went meanwhile): the
            # dialog again, with what was typed and why.
            self._error(exc)
            dialog.problems.show({"other": exc})
            dialog.open()

        # Stored: the dialog goes (opened with open(), it stayed hidden until the editor closed);
        # refused or busy: it opens again with what was typed, so it lives on until then.
        saved = self._change(work, self.tr("Session saved."), on_refused=refused, on_saved=dialog.deleteLater)
        if not saved:
            dialog.open()  # the editor is busy: nothing written, the values kept for another OK

    def edit_session(self, new: bool = False) -> None:
        session_id = None if new else selected_id(self.sessions_view)
        if not new and not session_id:
            return
        dialog = self.session_dialog(session_id)
        dialog.accepted.connect(lambda: self.save_session(dialog, session_id))
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()

    def _confirm(self, title: str, lines: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            "\n\n".join(line for line in lines if line),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _room_words(self, sess: SessionView) -> str:
        """The room, and "online" / "in person" when the session says it (0080)."""
        room = sess.room_zh or sess.room_en if self.lang == "zh" else sess.room_en or sess.room_zh
        said = {True: self.tr("online"), False: self.tr("in person"), None: ""}[sess.online]
        return labels.bracket(room, said, self.ui_locale) if room and said else room or said

    def _session_words(self, sess: SessionView) -> tuple[str, str]:
        """The session's title and when it is ("11 May 2027, 09:00–12:00"), as the user knows it."""
        tz = visit_service.zone(sess.timezone)
        start, end = sess.starts_at.astimezone(tz), sess.ends_at.astimezone(tz)
        title = sess.title_zh or sess.title_en if self.lang == "zh" else sess.title_en or sess.title_zh
        comma = "，" if self.lang == "zh" else ", "
        when = (
            f"{i18n.format_date(start.date(), self.ui_locale)}{comma}{time_span(start, end, self.ui_locale)}"
        )
        return title, when

    def _delete_session(self) -> None:
        """Delete the selected session after asking, naming it and the attendance marks that go
        with it; Undo (or Deleted Records) brings it back with them."""
        sid = selected_id(self.sessions_view)
        sess = next((x for x in self._form.sessions if x.id == sid), None) if self._form else None
        if sid is None or sess is None:
            return
        title, when = self._session_words(sess)
        n = sess.attendance_marks
        if not self._confirm(
            self.tr("Delete session"),
            [
                self.tr("Delete the session “%1” on %2?").replace("%1", title).replace("%2", when),
                self.tr("Its %Ln attendance mark(s) will be deleted with it.", "", n) if n else "",
                self.tr("You can undo this right after, or restore it later from Edit › Deleted Records."),
            ],
        ):
            return

        def restore(s: Any) -> None:
            training_service.restore_session(s, sid)

        self._change(
            lambda s: training_service.delete_session(s, sid),
            self.tr("Session “%1” deleted.").replace("%1", title),
            undo=(restore, self.tr("Session “%1” restored.").replace("%1", title)),
        )

    def _register(self) -> None:
        current = self.person_search.current()
        if current and (training_id := self.training_id):
            role = self.role.currentData()
            # chosen: written even when it is the role a newer petdesk's stored one is read as
            self._change(lambda s: training_service.register(s, training_id, current[0], role, chosen=True))

    def _unregister(self) -> None:
        """Remove the selected participants after asking, naming them and what goes with their
        registration (attendance marks, sessions they lead); Undo or Deleted Records brings all back."""
        rows = sorted(i.row() for i in self.people_view.selectionModel().selectedRows())
        ids = [str(self.people_model.index(r, 0).data(IdRole)) for r in rows]
        form = self._form
        if not ids or form is None or self.training_id is None:
            return
        training_id = self.training_id
        by_id = {p.contact_id: p for p in form.participants}
        names = [
            labels.bracket(by_id[c].name, by_id[c].other_name, self.ui_locale) for c in ids if c in by_id
        ]
        marks, led = form.removal_takes(set(ids))
        if not self._confirm(
            self.tr("Remove participants"),
            [
                self.tr("Remove %Ln participant(s) from this training?", "", len(ids)),
                "\n".join(names[:5]) + ("\n…" if len(names) > 5 else ""),
                self.tr("Their %Ln attendance mark(s) go with the registration.", "", marks) if marks else "",
                self.tr("They no longer lead %Ln session(s).", "", led) if led else "",
                self.tr("You can undo this right after, or restore it later from Edit › Deleted Records."),
            ],
        ):
            return
        removed: list[str] = []

        def remove(s: Any) -> None:
            removed[:] = training_service.unregister_people(s, training_id, ids)

        def restore(s: Any) -> None:
            training_service.restore_registrations(s, removed)

        self._change(
            remove,
            self.tr("Removed %Ln participant(s).", "", len(ids)),
            undo=(restore, self.tr("%Ln participant(s) registered again.", "", len(ids))),
        )

    def replace_attendee(self) -> None:
        """Ask for the substitute and the first session they attend instead, then replace; Undo
        right after takes it all back."""
        form, training_id = self._form, self.training_id
        rows = self.people_view.selectionModel().selectedRows()
        if form is None or training_id is None or len(rows) != 1:
            self._error(ScheduleError(self.tr("Select the one attendee to replace.")))
            return
        original_id = str(self.people_model.index(rows[0].row(), 0).data(IdRole))
        person = next(p for p in form.participants if p.contact_id == original_id)
        if not form.sessions:
            self._error(ScheduleError(self.tr("The training has no sessions to replace anyone in.")))
            return
        now = dt.datetime.now(dt.UTC)
        to_come = [x for x in form.sessions if x.starts_at >= now]
        name = labels.bracket(person.name, person.other_name, self.ui_locale)
        dialog = SubstituteDialog(
            self.db,
            original=name,
            sessions=[(x.id, " — ".join(reversed(self._session_words(x)))) for x in form.sessions],
            first_to_come=min(to_come, key=lambda x: x.starts_at).id if to_come else None,
            marks=self._marks_of(original_id),
            locale=self.ui_locale,
            parent=self,
        )
        #: The dialog, for the tests (it is opened with open(), not exec()).
        self.substitute_dialog = dialog
        dialog.accepted.connect(lambda: self._replace(dialog, original_id, name))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _marks_of(self, contact_id: str) -> dict[str, str]:
        """A participant's attendance marks by session id, as the grid shows them."""
        sheet = self.attendance_model.sheet
        rows = sheet.rows if sheet is not None else []
        return next((dict(r.attendance) for r in rows if r.contact_id == contact_id), {})

    def _replace(self, dialog: SubstituteDialog, original_id: str, name: str) -> None:
        chosen = dialog.values()
        training_id = self.training_id
        if chosen is None or training_id is None:
            return
        substitute_id, from_session = chosen
        done: list[training_service.Replacement] = []

        def replace(s: Any) -> None:
            done.append(
                training_service.replace_attendee(
                    s, training_id, original_id, substitute_id, from_session_id=from_session
                )
            )

        def take_back(s: Any) -> None:
            training_service.take_back_replacement(s, done[0])

        self._change(
            replace,
            self.tr("%1 replaced by a substitute.").replace("%1", name),
            undo=(take_back, self.tr("Replacement of %1 undone.").replace("%1", name)),
        )

    def undo(self) -> None:
        """Bring back what the last removal took (the Undo beside its message)."""
        if self._undo is not None:
            work, done = self._undo
            self._change(work, done)

    def _remember_save(self, edit: Any) -> None:
        self._save_to_undo = edit

    def undo_last(self) -> bool:
        """Ctrl+Z: take back the newest change written here. A removal's Undo, while offered, is the
        newest (every later write withdraws it); else the last save of the details while no other
        write came after it, which the list that opened the editor undoes (``undo_save_requested``).
        False: nothing was started."""
        if self._undo is not None:
            self.undo()
            return True
        if self._save_to_undo is None or not self.saves_undone_by_list:
            self.message.setText(self.tr("Nothing saved here to undo."))
            return False
        if self.is_dirty():  # undone under typing, the next save would write the typed values back
            self.message.setText(self.tr("Save or discard what is typed here first, then undo."))
            return False
        self.undo_save_requested.emit(self._save_to_undo)
        return True

    def save_undone(self) -> None:
        self._save_to_undo = None
        tint(self.message, SUCCESS)
        self.message.setText(self.tr("The last save was undone."))

    def _cycle_attendance(self, index: QModelIndex) -> None:
        """A click, Space or Enter on a cell: its mark moves on to the next one."""
        if self.attendance_model.sheet is None:
            return
        current = self.attendance_model.status_at(index.row(), index.column())
        self._mark_attendance(index, CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)])

    def _mark_attendance(self, index: QModelIndex, new: str | None) -> None:
        """Show ``new`` in the cell at once and queue it for writing with the other marks."""
        sheet = self.attendance_model.sheet
        if sheet is None or connection.read_only(self.db.path):  # a read-only window: marks are read
            return
        row = self.attendance_model.rows[index.row()]
        cid, sid = row.contact_id, sheet.sessions[index.column()].id
        if sid in row.outside:
            self._error(ScheduleError(self.tr("Mark the person who took this place in this session.")))
            return
        self.attendance_model.set_mark(sid, cid, new)  # the next click on it cycles on from here
        self._undo = None  # an Undo offered for an earlier removal would sit beside this change
        self._save_to_undo = None  # and Ctrl+Z would take back an earlier save, not this mark
        self.undo_button.hide()
        self.message.clear()
        self._held_marks[(sid, cid)] = new
        self._write_marks()

    def session_menu(self, column: int) -> QMenu:
        """The grid's context menu on a session's column: everyone present there at once."""
        menu = QMenu(self)
        everyone = menu.addAction(self.tr("Mark all present in this session"))
        everyone.setObjectName("mark_all_present")
        rows = range(self.attendance_model.rowCount())
        everyone.triggered.connect(
            lambda: self.mark_cells([self.attendance_model.index(r, column) for r in rows], "present")
        )
        return menu

    def _attendance_menu(self, point: QPoint) -> None:
        index = self.attendance_view.indexAt(point)
        if index.isValid():
            self.session_menu(index.column()).exec(self.attendance_view.viewport().mapToGlobal(point))

    def mark_cells(self, indexes: Sequence[QModelIndex], new: str | None) -> None:
        """Mark many cells in one write, undone together by the Undo beside its message; the
        cells outside a person's part (a dash) are left as they are."""
        model = self.attendance_model
        if model.sheet is None or self.training_id is None or connection.read_only(self.db.path):
            return
        cells = [
            (
                model.sheet.sessions[i.column()].id,
                model.rows[i.row()].contact_id,
                model.status_at(i.row(), i.column()),
            )
            for i in indexes
            if i.isValid() and not model.outside(i.row(), i.column())
        ]
        if not cells:
            return

        skipped: list[tuple[str, str]] = []

        def mark(s: Any) -> None:
            # a second "present" in a parallel session is left out: nobody is in two rooms at once
            skipped.extend(training_service.mark_attendance(s, [(sid, cid) for sid, cid, _ in cells], new))

        def take_back(s: Any) -> None:
            for sid, cid, before in cells:
                training_service.set_attendance(s, sid, cid, before)

        def say_skipped() -> None:
            if skipped:
                tint(self.message, WARNING)
                set_ = self.tr("%Ln attendance marks set.", "", len(cells) - len(skipped))
                left_out = self.tr(
                    "%Ln left out: the person is already present in a parallel session at that time.",
                    "",
                    len(skipped),
                )
                self.message.setText(arg(self.tr("%1 %2", "one sentence after another"), set_, left_out))

        done = self.tr("%Ln attendance marks set.", "", len(cells))
        undo = (take_back, self.tr("Attendance marks taken back."))
        if self._change(mark, done, undo=undo, on_saved=say_skipped):
            for sid, cid, _before in cells:
                model.set_mark(sid, cid, new)  # at once, as a single click shows its mark (read back after)

    def _write_marks(self) -> None:
        """Store the held marks off the GUI thread, one write at a time: marks clicked while it
        runs are held for the next one."""
        if self._writing_marks or not self._held_marks or self.training_id is None:
            return
        marks, self._held_marks = self._held_marks, {}
        self._writing_marks = marks
        training_id = self.training_id

        def work(s: Any) -> None:
            for (sid, cid), status in marks.items():
                training_service.set_attendance(s, sid, cid, status)

        def written(_result: object) -> None:
            self._writing_marks = {}
            self._marks_written += 1
            self.saved.emit(training_id)
            if self._held_marks:
                self._write_marks()
                return
            self.attendance_stored.emit(True)
            self._read_marks_back()

        def refused(exc: BaseException) -> None:
            # Say why, then show what is stored: nothing disappears without a word.
            self._writing_marks, self._held_marks = {}, {}
            if isinstance(exc, (ScheduleError, ValidationError)):
                self._error(exc)
            else:
                show_failure(self, exc)
            self.attendance_stored.emit(False)
            self.reload(details=False)

        write_op(
            self.db,
            work,
            changes=Changes.of(TRAINING, ids=[training_id]),
            on_success=written,
            on_failure=refused,
            owner=self,
        )

    def _read_marks_back(self) -> None:
        """Read the training again without disabling the grid (the sheet, the sessions' counts),
        so that the next click lands; a read overtaken by newer clicks is left for a later one."""
        training_id, lang, marks_written = self.training_id, self.lang, self._marks_written

        def arrived(form: TrainingForm) -> None:
            newer = marks_written != self._marks_written  # another read follows that write
            if not (newer or self._held_marks or self._writing_marks or self.is_busy()):
                self._show(form, details=False)

        read_op(
            self.db,
            lambda s: training_form.read_training_form(s, training_id, lang),  # type: ignore[arg-type]
            on_success=arrived,
            owner=self,
        )

    def confirm_close(self) -> bool:
        """Closing waits until every clicked attendance mark is stored."""
        if self._held_marks or self._writing_marks:
            loop = QEventLoop(self)
            self.attendance_stored.connect(loop.quit)
            loop.exec()
            self.attendance_stored.disconnect(loop.quit)
        return super().confirm_close()
