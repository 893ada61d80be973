"""In the needs page's match view, "Shortlist another…" shortlists a technology the ranking leaves
out (field test 76: only the ranked top ten could be shortlisted in the window)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import needs, tech_matching, technologies

#: the offscreen platform says so when the dialog opens (a dialog's size hints)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_technology_not_ranked_is_shortlisted_by_hand(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        need = needs.create_need(s, title_en="Sludge disposal", title_zh="污泥处置", sector="wastewater")
        technologies.create_technology(s, name_en="Sludge dryer", sector="wastewater", trl=8)
        sensor = technologies.create_technology(s, name_en="PM2.5 sensor network", sector="monitoring")
        need_id, sensor_id = need.id, sensor.id
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("needs")
    page.list.table.selectRow(0)
    view = page.match_view
    qtbot.waitUntil(lambda: view.need_id == need_id, timeout=5000)
    assert view.ranked.rowCount() == 1  # the sensor is not ranked: the old window could not pick it
    assert "—" not in view.heading.text()  # no city: no dash left hanging (shots51)
    qtbot.mouseClick(view.by_hand_button, Qt.MouseButton.LeftButton)
    chooser = view.chooser
    assert chooser is not None and chooser.isVisible()
    qtbot.waitUntil(lambda: chooser.found.count() == 2, timeout=5000)  # the whole catalogue first
    qtbot.keyClicks(chooser.query, "sensor")
    qtbot.waitUntil(lambda: chooser.found.count() == 1, timeout=5000)
    assert "PM2.5 sensor network" in chooser.found.item(0).text()
    qtbot.mouseClick(chooser.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.matches.rowCount() == 1, timeout=5000)
    assert view.matches.item(0, 0).text() == "PM2.5 sensor network"
    assert "Shortlisted PM2.5 sensor network" in view.status.text()
    with db.reading() as s:
        assert [x.technology_id for x in tech_matching.list_matches(s, need_id=need_id)] == [sensor_id]
    # Ctrl+Z in the view takes it back, as for a ranked one
    view.undo()
    qtbot.waitUntil(lambda: view.matches.rowCount() == 0, timeout=5000)


def test_a_search_that_finds_nothing_says_so(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """shots51: a search that found nothing left a blank list with a greyed OK and no word."""
    from petdesk.gui.technologies.add_match import TechnologyChooser

    chooser = TechnologyChooser(db, "en", "Sludge disposal")
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitUntil(lambda: chooser.nothing.isVisible(), timeout=5000)  # an empty catalogue
    assert "no technologies yet" in chooser.nothing.text()
    with db.transaction() as s:
        technologies.create_technology(s, name_en="Sludge dryer", sector="wastewater")
    chooser.search_now()
    qtbot.waitUntil(lambda: chooser.found.count() == 1, timeout=5000)
    assert not chooser.nothing.isVisible()
    qtbot.keyClicks(chooser.query, "zeolite")
    qtbot.waitUntil(lambda: chooser.found.count() == 0 and chooser.nothing.isVisible(), timeout=5000)
    assert chooser.nothing.text() == "No technology in the catalogue has “zeolite” in its name or provider."
