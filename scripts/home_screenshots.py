"""Offscreen screenshots at 1366×768 of the home page, Ctrl+K and the print previews, in English and
Chinese, for README: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/home_screenshots.py``.

Uses a fresh demo database in a temporary folder (anchored on today, so the home page has
something due); writes docs/home/*.png.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from petdesk.db import open_database
from petdesk.demo.generator import generate
from petdesk.gui.qt import QApplication, QCoreApplication, QSettings

OUT = Path(__file__).resolve().parents[1] / "docs" / "home"
SIZE = (1366, 768)


def settle(rounds: int = 40) -> None:
    import time

    for _ in range(rounds):
        QCoreApplication.processEvents()
        time.sleep(0.05)


def main() -> int:
    from petdesk.gui import print_preview
    from petdesk.gui.home import open_quick_search, preview_current_page
    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.translation import install_translators
    from petdesk.services.home import VISIT, Ref

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("petdesk-screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        db = open_database(Path(tmp) / "demo.sqlite")
        generate(db, contacts=300, seed=7, anchor=dt.date.today())
        with db.reading() as s:
            from sqlalchemy import text

            nearest = (
                "SELECT id FROM visit WHERE deleted_at IS NULL "
                "ORDER BY abs(julianday(start_date) - julianday('now'))"
            )
            visits = [row[0] for row in s.execute(text(nearest + " LIMIT 3"))]
        for locale, suffix in (("en", "en"), ("zh_CN", "zh")):
            install_translators(app, locale)
            window = MainWindow(db, locale=locale)
            window.resize(*SIZE)
            window.show()
            for visit_id in visits:  # a few records opened, as a user would have
                window.navigator.remember(Ref(VISIT, visit_id))
            window.show_page("home")
            settle()
            window.grab().save(str(OUT / f"home-{suffix}.png"))

            dialog = open_quick_search(window)
            dialog.box.setText("xinjiapo" if locale == "en" else "beijing")
            dialog.run()
            settle()
            dialog.grab().save(str(OUT / f"quick-search-{suffix}.png"))
            dialog.hide()

            editor = window.navigator.open(Ref(VISIT, visits[0]))  # toolbar icons of the editor
            settle()
            editor.grab().save(str(OUT / f"visit-editor-{suffix}.png"))
            editor.close()

            window.show_page("visits")
            settle(10)
            preview = preview_current_page(window)
            preview.resize(*SIZE)
            settle()
            preview.grab().save(str(OUT / f"print-list-{suffix}.png"))
            preview.close()

            from petdesk.dossier import DossierOptions, build_visit_dossier

            pdf = Path(tmp) / f"dossier-{suffix}.pdf"
            build_visit_dossier(db, visits[0], pdf, DossierOptions())
            preview = print_preview.preview_pdf(pdf, window)
            preview.resize(*SIZE)
            settle()
            preview.grab().save(str(OUT / f"print-dossier-{suffix}.png"))
            preview.close()

            window.close()
            window.deleteLater()
            settle(5)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
