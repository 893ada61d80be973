"""What a calendar import did, in a box the visit editor opens: the counts, and in the details
every change with its date, the events left out and why, and the guests who are no contacts yet
(field test 31: the window said only "1 added, 0 updated, 1 skipped")."""

from __future__ import annotations

from collections.abc import Sequence

from petdesk.gui.qt import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QTextEdit, QWidget
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, screen_room
from petdesk.gui.translation import arg
from petdesk.i18n import format_integer
from petdesk.labels import clauses, colon, labelled
from petdesk.messages import localize
from petdesk.services.ical import Change, ImportResult


class IcsImportReport(QMessageBox):
    """The import's result. Shown with ``open()``: the editor stays usable, and nothing is written
    until Save, so the box is the preview before anything changes."""

    def __init__(self, result: ImportResult, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        self.setObjectName("ics_import_report")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Meetings imported"))
        self.setText(self.counts(result))
        self.setInformativeText(
            self.tr("Nothing is saved until you press Save; Cancel leaves the itinerary as it was.")
        )
        self.setDetailedText(self.details(result))
        self._give_room()

    def _give_room(self) -> None:
        """A share of the screen for the box and its details: QMessageBox sizes itself to its
        sentence (a narrow box, the details a cramped strip) and ignores its own minimum size, so the
        room is asked for by a spacer in its grid and by the height of the details' text field."""
        room = screen_room(self)
        screen_width = room.width() - FRAME_WIDTH if room else 1024
        screen_height = room.height() - FRAME_HEIGHT if room else 600
        width = min(screen_width, max(480, int(screen_width * 0.45)))
        height = min(screen_height // 2, max(160, int(screen_height * 0.3)))
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            grid.addItem(spacer, grid.rowCount(), 0, 1, grid.columnCount())
        if (details := self.findChild(QTextEdit)) is not None:
            details.setFixedHeight(height)  # Qt fixes it at 100 px

    def counts(self, r: ImportResult) -> str:
        counts = [
            arg(
                self.tr("%1 added, %2 updated, %3 unchanged, %4 skipped"),
                *(self._count(x) for x in (r.added, r.updated, r.unchanged, r.skipped)),
            )
        ]
        if r.cancelled:
            counts.append(arg(self.tr("%1 cancelled and removed"), self._count(r.cancelled)))
        if r.older:
            older = self.tr("%1 older than the itinerary's copy, left alone")
            counts.append(arg(older, self._count(r.older)))
        if r.already_cancelled:
            gone = self.tr("%1 already cancelled, left out")
            counts.append(arg(gone, self._count(r.already_cancelled)))
        return clauses(counts, self.ui_locale)

    def _count(self, items: Sequence[object]) -> str:
        """The count of ``items`` grouped as the rest of the window ("2,000")."""
        return format_integer(len(items), self.ui_locale)

    def details(self, r: ImportResult) -> str:
        """One section per kind of outcome, each line a change, a reason or a guest."""
        actions = {
            "add": self.tr("Added"),
            "update": self.tr("Updated"),
            "cancel": self.tr("Cancelled, removed"),
            "older": self.tr("Older than the itinerary's copy, left alone"),
            "cancelled_before": self.tr("Already cancelled, left out"),
        }
        sections: list[tuple[str, list[str]]] = [
            (title, [self._change(c) for c in r.changes if c.action == action])
            for action, title in actions.items()
        ]
        untitled = self.tr("(untitled)")
        sections.append(
            (
                self.tr("Skipped"),
                [
                    labelled(title or untitled, localize(reason, self.ui_locale), self.ui_locale)
                    for title, reason in r.skipped
                ],
            )
        )
        sections.append(
            (
                self.tr("Not yet contacts (kept by name on the items; add them as contacts to link them)"),
                [f"{name} <{email}>" if email else name for name, email in r.guests],
            )
        )
        sections.append(
            (
                self.tr("Notes"),
                [labelled(title, localize(note, self.ui_locale), self.ui_locale) for title, note in r.notes],
            )
        )
        sections.append(
            (
                self.tr("Not kept (no field for it on an item)"),
                r.dropped_words(self.ui_locale),
            )
        )
        return "\n\n".join(
            "\n".join([colon(title, self.ui_locale), *(f"  {line}" for line in lines)])
            for title, lines in sections
            if lines
        )

    def _change(self, change: Change) -> str:
        return f"{change.when(self.ui_locale, self.tr('all day'))}  {change.title}"
