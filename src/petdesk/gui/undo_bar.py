"""The Undo bar a page shows after a Delete (or a bulk change, a save): what was done, and Undo.

The list pages (``record_list.RecordList``) and the projects board each built their own copy of
the same three lines; the copies drifted apart (the board's button had another object name, was not
marked as writing for the read-only window, and neither had a spoken name saying what Undo takes
back). One widget now, with its strings in one translation context ("UndoBar"), so both pages say
the same in both languages.
"""

from __future__ import annotations

from petdesk.gui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import writes
from petdesk.gui.shortcut_log import ambiguity_logged


class UndoBar(QWidget):
    """A line saying what was just done, and an Undo button; hidden until :meth:`show_message`.

    The bar only asks (:attr:`undo_requested`); the page keeps what to undo and hides the bar."""

    #: Undo was clicked, or Ctrl+Z pressed with the focus on the bar (``shortcut``).
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, shortcut: bool = True) -> None:
        """``shortcut``: Ctrl+Z with the focus in the bar (its Undo button) asks to undo too. Off where
        the page's own Ctrl+Z already covers the bar: two live at once, Qt runs neither."""
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setAccessibleName(QCoreApplication.translate("UndoBar", "Undo bar"))
        self.label = QLabel(self)
        self.label.setObjectName("undo_message")
        self.button = writes(QPushButton(QCoreApplication.translate("UndoBar", "Undo"), self))
        self.button.setObjectName("undo")
        self.button.setAccessibleName(self.button.text())
        self.button.clicked.connect(lambda _checked=False: self.undo_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.key: QShortcut | None = None
        if shortcut:
            # A hidden bar's shortcut is not live: Ctrl+Z reaches it only while it shows.
            self.key = ambiguity_logged(QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self))
            self.key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.key.activated.connect(self.undo_requested.emit)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show the bar saying ``text`` ("Deleted 2 contacts."); the Undo button's spoken
        description says it too, so a screen reader on the button hears what Undo takes back."""
        self.label.setText(text)
        self.button.setAccessibleDescription(text)
        self.show()

    def message(self) -> str:
        """What the bar says (the last :meth:`show_message`)."""
        return self.label.text()
