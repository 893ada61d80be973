"""The project dialog's Partners and Milestones tabs: edited through the real widgets, stored by
one OK in one transaction, and read back from the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui import record_editor
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import change_bus
from petdesk.gui.projects.parts import MilestonesModel, PartnerPickDialog
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDate, QDialogButtonBox, QPoint, Qt
from petdesk.models.enums import MilestoneKind, OrgKind, PartnerRole, ProjectStatus
from petdesk.services import projects as project_service
from tests.helpers.fit_check import cut_texts
from tests.helpers.settled import settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        city = m.Organisation(
            name_en="Kunming Municipal Government", name_zh="昆明市人民政府", kind=OrgKind.CITY_GOVERNMENT
        )
        firm = m.Organisation(name_en="Blue Lake Water GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        uni = m.Organisation(name_en="Yunnan University", name_zh="云南大学", kind=OrgKind.UNIVERSITY)
        s.add_all([city, firm, uni])
        s.flush()
        project = project_service.create_project(
            s, title_en="Sponge city pilot for Kunming", funder="Global Environment Facility (GEF)"
        )
        project_service.add_partner(s, project.id, organisation_id=city.id, role=PartnerRole.PARTNER)
        project_service.add_partner(s, project.id, organisation_id=uni.id, role=PartnerRole.LEAD)
        report = project_service.add_milestone(
            s, project.id, title_en="Interim report", kind=MilestoneKind.REPORT, due=dt.date(2027, 6, 30)
        )
        note = project_service.add_milestone(s, project.id, title_en="Concept note", due=dt.date(2027, 1, 15))
        return {
            "project": project.id,
            "city": city.id,
            "firm": firm.id,
            "uni": uni.id,
            "report": report.id,
            "note": note.id,
        }


def _detail(db: Database, project_id: str) -> project_service.ProjectDetail:
    with db.reading() as s:
        return project_service.get_project(s, project_id)


def _cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _pick(qtbot: QtBot, picker: PartnerPickDialog, text: str, role: PartnerRole) -> None:
    """Search the picker for ``text`` (typed: ASCII) and choose the first organisation with Enter."""
    qtbot.keyClicks(picker.finder.edit, text)
    with qtbot.waitSignal(picker.finder.searched, timeout=10_000):
        picker.finder.search_now()
    picker.role_box.setCurrentIndex(picker.role_box.findData(role.value))
    with qtbot.waitSignal(picker.accepted, timeout=5000):
        qtbot.keyClick(picker.finder.edit, Qt.Key.Key_Return)


def test_partners_and_milestones_are_edited_and_stored_by_one_ok(
    qtbot: QtBot, db: Database, ids: dict[str, str]
) -> None:
    dialog = ProjectDialog(db, "en", project_id=ids["project"])
    qtbot.addWidget(dialog)
    dialog.show()
    partners, milestones = dialog.partners_tab, dialog.milestones_tab
    assert [p.name_en for p in partners.partners()] == ["Kunming Municipal Government", "Yunnan University"]
    assert [_cell(partners.model, r, 1) for r in range(2)] == ["Partner", "Lead"]
    assert [d.title_en for d in milestones.milestones()] == ["Concept note", "Interim report"]

    # Partners: the city becomes the beneficiary city, the university leaves, the firm joins.
    dialog.tabs.setCurrentWidget(partners)
    partners.view.setCurrentIndex(partners.model.index(0, 0))
    partners.role.setCurrentIndex(partners.role.findData("beneficiary_city"))
    partners.role.activated.emit(partners.role.currentIndex())  # as choosing it in the box does
    partners.view.setCurrentIndex(partners.model.index(1, 0))
    qtbot.mouseClick(partners.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
    assert partners.picker is not None
    _pick(qtbot, partners.picker, "blue lake", PartnerRole.TECHNOLOGY_PROVIDER)
    # The same organisation twice is refused in the dialog, with a sentence.
    _pick(qtbot, partners.add(), "kunming", PartnerRole.LEAD)
    assert "already a partner" in partners.message.text()
    assert [(p.name_en, p.role) for p in partners.partners()] == [
        ("Kunming Municipal Government", PartnerRole.BENEFICIARY_CITY),
        ("Blue Lake Water GmbH", PartnerRole.TECHNOLOGY_PROVIDER),
    ]

    # Milestones: one added, one edited, one ticked off with Space, the concept note removed.
    dialog.tabs.setCurrentWidget(milestones)
    qtbot.mouseClick(milestones.add_button, Qt.MouseButton.LeftButton)
    editor = milestones.editor
    assert editor is not None
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # no title yet
    assert "title" in editor.message.text() and editor.isVisible()
    editor.title_zh.setText("最终报告")  # (keyClicks types ASCII only)
    editor.kind.setCurrentIndex(editor.kind.findData("deadline"))
    editor.due.setDate(QDate(2027, 12, 31))
    with qtbot.waitSignal(editor.accepted):
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    titles = [d.title_en or d.title_zh for d in milestones.milestones()]
    assert titles == ["Concept note", "Interim report", "最终报告"]
    milestones.view.setCurrentIndex(milestones.model.index(1, 0))
    milestones.view.setFocus()
    qtbot.keyClick(milestones.view, Qt.Key.Key_Return)  # Enter edits the row (and does not press OK)
    editor = milestones.editor
    assert editor is not None and editor.title_en.text() == "Interim report" and dialog.isVisible()
    editor.title_en.setText("Interim report to the GEF")
    editor.due.setDate(editor.due.minimumDate())  # "—": no due date
    with qtbot.waitSignal(editor.accepted):
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert milestones.milestones()[0].title_en == "Interim report to the GEF"
    milestones.view.setCurrentIndex(milestones.model.index(0, 0))
    qtbot.keyClick(milestones.view, Qt.Key.Key_Space)
    assert milestones.model.data(
        milestones.model.index(0, MilestonesModel.DONE), Qt.ItemDataRole.CheckStateRole
    ) == (Qt.CheckState.Checked)
    # A click on a Done box ticks it, a second one clears it again.
    box = milestones.view.visualRect(milestones.model.index(2, MilestonesModel.DONE))
    for ticked in (True, False):
        qtbot.mouseClick(
            milestones.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(box.left() + 10, box.center().y()),
        )
        assert milestones.milestones()[2].done is ticked
    milestones.view.setCurrentIndex(milestones.model.index(1, 0))
    assert milestones.milestones()[1].title_en == "Concept note"
    qtbot.mouseClick(milestones.remove_button, Qt.MouseButton.LeftButton)

    with db.reading() as s:  # nothing written before OK
        assert len(project_service.get_project(s, ids["project"]).milestones) == 2
    announced = []
    change_bus().changed.connect(announced.append)
    _ok(qtbot, dialog)
    assert announced and announced[-1].touches("project") and ids["project"] in announced[-1].ids

    detail = _detail(db, ids["project"])
    assert {(p.organisation_id, p.role) for p in detail.partners} == {
        (ids["city"], PartnerRole.BENEFICIARY_CITY),
        (ids["firm"], PartnerRole.TECHNOLOGY_PROVIDER),
    }
    assert [(v.id, v.title_en, v.title_zh, v.kind, v.due, v.done) for v in detail.milestones] == [
        (ids["report"], "Interim report to the GEF", "", MilestoneKind.REPORT, None, True),
        (detail.milestones[1].id, "", "最终报告", MilestoneKind.DEADLINE, dt.date(2027, 12, 31), False),
    ]
    with db.reading() as s:  # removed: tombstones that the exchange and the history carry
        assert s.get(m.ProjectMilestone, ids["note"]).deleted_at is not None
        gone = s.query(m.ProjectPartner).filter_by(organisation_id=ids["uni"]).one()
        assert gone.deleted_at is not None


def test_cancel_stores_nothing_and_a_refused_change_stores_nothing_either(
    qtbot: QtBot, db: Database, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cancel after a change asks first (test_project_dialog_keyboard.py); here the answer is Discard
    monkeypatch.setattr(record_editor, "ask_unsaved", lambda _e: record_editor.Unsaved.DISCARD)
    dialog = ProjectDialog(db, "en", project_id=ids["project"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.partners_tab.view.setCurrentIndex(dialog.partners_tab.model.index(0, 0))
    dialog.partners_tab.remove()
    dialog.reject()
    assert len(_detail(db, ids["project"]).partners) == 2

    dialog = ProjectDialog(db, "en", project_id=ids["project"])
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog.partners_tab.add(), "blue lake", PartnerRole.PARTNER)
    dialog.title_en.setText("Sponge city pilot, phase 2")
    with db.transaction() as s:  # the firm is deleted meanwhile (another window, a sync)
        s.get(m.Organisation, ids["firm"]).soft_delete()
    # Heard, not waited for: a signal that must not come would keep waitSignal to its timeout.
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.make()
    qtbot.waitUntil(lambda: "no organisation" in dialog.message.text(), timeout=10_000)
    assert not finished and dialog.isVisible()
    detail = _detail(db, ids["project"])  # one transaction: the title was not stored either
    assert detail.row.title_en == "Sponge city pilot for Kunming" and len(detail.partners) == 2
    dialog.reject()


def test_a_new_project_is_made_with_its_partners_and_milestones(
    qtbot: QtBot, db: Database, ids: dict[str, str]
) -> None:
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.partners_tab.partners() == [] and dialog.milestones_tab.milestones() == []
    dialog.title_en.setText("Leak detection for Kunming")
    _pick(qtbot, dialog.partners_tab.add(), "kunming", PartnerRole.BENEFICIARY_CITY)
    editor = dialog.milestones_tab.add()
    editor.title_en.setText("Concept note due")
    editor.done_box.setChecked(True)
    with qtbot.waitSignal(editor.accepted):
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    _ok(qtbot, dialog)
    detail = _detail(db, dialog.created_id)
    assert detail.row.stage == ProjectStatus.IDEA
    assert [(p.organisation_id, p.role) for p in detail.partners] == [
        (ids["city"], PartnerRole.BENEFICIARY_CITY)
    ]
    assert [(v.title_en, v.done) for v in detail.milestones] == [("Concept note due", True)]


def test_a_new_partner_shows_on_the_organisation_page(
    qtbot: QtBot, db: Database, ids: dict[str, str]
) -> None:
    """The organisation page lists an organisation's projects: it refreshes on the change announced."""
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("projects")
    column = page.board.columns[ProjectStatus.IDEA]
    qtbot.waitUntil(lambda: column.count() == 1, timeout=10_000)
    column.itemDoubleClicked.emit(column.item(0))
    dialog = page.dialog
    _pick(qtbot, dialog.partners_tab.add(), "blue lake", PartnerRole.TECHNOLOGY_PROVIDER)
    _ok(qtbot, dialog)
    organisations = window.show_page("organisations")
    qtbot.waitUntil(lambda: organisations.model.row_of(ids["firm"]) >= 0, timeout=10_000)
    organisations.table.setCurrentIndex(organisations.model.index(organisations.model.row_of(ids["firm"]), 0))
    detail = organisations.detail
    qtbot.waitUntil(
        lambda: detail.organisation_id == ids["firm"] and detail.projects.topLevelItemCount() == 1,
        timeout=10_000,
    )
    assert "Sponge city pilot for Kunming" in detail.projects.topLevelItem(0).text(0)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_tabs_fit_in_english_and_chinese(
    qtbot: QtBot, db: Database, ids: dict[str, str], translators, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    dialog = ProjectDialog(db, locale, project_id=ids["project"])
    qtbot.addWidget(dialog)
    dialog.show()
    problems = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.waitUntil(dialog.tabs.widget(i).isVisible)
        # the tab's wrapping labels settle in posted layout passes: under load, a moment later
        problems += [f"{dialog.tabs.tabText(i)}: {p}" for p in settled(qtbot, lambda: cut_texts(dialog))]
    editor = dialog.milestones_tab.add()
    qtbot.waitExposed(editor)
    problems += cut_texts(editor)
    editor.reject()
    picker = dialog.partners_tab.add()
    qtbot.waitExposed(picker)
    problems += cut_texts(picker)
    picker.reject()
    assert problems == []
    if locale == "zh_CN":
        assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.partners_tab)) == "合作伙伴(&T)"  # translated
        assert _cell(dialog.partners_tab.model, 0, 1) == "合作伙伴"
    dialog.reject()
