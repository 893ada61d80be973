"""At 1920×1080 the Technologies and City needs lists take the room: the list, not the empty
detail pane, widens with the window, and the spare width goes to the Provider and Sector columns
whose texts were cut before the name or title takes the rest (field test 44, §5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.qt import QSplitter
from petdesk.gui.technologies.catalogue import TECHNOLOGY_HEADERS, CataloguePage
from petdesk.gui.technologies.match_view import NEED_HEADERS, NeedsPage
from petdesk.models.enums import OrgKind

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

#: Where a run may leave its screenshots to look at (unset: none are written).
_SHOTS = os.environ.get("PETDESK_SHOTS", "")


def _catalogue(db: Database) -> None:
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Xiangyang Municipal People's Government",
            city_en="Xiangyang Municipality",
            kind=OrgKind.CITY_GOVERNMENT,
        )
        providers = [
            m.Organisation(name_en=name, kind=OrgKind.ENTERPRISE)
            for name in (
                "Ørsted Renewables Denmark",
                "Wasser & Abwasser Süd GmbH",
                "Grundfos Water Solutions A/S",
            )
        ]
        s.add_all([city, *providers])
        s.flush()
        for n, (provider, sector) in enumerate(
            zip(providers, ("monitoring", "waste", "low_carbon"), strict=True)
        ):
            s.add(
                m.Technology(name_en=f"Technology {n}", provider_organisation_id=provider.id, sector=sector)
            )
            s.add(m.CityNeed(title_en=f"Need {n}", city_organisation_id=city.id, sector=sector))


def _shown(qtbot: QtBot, page: QSplitter, headers: tuple[tuple[str, str], ...]) -> None:
    qtbot.addWidget(page)
    page.resize(1800, 1000)  # the page beside the sidebar in a 1920×1080 window
    page.show()
    table = page.widget(0).table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=5000)
    columns = [c for c, (key, _title) in enumerate(headers) if key in ("provider", "sector", "city")]
    header = table.horizontalHeader()
    # Every text of those columns whole (the view measures them as it paints them).
    qtbot.waitUntil(
        lambda: all(table.sizeHintForColumn(c) <= header.sectionSize(c) for c in columns), timeout=5000
    )


def test_the_technologies_list_takes_a_wide_window(qtbot: QtBot, db: Database) -> None:
    _catalogue(db)
    page = CataloguePage(db, "en")
    _shown(qtbot, page, TECHNOLOGY_HEADERS)
    list_width, pane_width = page.sizes()
    assert list_width > 2.5 * pane_width  # the empty detail pane does not grow
    if _SHOTS:
        page.grab().save(str(Path(_SHOTS) / "tech_1920.png"))


def test_the_needs_list_takes_its_share_of_a_wide_window(qtbot: QtBot, db: Database) -> None:
    _catalogue(db)
    page = NeedsPage(db, "en")
    _shown(qtbot, page, NEED_HEADERS)
    list_width, view_width = page.sizes()
    assert list_width > 0.75 * view_width
    if _SHOTS:
        page.grab().save(str(Path(_SHOTS) / "needs_1920.png"))
