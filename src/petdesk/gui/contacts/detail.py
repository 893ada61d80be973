"""The contact detail pane: names in both scripts, ways to reach them, job history, activity
timeline, visits and trainings; and the dialog to log an activity (活动记录)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from petdesk import i18n, labels
from petdesk.address_line import one_line
from petdesk.db import Database
from petdesk.gui.author import author_name
from petdesk.gui.colours import ERROR, tint
from petdesk.gui.follow_ups.panel import FOLLOW_UPS_HEIGHT, FollowUpPanel
from petdesk.gui.history import detail_buttons
from petdesk.gui.newer_value_note import note_row
from petdesk.gui.operations import read_op
from petdesk.gui.pane_expect import ExpectsRecord
from petdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.tab_order import tab_leaves_date_boxes
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.gui.visits.widgets import display_format
from petdesk.models import Activity
from petdesk.models.enums import ActivityKind
from petdesk.services import activities as activity_service
from petdesk.services import contacts as contact_service
from petdesk.services import names, newer_values, photos
from petdesk.services.validation import NotFoundError, ValidationError

ACTIVITY_KINDS = {
    "call": QT_TRANSLATE_NOOP("Activity", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Activity", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Activity", "E-mail"),
    "note": QT_TRANSLATE_NOOP("Activity", "Note"),
}
CHANNELS = {
    "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("Channel", "WeChat"),
    "whatsapp": QT_TRANSLATE_NOOP("Channel", "WhatsApp"),
    "line": QT_TRANSLATE_NOOP("Channel", "LINE"),
    "telegram": QT_TRANSLATE_NOOP("Channel", "Telegram"),
    "skype": QT_TRANSLATE_NOOP("Channel", "Skype"),
    "fax": QT_TRANSLATE_NOOP("Channel", "Fax"),
}
LABELS = {
    "work": QT_TRANSLATE_NOOP("Channel", "work"),
    "mobile": QT_TRANSLATE_NOOP("Channel", "mobile"),
    "home": QT_TRANSLATE_NOOP("Channel", "home"),
    "other": QT_TRANSLATE_NOOP("Channel", "other"),
}
ROLES = {
    "head": QT_TRANSLATE_NOOP("Role", "head of delegation"),
    "delegate": QT_TRANSLATE_NOOP("Role", "delegate"),
    "host": QT_TRANSLATE_NOOP("Role", "host"),
    "interpreter": QT_TRANSLATE_NOOP("Role", "interpreter"),
    "driver": QT_TRANSLATE_NOOP("Role", "driver"),
    "organiser": QT_TRANSLATE_NOOP("Role", "organiser"),
    "staff": QT_TRANSLATE_NOOP("Role", "staff"),
    "attendee": QT_TRANSLATE_NOOP("Role", "attendee"),
    "trainer": QT_TRANSLATE_NOOP("Role", "trainer"),
    "visiting": QT_TRANSLATE_NOOP("Role", "visiting delegation"),
    "met": QT_TRANSLATE_NOOP("Role", "met during the visit"),
    "participants": QT_TRANSLATE_NOOP("Role", "its people took part"),
}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def fmt_date(value: dt.date | None, locale: str) -> str:
    return i18n.format_date(value, locale) if value else ""


def section(title: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<b>{title}</b>", parent)
    label.setContentsMargins(0, 8, 0, 0)
    return label


class DetailTree(QTreeWidget):
    """A short list of a detail pane: no sideways scrolling (issue 16, 1366×768).

    One column (``stretch``) takes the room the others leave; the others are as wide as their
    texts, but none more than a third of the list, so long texts end in "…" (the full text is the
    tooltip). Columns in ``whole`` (dates, times) may take half the list and give way last: cut,
    "2025年3月14…" lost its day at 1024 px while a name beside it was whole (shots59)."""

    def __init__(self, parent: QWidget, stretch: int, whole: frozenset[int] = frozenset()) -> None:
        super().__init__(parent)
        self.stretch = stretch
        self.whole = whole

    def fit_columns(self) -> None:
        header = self.header()
        if self.columnCount() == 0 or header.count() == 0:
            return
        available = self.viewport().width()
        cap = max(40, available // 3)
        # Every title in full; then the texts, up to the cap; the stretching column keeps its title.
        least = {c: header.sectionSizeHint(c) for c in range(self.columnCount())}
        widths = {
            c: max(least[c], min(self.sizeHintForColumn(c), available // 2 if c in self.whole else cap))
            for c in range(self.columnCount())
            if c != self.stretch
        }
        over = sum(widths.values()) + least.get(self.stretch, 0) - available
        # The widest texts give way first; dates and times only when nothing else is left.
        for c in sorted(widths, key=lambda c: (c in self.whole, least[c] - widths[c])):
            if over <= 0:
                break
            give = min(over, widths[c] - least[c])
            widths[c] -= give
            over -= give
        for c, width in widths.items():
            header.resizeSection(c, width)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_columns()


def small_tree(
    headers: list[str], parent: QWidget, name: str, stretch: int = 0, whole: frozenset[int] = frozenset()
) -> QTreeWidget:
    tree = DetailTree(parent, stretch, whole)
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    # Issue 16 (1366×768): the pane is narrow, so no sideways scrolling: the first column takes
    # the room left by the others (long texts end in "…", the whole text is the tooltip), and the
    # list is as high as its rows (``fit_rows``) so that the sections below stay in view.
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(column, mode)
    fit_rows(tree)
    return tree


#: Rows a detail list shows before it scrolls.
MAX_ROWS = 6


def fit_rows(tree: QTreeWidget, max_rows: int = MAX_ROWS) -> None:
    """Make ``tree`` as high as its rows (one empty row at least, ``max_rows`` at most), and give
    each cell its full text as tooltip (the columns may cut it)."""
    count = tree.topLevelItemCount()
    for n in range(count):
        item = tree.topLevelItem(n)
        for column in range(tree.columnCount()):
            if item is not None and not item.toolTip(column):
                item.setToolTip(column, item.text(column))
    row = tree.sizeHintForRow(0) if count else tree.fontMetrics().height() + 6
    rows = max(1, min(count, max_rows))
    height = tree.header().sizeHint().height() + rows * max(row, 1) + 2 * tree.frameWidth() + 2
    tree.setFixedHeight(height)
    if isinstance(tree, DetailTree):
        tree.fit_columns()


def _duplicates_button(pane: QWidget, entity: str, current_id: Any) -> QPushButton:
    """ "Find Duplicates of This…": the Duplicates dialog for the record shown, at every score, so
    that the import's "possible match — check" can be followed from the record itself."""
    button = QPushButton(QCoreApplication.translate("RecordDetail", "Find Duplicates of This…"), pane)
    button.setObjectName("duplicates_of")

    def open_dialog() -> None:
        from petdesk.gui.contacts.merge_dialog import open_duplicates_of

        if record_id := current_id():
            open_duplicates_of(pane, pane.db, pane.ui_locale, entity, record_id)  # type: ignore[attr-defined]

    button.clicked.connect(lambda _checked=False: open_dialog())
    return button


