"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from petdesk import __version__, faults
from petdesk.db import DatabaseError, open_database
from petdesk.gui.qt import QApplication, QMessageBox, QThreadPool
from petdesk.gui.translation import chosen_locale, install_translators


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
    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, app.translate("App", "petdesk"), str(exc))
        return 1
    except Exception as exc:  # locked, read-only folder, out of memory ...: a sentence, never a traceback
        faults.log_exception(exc, f"opening {db_path}")
        QMessageBox.critical(None, app.translate("App", "petdesk"), faults.describe(exc, locale))
        return 1
    sys.excepthook = error_dialog_hook(locale)
    from petdesk.gui.main_window import MainWindow

    window = MainWindow(db, locale=locale)
    window.show()
    try:
        return app.exec()
    finally:
        # Background loads still running would otherwise use a closed database.
        QThreadPool.globalInstance().waitForDone()
        db.close()


def error_dialog_hook(locale: str):  # type: ignore[no-untyped-def]
    """A ``sys.excepthook`` for the window: the traceback goes to the log, the user gets a dialog
    with one sentence (Qt calls the hook for exceptions raised in slots and event handlers)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        faults.log_exception(exc, "window")
        message = str(exc) if isinstance(exc, DatabaseError) else faults.describe(exc, locale)
        app = QApplication.instance()
        title = app.translate("App", "petdesk") if app is not None else "petdesk"
        QMessageBox.critical(None, title, message)

    return hook
