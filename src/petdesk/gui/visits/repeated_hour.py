"""Which of two equal wall-clock times: the hour the clocks go back happens twice (25 Oct 2026,
02:30 in Berlin is first summer time, then standard time). The item dialog and the travel legs ask,
because a guess stored "02:30–03:30" as two hours (field test 40, defect 1)."""

from __future__ import annotations

import datetime as dt

from petdesk import i18n, labels
from petdesk.gui.qt import QCoreApplication, QMessageBox, QWidget
from petdesk.services.visits import ScheduleError, repeated_offsets


def _offset(delta: dt.timedelta) -> str:
    return labels.offset_text(int(delta.total_seconds() // 60))


def ask_fold(parent: QWidget, value: dt.datetime, zone: str, locale: str) -> int | None:
    """0 (the earlier, summer time) or 1 (the later, standard time) for a naive ``value`` that
    happens twice in ``zone``, as the user answers; 0 without asking when it happens once (or the
    zone is unknown: the dialog's own checks say so); None when the user cancels."""
    try:
        offsets = repeated_offsets(value, zone)
    except ScheduleError:
        return 0
    if offsets is None:
        return 0
    earlier, later = (_offset(o) for o in offsets)
    box = QMessageBox(parent)
    box.setObjectName("repeated_hour")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RepeatedHour", "Which time?"))
    box.setText(
        QCoreApplication.translate(
            "RepeatedHour", "%1 happens twice that night: summer time (%2) or standard time (%3)?"
        )
        .replace("%1", i18n.format_time(value, locale))
        .replace("%2", earlier)
        .replace("%3", later)
    )
    box.setInformativeText(
        QCoreApplication.translate("RepeatedHour", "On %1 the clocks go back one hour in %2.")
        .replace("%1", i18n.format_date(value.date(), locale))
        .replace("%2", labels.zone_place(zone, locale))
    )
    first = box.addButton(
        QCoreApplication.translate("RepeatedHour", "Summer time (%1)").replace("%1", earlier),
        QMessageBox.ButtonRole.AcceptRole,
    )
    second = box.addButton(
        QCoreApplication.translate("RepeatedHour", "Standard time (%1)").replace("%1", later),
        QMessageBox.ButtonRole.AcceptRole,
    )
    first.setObjectName("earlier")
    second.setObjectName("later")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return 0 if clicked is first else 1 if clicked is second else None
