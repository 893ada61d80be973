"""Walk every page and dialog of the main window and collect what a user can read.

Used by the zh_CN label test (``tests/gui/i18n/test_no_codes.py``) and by the screenshot script
(``scripts/screenshots.py``). Pages are the navigation's; dialogs are what each menu action opens
(modal ones are read and rejected by a timer while their ``exec()`` runs) plus the editors a
double-click on the first row of each list opens.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

#: Menu actions the walk never triggers (they end the session or need a real answer).
SKIP_ACTIONS = re.compile(r"quit|退出|restore|恢复|erase|清除", re.I)

TRACE = bool(os.environ.get("PETDESK_WALK_TRACE"))

#: Rows of a list or table read per view (what is visible at 768 px, roughly).
ROWS_READ = 25


@dataclass
class Text:
    where: str
    widget: str
    text: str


@dataclass
class Walk:
    texts: list[Text] = field(default_factory=list)
    #: Literal "&" in labels without a buddy ("&File:" shown as it is).
    ampersands: list[Text] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)


def _strip_html(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return text.replace("&nbsp;", " ").replace("&amp;", "&")


def _mnemonic_free(text: str) -> str:
    """Menu and button text as shown: "(&F)" and "&" removed."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's columnCount is private: one column
        columns = 1
    for orientation in (Qt.Orientation.Horizontal,):
        for c in range(min(columns, 40)):
            value = model.headerData(c, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
    rows = min(model.rowCount(QModelIndex()), ROWS_READ)
    for r in range(rows):
        for c in range(min(columns, 40)):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(c):  # type: ignore[attr-defined]
                continue
            value = model.index(r, c, QModelIndex()).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value


def read_widget(root: QWidget, where: str, walk: Walk) -> None:
    """Every visible text under ``root`` (itself included)."""
    widgets = [root, *root.findChildren(QWidget)]
    if root.windowTitle():
        walk.texts.append(Text(where, "window title", root.windowTitle()))
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        found: list[str] = []
        if isinstance(w, QLabel):
            found.append(_strip_html(w.text()))
            if re.search(r"&\w", w.text()) and w.buddy() is None and not w.text().lstrip().startswith("<"):
                walk.ampersands.append(Text(where, name, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append(_mnemonic_free(w.text()))
            if isinstance(w, QToolButton) and w.menu() is not None:  # checked lists, drop-down menus
                found += [_mnemonic_free(a.text()) for a in w.menu().actions() if not a.isSeparator()]
        elif isinstance(w, QGroupBox):
            found.append(_mnemonic_free(w.title()))
        elif isinstance(w, QTabWidget):
            found += [_mnemonic_free(w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
            if w.isReadOnly():
                found.append(w.text())
        elif isinstance(w, QComboBox):
            # The value shown (an editable combo may show what is not among its items) and the items.
            found += [w.currentText(), *(w.itemText(i) for i in range(min(w.count(), 60)))]
        elif isinstance(w, QAbstractItemView) and not isinstance(w.parent(), QComboBox):
            found += list(_view_texts(w))
        elif isinstance(w, QToolBar):
            found += [_mnemonic_free(a.text()) for a in w.actions() if a.isVisible()]
        for text in found:
            for line in text.splitlines():
                if line.strip():
                    walk.texts.append(Text(where, name, line.strip()))


def field_texts(root: QWidget, where: str) -> list[Text]:
    """What an editor's fields show (labels, combo values and items, checked lists)."""
    walk = Walk()
    read_widget(root, where, walk)
    return walk.texts


def read_with_tabs(root: QWidget, where: str, walk: Walk) -> None:
    """Read ``root``, then once more with each other tab of its tab widgets shown."""
    read_widget(root, where, walk)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != first:
                tabs.setCurrentIndex(i)
                QCoreApplication.processEvents()
                read_widget(tabs.currentWidget(), f"{where} › {_mnemonic_free(tabs.tabText(i))}", walk)
        tabs.setCurrentIndex(first)


def _top_levels() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


class DialogReader:
    """While an action runs, reads and closes every window it opens (modal ones included)."""

    def __init__(self, where: str, walk: Walk, on_window: Callable[[QWidget, str], None] | None) -> None:
        self.where = where
        self.walk = walk
        self.on_window = on_window
        self.before = _top_levels()
        self.seen: set[int] = set()
        self.reading = False
        self.timer = QTimer()
        self.timer.setInterval(25)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        # Reading a window processes events (tabs switched, pages laid out), and with them this
        # timer's next tick: that tick must not close the window being read under the reader.
        if self.reading:
            return
        self.reading = True
        try:
            self._poll()
        finally:
            self.reading = False

    def _poll(self) -> None:
        for w in QApplication.topLevelWidgets():
            if not w.isVisible() or id(w) in self.before or isinstance(w, QMenu):
                continue
            modal = QApplication.activeModalWidget()
            if modal is not None and modal is not w:
                continue  # the topmost modal window goes first
            if getattr(w, "is_busy", lambda: False)():
                return  # an editor still reading its record off the GUI thread: the next tick
            if id(w) not in self.seen:
                self.seen.add(id(w))
                # Layouts asked for and not yet run (this tick may come between a text's change and
                # its layout; the screen shows the laid-out window a frame later): run them first.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                if not isinstance(w, QFileDialog):  # Qt's own, translated by qtbase
                    label = f"{self.where} › {type(w).__name__}"
                    self.walk.visited.append(label)
                    read_with_tabs(w, label, self.walk)
                    if self.on_window is not None:
                        self.on_window(w, label)
            _close(w)
            return

    def __enter__(self) -> DialogReader:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for _ in range(20):
            QCoreApplication.processEvents()
            self.poll()
            if not (_top_levels() - self.before):
                break
        self.timer.stop()


def menu_actions(window: QWidget) -> Iterator[tuple[str, object]]:
    bar = window.menuBar()  # type: ignore[attr-defined]
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        menu.aboutToShow.emit()  # menus that fill themselves on show
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                continue
            yield f"{_mnemonic_free(top.text())} › {_mnemonic_free(action.text())}", action


def walk_window(
    window: QWidget,
    *,
    qtbot: object,
    on_page: Callable[[QWidget, str], None] | None = None,
    on_window: Callable[[QWidget, str], None] | None = None,
    on_selected: Callable[[QWidget, str], None] | None = None,
) -> Walk:
    """Visit every page (and the editor of its first row) and every menu action's window;
    ``on_selected`` is called once a page's first record is selected (its detail pane shown)."""
    walk = Walk()
    for row in range(window.nav.count()):  # type: ignore[attr-defined]
        window.nav.setCurrentRow(row)  # type: ignore[attr-defined]
        page = window.stack.currentWidget()  # type: ignore[attr-defined]
        label = f"page {window.nav.item(row).text()}"  # type: ignore[attr-defined]
        _settle(qtbot)
        walk.visited.append(label)
        read_with_tabs(page, label, walk)
        if on_page is not None:
            on_page(page, label)
        _open_first_record(page, label, walk, qtbot, on_window, on_selected)
    for label, action in menu_actions(window):
        if SKIP_ACTIONS.search(label):
            continue
        if TRACE:
            print("action", label, file=sys.stderr, flush=True)
        with DialogReader(label, walk, on_window):
            action.trigger()  # type: ignore[attr-defined]
            _settle(qtbot)
    # Text of the menus themselves.
    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        walk.texts.append(Text("menu bar", "QMenu", _mnemonic_free(top.text())))
        if top.menu() is not None:
            for action in top.menu().actions():
                if not action.isSeparator():
                    walk.texts.append(Text("menu bar", "QAction", _mnemonic_free(action.text())))
    return walk


def _settle(qtbot: object) -> None:
    from PySide6.QtCore import QThreadPool

    # Until no background work is left: a result delivered may start more work. Then one more pass
    # lays out what changed. (The "Rewrite 0 Numbers needs 123 px, has 80" failure was the reader's
    # timer measuring before a pending layout: DialogReader runs pending layouts first.)
    pool = QThreadPool.globalInstance()
    for _ in range(5):
        pool.waitForDone(10000)
        QCoreApplication.processEvents()
        qtbot.wait(30)  # type: ignore[attr-defined]
        if pool.activeThreadCount() == 0:
            break
    QCoreApplication.processEvents()


def _open_first_record(
    page: QWidget,
    where: str,
    walk: Walk,
    qtbot: object,
    on_window: Callable[[QWidget, str], None] | None,
    on_selected: Callable[[QWidget, str], None] | None = None,
) -> None:
    """Double-click the first row of the page's main list: the editor it opens is a dialog too."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page) and v.model()]
    views = [
        v for v in views if v.model().rowCount(QModelIndex()) > 0 and not isinstance(v.parent(), QComboBox)
    ]
    if not views:
        return
    view = views[0]
    index = view.model().index(0, 0, QModelIndex())
    view.setCurrentIndex(index)  # the detail pane shows the record
    _settle(qtbot)
    read_widget(page, f"{where} › selected", walk)
    if on_selected is not None:
        on_selected(page, where)
    with DialogReader(f"{where} › open first", walk, on_window):
        view.doubleClicked.emit(index)
        _settle(qtbot)


def is_message_box(widget: QWidget) -> bool:
    return isinstance(widget, QMessageBox)


def save_shot(widget: QWidget, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")
    widget.grab().save(str(path))
    return path
