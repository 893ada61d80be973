"""Activity Log › Office housekeeping…: this office's bulk deletes, merges, erasures, restores and
import undos, newest first ("06/12/2026 14:03  Wang Lei deleted 240 contacts (untouched for 5 years)").

Round 51: a year-end cleanup left nothing a colleague could read later. The lines are put into words
by the service, in the window's language; an erasure's line names nobody."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.gui.log_lines import fill_log_dialog
from petdesk.gui.qt import QDialog, QWidget
from petdesk.services import housekeeping

#: Lines shown: the newest; a year's cleanups are a few dozen.
SHOWN = 500


class HousekeepingDialog(QDialog):
    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office housekeeping"))
        with db.reading() as session:  # a few hundred short rows at most
            lines = housekeeping.lines(session, limit=SHOWN)
        #: The lines as shown (tests read them here).
        self.text = fill_log_dialog(
            self,
            note=self.tr("Bulk deletes, merges, erasures, restores and import undos made at this office."),
            lines=((line.at, housekeeping.sentence(line, locale)) for line in lines),
            empty=self.tr("No bulk actions logged yet."),
            locale=locale,
            name="housekeeping_lines",
        )
