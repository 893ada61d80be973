"""Offscreen screenshots of the pipeline pages (board, catalogue, match view, market charts, and an
organisation's page with its needs and matches) in English and Chinese, for README: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/pipeline_screenshots.py``.

Uses a fresh demo database in a temporary folder; writes docs/pipeline-*.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from petdesk.db import open_database
from petdesk.demo.generator import generate
from petdesk.gui.qt import QApplication, QCoreApplication

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    import datetime as dt

    from petdesk.gui.main_window import MainWindow
    from petdesk.gui.translation import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite")
        generate(db, contacts=300, seed=7, anchor=dt.date(2026, 12, 1))
        for locale, suffix in (("en", ""), ("zh_CN", "-zh")):
            install_translators(app, locale)
            window = MainWindow(db, locale=locale)
            window.resize(1500, 860)
            window.show()
            for key, name in (("projects", "board"), ("technologies", "catalogue"), ("needs", "match"), ("market", "market")):
                page = window.show_page(key)
                if key == "technologies":
                    page.list.table.selectRow(0)
                if key == "needs":
                    page.list.table.selectRow(1)
                for _ in range(5):
                    QCoreApplication.processEvents()
                window.grab().save(str(DOCS / f"pipeline-{name}{suffix}.png"))
            page = window.show_page("organisations")
            page.detail.show_entity(_busiest_city(db))
            page.splitter.setSizes([700, 800])
            for _ in range(5):
                QCoreApplication.processEvents()
            page.detail.ensureWidgetVisible(page.detail.matches)
            for _ in range(5):
                QCoreApplication.processEvents()
            window.grab().save(str(DOCS / f"pipeline-organisation{suffix}.png"))
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        db.close()
    return 0


def _busiest_city(db: object) -> str:
    """The city with the most matches on its needs (its page shows the pipeline best)."""
    from sqlalchemy import text

    with db.reading() as s:  # type: ignore[attr-defined]
        return str(
            s.execute(
                text(
                    "SELECT n.city_organisation_id FROM tech_match x JOIN city_need n ON n.id = x.need_id "
                    "GROUP BY n.city_organisation_id ORDER BY count(*) DESC, n.city_organisation_id LIMIT 1"
                )
            ).scalar_one()
        )


if __name__ == "__main__":
    raise SystemExit(main())
