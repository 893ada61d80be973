"""Calendar › Export to Calendar File…: the days on show, with the page's filters, as the .ics file
``petdesk calendar --out F --from D --to D`` writes (the same service, :func:`ical.save_range`), so
an officer loads a trip's visits, follow-ups and deadlines into her phone without the command line.
Only single visits and trainings could be exported from the window before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import i18n
from petdesk.gui.qt import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget
from petdesk.gui.year_file_form import ExportDialog, file_box, file_to_write, save_as
from petdesk.services import calendar as cs

if TYPE_CHECKING:
    from petdesk.db import Database

SUFFIXES = (".ics",)
#: ``calendar --alarm``'s default and bounds: minutes before each item.
DEFAULT_ALARM, MAX_ALARM = 30, 7 * 24 * 60


class CalendarExportDialog(ExportDialog):
    """The days and filters shown (fixed: the page chose them), reminders and the file."""

    def __init__(
        self,
        db: Database,
        locale: str,
        *,
        days: tuple[dt.date, dt.date],
        filters: cs.Filters,
        shown_filter: str,
        tz: dt.tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_export_dialog")
        self.setWindowTitle(self.tr("Export to Calendar File"))
        self.db, self.ui_locale, self.days, self.filters, self.tz = db, locale, days, filters, tz
        first, last = days
        span = f"{i18n.format_date(first, locale)} – {i18n.format_date(last, locale)}"
        self.span_label = QLabel(span, self)
        self.span_label.setObjectName("calendar_export_days")
        self.filter_label = QLabel(shown_filter, self)
        self.filter_label.setObjectName("calendar_export_filters")
        self.filter_label.setWordWrap(True)
        # ``--alarm MIN`` (0: none): off leaves every reminder out, the day and week before too
        self.remind = QCheckBox(self.tr("&Remind"), self)
        self.remind.setObjectName("calendar_export_remind")
        self.remind.setChecked(True)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("calendar_export_minutes")
        self.minutes.setRange(1, MAX_ALARM)
        self.minutes.setValue(DEFAULT_ALARM)
        self.minutes.setSuffix(self.tr(" min before each item"))
        # a screen reader reads the box by this name: its row label belongs to the whole row
        self.minutes.setAccessibleName(self.tr("Minutes before each item"))
        self.remind.toggled.connect(self.minutes.setEnabled)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.minutes)
        remind_row.addStretch(1)
        self.path, file_label, file_row = file_box(
            name="calendar_export_file",
            file_label=self.tr("&File:"),
            browse=self.tr("&Browse…"),
            on_browse=self._browse,
            parent=self,
        )
        named = self.tr("calendar", "file name")
        self.path.setText(str(Path.home() / f"{named}-{first.isoformat()}-{last.isoformat()}.ics"))
        form = QFormLayout()
        form.addRow(self.tr("Days:"), self.span_label)
        form.addRow(self.tr("Shown:"), self.filter_label)
        form.addRow(self.tr("Reminders:"), remind_row)
        form.addRow(file_label, file_row)
        self.lay_out(
            form,
            name="calendar_export",
            description=self.tr(
                "The visits, trainings, travel, open follow-ups and project deadlines of these days, "
                "as the calendar shows them, for a phone's or Outlook's calendar. Deadlines are "
                "reminded a week and a day before, visits and trainings the day before."
            ),
            export=self.tr("&Export"),
            progress=True,
        )
        #: Events written by the last export (None until one has finished).
        self.written: int | None = None

    def alarms(self) -> tuple[int, ...]:
        return (self.minutes.value(),) if self.remind.isChecked() else ()

    def _browse(self) -> None:
        filters = (self.tr("Calendar file (*.ics)"),)
        if name := save_as(self, self.tr("Save the Calendar As"), self.path.text(), filters, SUFFIXES):
            self.path.setText(str(Path(name)))

    def export(self) -> None:
        from petdesk.services import ical

        if (out := file_to_write(self.path, self._browse, SUFFIXES)) is None:
            return
        db, locale, (first, last) = self.db, self.ui_locale, self.days
        filters, tz, alarms = self.filters, self.tz, self.alarms()

        def work(report: Any) -> int:
            with db.reading() as session:
                return ical.save_range(
                    out,
                    session,
                    first,
                    last,
                    filters=filters,
                    locale=locale,
                    alarms=alarms,
                    tz=tz,
                    on_progress=report,
                )

        def said(written: int) -> str:
            self.written = written
            return self.tr("%Ln event(s) written to %1.", "", written).replace("%1", str(out))

        self.run_export(work, said, locale=locale, context="exporting the calendar")
