"""An organisation's page shows its technologies, needs, matches (with state) and projects; one
click on a row opens it on the pipeline's pages. A deadline on the calendar opens its project."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QPoint, Qt, QTreeWidget
from petdesk.models.enums import MatchState, OrgKind, PartnerRole
from petdesk.services import calendar as cs
from petdesk.services import needs as need_service
from petdesk.services import projects as project_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service


@pytest.fixture
def org_db(db: Database) -> tuple[Database, dict[str, str]]:
    today = dt.date.today()
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Kunming Municipal Government", name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        s.add_all([city, firm])
        s.flush()
        project = project_service.create_project(
            s,
            title_en="Sponge city pilot for Kunming",
            title_zh="昆明海绵城市试点",
            lead_organisation_id=city.id,
            deadline=today + dt.timedelta(days=3),
            partners=[(firm.id, PartnerRole.TECHNOLOGY_PROVIDER)],
        )
        tech = tech_service.create_technology(
            s,
            name_en="Acoustic leak detection",
            name_zh="供水管网声学漏损检测",
            sector="water",
            trl=9,
            description_en="Acoustic sensors find leaks in the water supply pipe network.",
            provider_organisation_id=firm.id,
        )
        need = need_service.create_need(
            s,
            city_organisation_id=city.id,
            title_zh="供水管网漏损严重",
            problem_zh="漏损率达30%。",
            sector="water",
        )
        match = tech_matching.shortlist(s, need.id, tech.id)
        tech_matching.move_match(s, match.id, MatchState.PILOT)
    ids = {"city": city.id, "firm": firm.id, "tech": tech.id, "need": need.id, "match": match.id}
    return db, {**ids, "project": project.id}


def _show(window: MainWindow, qtbot, org_id: str):
    page = window.show_page("organisations")
    page.detail.title.setText("")
    page.detail.show_entity(org_id)  # loaded off the GUI thread: wait until it is shown
    qtbot.waitUntil(lambda: page.detail.title.text() != "", timeout=10_000)
    return page.detail


def _click(qtbot, detail, tree: QTreeWidget, row: int = 0) -> None:
    """Scroll the pane to the row and click it once, as a person would."""
    item = tree.topLevelItem(row)
    detail.ensureWidgetVisible(tree)
    qtbot.waitUntil(lambda: tree.isVisible() and not tree.visualItemRect(item).isEmpty(), timeout=3000)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, rect.center().y()))


def test_organisation_page_links_to_the_pipeline(qtbot, org_db) -> None:
    db, ids = org_db
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    detail = _show(window, qtbot, ids["firm"])
    assert detail.technologies.topLevelItemCount() == 1
    assert detail.technologies.topLevelItem(0).text(0) == "Acoustic leak detection"
    assert detail.technologies.topLevelItem(0).text(2) == "9"
    # the match, with the other side and its state as the database has it
    row = detail.matches.topLevelItem(0)
    assert [row.text(c) for c in range(4)] == [
        "Acoustic leak detection",
        "供水管网漏损严重",
        "Kunming Municipal Government",
        "Pilot",
    ]
    assert detail.projects.topLevelItem(0).text(2) == "Technology provider"
    assert detail.needs.isHidden()  # an enterprise has no city needs: the section stays out of the way

    # one click on the technology opens it in the catalogue
    _click(qtbot, detail, detail.technologies)
    catalogue = window.page("technologies")
    assert window.stack.currentWidget() is catalogue
    assert "Acoustic leak detection" in catalogue.detail.toPlainText()

    # one click on the match opens the need's match view with the match selected
    detail = _show(window, qtbot, ids["firm"])
    _click(qtbot, detail, detail.matches)
    needs = window.page("needs")
    assert window.stack.currentWidget() is needs
    assert needs.match_view.need_id == ids["need"]
    assert needs.match_view.selected_match() == ids["match"]
    with db.reading() as s:
        assert MatchState(s.get(m.TechMatch, ids["match"]).state) == MatchState.PILOT
    combo = needs.match_view.matches.cellWidget(0, 1)
    assert combo.currentData() == "pilot"
    # Tab goes through the shortlist (its state box) and out; it went round its cells (field test D12).
    shortlist = needs.match_view.matches
    shortlist.setFocus()
    shortlist.setCurrentCell(0, 0)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not shortlist and not shortlist.isAncestorOf(focused)

    # the city's page: its need and the same match seen from the other side; its project on the board
    detail = _show(window, qtbot, ids["city"])
    assert detail.needs.topLevelItem(0).text(0) == "供水管网漏损严重"
    assert detail.matches.topLevelItem(0).text(2) == "Blue Lake Water GmbH"
    _click(qtbot, detail, detail.needs)
    assert window.stack.currentWidget() is needs and needs.match_view.need_id == ids["need"]
    detail = _show(window, qtbot, ids["city"])
    _click(qtbot, detail, detail.projects)
    projects = window.page("projects")
    assert window.stack.currentWidget() is projects
    # the board reads in the background and selects the project once it is in
    qtbot.waitUntil(lambda: any(c.currentItem() for c in projects.board.columns.values()), timeout=5000)
    column = next(c for c in projects.board.columns.values() if c.currentItem() is not None)
    assert column.currentItem().data(Qt.ItemDataRole.UserRole) == ids["project"]


def test_organisation_page_in_chinese_and_deadline_on_the_calendar(qtbot, org_db) -> None:
    db, ids = org_db
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    detail = _show(window, qtbot, ids["city"])
    assert detail.matches.topLevelItem(0).text(0) == "供水管网声学漏损检测"
    assert detail.matches.topLevelItem(0).text(3) == "试点"
    assert detail.projects.topLevelItem(0).text(0) == "昆明海绵城市试点"
    calendar = window.show_page("calendar")
    with db.reading() as s:
        found = cs.events_between_dates(
            s, dt.date.today(), dt.date.today() + dt.timedelta(days=7), cs.viewer_timezone()
        )
    deadline = next(e for e in found if e.kind == cs.DEADLINE)
    assert deadline.title("zh") == "截止日期：昆明海绵城市试点"
    calendar.open_event(deadline)
    projects = window.page("projects")
    assert window.stack.currentWidget() is projects
    # the board reads in the background and selects the project once it is in
    qtbot.waitUntil(lambda: any(c.currentItem() for c in projects.board.columns.values()), timeout=5000)
    column = next(c for c in projects.board.columns.values() if c.currentItem() is not None)
    assert column.currentItem().data(Qt.ItemDataRole.UserRole) == ids["project"]
