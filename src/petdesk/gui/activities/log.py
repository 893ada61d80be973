"""The activity log across partners: sortable, searchable, filtered by kind, organisation, person
and dates, times in the window's zone, which the column's title names; Enter or a double-click
opens an entry to correct it, Delete deletes with Undo.

Field test 50, defect 5: entries could be logged from a pane but never listed together, opened,
corrected or deleted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from petdesk import i18n, labels
from petdesk.db import Database
from petdesk.gui.a11y import label_for, named
from petdesk.gui.activities.housekeeping import HousekeepingDialog
from petdesk.gui.column_fit import cell_width
from petdesk.gui.contacts.detail import ActivityDialog
from petdesk.gui.date_box import DateBox
from petdesk.gui.focus_back import focus_back_after
from petdesk.gui.list_page import ListPage
from petdesk.gui.qt import (
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.models.enums import ActivityKind
from petdesk.services import activities as activity_service
from petdesk.services import lists
from petdesk.vocab import label, stored_label

#: The date boxes show "any" at this date: no bound on that side.
_NO_DATE = QDate(2000, 1, 1)
#: Characters of an organisation's name the filter shows without opening the list.
_ORGANISATION_CHARACTERS = 24


def _sample_times(locale: str) -> list[str]:
    """A date and time of each month, with two-digit days and hours, as the When column shows them."""
    return [
        i18n.format_datetime(dt.datetime(2026, month, 28, hour, 58), locale, "short")
        for month in range(1, 13)
        for hour in (8, 23)
    ]


class ActivityList(ListPage):
    """The list page, telling what it did on the dialog's line (a dialog has no status bar)."""

    def __init__(self, *args: Any, tell: Callable[[str], None], **kwargs: Any) -> None:
        self._tell_fn = tell
        super().__init__(*args, **kwargs)

    def _tell(self, text: str) -> None:
        self._tell_fn(text)


