"""Plural messages of contexts that are not a class of their own.

This PySide6's lupdate (6.11) marks a message as plural only when it is written ``self.tr(text, "", n)``
with a name as the count; ``QCoreApplication.translate(context, text, "", n)`` comes out as an ordinary
message and English loses its singular. Each class here is named as its translation context, so
lupdate files its ``tr`` messages under that context and ``tr`` finds them there at run time.
"""

from __future__ import annotations

from collections.abc import Callable

from petdesk.gui.qt import QObject


class RecordList(QObject):
    def records(self, n: int) -> str:
        return self.tr("%Ln record(s)", "", n)

    def years(self, n: int) -> str:
        return self.tr("%Ln year(s)", "", n)


class ListCount(QObject):
    def of(self, noun: str) -> str:
        """The count beside a list, of a counted noun ("2,000 contacts"). Chinese puts 共 before it
        here only: the same nouns go into sentences ("Deleted 3 contacts." 已删除 3 位联系人。)."""
        return self.tr("%1", "the count beside a list, e.g. 2,000 contacts").replace("%1", noun)


class PipelineLists(QObject):
    """The counts under the projects, technologies and city needs lists."""

    def projects(self, n: int) -> str:
        return self.tr("%Ln project(s)", "", n)

    def technologies(self, n: int) -> str:
        return self.tr("%Ln technology(ies)", "", n)

    def needs(self, n: int) -> str:
        return self.tr("%Ln city need(s)", "", n)


class History(QObject):
    def backups_may_hold(self, n: int) -> str:
        return self.tr(
            "%Ln backup(s) made before now may still hold the person "
            "(petdesk person backups names those that do):",
            "",
            n,
        )

    def marks_counted(self, n: int) -> str:
        """A training's attendance marks of one session, counted in its history."""
        return self.tr("%Ln mark(s) entered, changed or cleared", "", n)

    def erased(self, n: int) -> str:
        """What an erasure of a person did ("%1" is the person)."""
        return self.tr(
            "%1 was erased (%Ln record(s)). The erasure travels with the next sync package.", "", n
        )

    def named_ahead(self, n: int) -> str:
        """Before an erasure: other records whose free text names the person, left as written."""
        return self.tr(
            "Their name is also written in %Ln other record(s), which the erasure leaves as written:", "", n
        )

    def still_named_in(self, n: int) -> str:
        """Other records whose free text still names the erased person (field test 59)."""
        return self.tr(
            "Their name is still written in %Ln other record(s); edit them if the name should go:", "", n
        )


class CalendarPage(QObject):
    def more(self, n: int) -> str:
        return self.tr("+%Ln more", "", n)


class EmptyPage(QObject):
    def imported(self, n: int) -> str:
        return self.tr("%Ln record(s) imported.", "", n)


class Settings(QObject):
    def close_editors_and_switch(self, n: int) -> str:
        return self.tr(
            "Close the %Ln open editor window(s) and switch the language now? "
            "Otherwise the new language applies at the next start.",
            "",
            n,
        )


class MergeCarried(QObject):
    """How many rows of each kind a merge carries over to the record kept ("1 affiliation")."""

    def count(self, table: str, n: int) -> str:
        texts: dict[str, Callable[[], str]] = {
            "contact_method": lambda: self.tr("%Ln contact method(s)", "", n),
            "affiliation": lambda: self.tr("%Ln affiliation(s)", "", n),
            "activity": lambda: self.tr("%Ln activities", "", n),
            "visit_participant": lambda: self.tr("%Ln visit(s)", "", n),
            "itinerary_attendee": lambda: self.tr("%Ln itinerary item(s)", "", n),
            "itinerary_organisation": lambda: self.tr("%Ln itinerary item(s)", "", n),
            "training_participant": lambda: self.tr("%Ln training(s)", "", n),
            "attendance": lambda: self.tr("%Ln attendance record(s)", "", n),
            "session_trainer": lambda: self.tr("%Ln session(s) as trainer", "", n),
            "follow_up": lambda: self.tr("%Ln follow-up(s)", "", n),
            "visit": lambda: self.tr("%Ln visit(s) hosted or made", "", n),
            "training": lambda: self.tr("%Ln training(s) organised", "", n),
            "project": lambda: self.tr("%Ln project(s)", "", n),
            "project_partner": lambda: self.tr("%Ln project(s) as partner", "", n),
            "itinerary_item": lambda: self.tr("%Ln itinerary item(s) as host or interpreter", "", n),
            "room_assignment": lambda: self.tr("%Ln hotel room(s)", "", n),
            "travel_leg_traveller": lambda: self.tr("%Ln travel leg(s)", "", n),
            "vehicle_rider": lambda: self.tr("%Ln vehicle seat(s)", "", n),
            "finance_lead": lambda: self.tr("%Ln financing lead(s)", "", n),
            "city_need": lambda: self.tr("%Ln city need(s)", "", n),
            "technology": lambda: self.tr("%Ln technology(ies) provided", "", n),
        }
        text = texts.get(table)
        return text() if text is not None else f"{n} {table}"
