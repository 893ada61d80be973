"""The window's first paint on a large database (issue 18): the rows of the page it last showed,
read with plain sqlite3 (``services.first_rows``), before SQLAlchemy, the models and the window's
features are imported. ``quick_start_window`` shows them; ``MainWindow.start`` then opens the
real page in their place, the same columns in the same order.

Imports nothing that imports SQLAlchemy (a test checks ``sys.modules`` while the rows show).
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.gui.column_fit import ColumnFitter, least_widths
from petdesk.gui.first_paint import after_first_paint
from petdesk.gui.hidden_columns import saved_hidden
from petdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QEventLoop,
    QLineEdit,
    QSettings,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from petdesk.gui.text_size import fit_rows_to_text
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.services.first_rows import OPENING_MODULES, FirstRows, read_first_rows

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

#: Header texts and starting widths, as the contacts list has them (``gui.contacts.list``).
_HEADERS = {
    "contacts": (
        "ContactColumns",
        {
            "name": (QT_TRANSLATE_NOOP("ContactColumns", "Name"), 170),
            "other_name": (QT_TRANSLATE_NOOP("ContactColumns", "Name (other script)"), 120),
            "organisation": (QT_TRANSLATE_NOOP("ContactColumns", "Organisation"), 240),
            "position": (QT_TRANSLATE_NOOP("ContactColumns", "Position"), 150),
            "email": (QT_TRANSLATE_NOOP("ContactColumns", "E-mail"), 200),
            "phone": (QT_TRANSLATE_NOOP("ContactColumns", "Phone"), 140),
            "tags": (QT_TRANSLATE_NOOP("ContactColumns", "Tags"), 100),
        },
    ),
}
#: The search index kind of each page (its hidden columns are kept under ``columns/<kind>``).
_KINDS = {"contacts": "contact"}
#: Columns hidden until the user shows them (a right-click on the header), per kind: seven columns
#: beside the detail pane at 1024 px were each cut to a word (round 53); the position and tags
#: are in the detail pane.
HIDDEN_AT_FIRST = {"contact": ("position", "tags")}


class FirstRowsPage(QWidget):
    """A read-only table of the first rows, laid out like the list page that replaces it."""

    def __init__(self, first: FirstRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_rows")
        context, headers = _HEADERS[first.page]
        search = QLineEdit(self)
        search.setEnabled(False)  # typing waits for the real page, a moment later
        self.model = QStandardItemModel(len(first.rows), len(first.keys), self)
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate(context, headers[key][0]) for key in first.keys]
        )
        for row_no, (_id, cells) in enumerate(first.rows):
            for column, text in enumerate(cells):
                item = QStandardItem(text)
                item.setEditable(False)
                self.model.setItem(row_no, column, item)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab leaves, arrows move in the table
        self.table.verticalHeader().hide()
        fit_rows_to_text(self.table)  # as the list
        settings, kind = QSettings(), _KINDS[first.page]
        hidden = saved_hidden(settings, kind, HIDDEN_AT_FIRST.get(kind, ()))
        kept: dict[int, int] = {}
        for column, key in enumerate(first.keys):
            # The widths the user left (kept by the list page), so the real page does not jump.
            width = settings.value(f"widths/{kind}/{key}", 0, type=int)
            if isinstance(width, int) and width > 0:
                kept[column] = width
            self.table.setColumnHidden(column, key in hidden)
        wanted = [headers[key][1] for key in first.keys]
        self.column_fitter = ColumnFitter(
            self.table, wanted, kept=kept, least=least_widths(first.keys, wanted)
        )
        # The order the rows were read in, shown as the list shows it (not clickable meanwhile).
        order = Qt.SortOrder.DescendingOrder if first.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(first.keys.index(first.column), order)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        layout = QVBoxLayout(self)
        layout.addWidget(search)
        layout.addWidget(self.table, 1)


def quick_start_window(db_path: Path, locale: str) -> MainWindow | None:
    """A main window showing the first rows of the page it showed last, painted before this
    returns; None when the file or the page needs the full opening first (then nothing is shown).
    The caller opens the database and calls ``window.start(db)``."""
    settings = QSettings()
    page = str(settings.value("window/page") or "")
    # The sort the list was left in (kept by the list page): the rows come in that order.
    kind = _KINDS.get(page, "")
    column = str(settings.value(f"sort/{kind}/column") or "name")
    descending = settings.value(f"sort/{kind}/descending", False, type=bool)
    first = read_first_rows(db_path, page, locale, column=column, descending=bool(descending))
    if first is None:
        return None
    from petdesk.gui.main_window import MainWindow

    window = MainWindow(None, locale=locale, preview=FirstRowsPage(first))
    window.show()
    painted = QEventLoop()
    after_first_paint(window, painted.quit)
    painted.exec()
    import_while_answering(OPENING_MODULES)
    return window


def import_while_answering(modules: tuple[str, ...]) -> None:
    """Import ``modules`` on a worker thread while the event loop runs, so that the window with its
    first rows can be scrolled and resized meanwhile (seconds on a busy laptop). Only modules
    that import no Qt: widgets belong to the GUI thread. A failed import is left to the caller,
    which imports the module again and reports the error."""
    done = threading.Event()

    def work() -> None:
        try:
            for name in modules:
                with contextlib.suppress(Exception):  # the GUI thread imports it again, and reports
                    importlib.import_module(name)
        finally:
            done.set()

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    threading.Thread(target=work, name="petdesk-imports", daemon=True).start()
    poll.start(15)
    loop.exec()
    poll.stop()
