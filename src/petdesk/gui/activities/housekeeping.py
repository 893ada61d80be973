"""Activity Log › Office housekeeping…: this office's bulk deletes, merges, erasures, restores and
import undos, newest first ("06/12/2026 14:03  Wang Lei deleted 240 contacts (untouched for 5 years)").

Round 51: a year-end cleanup left nothing a colleague could read later. The lines are put into words
by the service, in the window's language; an erasure's line names nobody."""

from __future__ import annotations

from petdesk import i18n
from petdesk.db import Database
from petdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.viewer_zone import viewer_zone
from petdesk.services import housekeeping

#: Lines shown: the newest; a year's cleanups are a few dozen.
SHOWN = 500


class HousekeepingDialog(QDialog):
    def __init__(self, db: Database, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office housekeeping"))
        zone = viewer_zone()
        with db.reading() as session:  # a few hundred short rows at most
            lines = housekeeping.lines(session, limit=SHOWN)
        note = QLabel(
            self.tr("Bulk deletes, merges, erasures, restores and import undos made at this office."), self
        )
        note.setWordWrap(True)
        #: The lines as shown (tests read them here).
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("housekeeping_lines")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(
            "\n".join(
                f"{i18n.format_datetime(line.at.astimezone(zone), locale, 'short')}  "
                f"{housekeeping.sentence(line, locale)}"
                for line in lines
            )
            or self.tr("No bulk actions logged yet.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 420)
