"""Tab follows what the eye reads: the focus chain put in the order the layouts show the widgets.

Qt's Tab order is the order the widgets were created in. An editor builds its fields first and
its boxes after, and adds rows (an e-mail, an address) once the record has arrived, so Tab went
from "Web pages" back up to "Gender" and never reached the e-mail rows or Save (field test D9).
Here the layouts are read instead: a box layout item by item, a grid and a form row by row, the
inside of a scroll area, a splitter and the pages of a tab widget in place of the container.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import cast

from petdesk.gui.a11y import name_toolbar_extension
from petdesk.gui.date_box import DateBox
from petdesk.gui.focus_mark import mark_toolbar_focus
from petdesk.gui.qt import (
    QAbstractScrollArea,
    QDate,
    QDateTimeEdit,
    QEvent,
    QFormLayout,
    QGridLayout,
    QKeyEvent,
    QLayout,
    QMouseEvent,
    QObject,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    Qt,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)


def takes_tab(widget: QWidget) -> bool:
    """True for a widget that Tab may stop at (its own policy, whether shown or not)."""
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _place(layout: QLayout, index: int) -> tuple[int, int]:
    """Where an item is read: grids and forms may be filled in any order, they are read row by
    row, left to right; a box layout in the order of its items."""
    if isinstance(layout, QGridLayout):
        row, column, _rows, _columns = cast(tuple[int, int, int, int], layout.getItemPosition(index))
        return row, column
    if isinstance(layout, QFormLayout):
        row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getItemPosition(index))
        return row, role.value
    return 0, index


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    if (bar := layout.menuBar()) is not None:  # a toolbar on top of the editor comes first
        yield from _widgets(bar)
    items = [layout.itemAt(i) for i in range(layout.count())]
    for i in sorted(range(len(items)), key=lambda i: _place(layout, i)):
        item = items[i]
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            yield from _widgets(widget)
        elif (inner := item.layout()) is not None:
            yield from _layout_widgets(inner)


def _widgets(widget: QWidget) -> Iterator[QWidget]:
    if widget.isWindow():  # a dialog or pop-up of its own
        return
    if takes_tab(widget) and not isinstance(widget, (QScrollArea, QSplitter)):
        yield widget  # a tab widget stands for its tab bar (its focus proxy)
    yield from _inside(widget)


def _inside(widget: QWidget) -> Iterator[QWidget]:
    """The Tab stops within ``widget``, not counting itself."""
    if isinstance(widget, QScrollArea):
        # The form inside is what Tab visits; the area scrolls to the field that has the focus.
        if (inner := widget.widget()) is not None:
            yield from _widgets(inner)
    elif isinstance(widget, QSplitter):
        for i in range(widget.count()):
            if (part := widget.widget(i)) is not None:
                yield from _widgets(part)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            if (page := widget.widget(i)) is not None:
                yield from _widgets(page)
    elif isinstance(widget, QAbstractScrollArea):  # a table, a text box: its viewport is its own
        return
    elif (layout := widget.layout()) is not None:
        yield from _layout_widgets(layout)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab may stop at, in the order the layouts show them."""
    return list(_inside(root))


#: The lowest date of an :class:`OptionalDateEdit`: no date.
NO_DATE = QDate(2000, 1, 1)


class _TabLeavesDateBox(QObject):
    """Tab and Shift+Tab move on from a date or time box to the next field.

    Qt's date and time boxes take Tab to step through their parts (day, month, year, hour…), so
    in an editor Tab stopped three or five times in each date before the next field; the parts
    stay reachable with Left and Right (and Up/Down change the part at the cursor)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateTimeEdit):
            return False
        forward = _tab_direction(cast(QKeyEvent, event))
        if forward is None:
            return False
        QWidget.focusNextPrevChild(watched, forward)  # the plain widget's: on to the next field
        return True


def _tab_direction(event: QKeyEvent) -> bool | None:
    """True for Tab, False for Shift+Tab (Backtab), None for any other key or with Ctrl or Alt."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    if event.key() == Qt.Key.Key_Backtab:
        return False
    if event.key() == Qt.Key.Key_Tab:
        return not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return None


#: One filter for every date box, made with the first (it must live in the GUI thread).
_date_box_filter: list[_TabLeavesDateBox] = []


def tab_leaves_date_boxes(root: QWidget) -> None:
    """Let Tab and Shift+Tab leave every date, time and date-time box under ``root``."""
    if not _date_box_filter:
        _date_box_filter.append(_TabLeavesDateBox())
    for box in root.findChildren(QDateTimeEdit):  # QDateEdit and QTimeEdit too
        box.installEventFilter(_date_box_filter[0])  # installed twice is installed once


class OptionalDateEdit(DateBox):
    """A date box whose lowest date means "no date", shown as "—", and which starts empty.

    While that text shows, Qt's date edit kept Tab to itself (it looks for the next date section
    in a text that has none), so Tab never left an empty "From" filter of the visits list; with a
    date, Tab stepped through its day, month and year. Tab goes on to the next control (the parts
    are reached with Left and Right), here and in every box ``follow_layouts`` sees."""

    def __init__(self, parent: QWidget | None, display_format: str) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # opens the calendar popup
        self._page_to_today()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # F4 or Alt+Down open the popup
        self._page_to_today()

    def _page_to_today(self) -> None:
        """An empty box's calendar opens on this month, not on the "no date" date (January 2000):
        a new milestone starts without a due date (field test F14)."""
        calendar = self.calendarWidget() if self.calendarPopup() else None
        if calendar is not None and calendar.isVisible() and self._empty():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def _empty(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # past QDateTimeEdit's sections


def follow_layouts(root: QWidget) -> None:
    """Put the Tab order under ``root`` in the order it is shown, let every text box pass Tab on
    (a notes box that took each Tab as a character trapped keyboard users inside it), and make
    toolbar buttons Tab stops (an editor's Save, Confirm, Dossier… were out of the keyboard's reach),
    and let Tab leave date and time boxes (it stepped through their day, month and year)."""
    tab_leaves_date_boxes(root)
    for text in root.findChildren(QPlainTextEdit):
        text.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        if not rich.isReadOnly():  # a read-only browser's Tab goes from link to link, then on
            rich.setTabChangesFocus(True)
    for bar in root.findChildren(QToolBar):
        name_toolbar_extension(bar)
        mark_toolbar_focus(bar)  # a clear outline where the focus is (field test 109)
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    # Scroll areas holding the form are no stop of their own (Tab landed on the bare area).
    for area in root.findChildren(QScrollArea):
        if area.widget() is not None:
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    stops = tab_stops(root)
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)
