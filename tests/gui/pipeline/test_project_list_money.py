"""The Projects list shows amounts as money, with the cents and the currency, as the board, the
CLI and the totals do (field test 37, §5: €1,234.56 showed as 1,235)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en", {"Euro": "€1,234.56", "Yuan": "CN¥1,800,000.50", "Yen": "JP¥1,852,000", "Unknown": ""}),
        (
            "zh_CN",
            {
                "Euro": "1,234.56欧元",
                # every fen, as the totals under the list (field projfollow60: "180万元" hid the 0.50)
                "Yuan": "1,800,000.50元",
                "Yen": "185.2万日元",  # in 万 where that loses nothing (field test 63)
                "Unknown": "",
            },
        ),
    ],
)
def test_the_requested_column_shows_money_in_the_locales_style(  # type: ignore[no-untyped-def]
    qtbot, db: Database, locale: str, shown: dict[str, str]
) -> None:
    with db.transaction() as s:
        for title, amount, currency in (
            ("Euro", 1234.56, "EUR"),
            ("Yuan", 1800000.5, "CNY"),
            ("Yen", 1852000, "JPY"),
            ("Unknown", None, "USD"),
        ):
            project_service.create_project(
                s, title_en=title, title_zh=title, amount=amount, currency=currency
            )
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    column = [key for key, _title in model._headers].index("requested")
    texts = {model.index(row, 0).data(): model.index(row, column).data() for row in range(4)}
    assert texts == shown
