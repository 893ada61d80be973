"""What an empty list page shows instead of a blank table (issue 18).

On a new database every list is empty: the page says what belongs there and offers the first
action (a new record; for people and organisations also an import from a file). As soon as the
list has a row, or a search is typed, the table is back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from petdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.read_only import writes

if TYPE_CHECKING:
    from petdesk.gui.record_list import RecordListPage

CONTEXT = "EmptyPage"

#: Per kind of record: (title, what belongs here, the "new" button).
TEXTS: dict[str, tuple[str, str, str]] = {
    "contact": (  # type: ignore[dict-item]
        QT_TRANSLATE_NOOP("EmptyPage", "No contacts yet"),
        QT_TRANSLATE_NOOP(
            "EmptyPage",
            "Contacts are the people this office works with: partners' staff, experts, officials "
            "and delegation members. Add the first one, or import your address book from a vCard, "
            "CSV or Excel file.",
        ),
        QT_TRANSLATE_NOOP("EmptyPage", "New contact"),
    ),
    "organisation": (  # type: ignore[dict-item]
        QT_TRANSLATE_NOOP("EmptyPage", "No organisations yet"),
        QT_TRANSLATE_NOOP(
            "EmptyPage",
            "Organisations are the partners this office works with: city governments, enterprises, "
            "institutes and associations. Add the first one, or import a list from a CSV or Excel file.",
        ),
        QT_TRANSLATE_NOOP("EmptyPage", "New organisation"),
    ),
    "visit": (  # type: ignore[dict-item]
        QT_TRANSLATE_NOOP("EmptyPage", "No visits yet"),
        QT_TRANSLATE_NOOP(
            "EmptyPage",
            "Visits are delegation trips, incoming and outgoing, with their delegation, itinerary, "
            "logistics and follow-ups. Plan the first one.",
        ),
        QT_TRANSLATE_NOOP("EmptyPage", "New visit"),
    ),
    "training": (  # type: ignore[dict-item]
        QT_TRANSLATE_NOOP("EmptyPage", "No trainings yet"),
        QT_TRANSLATE_NOOP(
            "EmptyPage",
            "Trainings are courses and workshops with their sessions, trainers, participants and "
            "attendance. Plan the first one.",
        ),
        QT_TRANSLATE_NOOP("EmptyPage", "New training"),
    ),
}
#: Kinds that can be filled from a file through File › Import contacts….
IMPORTABLE = ("contact", "organisation")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EmptyHint(QWidget):
    """A title, a sentence and the first actions ``(name, label, slot)``, centred on the page."""

    def __init__(
        self,
        title: str,
        text: str,
        actions: list[tuple[str, str, Callable[[], None]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.title = QLabel(f"<h3>{title}</h3>", self)
        self.title.setObjectName("empty_title")
        self.text = QLabel(text, self)
        self.text.setObjectName("empty_text")
        self.text.setWordWrap(True)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for name, label_text, slot in actions:
            button = writes(QPushButton(label_text, self))  # each first action makes or imports records
            button.setObjectName(f"empty_{name}")
            button.clicked.connect(lambda _checked=False, fn=slot: fn())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        # the sentence wraps within its own column: centred by stretches, not by alignment flags
        # (an aligned label keeps its one-line size hint and loses the lines after the first)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.text, 4)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(middle)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)
        self.hide()


class EmptyState(EmptyHint):
    """The hint of a record list page (contacts, organisations, visits, trainings)."""

    def __init__(self, page: RecordListPage) -> None:
        kind = page.model.source.kind
        title, text, new = TEXTS.get(kind, ("", "", ""))
        actions: list[tuple[str, str, Callable[[], None]]] = [("new", _tr(new), page.create_new)]
        if kind in IMPORTABLE:
            import_text = _tr(QT_TRANSLATE_NOOP("EmptyPage", "Import from a file…"))  # type: ignore[arg-type]
            actions.append(("import", import_text, self._import))
        super().__init__(_tr(title), _tr(text), actions, page)
        self.page = page
        self.buttons["new"].setDefault(True)

    def _import(self) -> None:
        from petdesk.gui.contacts.import_dialog import open_import

        window = self.page.window()
        self.page.import_dialog = open_import(window)  # type: ignore[arg-type,attr-defined]

    def follow(self) -> None:
        """Show instead of the table when the list is known to be empty and nothing is searched."""
        page = self.page
        # Not while a delete can be undone: the hint would hide the table that has the focus, and
        # Ctrl+Z on it would reach nothing (as on the projects board, and ListPage's lists).
        empty = page.model.total == 0 and not page.model.search_text.strip() and not page.undo_offered()
        self.setVisible(empty)
        page.table.setVisible(not empty)
