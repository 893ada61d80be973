"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from petdesk import __version__
from petdesk.db import DatabaseError, open_database
from petdesk.gui.qt import QApplication, QIcon, QMainWindow, QMessageBox, QThreadPool, QTimer
from petdesk.gui.translation import chosen_locale, install_translators
from petdesk.package_data import data_path


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("petdesk")
    app.setApplicationName("petdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.petdesk.Petdesk")  # Wayland/X11 match the window to the .desktop entry
    app.setWindowIcon(QIcon(str(data_path("resources/logo.png"))))
    return app  # type: ignore[return-value]


def run(db_path: Path, *, smoke_test: bool = False) -> int:
    """Open the window on ``db_path`` and run until it is closed; returns the exit code.

    ``smoke_test`` closes the window again once the event loop runs, after printing the menu
    titles (an installed package or bundle shows that it starts and speaks the user's language)."""
    app = make_application()
    locale = chosen_locale()
    install_translators(app, locale)
    try:
        db = open_database(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(None, app.translate("App", "petdesk"), str(exc))
        return 1
    from petdesk.gui import welcome
    from petdesk.gui.main_window import MainWindow

    choice = ""
    if not smoke_test and welcome.needs_welcome(db):
        dialog = welcome.WelcomeDialog(db, locale)
        if dialog.exec() != welcome.WelcomeDialog.DialogCode.Accepted:
            db.close()
            return 0
        choice, locale = dialog.choice, dialog.locale
        if choice == welcome.OPEN_DEMO:
            db.close()
            db = welcome.open_demo_database()
    window = MainWindow(db, locale=locale)
    window.show()
    if choice == welcome.IMPORT_CONTACTS:
        from petdesk.gui.contacts.import_dialog import open_import

        QTimer.singleShot(0, lambda: open_import(window))
    if smoke_test:
        QTimer.singleShot(0, lambda: _smoke_test_report(window))
    try:
        return app.exec()
    finally:
        # Background loads still running would otherwise use a closed database.
        QThreadPool.globalInstance().waitForDone()
        db.close()


def _smoke_test_report(window: QMainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    print(f"petdesk window opened: {window.windowTitle()}")
    print("menus: " + " | ".join(titles), flush=True)
    window.close()
    QApplication.quit()