class ActivityLogDialog(QDialog):
    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity log"))
        self.db = db
        self.ui_locale = locale
        self.query = lists.activities(locale)
        #: The zone times are shown in, named in the column's title: after travelling, "16:00"
        #: alone does not say where (field test 59). The window's one zone (Settings, calendar).
        self.zone = viewer_zone()
        headers = [
            ("when", self.tr("When (%1)").replace("%1", labels.zone_place(self.zone.key, locale))),
            ("kind", self.tr("Kind")),
            ("subject", self.tr("Subject")),
            ("organisation", self.tr("Organisation")),
            ("contact", self.tr("Contact")),
            ("author", self.tr("Logged by")),
        ]
        self.list = ActivityList(
            db,
            self.query,
            headers,
            locale=locale,
            formatters={
                "when": self._when,
                "kind": lambda v: stored_label(ActivityKind, v, locale) if v else "",
                # "Wang Lei (王磊)" as typed; the Chinese window writes the brackets full-width.
                "author": labels.full_width if locale.startswith("zh") else str,
            },
            placeholder=self.tr("Search subjects, notes, people, organisations…"),
            noun=lambda n: self.tr("%Ln activities", "", n),
            tell=self._tell,
            parent=self,
        )
        # "2026年11月29日 …" was cut at 1024 px and a large text size: the column keeps the width of
        # the longest date and time in this language, the others give way.
        self.list.column_fitter.keep_whole(0, cell_width(self.list.table, _sample_times(locale)))
        self.list.allow_delete(
            "activity", activity_service.delete_activities, activity_service.restore_activities
        )
        self.list.add_filter_bar(self._filter_bar())
        self.list.activated.connect(self.open_entry)
        # Newest first: the log is read from the latest entry down.
        self.list.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        writes(self.undo_button)
        # The office's own bulk actions (round 51): not activities, so listed apart.
        self.housekeeping_button = QPushButton(self.tr("Office &housekeeping…"), self)
        self.housekeeping_button.setObjectName("housekeeping")
        self.housekeeping_button.clicked.connect(lambda _checked=False: self.open_housekeeping())
        # The list's Delete and Undo are marked where ListPage makes them; a read-only window
        # lists and opens the entries, changes none.
        hold(self, db.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.housekeeping_button)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        #: The entry last opened (tests reach it here).
        self.editor: ActivityDialog | None = None
        # 1100 px wide ran off a 1024 × 640 screen, its Close button out of reach (field test 62).
        resize_within_screen(self, 1100, 640)

    def _when(self, value: Any) -> str:
        if not isinstance(value, dt.datetime):
            return ""
        return i18n.format_datetime(value.astimezone(self.zone), self.ui_locale, "short")

    def _filter_bar(self) -> QWidget:
        bar = QWidget(self)
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(0, 0, 0, 0)
        # Two rows: with the Contact filter all five boxes in one row needed 1142 px at the largest
        # text size (field tests 59 and 62).
        row, days = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(days)
        self.kind = named(QComboBox(bar), self.tr("Kind"))
        self.kind.setObjectName("filter_kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ActivityKind:
            self.kind.addItem(label(kind, self.ui_locale), kind.value)
        self.organisation = named(QComboBox(bar), self.tr("Organisation"))
        self.organisation.setObjectName("filter_organisation")
        self.organisation.addItem(self.tr("All organisations"), None)
        with self.db.reading() as session:
            for name, organisation_id in activity_service.organisations_with_activities(
                session, self.ui_locale
            ):
                self.organisation.addItem(name, organisation_id)
            people = activity_service.contacts_with_activities(session, self.ui_locale)
        self.contact = named(QComboBox(bar), self.tr("Contact"))
        self.contact.setObjectName("filter_contact")
        self.contact.addItem(self.tr("All contacts"), None)
        for name, contact_id in people:
            self.contact.addItem(name, contact_id)
        # Sized to the longest name, the bar needed 1281 px at the largest text size (field test 62):
        # a name longer than this is read whole in the open list.
        for box in (self.organisation, self.contact):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(_ORGANISATION_CHARACTERS)
        self.since = self._date_box(bar, "filter_from")
        self.until = self._date_box(bar, "filter_to")
        for line, text, widget in (
            (row, self.tr("&Kind"), self.kind),
            (row, self.tr("&Organisation"), self.organisation),
            (days, self.tr("&Contact"), self.contact),
            (days, self.tr("&From"), self.since),
            (days, self.tr("&To"), self.until),
        ):
            # The label names its box: the date boxes were read as nothing (field test 62); its
            # Alt+letter reaches it without tabbing through the list (field test 63: none had one).
            line.addWidget(label_for(text, widget))
            line.addWidget(widget)
        row.addStretch(1)
        days.addStretch(1)
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.organisation.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.contact.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        return bar

    def _date_box(self, parent: QWidget, name: str) -> DateBox:
        box = DateBox(parent)
        box.setObjectName(name)
        box.setCalendarPopup(True)
        box.setMinimumDate(_NO_DATE)
        box.setSpecialValueText(self.tr("any"))  # shown at the minimum: no bound
        box.setDate(_NO_DATE)
        return box

    def _day(self, box: DateBox) -> dt.date | None:
        return None if box.date() == _NO_DATE else box.date().toPython()  # type: ignore[return-value]

    def selection(self) -> activity_service.ActivityFilter:
        kind = self.kind.currentData()
        return activity_service.ActivityFilter(
            kind=ActivityKind(kind) if kind else None,
            organisation_id=self.organisation.currentData(),
            contact_id=self.contact.currentData(),
            since=self._day(self.since),
            until=self._day(self.until),
        )

    def apply_filters(self) -> None:
        self.query.where = self.selection().clauses(self.zone)
        self.query.forget()
        self.list.refresh()

    def open_entry(self, activity_id: str) -> ActivityDialog:
        self.editor = ActivityDialog(self.db, activity_id=activity_id, parent=self)
        self.editor.accepted.connect(self.list.refresh)
        focus_back_after(self.editor, self.list.table)  # the row it was opened from (field test 61)
        self.editor.open()
        return self.editor

    def open_housekeeping(self) -> HousekeepingDialog:
        dialog = HousekeepingDialog(self.db, self.ui_locale, self)
        dialog.open()
        return dialog

    def undo(self) -> None:
        self.list.undo()
        self.undo_button.setEnabled(False)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.undo_button.setEnabled(self.list.can_undo())
