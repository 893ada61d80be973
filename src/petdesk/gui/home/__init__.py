"""The home page (first in the navigation), going to records (Ctrl+K, back and forward, the recent
list), print preview of the page shown, and the icons of the navigation and toolbars.

Two installers: :func:`install` comes first in the window's list, so Home is the first page;
:func:`finish` comes last, when every page and its buttons exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.gui.a11y import name_toolbar_extension
from petdesk.gui.focus_mark import mark_toolbar_focus
from petdesk.gui.qt import QAction, QCoreApplication, QKeySequence, Qt, QToolBar

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.quick_search import QuickSearch

#: Rows a printed list shows at most (a preview of thousands of rows helps nobody).
PRINT_LIMIT = 2000


def install(window: MainWindow) -> None:
    from petdesk.gui.home.page import HomePage
    from petdesk.gui.navigator import Navigator, load_recent

    navigator = Navigator(window)
    window.navigator = navigator  # type: ignore[attr-defined]

    def make_page() -> HomePage:
        page = HomePage(window.db, window.locale, window)
        page.recent_refs = load_recent
        page.open_requested.connect(navigator.open_entry)
        page.search_requested.connect(lambda: open_quick_search(window))
        page.page_requested.connect(window.show_page)
        page.start_requested.connect(lambda step: start_step(window, step))
        # Hidden, it reads on its next show.
        navigator.recent_changed.connect(lambda: page.reload() if page.isVisible() else None)
        return page

    window.set_page("home", QCoreApplication.translate("MainWindow", "Home"), make_page)


def start_step(window: MainWindow, step: str) -> None:
    """A first step offered by the home page of an empty office, done as its menu entry does it."""
    if step == "new_organisation":
        window.show_page("organisations").create_new()  # type: ignore[attr-defined]
        return
    name = {"import_contacts": "action_import_contacts", "guide": "action_user_guide"}[step]
    action = window.findChild(QAction, name)
    if action is not None:
        action.trigger()


def open_quick_search(window: MainWindow) -> QuickSearch:
    """Ctrl+K: the search for everything; the chosen record opens through the navigator."""
    from petdesk.gui.navigator import load_recent
    from petdesk.gui.quick_search import QuickSearch

    dialog: QuickSearch | None = getattr(window, "quick_search", None)
    if dialog is None:
        dialog = QuickSearch(window.db, window.locale, load_recent, window)
        dialog.chosen.connect(window.navigator.open_entry)  # type: ignore[attr-defined]
        window.quick_search = dialog  # type: ignore[attr-defined]
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def finish(window: MainWindow) -> None:
    from petdesk.gui import icons

    navigator: Any = window.navigator  # type: ignore[attr-defined]
    go = window.menu("view")
    specs = (
        ("home", QCoreApplication.translate("Navigation", "&Home"), "Alt+Home", "home",
         lambda: window.show_page("home")),
        ("search_everything", QCoreApplication.translate("Navigation", "&Search Everything…"), "Ctrl+K",
         "search", lambda: open_quick_search(window)),
        ("back", QCoreApplication.translate("Navigation", "&Back"), "Alt+Left", "arrow-left",
         navigator.back),
        ("forward", QCoreApplication.translate("Navigation", "&Forward"), "Alt+Right", "arrow-right",
         navigator.forward),
    )  # fmt: skip
    go.addSeparator()
    actions: dict[str, QAction] = {}
    for name, text, keys, icon_name, slot in specs:
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setData(icon_name)
        action.triggered.connect(lambda _checked=False, fn=slot: fn())
        go.addAction(action)
        actions[name] = action
    preview = QAction(QCoreApplication.translate("Navigation", "Print Pre&view…"), window)
    preview.setObjectName("action_print_preview")
    preview.setShortcut(QKeySequence.StandardKey.Print)
    preview.setData("printer")
    preview.triggered.connect(lambda _checked=False: preview_current_page(window))
    window.add_file_action(preview)
    actions["print_preview"] = preview

    def update_history_actions() -> None:
        actions["back"].setEnabled(navigator.can_go_back())
        actions["forward"].setEnabled(navigator.can_go_forward())

    navigator.history_changed.connect(update_history_actions)
    update_history_actions()

    toolbar = QToolBar(QCoreApplication.translate("Navigation", "Navigation"), window)
    toolbar.setObjectName("navigation_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in ("back", "forward", "home", "search_everything", "print_preview"):
        toolbar.addAction(actions[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    name_toolbar_extension(toolbar)
    mark_toolbar_focus(toolbar)
    window.navigation_actions = actions  # type: ignore[attr-defined]
    # Alt+Home as in web browsers; Ctrl+0 is View › Actual Size, as in most programs (field test 38)
    window.add_page_key("home", "Alt+Home")

    def decorate(page: Any) -> None:
        icons.decorate_buttons(page, icons.ACTION_ICONS)

    def retint() -> None:
        for row, key in enumerate(window.page_keys):
            if key in icons.PAGE_ICONS:
                window.nav.item(row).setIcon(icons.icon(icons.PAGE_ICONS[key]))
        for action in actions.values():
            action.setIcon(icons.icon(str(action.data())))
        for key in window.page_keys:
            if window.is_page_built(key):  # pages not built yet are decorated when they are
                decorate(window.page(key))

    for key in window.page_keys:
        if not window.is_page_built(key):
            window.when_page_built(key, decorate)
    retint()
    icons.follow_colour_scheme(window, retint)
    from petdesk.gui import editor_extensions  # (not the editors: they wait for their first use)

    editor_extensions.add_to_editors(icons.decorate_editor)


def preview_current_page(window: MainWindow) -> Any:
    """File › Print Preview: the list shown (its search and order), or the page as it looks."""
    from petdesk.gui import print_preview
    from petdesk.gui.record_list import RecordListPage

    row = window.nav.currentRow()
    key = window.page_keys[row] if row >= 0 else ""
    page = window.page(key) if key else window.centralWidget()
    title = window.nav.item(row).text() if row >= 0 else window.windowTitle()
    print_range = getattr(page, "print_range", None)
    if print_range is not None:  # the calendar prints its shown range as a document
        return print_range()
    print_document = getattr(page, "print_document", None)
    if print_document is not None:  # a page with a document of its own (a need's match result)
        return print_document()
    if isinstance(page, RecordListPage):
        model = page.model
        source, text = model.source, model.search_text
        with window.db.reading() as s:
            rows = source.page(s, text, model.sort_key, model.descending, 0, PRINT_LIMIT)
            total = source.count(s, text)
        headers = [c.header for c in source.columns]
        note = (
            QCoreApplication.translate("Navigation", "%1 of %2 rows")
            .replace("%1", f"{len(rows):,}")
            .replace("%2", f"{total:,}")
        )
        if text.strip():
            note = (
                QCoreApplication.translate("Navigation", "Search “%1”: ").replace("%1", text.strip()) + note
            )
        return print_preview.preview_table(title, headers, [cells for _id, cells in rows], window, note)
    return print_preview.preview_widget(page, window, title)  # type: ignore[arg-type]
