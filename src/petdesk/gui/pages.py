"""The plain list pages of the navigation. Feature packages replace them with richer ones."""

from __future__ import annotations

from typing import Any

from petdesk.db import Database
from petdesk.gui.list_page import ListPage
from petdesk.gui.qt import QCoreApplication
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.services import lists

COLUMNS = "Columns"

ORGANISATION_HEADERS = (
    ("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    ("name_other", QT_TRANSLATE_NOOP("Columns", "Name (other script)")),
    ("kind", QT_TRANSLATE_NOOP("Columns", "Kind")),
    ("country", QT_TRANSLATE_NOOP("Columns", "Country")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("member", QT_TRANSLATE_NOOP("Columns", "Member city")),
)
CONTACT_HEADERS = (
    ("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    ("name_other", QT_TRANSLATE_NOOP("Columns", "Name (other script)")),
    ("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation")),
    ("position", QT_TRANSLATE_NOOP("Columns", "Position")),
)
VISIT_HEADERS = (
    ("start", QT_TRANSLATE_NOOP("Columns", "From")),
    ("end", QT_TRANSLATE_NOOP("Columns", "To")),
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("direction", QT_TRANSLATE_NOOP("Columns", "Direction")),
    ("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ("host", QT_TRANSLATE_NOOP("Columns", "Host")),
    ("people", QT_TRANSLATE_NOOP("Columns", "People")),
    # the delegation's country and announced size (0070)
    ("country", QT_TRANSLATE_NOOP("Columns", "Country")),
    ("head_count", QT_TRANSLATE_NOOP("Columns", "Head count")),
)
TRAINING_HEADERS = (
    ("start", QT_TRANSLATE_NOOP("Columns", "From")),
    ("end", QT_TRANSLATE_NOOP("Columns", "To")),
    ("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    ("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ("city", QT_TRANSLATE_NOOP("Columns", "City")),
    ("people", QT_TRANSLATE_NOOP("Columns", "People")),
    ("attendees", QT_TRANSLATE_NOOP("Columns", "Attendees")),
)


def translated(headers: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(key, QCoreApplication.translate(COLUMNS, text)) for key, text in headers]


def enum_formatter(locale: str) -> Any:
    """Shows an enum value ("city_government") as its label in the interface language."""

    def fmt(value: Any) -> str:
        if value is None:
            return ""
        try:
            from petdesk.vocab import label
        except ImportError:
            return str(value)
        try:
            return label(value, locale)
        except (KeyError, ValueError, TypeError):
            return str(value)

    return fmt


def organisations_page(db: Database, locale: str) -> ListPage:
    fmt = enum_formatter(locale)
    return ListPage(
        db,
        lists.organisations(locale),
        translated(ORGANISATION_HEADERS),
        locale=locale,
        formatters={"kind": fmt},
    )


def contacts_page(db: Database, locale: str) -> ListPage:
    return ListPage(db, lists.contacts(locale), translated(CONTACT_HEADERS), locale=locale)


def visits_page(db: Database, locale: str) -> ListPage:
    fmt = enum_formatter(locale)
    return ListPage(
        db,
        lists.visits(locale),
        translated(VISIT_HEADERS),
        locale=locale,
        formatters={"direction": fmt, "status": fmt},
    )


def trainings_page(db: Database, locale: str) -> ListPage:
    fmt = enum_formatter(locale)
    return ListPage(
        db, lists.trainings(locale), translated(TRAINING_HEADERS), locale=locale, formatters={"status": fmt}
    )
