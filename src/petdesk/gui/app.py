"""Starting the desktop application."""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from petdesk import __version__
from petdesk.db import Database, DatabaseError, open_database
from petdesk.gui.qt import QApplication, QDialog, QMessageBox, QThreadPool
from petdesk.gui.translation import chosen_locale, install_translators

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("petdesk")
    app.setApplicationName("petdesk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(db_path: Path) -> int:
    """Open the window on ``db_path`` and run until it is closed; returns the exit code."""
    app = make_application()
    locale = chosen_locale()
    install_translators(app, locale)
    from petdesk.gui.backups.lock import lock_database

    db_path = db_path.expanduser()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_database(db_path)
    if lock is None:
        QMessageBox.warning(
            None,
            app.translate("App", "petdesk"),
            app.translate("App", "%1 is already open in another petdesk window.").replace("%1", str(db_path)),
        )
        return 1
    try:
        db = _open_or_recover(app, db_path)
        if db is None:
            return 1
        from petdesk.gui.main_window import MainWindow
        from petdesk.gui.operations import run_in_background

        window = MainWindow(db, locale=locale)
        window.show()
        # The daily backup runs beside the window (a 110 MB file takes seconds to pack).
        run_in_background(lambda: _periodic_backup(db_path))
        try:
            return app.exec()
        finally:
            # Background loads still running would otherwise use a closed database.
            QThreadPool.globalInstance().waitForDone()
            db.close()
            _periodic_backup(db_path)
    finally:
        lock.unlock()


def _open_or_recover(app: QApplication, db_path: Path) -> Database | None:
    """The opened database; a damaged file first offers its newest good backup (None: give up)."""
    from petdesk.gui.backups.damaged import DamagedFileDialog
    from petdesk.services.check import quick_check

    problem = quick_check(db_path)
    if problem is not None and DamagedFileDialog(db_path, problem).exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return open_database(db_path)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        QMessageBox.critical(None, app.translate("App", "petdesk"), str(exc))
        return None


def _periodic_backup(db_path: Path) -> None:
    """The daily backup at start and close; a failure is logged, never stops the window."""
    from petdesk.services import backups

    try:
        backups.backup_if_due(db_path)
    except backups.BackupError as exc:
        log.warning("no periodic backup: %s", exc)
