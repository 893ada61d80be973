"""Plural messages of contexts that are not a class of their own.

This PySide6's lupdate (6.11) marks a message as plural only when it is written ``self.tr(text, "", n)``
with a name as the count; ``QCoreApplication.translate(context, text, "", n)`` comes out as an ordinary
message and English loses its singular. Each class here is named as its translation context, so
lupdate files its ``tr`` messages under that context and ``tr`` finds them there at run time.
"""

from __future__ import annotations

from petdesk.gui.qt import QObject


class RecordList(QObject):
    def records(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)


class CalendarPage(QObject):
    def more(self, n: int) -> str:
        return self.tr("+%n more", "", n)


class EmptyPage(QObject):
    def imported(self, n: int) -> str:
        return self.tr("%n record(s) imported.", "", n)


class Settings(QObject):
    def close_editors_and_switch(self, n: int) -> str:
        return self.tr(
            "Close the %n open editor window(s) and switch the language now? "
            "Otherwise the new language applies at the next start.",
            "",
            n,
        )