def button_grid(
    pane: QWidget,
    entity: str,
    layout: QVBoxLayout,
    edit_button: QWidget,
    current_id: Any,
    more: Sequence[QWidget] = (),
) -> list[QWidget]:
    """Edit…, History… (and a contact's Personal data…, Erase…) two to a row, so that the
    pane's lists start higher (issue 16), then ``more`` a row each as wide; returns the buttons
    ``detail_buttons`` made."""
    grid = QGridLayout()
    grid.setSpacing(4)
    layout.addLayout(grid)
    buttons = detail_buttons(pane, entity, grid, current_id)
    buttons.append(_duplicates_button(pane, entity, current_id))
    for button in buttons:
        grid.removeWidget(button)
    # Edit and History side by side; the longer ones (a contact's personal data) a row each.
    for n, button in enumerate([edit_button, *buttons, *more]):
        if n < 2:
            grid.addWidget(button, 0, n)
        else:
            grid.addWidget(button, n - 1, 0, 1, 2)
    return buttons


class ActivityDialog(QDialog):
    """Log a call, meeting, e-mail or note against a contact and/or organisation; given an
    ``activity_id``, open that entry to correct it (its notes and author shown)."""

    def __init__(
        self,
        db: Database,
        *,
        contact_id: str | None = None,
        organisation_id: str | None = None,
        activity_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity") if activity_id else self.tr("Log activity"))
        self.db = db
        self.contact_id = contact_id
        self.organisation_id = organisation_id
        self.activity_id = activity_id
        #: Whom the entry is about ("person · organisation"), shown when one is opened.
        self.partner = QLabel(self)
        self.partner.setObjectName("partner")
        self.partner.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for value, text in ACTIVITY_KINDS.items():
            self.kind.addItem(tr("Activity", text), value)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(display_format(with_time=True))
        self.when.setDateTime(dt.datetime.now())  # type: ignore[arg-type]
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.author = QLineEdit(author_name(), self)  # her name from Settings › Defaults
        self.author.setObjectName("author")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        tint(self.error, ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        if activity_id:
            form.addRow(self.tr("With"), self.partner)
        form.addRow(self.tr("Kind"), self.kind)
        self.kind_note = note_row(form, self.kind)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Notes"), self.body)
        form.addRow(self.tr("Logged by"), self.author)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # An entry opened from the Activity Log of a read-only window is read, not saved.
        hold(writes(buttons.button(QDialogButtonBox.StandardButton.Save)), db.path)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        tab_leaves_date_boxes(self)  # Tab goes on to the subject, not to the month of "When"
        self.resize(460, 360)
        if activity_id:
            self._load(activity_id)

    def _locale(self) -> str:
        locale = getattr(self.parent(), "ui_locale", "en")
        return locale if isinstance(locale, str) else "en"

    def _load(self, activity_id: str) -> None:
        with self.db.reading() as session:
            view = activity_service.activity_view(session, activity_id, self._locale())
            row = session.get(Activity, activity_id)
            newer = newer_values.unknown_values(session, row) if row is not None else {}
        self.partner.setText(view.partner(self._locale()))
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind.value)))
        self.kind_note.show_stored(newer.get("kind"))
        self.when.setDateTime(view.occurred_at.astimezone().replace(tzinfo=None))  # type: ignore[arg-type]
        self.subject.setText(view.subject)
        self.body.setPlainText(view.body)
        self.author.setText(view.author)

    def save(self) -> None:
        occurred = self.when.dateTime().toPython().astimezone()  # type: ignore[attr-defined]
        try:
            with self.db.transaction() as session:
                if self.activity_id:
                    activity_service.update_activity(
                        session,
                        self.activity_id,
                        kind=self.kind.currentData(),
                        subject=self.subject.text(),
                        body=self.body.toPlainText(),
                        occurred_at=occurred,
                        author=self.author.text(),
                    )
                    self.accept()
                    return
                activity_service.add_activity(
                    session,
                    kind=self.kind.currentData(),
                    subject=self.subject.text(),
                    body=self.body.toPlainText(),
                    occurred_at=occurred,
                    contact_id=self.contact_id,
                    organisation_id=self.organisation_id,
                    author=self.author.text(),
                )
        except ValidationError as exc:
            self.error.setText(exc.text(self._locale()))
            self.error.show()
            return
        self.accept()


