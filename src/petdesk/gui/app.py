"""Starting the desktop application."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from petdesk import __version__, bulkload, connection, faults
from petdesk.connection import FAILURES_OR_OS
from petdesk.db import Database, DatabaseError, UpgradeStopped, inspect_file, needs_upgrade, open_database
from petdesk.gui.qt import QApplication, QDialog, QIcon, QLabel, QMainWindow, QMessageBox, Qt, QTimer
from petdesk.gui.translation import chosen_locale, install_translators
from petdesk.package_data import data_path

log = logging.getLogger(__name__)

#: SQLite's memory in the window, all connections together (MB). The window keeps several
#: connections (list, search, background work), each with a search page cache of up to 64 MB:
#: at 100,000 contacts they held 93-133 MB and the window passed 300 MB (field test 10). Shared
#: under one limit, search as you type measured the same (benchmarks/search.py, p95 23-24 ms).
#: 32, not 64: a change announced after a merge refreshes several lists at once, and their reads
#: took the window to 314-338 MB at 64 (field test 47); search p95 and first rows measured the
#: same at 32 (benchmarks/scale.py --sqlite-mb, HISTORY.md).
WINDOW_SQLITE_MB = 32


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("petdesk")
    app.setApplicationName("petdesk")
    app.setApplicationVersion(__version__)
    # Wayland/X11 match the window to the .desktop entry
    app.setDesktopFileName("org.petdesk.Petdesk")  # type: ignore[attr-defined]
    app.setWindowIcon(QIcon(str(data_path("resources/logo.png"))))  # type: ignore[attr-defined]
    connection.limit_sqlite_memory(WINDOW_SQLITE_MB)
    bulkload.keep_large_blocks_apart()  # the window lives on: big blocks freed go back to the system
    from petdesk.gui import gui_thread_gc

    gui_thread_gc.take_over(app)  # cycles of widgets are freed on the GUI thread, never in the pool's
    return app  # type: ignore[return-value]


def run(
    db_path: Path, *, smoke_test: bool = False, lang: str | None = None, import_package: Path | None = None
) -> int:
    """Open the window on ``db_path`` and run until it is closed; returns the exit code.

    ``lang`` (``petdesk --lang``) is this run's language, else the one chosen in the settings or
    the system's. ``smoke_test`` closes the window again once the event loop runs, after printing the
    menu titles (an installed package or bundle shows that it starts and speaks the user's language).
    ``import_package`` (``petdesk PACKAGE``, "Open with petdesk") opens the import dialog on it."""
    app = make_application()
    locale = lang or chosen_locale()
    install_translators(app, locale)
    from petdesk.gui.text_size import apply_stored_text_size

    apply_stored_text_size()  # before the first window, so nothing is painted at the old size
    from petdesk.gui.backups.lock import already_open_box, chose_to_look, lock_database, refused

    db_path = db_path.expanduser()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_database(db_path)
    if refused(db_path, lock):
        box = already_open_box(db_path)
        box.exec()
        if not chose_to_look(box, db_path):  # else opened read-only, without the lock
            return 1
    try:
        quick: list[QMainWindow] = []

        def first_rows() -> None:
            # The page's first rows, painted before SQLAlchemy is imported (issue 18): after the
            # passphrase and the file check, before the migration check and any write.
            from petdesk.gui.first_rows_page import quick_start_window

            if not smoke_test and (window := quick_start_window(db_path, locale)) is not None:
                quick.append(window)

        from petdesk.gui.leftover_log_note import leftover_log_note

        with leftover_log_note():  # the first connection may try a log left beside the file first
            db = _open_or_recover(app, db_path, locale, before_open=first_rows)
        if db is None:
            for window in quick:
                window.hide()
            return 1
        from petdesk.gui import welcome
        from petdesk.gui.main_window import MainWindow
        from petdesk.gui.operations import run_in_background

        sys.excepthook = error_dialog_hook(locale)
        choice = ""
        restored = None
        # (a file with rows to show first is not new: no welcome page)
        if not quick and not smoke_test and welcome.needs_welcome(db):
            dialog = welcome.WelcomeDialog(db, locale)
            if dialog.exec() != welcome.WelcomeDialog.DialogCode.Accepted:
                db.close()
                return 0
            choice, locale = dialog.choice, dialog.ui_locale
            restored = dialog.restored if choice == welcome.RESTORED else None
            db = open_chosen_database(db, choice)
        if quick:
            window = quick[0]
            assert isinstance(window, MainWindow)
            window.start(db)
        else:
            window = MainWindow(db, locale=locale)
            window.show()
        if restored is not None and restored.new_office is not None:
            # The welcome page's restore said nothing of the office it made this one (field test 80).
            from petdesk.gui.backups.restored_office import tell_restored_office

            office = restored.new_office
            QTimer.singleShot(0, lambda: tell_restored_office(window, office, locale))
        if choice == welcome.IMPORT_CONTACTS:
            from petdesk.gui.contacts.import_dialog import open_import

            QTimer.singleShot(0, lambda: open_import(window))
        # (a file opened to look at takes no package: its actions that write are off)
        if import_package is not None and not smoke_test and not connection.looking_only(db_path):
            from petdesk.gui.sync import open_import as open_sync_import

            QTimer.singleShot(0, lambda: open_sync_import(window, import_package))
        if smoke_test:
            QTimer.singleShot(0, lambda: _smoke_test_report(window))
        else:
            # The daily backup runs beside the window (a 110 MB file takes seconds to pack), once
            # the first rows are on screen (issue 18).
            from petdesk.gui.first_paint import after_first_paint

            after_first_paint(window, lambda: run_in_background(lambda: _periodic_backup(db.path)), 2000)  # type: ignore[arg-type]
        try:
            return app.exec()
        finally:
            finish_closing(app, db, smoke_test=smoke_test)
    finally:
        if lock is not None:
            lock.unlock()


def open_chosen_database(db: Database, choice: str, *, demo_path: Path | None = None) -> Database:
    """The database the welcome page's ``choice`` leads to, ``db`` being the new office's file.
    Only that choice offers to encrypt it: the demo is a look around, and a passphrase given then
    would lock the empty office file, not the demo (field test 46, defect 6)."""
    from petdesk.gui import welcome

    db.close()
    if choice == welcome.OPEN_DEMO:
        return welcome.open_demo_database(demo_path)
    if choice == welcome.RESTORED:
        return open_database(db.path)  # the office restored: encrypted or not as its backup was
    from petdesk.gui.backups.encrypt_offer import EncryptOfferDialog

    EncryptOfferDialog(db.path).exec()  # closed above: the offer to encrypt the new file rewrites it
    return open_database(db.path)


def finish_closing(app: QApplication, db: Database, *, smoke_test: bool = False) -> QLabel | None:
    """The work after the window closed, under a "Closing petdesk…" note when it may take a while
    (field test 30: 14-24 s with nothing on screen at a million contacts, waiting for a long read
    and a 20-second check of a 3 GB file). Returns the note shown (hidden again), if any."""
    from petdesk.gui.operations import background_busy, finish_background_work

    check = not smoke_test and _worth_checking_at_close(db.path)
    note = _closing_note(app) if background_busy() or check else None
    try:
        # Background loads still running would otherwise use a closed database (and abort
        # the interpreter's exit): drop the reads not started, wait for the rest.
        finish_background_work()
        db.close()
        if not smoke_test:
            _periodic_backup(db.path)
        if check:
            _check_for_next_start(db.path)
    finally:
        if note is not None:
            note.hide()
    return note


def _closing_note(app: QApplication) -> QLabel:
    """A small window saying that petdesk is closing, painted at once (the event loop has ended)."""
    note = QLabel(app.translate("App", "Closing petdesk…"))
    note.setObjectName("closing_note")
    note.setWindowFlags(Qt.WindowType.SplashScreen)
    note.setMargin(24)
    note.show()
    note.repaint()
    app.processEvents()
    return note


#: Files above this size are not checked at close: SQLite's quick check of a 3 GB file (a million
#: contacts) did not finish in the 20 s allowed and only kept the window's close waiting; the next
#: start checks it within its own budget, as before.
CHECK_AT_CLOSE_MAX_BYTES = 1_000_000_000


def _worth_checking_at_close(db_path: Path) -> bool:
    try:
        return db_path.stat().st_size <= CHECK_AT_CLOSE_MAX_BYTES
    except OSError:
        return False


def _open_or_recover(
    app: QApplication, db_path: Path, locale: str, before_open: Callable[[], None] | None = None
) -> Database | None:
    """The opened database; a damaged file first offers its newest good backup (None: give up).
    ``before_open`` runs once the file is unlocked and checked, before it is opened."""
    from petdesk.gui.backups.passphrase import unlock

    if not unlock(db_path):
        return None
    if (problem := _damage(db_path, locale)) is not None:
        from petdesk.gui.backups.damaged import DamagedFileDialog

        if DamagedFileDialog(db_path, problem).exec() != QDialog.DialogCode.Accepted:
            return None
    if before_open is not None:
        before_open()
    try:
        if needs_upgrade(db_path):
            return _upgrade_with_progress(db_path)
        return open_database(db_path)
    except UpgradeStopped:
        return None  # the user stopped it: the file is as it was
    except DatabaseError as exc:
        show_database_error(exc, locale)
        return None
    except Exception as exc:  # locked, read-only folder, out of memory ...: a sentence, never a traceback
        faults.log_exception(exc, f"opening {db_path}")
        QMessageBox.critical(None, app.translate("App", "petdesk"), faults.describe(exc, locale))
        return None


def _upgrade_with_progress(db_path: Path) -> Database:
    """Open an older file, upgrading it in the background under a progress dialog (field test 30:
    4 minutes with no window). Raises what stopped it (``UpgradeStopped`` when the user did)."""
    from petdesk.gui.upgrade_dialog import UpgradeDialog

    dialog = UpgradeDialog(db_path)
    dialog.start()
    dialog.exec()
    if dialog.database is None:
        raise dialog.error or UpgradeStopped("the upgrade was stopped; the file is as it was", "stopped")
    return dialog.database


def show_database_error(exc: DatabaseError, locale: str) -> None:
    """The sentence of a file petdesk cannot open, in the window's language; its technical cause
    (a failed upgrade's SQL error) under "Show Details...", never in the sentence."""
    from petdesk.messages import localize

    app = QApplication.instance()
    title = app.translate("App", "petdesk") if app is not None else "petdesk"
    text = localize(str(exc), locale)
    if not exc.detail:
        QMessageBox.critical(None, title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setDetailedText(exc.detail)
    box.exec()


def _damage(db_path: Path, locale: str = "en") -> str | None:
    """Why the file cannot be used as it is (damaged, not a database), else None.

    The check ``open_database`` makes: SQLite's quick check within a time budget, skipped for a
    file unchanged since its last complete check (an unbudgeted quick check here took 1.2 s of
    every start on 100,000 contacts, issue 18). A foreign or newer file is left to
    ``open_database``, whose sentence says so."""
    try:
        state = inspect_file(db_path)
    except FAILURES_OR_OS as exc:
        from petdesk.i18n import translator
        from petdesk.messages import plain_error

        # "permission denied", not "[Errno 13] Permission denied: '…'"; the detail goes to the log.
        # The frame is the command line's template (messages.TEMPLATES), in the window's language.
        reason = plain_error(exc, locale, context=f"checking {db_path}")
        return translator(locale)("{file} cannot be read ({exc})").format(file=db_path, exc=reason)
    return state.message if state.problem in (faults.DAMAGED, faults.NOT_A_DATABASE) else None


def _periodic_backup(db_path: Path) -> None:
    """The daily backup at start and close; a failure is logged, never stops the window."""
    from petdesk.services import backups

    try:
        backups.backup_if_due(db_path)
    except backups.BackupError as exc:
        log.warning("no periodic backup: %s", exc)


def _check_for_next_start(db_path: Path) -> None:
    """The window is closed: check the file now, without a time limit, so that the next start finds
    it checked and unchanged and skips the check (issue 18: 0.5 s of 100,000 contacts' start)."""
    from petdesk.db import inspect_file

    try:
        inspect_file(db_path, budget_s=QUICK_CHECK_AT_CLOSE_S)
    except Exception as exc:  # the next start checks again, and reports what it finds
        log.warning("no check at close: %s", exc)


#: How long the check at close may take (a very large file is checked at the next start instead).
QUICK_CHECK_AT_CLOSE_S = 20.0


def _smoke_test_report(window: QMainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    print(f"petdesk window opened: {window.windowTitle()}")
    print("menus: " + " | ".join(titles))
    from petdesk.gui.translation import loaded_catalogues

    print("catalogues: " + " ".join(loaded_catalogues()), flush=True)
    from petdesk.gui.translation import cjk_font_families

    # the bundled faces for Korean and Chinese (smoke_installed.sh checks that the bundle has them)
    print("fallback fonts: " + " | ".join(cjk_font_families()), flush=True)
    from petdesk import external

    # what a viewer or file manager started from the window gets (smoke_installed.sh checks it)
    env = external.clean_env()
    print("external programs get: " + " ".join(f"{n}={env.get(n, '-')}" for n in external.BUNDLE_PATHS))
    window.close()
    QApplication.quit()


def error_dialog_hook(locale: str):
    """A ``sys.excepthook`` for the window: the traceback goes to the log, the user gets a dialog
    with one sentence (Qt calls the hook for exceptions raised in slots and event handlers), in the
    language the window speaks when it fails (a switch in the settings rebuilds the window, not
    this hook); ``locale``, the start's language, until a catalogue is installed."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        faults.log_exception(exc, "window")
        from petdesk.gui.translation import window_locale

        speaking = window_locale(locale)
        if isinstance(exc, DatabaseError):
            show_database_error(exc, speaking)
            return
        message = faults.describe(exc, speaking)
        app = QApplication.instance()
        title = app.translate("App", "petdesk") if app is not None else "petdesk"
        QMessageBox.critical(None, title, message)

    return hook
