"""The main window: navigation on the left, one page per workspace, menus, status bar.

Feature packages plug in through ``install(window)``, called in ``_install_features`` with plain imports
(so freezers see them): each adds or replaces pages (``window.set_page``) and menu actions
(``window.menu("tools")``).

Pages are given as factories and built when first shown (or asked for by ``page``): the window on
100,000 contacts shows its first rows without building the pages behind it (issue 18). Once it is
up, ``build_pages_when_idle`` builds the rest one at a time between events, so switching to a page
later shows a built page instead of building it on the click (issue 10).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from shiboken6 import isValid

from petdesk import connection, i18n, stale_log
from petdesk.db import Database, upgrade_details, upgrade_notice
from petdesk.gui import read_only, staff_question
from petdesk.gui.a11y import named
from petdesk.gui.dated_ahead_notice import look_for_dated_ahead
from petdesk.gui.first_paint import after_first_paint
from petdesk.gui.idle_checkpoint import IdleCheckpoint
from petdesk.gui.nav_list import NavigationList
from petdesk.gui.operations import (
    CONTACT,
    OFFICE,
    ORGANISATION,
    TRAINING,
    VISIT,
    Changes,
    announce,
    background_busy,
    run_in_background,
    show_failure,
    subscribe,
)
from petdesk.gui.outside_changes import OutsideChanges
from petdesk.gui.qt import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSettings,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QWidget,
)
from petdesk.gui.screen_fit import resize_within_screen, screen_room
from petdesk.gui.status_bar import ElidingStatusBar
from petdesk.gui.tab_order import tab_stops
from petdesk.labels import sentences
from petdesk.language import office_name as display_office_name

log = logging.getLogger(__name__)

#: Width of the navigation list: its longest entry in either language fits at 1366 px.
NAV_WIDTH = 150
#: The window's size when nothing was saved for this screen (smaller where the screen is).
DEFAULT_SIZE = (1200, 760)
#: How long the status bar says that a file given with --db holds ``petdesk demo``'s made-up data.
DEMO_FILE_NOTICE_MS = 20_000
#: Pause between two pages built in idle time: what the user does meanwhile goes first.
IDLE_BUILD_GAP_MS = 60
#: How long a thread runs Python before another that waits takes over (``sys.setswitchinterval``;
#: Python's default is 5 ms). A window's reads run Python in several background threads at once,
#: and the GUI thread waited its turn behind each: at a million contacts the longest stall after
#: the start was 74-288 ms (median 192) with 5 ms, 80-182 ms (median 83) with 1 ms, in 7 runs each.
GUI_SWITCH_INTERVAL_S = 0.001


def page_shortcut(row: int) -> str:
    """The key that shows the page of navigation ``row``: Ctrl+1 … Ctrl+9 for the first nine (users
    and the README know them), then Alt+1 … Alt+9, which nothing else in the window takes (field
    test 13, defect 5: Market and Sync had none). Home also answers Alt+Home."""
    if row < 9:
        return f"Ctrl+{row + 1}"
    if row < 18:
        return f"Alt+{row - 8}"
    return ""


class MainWindow(QMainWindow):
    db: Database

    def __init__(
        self,
        db: Database | None,
        *,
        locale: str = "en",
        parent: QWidget | None = None,
        preview: QWidget | None = None,
    ) -> None:
        """The window on ``db``. The quick start (issue 18) gives no database yet but a ``preview``
        page of first rows: the window shows it at once, and ``start(db)`` builds the rest once the
        database is open (nothing here imports SQLAlchemy before that)."""
        super().__init__(parent)
        sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # the process now has a window to keep live
        self.ui_locale = locale
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("petdesk"))
        self.setMinimumSize(640, 420)

        # as wide as its longest entry at the text size, never narrower than NAV_WIDTH (polish 49)
        self.nav = NavigationList(NAV_WIDTH, self)
        self.nav.setObjectName("navigation")
        named(self.nav, self.tr("Pages"))
        self.stack = QStackedWidget(self)
        self._page_keys: list[str] = []
        #: Factories of the pages not built yet, by key (their place in the stack holds a placeholder).
        self._page_factories: dict[str, Callable[[], QWidget]] = {}
        #: Keys that show a page besides its Ctrl+number (Home's Alt+Home), for its tooltip.
        self._more_page_keys: dict[str, list[str]] = {}
        #: What features add to a page once it is built (``when_page_built``), by key.
        self._page_hooks: dict[str, list[Callable[[QWidget], None]]] = {}
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_row)

        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self.setStatusBar(ElidingStatusBar(self))  # long messages end in "…" before the summary
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self._status_generation = 0
        self._preview = preview
        self._close_after_start = False
        #: Closed for good: idle work (building pages, checkpoints) stops, the database may be gone.
        self._closed = False
        if db is None:
            if preview is not None:
                self.stack.addWidget(preview)
            self.menuBar().setEnabled(False)  # its actions need the database
            self._restore_state()
            return
        self.start(db)

    def start(self, db: Database) -> None:
        """Install the features and pages on the opened database (in place of the preview)."""
        self.db = db
        preview, self._preview = self._preview, None
        if preview is not None:
            self.stack.removeWidget(preview)  # the pages take their places in the stack
            self.menuBar().setEnabled(True)
        self._install_features()
        self._add_default_pages()
        read_only.hold(self, db.path)  # the pages built later: in _build_page
        # Every change anywhere recounts the status bar (off the GUI thread); the first count waits
        # for the first paint, which it is not needed for.
        subscribe(self, lambda _changes: self.update_status())
        # The main file kept current, for whoever copies it while the window is open (field test 28).
        self.idle_checkpoint = IdleCheckpoint(
            lambda: self.db.path, self, gone=lambda: self.db.is_gone(), on_gone=self.tell_database_gone
        )
        # What the command line or a second window writes shows without F5 (field test 70).
        self.outside_changes = OutsideChanges(lambda: self.db, self)
        after_first_paint(self, self.update_status)
        after_first_paint(self, self._catch_up_search)
        # Unsaved changes an editor kept before the process was killed (a dead battery).
        after_first_paint(self, self._offer_drafts)
        self._restore_state()
        if self.nav.currentRow() < 0 and self.nav.count():
            self.nav.setCurrentRow(0)
        if preview is not None:
            self._keep_preview_until_rows(preview)
        if self._close_after_start:
            QTimer.singleShot(0, self.close)

    def _offer_drafts(self) -> None:
        from petdesk.gui import draft_recovery  # the editors' base: not needed for the first paint

        draft_recovery.offer_drafts(self)

    def _keep_preview_until_rows(self, preview: QWidget) -> None:
        """Show the first rows until the real page has read its own (the list blanked in between).
        Nothing is painted during ``start``: the preview goes back on screen before the next paint."""
        page = self.stack.currentWidget()
        when_rows_ready = getattr(page, "when_rows_ready", None)
        self.stack.addWidget(preview)  # after the pages: their rows stay their stack indexes
        self.stack.setCurrentWidget(preview)

        def hand_over() -> None:
            if isValid(preview):
                if self.stack.currentWidget() is preview and page is not None and isValid(page):
                    self.stack.setCurrentWidget(page)
                self.stack.removeWidget(preview)
                preview.deleteLater()

        if callable(when_rows_ready):
            when_rows_ready(hand_over)
        else:
            hand_over()

    @property
    def locale(self) -> str:  # type: ignore[override]
        """The interface language (older name of ``ui_locale``, which does not hide ``QWidget.locale()``)."""
        return self.ui_locale

    # --- pages -----------------------------------------------------------------------
    def _add_default_pages(self) -> None:
        """Plain list pages for the workspaces no feature package has installed a page for
        (built only when needed: each one counts its rows)."""
        from petdesk.gui import pages

        defaults = (
            ("organisations", self.tr("Organisations"), pages.organisations_page),
            ("contacts", self.tr("Contacts"), pages.contacts_page),
            ("visits", self.tr("Visits"), pages.visits_page),
            ("trainings", self.tr("Trainings"), pages.trainings_page),
        )
        for key, title, make_page in defaults:
            if key not in self._page_keys:
                self.set_page(key, title, lambda make=make_page: make(self.db, self.ui_locale))  # type: ignore[misc]

    def set_page(self, key: str, title: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Add a navigation page, or replace the page with the same key in place. ``widget`` may be
        a factory: the page is then built the first time it is shown or asked for."""
        if not isinstance(widget, QWidget):
            self._page_factories[key] = widget
            widget = QWidget(self)  # a placeholder until the page is built
        else:
            self._page_factories.pop(key, None)
        widget.setObjectName(f"page_{key}")
        if key in self._page_keys:
            row = self._page_keys.index(key)
            old = self.stack.widget(row)
            current = self.stack.currentIndex() == row
            self.stack.removeWidget(old)  # type: ignore[arg-type]
            old.deleteLater()  # type: ignore[union-attr]
            self.stack.insertWidget(row, widget)
            if current:
                self._show_row(row)
            self.nav.item(row).setText(title)
            self._show_page_key(row)
            page_action = self.findChild(QAction, f"go_to_page_{row + 1}")
            if page_action is not None:
                page_action.setText(title)
            return
        self._page_keys.append(key)
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        row = len(self._page_keys) - 1
        if keys := page_shortcut(row):
            action = QAction(title, self)  # the page's name in the list of shortcuts (Help)
            action.setObjectName(f"go_to_page_{row + 1}")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, r=row: self.go_to_row(r))
            self.addAction(action)
        self._show_page_key(row)

    def add_page_key(self, key: str, keys: str) -> None:
        """Name ``keys``, another key that shows the page of ``key``, in its tooltip (Home: Alt+Home)."""
        self._more_page_keys.setdefault(key, []).append(keys)
        if key in self._page_keys:
            self._show_page_key(self._page_keys.index(key))

    def _show_page_key(self, row: int) -> None:
        """The navigation entry's tooltip names the page and its keys: "Market (Alt+1)",
        "Home (Ctrl+1, Alt+Home)"."""
        item = self.nav.item(row)
        every = [page_shortcut(row), *self._more_page_keys.get(self._page_keys[row], [])]
        native = QKeySequence.SequenceFormat.NativeText
        text = ", ".join(QKeySequence(keys).toString(native) for keys in every if keys)
        title = item.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        item.setToolTip(
            self.tr("%1 (%2)", "page name and its shortcut").replace("%1", title).replace("%2", text)
            if text
            else title
        )

    def _build_page(self, key: str) -> QWidget:
        """The page of ``key``, built now from its factory if it was not yet."""
        row = self._page_keys.index(key)
        factory = self._page_factories.pop(key, None)
        if factory is None:
            return self.stack.widget(row)  # type: ignore[return-value]
        page = factory()
        page.setObjectName(f"page_{key}")
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex() == row
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)  # type: ignore[arg-type]
        placeholder.deleteLater()  # type: ignore[union-attr]
        if current:
            self.stack.setCurrentIndex(row)
        for hook in self._page_hooks.pop(key, []):
            hook(page)
        read_only.hold(page, self.db.path)
        return page

    def build_pages_when_idle(self, then: Callable[[], None] | None = None) -> None:
        """Build the pages not built yet in navigation order, then paint each once hidden
        (``_lay_out_hidden``), one step per turn of the event loop, ``IDLE_BUILD_GAP_MS`` apart and
        each once no background work runs (the reads the last page started: both would wait for
        the GIL); then call ``then``. A page the user opens meanwhile is built by that click as
        before, and skipped here."""
        steps: list[str | QWidget] = [key for key in self._page_keys if key in self._page_factories]

        def step() -> None:
            while steps and isinstance(steps[0], str) and steps[0] not in self._page_factories:
                steps.pop(0)  # built meanwhile (shown, or asked for by a feature)
            if not steps:
                if then is not None:
                    then()
                return
            if self.db.retired or self._closed:  # office removed from this computer, or window closed
                return
            if background_busy():
                QTimer.singleShot(IDLE_BUILD_GAP_MS, self, step)
                return
            task = steps.pop(0)
            if isinstance(task, QWidget):
                self._lay_out_hidden(task)
            else:
                try:
                    steps.insert(0, self._build_page(task))  # painted once its reads are in
                except Exception:  # the click builds it again and shows the error where it belongs
                    log.exception("building the %s page in idle time failed", task)
            QTimer.singleShot(IDLE_BUILD_GAP_MS, self, step)

        QTimer.singleShot(IDLE_BUILD_GAP_MS, self, step)

    def _lay_out_hidden(self, page: QWidget) -> None:
        """Polish, lay out and paint a hidden page once at the size the stack shows pages: its first
        show then costs what a later one does (the first paint shaped every label's text and drew
        the style's scroll bars and gradients into its caches: 40-60 ms for the projects board)."""
        if not isValid(page) or page.isVisible():
            return
        page.resize(self.stack.size())
        page.grab()  # polishes, lays out and paints it once, into nothing kept

    def when_page_built(self, key: str, hook: Callable[[QWidget], None]) -> None:
        """Call ``hook(page)`` once the page of ``key`` exists: now if it is built, else when it is
        (a feature extending another feature's page does not force it to be built early)."""
        if key in self._page_factories:
            self._page_hooks.setdefault(key, []).append(hook)
        elif key in self._page_keys:
            hook(self.stack.widget(self._page_keys.index(key)))  # type: ignore[arg-type]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._page_keys):
            self._build_page(self._page_keys[row])
        self.stack.setCurrentIndex(row)

    def go_to_row(self, row: int) -> None:
        """Ctrl+1 … Ctrl+9, Alt+1 …: show the page and give it the keyboard focus (its first field, a list's
        search box). The focus stayed in the navigation list, where the page's keys (Del, Return)
        did nothing (field test D11)."""
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        if page is None:
            return
        for widget in tab_stops(page):
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def page(self, key: str) -> QWidget:
        return self._build_page(key)

    def is_page_built(self, key: str) -> bool:
        return key in self._page_keys and key not in self._page_factories

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._page_keys.index(key))
        return self.page(key)

    @property
    def page_keys(self) -> list[str]:
        return list(self._page_keys)

    # --- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus["file"] = bar.addMenu(self.tr("&File"))
        self._menus["edit"] = bar.addMenu(self.tr("&Edit"))
        self._menus["view"] = bar.addMenu(self.tr("&View"))
        self._menus["tools"] = bar.addMenu(self.tr("&Tools"))
        self._menus["help"] = bar.addMenu(self.tr("&Help"))

        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        self._menus["view"].addAction(refresh)

        # Features' File actions go above it (below it, the menu began with a separator).
        self._quit_separator = self._menus["file"].addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q written out: the standard Quit key is none on Windows and offscreen (field test 6).
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        self._quit_action = quit_action
        self._menus["file"].addAction(quit_action)

        about = QAction(self.tr("&About petdesk"), self)
        about.triggered.connect(self.show_about)
        self._menus["help"].addAction(about)

    def menu(self, name: str) -> QMenu:
        """A top-level menu by key: file, edit, view, tools, help."""
        return self._menus[name]

    def add_file_action(self, action: QAction) -> None:
        """Add to the File menu, above the separator before Quit."""
        self._menus["file"].insertAction(self._quit_separator, action)

    def _install_features(self) -> None:
        # Imported here, not at the top: each feature imports this module for its type hints.
        from petdesk.gui import (
            activities,
            archive,
            calendar,
            certificate_check,
            contacts,
            dossier,
            edit_menu,
            events_report,
            exchange_export,
            export_log,
            forget_office,
            history,
            home,
            interpreting_report,
            name_tidy,
            organisations,
            phone_tidy,
            projects,
            settings,
            sync,
            tags,
            technologies,
            text_size,
            trainings,
            visits,
            warmup,
            year_summary_dialog,
        )
        from petdesk.gui import encryption as encryption_menu
        from petdesk.gui import help as help_menu
        from petdesk.gui.backups import install as install_backups
        from petdesk.gui.contacts import import_dialog, mailing_list
        from petdesk.gui.projects import past_import as past_projects_import
        from petdesk.gui.visits import past_import

        installers: tuple[Callable[[MainWindow], None], ...] = (
            home.install,  # the home page, first in the navigation; going to records
            organisations.install,
            contacts.install,
            import_dialog.install,  # File > Import/Export contacts, Tools > Find duplicates
            mailing_list.install,  # File > Mailing List and Labels… (field test 98)
            visits.install,
            past_import.install,  # File > Import Past Visits… (field test 101)
            past_projects_import.install,  # File > Import Past Projects… (the workbook's 项目 sheet)
            trainings.install,
            activities.install,  # View > Activity Log…
            calendar.install,
            dossier.install,
            projects.install,  # the cooperation pipeline: projects board, catalogue, city needs
            technologies.install,
            sync.install,
            archive.install,  # File > Export Yearly Archive… (field test 69)
            events_report.install,  # File > Export Yearly Events Report… (field test 89)
            year_summary_dialog.install,  # File > Export Annual Summary… (field test 103)
            exchange_export.install,  # File > Export Exchange File… (exchange54b)
            interpreting_report.install,  # File > Export Interpreters' Hours… (field test 94)
            calendar.install_export,  # File > Export to Calendar File… (the Calendar page's days)
            export_log.install,  # File > Export Log… (field test 84)
            install_backups,  # File > Backups…
            encryption_menu.install,  # File > Encrypt Database…, Change Passphrase…, Decrypt Database…
            forget_office.install,  # File > Remove This Office from This Computer…
            certificate_check.install,  # Tools > Verify Certificate… (field test 89)
            phone_tidy.install,  # Tools > Tidy Phone Numbers… (phonestidy56)
            name_tidy.install,  # Tools > Tidy Names… (tidynamesgui60)
            settings.install,
            text_size.install,  # View > Zoom In, Zoom Out, Actual Size (field test 38)
            help_menu.install,  # Help > User Guide, Keyboard Shortcuts
            history.install,  # Edit > Deleted Records
            tags.install,  # Edit > Manage Tags
            edit_menu.install,  # Edit > Undo, Redo, Cut, Copy, Paste, Select All (issue 16)
            home.finish,  # Ctrl+K, back/forward, print preview, icons: after every page is registered
            warmup.install,  # what the other pages' first show needs, off the GUI thread (issue 10)
        )
        for install in installers:
            install(self)

    # --- status and state ---------------------------------------------------------------
    def _catch_up_search(self) -> None:
        """Index what a command-line import left queued, once, as a write of its own (an export
        started meanwhile waits for it: ``sync.service._begin_immediate``)."""
        from petdesk.services import search

        db = self.db
        if connection.read_only(db.path):
            return  # nothing can be written: the searches read what is there (as on the stick)
        run_in_background(lambda: search.catch_up(db), on_success=self._search_caught_up, owner=self)

    def _search_caught_up(self, entries: int) -> None:
        """The lists read the index: once what was queued is in it, they read again (a package
        imported from the command line showed its deleted organisations: field test 55, defect 1)."""
        if entries:
            announce(Changes.of(ORGANISATION, CONTACT))

    def refresh_after_import(self) -> None:
        """An import queues its records for the search index; work the queue off first, then send
        the one change signal, so that no list reads the index before it is current (field test 55,
        defect 1: a deleted and a merged-away organisation stayed listed)."""
        from petdesk.services import search

        db = self.db
        run_in_background(lambda: search.catch_up(db), on_success=lambda _n: self.refresh_all(), owner=self)

    def update_status(self) -> None:
        """Count again off the GUI thread; the label shows the newest answer."""
        self._status_generation += 1
        generation = self._status_generation
        from petdesk.services import office as office_service
        from petdesk.services.stats import entity_counts

        regrouped = []  # the amounts' grouping changed with the office's country: shown again

        def work() -> tuple[str, dict[str, int], bool]:
            # A read: a commit here would also work off the search queue another process left
            # (seconds of write lock after a big import: field test 34, defect 1).
            with self.db.reading() as session:
                # amounts grouped as the office's country does (lakhs and crores in India)
                grouping = i18n.money_locale(self.ui_locale)
                office_service.note_office_country(session)
                regrouped.append(i18n.money_locale(self.ui_locale) != grouping)
                office = office_service.find_self(session)
                if office is not None:
                    office_name = display_office_name(office.name, office.name_zh, self.ui_locale)
                    demo = office_service.holds_demo(session, self.db.path)
                    return office_name, entity_counts(session), demo
            # The first start creates this office's identity.
            with self.db.transaction() as session:
                office = office_service.get_self(session)
                office_name = display_office_name(office.name, office.name_zh, self.ui_locale)
                demo = office_service.holds_demo(session, self.db.path)
                return office_name, entity_counts(session), demo

        def done(result: tuple[str, dict[str, int], bool]) -> None:
            if generation == self._status_generation:
                self._show_status(*result)
            if any(regrouped):
                self.refresh_all()

        run_in_background(work, on_success=done, owner=self)

    def _show_status(self, office_name: str, counts: dict[str, int], demo: bool = False) -> None:
        from petdesk.services.office import DEFAULT_OFFICE_NAME, is_default_demo_file

        if office_name == DEFAULT_OFFICE_NAME:  # not named yet: said in the window's language
            office_name = self.tr("Regional Office")
        parts = (
            office_name,
            self.tr("%Ln organisation(s)", "status bar", counts["organisations"]),
            self.tr("%Ln contact(s)", "status bar", counts["contacts"]),
            self.tr("%Ln visit(s)", "status bar", counts["visits"]),
        )
        self.status_label.setText(" · ".join(parts))
        if not getattr(self, "_path_shown", False):
            # Once, at start: recounting after every change showed the path again over the
            # message the change had just put there ("Undone.", "Tagged 3 contacts.").
            self._path_shown = True
            self._mark_demo(demo)
            # Both when both hold, the upgrade first: it is the rarer and weightier one, and the
            # demo notice hid it (field test 22, defect 6).
            notices = [upgrade_notice(self.db.upgraded, self.ui_locale)] if self.db.upgraded else []
            # The program menu's advice fits the default demo file only; a file of one's own that
            # `petdesk demo` filled (given with --db) is said to be made up, for a while (field
            # test 25: the advice stood there for good).
            default_demo = demo and is_default_demo_file(self.db.path)
            if demo:
                notices.append(self._demo_notice() if default_demo else self._demo_file_notice())
            if looking := connection.read_only(self.db.path):
                # First: it decides what can be done at all (field test 70: nothing said so)
                notices.insert(0, self._read_only_notice())
            if set_aside := self.db.set_aside:
                # Before all: a file of the synced folder was moved, and the user must know where
                notices.insert(0, stale_log.notice(set_aside, self.ui_locale))
            if self.db.upgraded or default_demo or looking or set_aside:
                # The revision codes only in the tooltip and Details box, for IT: users read them
                # as an error (polish 49).
                details = [upgrade_details(self.db.upgraded, self.ui_locale)] if self.db.upgraded else []
                self.keep_in_status_bar(sentences(*notices), "\n\n".join(notices + details))
            elif notices:
                self.statusBar().showMessage(notices[0], DEMO_FILE_NOTICE_MS)
            else:
                self.statusBar().showMessage(str(self.db.path), 5000)
            look_for_dated_ahead(self)  # records a clock that ran ahead stamped (field test 72)
            if not (looking or default_demo):  # who is changing things here (field test 84)
                staff_question.ask_if_unnamed(self)

    def _mark_demo(self, demo: bool) -> None:
        """The title says "(demo)" on the demo database, which start.sh opens until there is an
        office of one's own (field test 14: a trainee began entering real partners into it)."""
        title = self.tr("petdesk (demo)") if demo else self.tr("petdesk")
        if connection.read_only(self.db.path):
            title = self.tr("%1 — read only").replace("%1", title)
        self.setWindowTitle(title)

    def _read_only_notice(self) -> str:
        if connection.looking_only(self.db.path):
            return self.tr(
                "Read only: this file is open in petdesk on another computer, and you opened it to look "
                "at. You can look, but not change anything."
            )
        return self.tr(
            "Read only: this file is on a write-protected disk or in a folder you cannot change. "
            "You can look, but not change anything."
        )

    def _demo_notice(self) -> str:
        return self.tr(
            "This is the demo database; its people and organisations are made up. "
            "To start your own office, close this window and open petdesk again from the program "
            "menu: your own database begins with a welcome page."
        )

    def _demo_file_notice(self) -> str:
        return self.tr("This file was filled by “petdesk demo”: its people and organisations are made up.")

    def keep_in_status_bar(self, notice: str, tooltip: str) -> None:
        """Say at start that the file was upgraded (and that older versions no longer open it: field
        test 8, defect 4) or that it is the demo. Kept in the status bar until another message
        replaces it, the whole text in its tooltip (a long backup path is cut at the window's edge)."""
        bar = self.statusBar()
        assert isinstance(bar, ElidingStatusBar)
        bar.showMessage(notice)
        bar.set_message_tooltip(tooltip)
        # The sentence is cut at the window's edge, before the backup path it gives (field test 30):
        # "Details…" shows all of it in a box whose text can be selected and copied.
        self.notice_button = QPushButton(self.tr("Details…"), self)
        self.notice_button.setObjectName("notice_details")
        self.notice_button.setFlat(True)
        self.notice_button.clicked.connect(lambda: self._show_notice(tooltip))
        bar.insertPermanentWidget(0, self.notice_button)

        def follow(_text: str) -> None:
            # Shown cut short too (the text given here is as drawn): a resize hid it (future50).
            self.notice_button.setVisible(bar.showing(notice))

        bar.messageChanged.connect(follow)

    def _show_notice(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("petdesk"), text, parent=self)
        box.setObjectName("notice_box")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def refresh_all(self) -> None:
        """F5: everything may have changed (another program wrote the file)."""
        from petdesk.gui.record_list import RecordListPage

        announce(Changes.of(ORGANISATION, CONTACT, VISIT, TRAINING, OFFICE))
        for row in range(self.stack.count()):
            page = self.stack.widget(row)
            if isinstance(page, RecordListPage):
                continue  # refreshed by the announcement
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def show_about(self) -> None:
        from petdesk.gui.help import show_about

        show_about(self)

    def _geometry_key(self) -> str:
        """The saved geometry's key for this screen size: a size saved on a 1920×1080 screen could not
        be restored on 1280×720, the window fell back to Qt's 767×423 and saved that for every screen."""
        room = screen_room(self)
        return f"window/geometry-{room.width()}x{room.height()}" if room else "window/geometry"

    def _restore_geometry(self, settings: QSettings) -> None:
        """The size saved for this screen (or, from before sizes were kept per screen, the one size),
        where it restores and fits; else the default fitted to the screen."""
        for key in (self._geometry_key(), "window/geometry"):
            geometry = settings.value(key)
            if geometry and self.restoreGeometry(geometry) and self._fits_screen():
                return
        resize_within_screen(self, *DEFAULT_SIZE)

    def _fits_screen(self) -> bool:
        room = screen_room(self)
        return room is None or (self.width() <= room.width() and self.height() <= room.height())

    def _restore_state(self) -> None:
        settings = QSettings()
        self._restore_geometry(settings)
        if state := settings.value("window/state"):
            self.restoreState(state)
        if splitter := settings.value("window/splitter"):
            self.splitter.restoreState(splitter)
        nav_width = self.nav.width()
        self.splitter.setSizes([nav_width, max(1, self.width() - nav_width)])  # no gap beside the list
        key = settings.value("window/page")
        if key in self._page_keys:
            self.nav.setCurrentRow(self._page_keys.index(key))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(self._geometry_key(), self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        row = self.nav.currentRow()
        if 0 <= row < len(self._page_keys):
            settings.setValue("window/page", self._page_keys[row])

    def tell_database_gone(self) -> None:
        """The database file went away (a stick pulled out): rescue its content from a connection
        still open on it, then say where the copy is (field test 39, defect 2)."""
        if self.db.retired:  # removed on purpose (File › Remove This Office…): nothing to rescue
            return
        run_in_background(self.db.refuse_if_gone, on_failure=self._database_gone, owner=self)

    def _database_gone(self, exc: BaseException) -> None:
        from petdesk.db import DatabaseGone
        from petdesk.gui.database_gone import show_database_gone

        if isinstance(exc, DatabaseGone):
            show_database_gone(self, exc)
        else:
            show_failure(self, exc)

    def _warn_before_closing_if_gone(self) -> bool:
        """Whether closing waits for the warning that the database file is gone (once per file):
        the window closes when the warning does."""
        from petdesk.db import DatabaseGone
        from petdesk.gui import database_gone

        db = getattr(self, "db", None)  # a window that never opened a database has none
        # A removal the user asked for (File › Remove This Office…) is no stick pulled out.
        if db is None or db.retired or database_gone.told(db.path) or not db.is_gone():
            return False
        try:
            self.db.refuse_if_gone()
        except DatabaseGone as exc:
            dialog = database_gone.show_database_gone(self, exc)
            if dialog is not None:
                dialog.finished.connect(self.close)
                return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._preview is not None:  # still opening the database: close once it is open
            self._close_after_start = True
            event.ignore()
            return
        if self._warn_before_closing_if_gone():
            event.ignore()
            return
        self.save_state()
        self._closed = True
        checkpoint = getattr(self, "idle_checkpoint", None)  # none while the database was opening
        if checkpoint is not None:
            checkpoint.stop()  # a closed window neither checkpoints nor reports its file gone
        outside = getattr(self, "outside_changes", None)
        if outside is not None:
            outside.stop()
        super().closeEvent(event)
