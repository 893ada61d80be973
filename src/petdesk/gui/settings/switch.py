"""Switching the interface language without losing work: rebuild the main window, keep its state.

Qt widgets built with ``tr()`` do not re-translate themselves, and pages written by many hands would
each need a ``changeEvent`` to do it. Rebuilding the window is simpler and always complete: the
old window's state is captured, translators are swapped, a new ``MainWindow`` is built on the same
database and the state is put back, then the old window goes.

What is kept: geometry, maximised state, splitter, the current page, and for every page its search
text and selected rows. A page with more to keep (a half-filled form) defines ``save_ui_state() ->
dict`` and ``restore_ui_state(dict)``; a page that cannot give up its work (``has_unsaved_changes()``
returns True) makes the switch wait: the choice is stored and applies at the next start. Editor
windows open beside the main window belong to its pages: the user is asked to close them first
(each may ask to save) or to get the new language at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk import i18n
from petdesk.gui import plurals
from petdesk.gui.qt import QApplication, QCoreApplication, QMenu, QMessageBox, Qt, QWidget
from petdesk.gui.translation import install_translators, store_choice

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

#: Windows made by a switch, kept alive here (Python would otherwise collect them).
_windows: list[MainWindow] = []


def capture_state(window: MainWindow) -> dict[str, Any]:
    """Everything about ``window`` a rebuilt window needs to look the same."""
    pages: dict[str, dict[str, Any]] = {}
    for key in window.page_keys:
        if not window.is_page_built(key):
            continue  # never shown: nothing to carry over
        page = window.page(key)
        saver = getattr(page, "save_ui_state", None)
        if callable(saver):
            pages[key] = {"custom": saver()}
            continue
        state: dict[str, Any] = {}
        listing = _list_of(page)
        if listing is not None:
            state["search"] = listing.search.text()
            state["selected"] = listing.selected_ids()
            current = getattr(listing, "current_id", None)
            state["current"] = current() if callable(current) else None
        pages[key] = state
    row = window.nav.currentRow()
    return {
        "geometry": window.saveGeometry(),
        "rect": window.geometry(),
        "window_state": window.saveState(),
        "splitter": window.splitter.saveState(),
        "maximized": window.isMaximized(),
        "page": window.page_keys[row] if 0 <= row < len(window.page_keys) else None,
        "pages": pages,
    }


def restore_state(window: MainWindow, state: dict[str, Any]) -> None:
    """Put a state from :func:`capture_state` back onto a freshly built window."""
    window.restoreGeometry(state["geometry"])
    if not state["maximized"] and state.get("rect") is not None:
        # restoreGeometry() fits the saved frame into the screen: a window as large as a 1366×768
        # screen came back 2×26 px smaller (its title bar and borders). It is the same screen.
        window.setGeometry(state["rect"])
    window.restoreState(state["window_state"])
    window.splitter.restoreState(state["splitter"])
    for key, page_state in state["pages"].items():
        if key not in window.page_keys:
            continue
        page = window.page(key)
        if "custom" in page_state:
            restorer = getattr(page, "restore_ui_state", None)
            if callable(restorer):
                restorer(page_state["custom"])
            continue
        listing = _list_of(page)
        if listing is None:
            continue
        if page_state.get("search"):
            listing.search.setText(page_state["search"])
            listing.apply_search()
        if page_state.get("selected"):
            ids, current = page_state["selected"], page_state.get("current")
            ready = getattr(listing, "when_rows_ready", None)  # rows are read off the GUI thread
            if callable(ready):
                ready(lambda listing=listing, ids=ids, current=current: _select_ids(listing, ids, current))
            else:
                _select_ids(listing, ids, current)
    if state["page"] in window.page_keys:
        window.show_page(state["page"])


def _is_list(widget: Any) -> bool:
    """A searchable list: a ``ListPage`` or anything shaped like one (search box, table, row ids)."""
    return (
        callable(getattr(widget, "apply_search", None))
        and callable(getattr(widget, "selected_ids", None))
        and hasattr(getattr(widget, "search", None), "setText")
        and hasattr(widget, "table")
        and hasattr(getattr(widget, "model", None), "row_id")
    )


def _list_of(page: Any) -> Any:
    """The searchable list of a page: the page itself or the first list inside it (None if none)."""
    if _is_list(page):
        return page
    return next((w for w in page.findChildren(QWidget) if _is_list(w)), None)


def _select_ids(page: Any, ids: list[str], current: str | None = None) -> None:
    """Select rows by id in a ``ListPage``-like page (only rows already fetched). The current row
    (``current``, else the first selected) is set first: the detail pane and the actions that need
    one record (Open) follow the current row, not the selection."""
    table = getattr(page, "table", None)
    model = getattr(page, "model", None)
    if table is None or model is None or not hasattr(model, "row_id"):
        return
    from petdesk.gui.qt import QItemSelectionModel

    wanted = set(ids)
    rows = [row for row in range(model.rowCount()) if model.row_id(row) in wanted]
    if not rows:
        return
    current_row = next((row for row in rows if model.row_id(row) == current), rows[0])
    selection = table.selectionModel()
    selection.setCurrentIndex(model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(model.index(row, 0), flags)
    table.scrollTo(model.index(current_row, 0))


def _open_windows(window: MainWindow) -> list[QWidget]:
    """Editors and other windows of ``window`` that are open beside it (non-modal dialogs)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isWindow() and w.isVisible() and w is not window and not isinstance(w, QMenu)
    ]


def _busy_pages(window: MainWindow) -> list[str]:
    names = []
    for row, key in enumerate(window.page_keys):
        if not window.is_page_built(key):
            continue
        check = getattr(window.page(key), "has_unsaved_changes", None)
        if callable(check) and check():
            names.append(window.nav.item(row).text())
    return names


def switch_language(window: MainWindow, locale: str) -> MainWindow:
    """Rebuild ``window`` in ``locale``; returns the new window (the old one closes)."""
    from petdesk.gui.main_window import MainWindow as _MainWindow

    app = QApplication.instance()
    state = capture_state(window)
    window.save_state()
    install_translators(app, locale)  # type: ignore[arg-type]
    cls = type(window) if isinstance(window, _MainWindow) else _MainWindow
    new = cls(window.db, locale=locale)
    restore_state(new, state)
    if state["maximized"]:
        new.showMaximized()
    elif window.isVisible():
        new.show()
    _windows.append(new)
    new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.hide()
    window.close()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    return new


def apply_language(window: MainWindow, choice: str) -> MainWindow:
    """Store the choice ("" = system) and switch if the language changes; returns the window in use."""
    store_choice(choice)
    locale = i18n.normalize(choice) if choice else i18n.system_locale()
    if locale == window.locale:
        return window
    editors = _open_windows(window)
    if editors:
        # Editors belong to the old window's pages and would go with it: close them first (each may
        # ask to save), or keep working and get the new language at the next start.
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("Settings", "Language"),
            plurals.Settings().close_editors_and_switch(len(editors)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return window
        for editor in editors:
            editor.close()
        if any(e.isVisible() for e in editors):  # an editor refused to close (unsaved changes)
            return window
    busy = _busy_pages(window)
    if busy:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Settings", "Language"),
            QCoreApplication.translate(
                "Settings", "%1 has unsaved changes. The new language applies at the next start."
            ).replace("%1", ", ".join(busy)),
        )
        return window
    return switch_language(window, locale)


def current_windows() -> list[MainWindow]:
    """Main windows made by language switches that are still open."""
    return [w for w in _windows if w.isVisible()]
