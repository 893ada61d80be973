"""What a calendar import did, in a box the visit editor opens: the counts, and in the details
every change with its date, the events left out and why, and the guests who are no contacts yet
(field test 31: the window said only "1 added, 0 updated, 1 skipped")."""

from __future__ import annotations

from petdesk import i18n
from petdesk.gui.qt import QMessageBox, QWidget
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

    def counts(self, r: ImportResult) -> str:
        text = (
            self.tr("%1 added, %2 updated, %3 unchanged, %4 skipped")
            .replace("%1", str(len(r.added)))
            .replace("%2", str(len(r.updated)))
            .replace("%3", str(len(r.unchanged)))
            .replace("%4", str(len(r.skipped)))
        )
        if r.cancelled:
            text += "; " + self.tr("%1 cancelled and removed").replace("%1", str(len(r.cancelled)))
        if r.older:
            text += "; " + self.tr("%1 older than the itinerary's copy, left alone").replace(
                "%1", str(len(r.older))
            )
        return text

    def details(self, r: ImportResult) -> str:
        """One section per kind of outcome, each line a change, a reason or a guest."""
        actions = {
            "add": self.tr("Added"),
            "update": self.tr("Updated"),
            "cancel": self.tr("Cancelled, removed"),
            "older": self.tr("Older than the itinerary's copy, left alone"),
        }
        sections: list[tuple[str, list[str]]] = [
            (title, [self._change(c) for c in r.changes if c.action == action])
            for action, title in actions.items()
        ]
        untitled = self.tr("(untitled)")
        sections.append(
            (
                self.tr("Skipped"),
                [f"{title or untitled}: {localize(reason, self.ui_locale)}" for title, reason in r.skipped],
            )
        )
        sections.append(
            (
                self.tr("Not yet contacts (kept by name on the items; add them as contacts to link them)"),
                [f"{name} <{email}>" if email else name for name, email in r.guests],
            )
        )
        sections.append(
            (self.tr("Notes"), [f"{title}: {localize(note, self.ui_locale)}" for title, note in r.notes])
        )
        sections.append(
            (
                self.tr("Not kept (no field for it on an item)"),
                [f"{n} × {name}" for name, n in sorted(r.dropped.items())],
            )
        )
        return "\n\n".join(
            "\n".join([f"{title}:", *(f"  {line}" for line in lines)]) for title, lines in sections if lines
        )

    def _change(self, change: Change) -> str:
        day = i18n.format_date(change.starts_at.date(), self.ui_locale)
        when = self.tr("all day") if change.all_day else i18n.format_time(change.starts_at, self.ui_locale)
        return f"{day} {when}  {change.title}"
