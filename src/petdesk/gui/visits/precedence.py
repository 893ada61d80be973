"""Order of precedence and forms of address, in the visit editor's Logistics tab (issue 14).

Each side (delegation, host) is a list that is put in order by dragging a name to its place, or with
the keyboard: Ctrl+Up / Ctrl+Down on the selected name (or the Move up / Move down buttons). Every
move is saved at once through :func:`petdesk.services.logistics.set_precedence_order`; the lists are
then read back from :func:`~petdesk.services.logistics.precedence_lists`, so the window always shows
the order the dossier will print.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from petdesk import labels
from petdesk.db import Database
from petdesk.gui.operations import wait_for
from petdesk.gui.qt import (
    QAbstractItemView,
    QDropEvent,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.visits.widgets import IdRole
from petdesk.language import is_chinese
from petdesk.messages import localize
from petdesk.services import logistics as ls
from petdesk.services import visit_steps
from petdesk.services.logistics import PrecedenceLists
from petdesk.services.visits import ScheduleError


class PrecedenceList(QListWidget):
    """One side's names; a drop or Ctrl+Up/Down calls ``moved(from_row, to_row)``.

    The drop is handled here rather than by Qt's own internal move: the order is saved by the
    service and the list reloaded from it, so the drag reports a copy and Qt removes nothing."""

    def __init__(self, moved: Callable[[int, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moved = moved
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumHeight(120)

    def drop_row(self, event: QDropEvent) -> int:
        """The row a drop at the event's position puts the dragged name at."""
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return self.count() - 1
        row = index.row()
        rect = self.visualRect(index)
        after = pos.y() > rect.center().y()
        source = self.currentRow()
        target = row + (1 if after else 0)
        return target - 1 if source < target else target

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        if source < 0:
            event.ignore()
            return
        target = max(0, min(self.drop_row(event), self.count() - 1))
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for Qt to remove: we reload
        event.accept()
        if target != source:
            self.moved(source, target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            row = self.currentRow()
            if row >= 0 and 0 <= row + step < self.count():
                self.moved(row, row + step)
            event.accept()
            return
        super().keyPressEvent(event)


class PrecedenceBox(QGroupBox):
    """Both sides' order of precedence and the selected person's form of address."""

    def __init__(
        self,
        db: Database,
        visit_id: Callable[[], str | None],
        report: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        hold: Callable[[str, dict[str, Any], str], bool] | None = None,
        draft: Callable[[], AbstractContextManager[Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Order of precedence and forms of address"))
        self.setObjectName("precedence")
        self.db = db
        self.visit_id = visit_id
        self.report = report
        #: In the visit editor: a change is held until its Save (``hold(name, args, done)``, a
        #: ``visit_steps`` step that its draft keeps; False when refused) and the lists show its
        #: draft (``draft()``), like the rest of the Logistics tab.
        self.hold = hold
        self.draft = draft
        self.view = PrecedenceLists((), ())
        self.lists: dict[str, PrecedenceList] = {}
        grid = QGridLayout()
        for column, (side, title) in enumerate(
            (("delegation", self.tr("Delegation")), ("host", self.tr("Host side")))
        ):
            listing = PrecedenceList(lambda a, b, side=side: self.move(side, a, b), self)  # type: ignore[arg-type,misc]
            listing.setObjectName(f"precedence_{side}")
            listing.currentRowChanged.connect(lambda _row, side=side: self._show_address(side))
            self.lists[side] = listing
            grid.addWidget(QLabel(title, self), 0, column)
            grid.addWidget(listing, 1, column)
            buttons = QHBoxLayout()
            for text, step, name in ((self.tr("Move up"), -1, "up"), (self.tr("Move down"), 1, "down")):
                button = QPushButton(text, self)
                button.setObjectName(f"precedence_{side}_{name}")
                button.clicked.connect(lambda _c=False, side=side, step=step: self.step(side, step))
                buttons.addWidget(button)
            buttons.addStretch(1)
            grid.addLayout(buttons, 2, column)
        hint = QLabel(self.tr("Drag a name to its place, or select it and press Ctrl+Up / Ctrl+Down."), self)
        hint.setWordWrap(True)
        self.address_en, self.address_zh = QLineEdit(self), QLineEdit(self)
        self.address_en.setObjectName("address_en")
        self.address_zh.setObjectName("address_zh")
        self.address_en.setPlaceholderText(self.tr("e.g. H.E. Ms. Anna Schmidt"))
        self.address_zh.setPlaceholderText(self.tr("e.g. 安娜·施密特女士阁下"))
        save = QPushButton(self.tr("Save form of address"), self)
        save.setObjectName("save_address")
        save.clicked.connect(lambda _c=False: self.save_address())
        address = QHBoxLayout()
        address.addWidget(QLabel(self.tr("Form of address (English)"), self))
        address.addWidget(self.address_en, 1)
        address.addWidget(QLabel(self.tr("(Chinese)"), self))
        address.addWidget(self.address_zh, 1)
        address.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addLayout(address)
        self._side = "delegation"

    # --- data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the lists again off the GUI thread; returns once they are shown (the event loop
        runs meanwhile, the box is disabled)."""
        vid = self.visit_id()
        if vid is None:
            return

        def read() -> ls.PrecedenceLists:
            with self.draft() if self.draft is not None else self.db.reading() as s:
                return ls.precedence_lists(s, vid)

        self.setEnabled(False)
        try:
            self.show_lists(wait_for(read))
        finally:
            self.setEnabled(True)

    def show_lists(self, view: ls.PrecedenceLists) -> None:
        """Show both sides' lists, keeping the names chosen."""
        self.view = view
        for side, listing in self.lists.items():
            chosen = listing.currentItem().data(IdRole) if listing.currentItem() else None
            listing.blockSignals(True)
            listing.clear()
            locale = QLocale().name()
            chinese = is_chinese(locale)
            for n, p in enumerate(self.view.side(side), start=1):
                number = f"{n}." if p.precedence is not None else "–"
                # the window's language first, as the Delegation tab names people ("李明", then
                # "Ming Li"): a Chinese window read "Ming Li（李明）"; full-width brackets there
                first, second = (p.name_zh, p.name_en) if chinese and p.name_zh else (p.name_en, p.name_zh)
                other = second if second and second != first else ""
                entry = QListWidgetItem(f"{number} {labels.bracket(first, other, locale)}")
                entry.setData(IdRole, p.participant_id)
                addresses = (p.form_of_address_zh, p.form_of_address_en)
                entry.setToolTip(next((a for a in (addresses if chinese else addresses[::-1]) if a), ""))
                listing.addItem(entry)
                if p.participant_id == chosen:
                    listing.setCurrentItem(entry)
            listing.blockSignals(False)
        self._show_address(self._side)

    def names(self, side: str) -> list[str]:
        """The English names of one side, top to bottom, as shown."""
        return [p.name_en for p in self.view.side(side)]

    def move(self, side: str, source: int, target: int) -> bool:  # type: ignore[override]
        """Put the name at row ``source`` at row ``target`` and save the whole side's order."""
        vid = self.visit_id()
        people = list(self.view.side(side))
        if vid is None or not (0 <= source < len(people) and 0 <= target < len(people)):
            return False
        moving = people.pop(source)
        people.insert(target, moving)
        order = [p.participant_id for p in people]
        if not self._write(
            "set_precedence_order", {"args": [vid, order]}, self.tr("Order of precedence saved.")
        ):
            return False
        listing = self.lists[side]
        listing.setCurrentRow(target)
        return True

    def _write(self, name: str, args: dict[str, Any], done: str) -> bool:
        """Hold the change, the step ``logistics_<name>`` of ``visit_steps``, until the editor's
        Save (or write it at once outside an editor), then show it; a refused change shows its
        sentence."""
        step = f"logistics_{name}"
        if self.hold is not None:
            if not self.hold(step, args, done):  # the holder says the result, or the refusal
                return False
            self.reload()
            return True

        def write() -> None:
            with self.db.transaction() as s:
                visit_steps.run(s, step, args)

        try:
            wait_for(write)
        except ScheduleError as exc:
            self.report(localize(str(exc), QLocale().name()))
            return False
        self.reload()
        self.report(done)
        return True

    def step(self, side: str, step: int) -> bool:
        row = self.lists[side].currentRow()
        if row < 0:
            self.report(self.tr("Select a name first."))
            return False
        return self.move(side, row, row + step)

    def _current(self, side: str) -> ls.RankedPerson | None:
        row = self.lists[side].currentRow()
        people = self.view.side(side)
        return people[row] if 0 <= row < len(people) else None

    def _show_address(self, side: str) -> None:
        self._side = side
        person = self._current(side)
        self.address_en.setText(person.form_of_address_en if person else "")
        self.address_zh.setText(person.form_of_address_zh if person else "")

    def save_address(self) -> bool:
        person = self._current(self._side)
        if person is None:
            self.report(self.tr("Select a name first."))
            return False
        pid, precedence = person.participant_id, person.precedence
        en, zh = self.address_en.text(), self.address_zh.text()
        protocol = {"precedence": precedence, "form_of_address_en": en, "form_of_address_zh": zh}
        return self._write(
            "set_participant_protocol", {"args": [pid], **protocol}, self.tr("Form of address saved.")
        )
