"""The window's notice at start of records changed at a time far ahead of this computer's clock
(field test 72: a laptop's clock ran a year ahead; nothing listed them). Kept in the status bar with
"Details…" listing them, the lightest place: it asks nothing and stays until another message comes.
``petdesk check`` lists the same records (``services.dated_ahead``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.operations import run_in_background
from petdesk.gui.qt import QObject

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.services.dated_ahead import Found

# Records named in the details box (``petdesk check`` names more).
SHOWN = 30


def look_for_dated_ahead(window: MainWindow) -> None:
    """Look in the background; say so in ``window``'s status bar if any record lies ahead."""
    from petdesk.services import dated_ahead

    db, locale = window.db, window.ui_locale
    run_in_background(
        lambda: dated_ahead.find(db, locale=locale, limit=SHOWN),
        on_success=lambda found: _show(window, found),
        owner=window,
    )


class DatedAheadNotice(QObject):
    """Its sentences; a class so that lupdate marks the count as plural (see ``gui/plurals.py``)."""

    def notice(self, found: Found) -> str:
        n = found.total
        return self.tr(
            "%Ln record(s) were last changed more than a day ahead of this computer's clock, probably "
            "while a clock ran ahead: correct their dates and save them, which stamps them anew.",
            "",
            n,
        )

    def details(self, found: Found, locale: str) -> str:
        from petdesk.i18n import format_date, format_datetime
        from petdesk.sync.labels import entity_label

        lines = []
        for record in found.records:
            line = (
                self.tr("%1 %2: changed %3")
                .replace("%1", entity_label(record.entity, locale))
                .replace("%2", record.label)
                .replace("%3", format_datetime(record.changed.astimezone(), locale))
            )
            if record.due is not None:
                line = (
                    self.tr("%1; due %2").replace("%1", line).replace("%2", format_date(record.due, locale))
                )
            lines.append(line)
        more = found.total - len(found.records)
        if more > 0:
            lines.append(self.tr("… and %Ln more record(s)", "", more))
        return "\n".join(lines)


def _show(window: MainWindow, found: Found) -> None:
    # A notice kept already (upgrade, demo, read only, a file set aside) weighs more: it stays.
    if not found.total or getattr(window, "notice_button", None) is not None:
        return
    words = DatedAheadNotice()
    notice = words.notice(found)
    window.keep_in_status_bar(notice, notice + "\n\n" + words.details(found, window.ui_locale))