class ContactDetailView(ExpectsRecord, QScrollArea):
    """Read-only summary of one contact with a button to log an activity."""

    edit_requested = Signal()
    changed = Signal()
    open_organisation = Signal(str)

    def __init__(self, db: Database, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui_locale = locale
        self.contact_id: str | None = None
        #: The contact whose details are on screen (None: the pane is empty). ``contact_id`` is
        #: the one asked for, which may still be loading.
        self.shown_id: str | None = None
        #: The name the title shows, as plain text.
        self.shown_name = ""
        self.setWidgetResizable(True)
        # Tab stops on the pane itself (its arrows scroll it): it was read as nothing (field test 63).
        self.setAccessibleName(self.tr("Contact details"))
        self.setMinimumWidth(280)
        body = QWidget(self)
        self.setWidget(body)
        #: Hidden as a whole while another record's details are being read (``expect``).
        self._body = body
        self.title = QLabel(body)
        self.title.setObjectName("title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo = QLabel(body)
        self.photo.setObjectName("photo")
        self.info = QLabel(body)
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = writes(QPushButton(self.tr("Lo&g Activity…"), body))
        self.log_button.setObjectName("log_activity")
        self.log_button.clicked.connect(self.log_activity)
        self.edit_button = writes(QPushButton(self.tr("Ed&it…"), body))
        self.edit_button.clicked.connect(self.edit_requested)
        #: A leaver's work to a successor in one step (field test 84).
        self.handover_button = writes(QPushButton(self.tr("Hand Over Work…"), body))
        self.handover_button.setObjectName("hand_over")
        self.handover_button.clicked.connect(lambda _checked=False: self.hand_over())
        self.jobs = small_tree(
            [self.tr("Organisation"), self.tr("Position"), self.tr("From"), self.tr("Until")],
            body,
            "affiliations",
            whole=frozenset({2, 3}),
        )
        self.jobs.itemDoubleClicked.connect(self._job_activated)
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
            [self.tr("Training"), self.tr("Dates"), self.tr("Attended")],
            body,
            "trainings",
            whole=frozenset({1}),
        )
        #: What is owed to this person (field test 50, defect 1): the visit editor's widget.
        self.follow_ups = FollowUpPanel(db, locale=locale, parent=body)
        self.follow_ups.changed.connect(self.changed)
        self.follow_ups.view.setMaximumHeight(FOLLOW_UPS_HEIGHT)  # a few rows: the pane goes on below
        self.empty = QLabel(self.tr("Select a contact to see the details."), body)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        self._content = [self.title, self.subtitle, self.info, self.log_button, self.edit_button]
        layout.addWidget(self.photo)
        for widget in (self.title, self.subtitle, self.info):
            layout.addWidget(widget)
        # Hand Over Work… as wide as the buttons above it (left alone under them, it looked stray)
        self._content += button_grid(
            self, "contact", layout, self.edit_button, lambda: self.contact_id, [self.handover_button]
        )
        self._content.append(self.handover_button)
        self._headings = []
        # The activity log comes first (issue 16): it is what people look for, and at 1366×768 it
        # shows without scrolling.
        for title, tree in (
            (self.tr("Activity log"), self.timeline),
            (self.tr("Positions over time"), self.jobs),
            (self.tr("Visits"), self.visits),
            (self.tr("Trainings"), self.trainings),
        ):
            heading = section(title, body)
            tree.setAccessibleName(title)  # its heading is not its label: read as nothing (field test 63)
            self._headings.append(heading)
            layout.addWidget(heading)
            layout.addWidget(tree)
            self._content.append(tree)
            if tree is self.timeline:
                layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)
                follow_heading = section(self.tr("Follow-ups"), body)
                self._headings.append(follow_heading)
                layout.addWidget(follow_heading)
                layout.addWidget(self.follow_ups)
                self._content.append(self.follow_ups)
        layout.addStretch(1)
        self._content.extend(self._headings)
        self.show_entity(None)

    def hand_over(self) -> None:
        """Hand Over Work…: the dialog, then Undo on the list's bar (as a delete's)."""
        from petdesk.gui.contacts.handover import HandoverDialog, undo_handover

        if not self.contact_id:
            return
        dialog = HandoverDialog(self.db, self.contact_id, self.shown_name, self.ui_locale, self)
        if not dialog.exec() or dialog.done_handover is None:
            return
        done = dialog.done_handover
        self.show_entity(self.contact_id)
        page = self.parentWidget()
        while page is not None and not hasattr(page, "offer_undo"):
            page = page.parentWidget()
        if page is not None:
            page.offer_undo(
                self.tr("Handed over: %Ln record(s).", "", done.moved),
                lambda: undo_handover(self.db, done, page),
                name=self.tr("Hand Over Work"),
            )

    def show_entity(self, contact_id: str | None) -> None:
        """Show ``contact_id``: loaded off the GUI thread, shown when it arrives (unless another
        contact was asked for meanwhile)."""
        self.contact_id = contact_id
        self.expect(contact_id)
        self.follow_ups.show_record("contact", contact_id)
        if not contact_id:
            self._render(None)
            return

        def load(session: Any) -> Any:
            fmt_date(dt.date.today(), self.ui_locale)  # babel loads its locale data here, not in paint
            try:
                return contact_service.contact_detail(session, contact_id)
            except NotFoundError:
                return None

        def arrived(detail: Any) -> None:
            if self.contact_id == contact_id:
                self._render(detail)

        read_op(self.db, load, on_success=arrived, owner=self)

    def _render(self, detail: Any) -> None:
        self._body.show()
        for widget in self._content:
            widget.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        self.photo.clear()
        self.photo.setVisible(False)
        if detail is None:
            self.contact_id = self.shown_id = None
            return
        c = detail.contact
        self.shown_id = self.contact_id
        _media, picture = photos.to_bytes(c.photo)
        if picture:
            pixmap = QPixmap()
            if pixmap.loadFromData(picture):
                self.photo.setPixmap(pixmap.scaledToWidth(min(96, pixmap.width())))
                self.photo.setVisible(True)
        kw = dict(
            family=c.family_name,
            given=c.given_name,
            order=c.name_order,
            family_zh=c.family_name_zh,
            given_zh=c.given_name_zh,
            native_name_language=c.native_name_language or "",
            languages=c.languages or (),
        )
        honorific = c.honorific_zh if self.ui_locale.startswith("zh") else c.honorific_en
        display = names.person_display_name(self.ui_locale, **kw)
        chinese = self.ui_locale.startswith("zh") and bool(c.family_name_zh or c.given_name_zh)
        shown = labels.with_honorific(
            display,
            honorific or "",
            self.ui_locale,
            chinese_name=chinese,
            name_language=c.native_name_language or "",
        )
        self.title.setText(f"<h2>{_esc(shown)}</h2>")
        self.shown_name = shown  # plain, for a dialog's title (the label holds HTML)
        self.subtitle.setText(_esc(names.person_other_name(self.ui_locale, **kw)))
        lines = []
        if c.do_not_contact:  # said first: whoever plans an event must see it (field test 96)
            lines.append(
                "<b>"
                + _esc(
                    self.tr("Do not contact: left out of contact exports, registration lists and name cards")
                )
                + "</b>"
            )
        current = next((a for a in detail.affiliations if a.is_current), None)
        if current:
            lines.append(
                _esc(
                    " · ".join(
                        p
                        for p in (current.position(self.ui_locale), current.organisation(self.ui_locale))
                        if p
                    )
                )
            )
        for method in detail.methods:
            channel = tr("Channel", CHANNELS.get(method.channel.value, method.channel.value))
            label = tr("Channel", LABELS.get(method.label.value, method.label.value))
            shown_channel = labels.colon(labels.bracket(channel, label, self.ui_locale), self.ui_locale)
            lines.append(f"{_esc(shown_channel)} {_esc(method.value)}")
        if c.languages:
            spoken = labels.languages(c.languages, self.ui_locale)
            lines.append(self.tr("Languages: %1").replace("%1", _esc(spoken)))
        if c.dietary_needs:
            lines.append(self.tr("Dietary requirements: %1").replace("%1", _esc(c.dietary_needs)))
        if c.accessibility_needs:
            lines.append(self.tr("Accessibility: %1").replace("%1", _esc(c.accessibility_needs)))
        lines.extend(_esc(line) for line in self._more_lines(c))
        if c.tags:
            lines.append(self.tr("Tags: %1").replace("%1", _esc(labels.join_like(c.tags, self.ui_locale))))
        if detail.times_exported:  # whose data left the office, and how often (field test 84)
            lines.append(self.tr("Sent in %Ln export(s) (File › Export Log…)", "", detail.times_exported))
        if c.notes:
            lines.append(_esc(c.notes).replace("\n", "<br>"))
        self.info.setText("<br>".join(lines))

        self.jobs.clear()
        for a in detail.affiliations:
            item = QTreeWidgetItem(
                [
                    a.organisation(self.ui_locale),
                    a.position(self.ui_locale),
                    fmt_date(a.start_date, self.ui_locale),
                    fmt_date(a.end_date, self.ui_locale) if a.end_date else self.tr("now"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a.organisation_id)
            self.jobs.addTopLevelItem(item)
        fill_activities(self.timeline, detail.activities, self.ui_locale)
        fill_visits(self.visits, detail.visits, self.ui_locale)
        self.trainings.clear()
        for t in detail.trainings:
            attended = (
                f"{t.sessions_attended}/{t.sessions_total}"
                if t.sessions_total
                else tr("Role", ROLES.get(t.role, t.role))
            )
            self.trainings.addTopLevelItem(
                QTreeWidgetItem(
                    [t.title(self.ui_locale), _span(t.start_date, t.end_date, self.ui_locale), attended]
                )
            )
        for tree in (self.timeline, self.jobs, self.visits, self.trainings):
            fit_rows(tree)

    def _more_lines(self, c: Any) -> list[str]:
        """What phones and mail programs carry besides names and numbers (issue 13)."""
        out = []
        reading = " ".join(p for p in (c.phonetic_family_name, c.phonetic_given_name) if p)
        for label, value in (
            (self.tr("Reading: %1"), reading),
            (self.tr("Middle name: %1"), c.middle_name),
            (self.tr("Suffix: %1"), c.name_suffix),
            (self.tr("Nickname: %1"), c.nickname),
            (self.tr("Birthday: %1"), c.birthday),
            (self.tr("Anniversary: %1"), c.anniversary),
        ):
            if value:
                out.append(label.replace("%1", value))
        for address in c.addresses:
            # as the country writes it: "São Paulo - SP, 01223-000" in Brazil (field test 110)
            text = one_line(address, self.ui_locale)
            out.append(
                self.tr("Address (%1): %2").replace("%1", address.get("label", "")).replace("%2", text)
            )
        for url in c.websites:
            out.append(self.tr("Web: %1").replace("%1", url))
        for related in c.related_names:
            out.append(f"{related.get('type', '')}: {related.get('name', '')}")
        for handle in c.other_handles:
            out.append(f"{handle.get('service', '')}: {handle.get('handle', '')}")
        return out

    def _job_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if org_id := item.data(0, Qt.ItemDataRole.UserRole):
            self.open_organisation.emit(org_id)

    def _activity_changed(self) -> None:
        self.show_entity(self.contact_id)
        self.changed.emit()

    def log_activity(self) -> ActivityDialog | None:
        if not self.contact_id:
            return None
        dialog = ActivityDialog(self.db, contact_id=self.contact_id, parent=self)
        dialog.accepted.connect(lambda: (self.show_entity(self.contact_id), self.changed.emit()))  # type: ignore[func-returns-value]
        dialog.open()
        return dialog


def fill_activities(tree: QTreeWidget, activities: list[Any], locale: str) -> None:
    tree.clear()
    for a in activities:
        when = i18n.format_datetime(a.occurred_at.astimezone(), locale, "short")
        kind = tr(
            "Activity",
            ACTIVITY_KINDS.get(a.kind.value if isinstance(a.kind, ActivityKind) else a.kind, "Note"),
        )
        # The notes' first line after the subject, and who logged it: the pane showed neither
        # (field test 50, defect 5). The whole notes are in the tooltip and in the opened entry.
        first_note = a.body.split("\n")[0]
        text = f"{a.subject} — {first_note}" if a.subject and first_note else a.subject or first_note
        # "Wang Lei (王磊)" as typed; the Chinese window writes the brackets full-width.
        author = labels.full_width(a.author) if locale.startswith("zh") else a.author
        item = QTreeWidgetItem([when, kind, text, author])
        item.setData(0, Qt.ItemDataRole.UserRole, a.id)
        if a.body:
            item.setToolTip(2, a.body)
        tree.addTopLevelItem(item)


def open_activity(pane: QWidget, db: Database, item: QTreeWidgetItem, then: Any) -> ActivityDialog | None:
    """Open the entry of a pane's activity row to correct it; ``then`` runs after a save."""
    activity_id = item.data(0, Qt.ItemDataRole.UserRole)
    if not activity_id:
        return None
    dialog = ActivityDialog(db, activity_id=activity_id, parent=pane)
    dialog.accepted.connect(then)
    dialog.open()
    return dialog


def fill_visits(tree: QTreeWidget, visits: list[Any], locale: str) -> None:
    tree.clear()
    for v in visits:
        tree.addTopLevelItem(
            QTreeWidgetItem(
                [
                    v.title(locale),
                    _span(v.start_date, v.end_date, locale),
                    tr("Role", ROLES.get(v.role, v.role)),
                ]
            )
        )


def _span(start: dt.date, end: dt.date, locale: str) -> str:
    if start == end:
        return fmt_date(start, locale)
    return f"{fmt_date(start, locale)} – {fmt_date(end, locale)}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
