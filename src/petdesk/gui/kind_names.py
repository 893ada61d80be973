"""The names of the kinds of record in counts and comparisons, the navigation's own words.

The restore question said "访问" where the navigation says "来访与出访" (window57): the names are
translated in the navigation's context ("MainWindow"), so both windows read the same word."""

from __future__ import annotations

from petdesk.gui.qt import QCoreApplication
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP

#: Kind (the table's name) to its navigation title; activities have no page of their own.
KIND_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("MainWindow", "Organisations"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    "visit": QT_TRANSLATE_NOOP("MainWindow", "Visits"),
    "training": QT_TRANSLATE_NOOP("MainWindow", "Trainings"),
    "activity": QT_TRANSLATE_NOOP("MainWindow", "Activity log"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "Projects"),
}


def kind_name(kind: str) -> str:
    """The window's name of ``kind`` ("visit" → "Visits" / "来访与出访"); an unknown kind as itself."""
    return QCoreApplication.translate("MainWindow", KIND_NAMES[kind]) if kind in KIND_NAMES else kind
