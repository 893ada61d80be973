"""The project dialog warns, without refusing, when a project with the same title and funder exists
(field test 16: a script run twice made two identical projects without a word); and the Projects
page's totals say "approved —" while nothing is approved and write yuan with its code in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.projects.page import ProjectsPage
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _projects(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Project))


def test_a_second_project_of_the_same_title_and_funder_is_warned_of_then_made(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        bmuv = m.Organisation(name_en="BMUV Export Initiative", kind=OrgKind.FUND)
        s.add(bmuv)
        s.flush()
        project_service.create_project(
            s, title_en="Waste-to-energy plant Chengdu", funder_organisation_id=bmuv.id
        )
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_en, "Waste-to-energy plant Chengdu")
    qtbot.keyClicks(dialog.funder.lineEdit(), "BMUV Export Initiative")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "exists already" in dialog.message.text()
    assert _projects(db) == 1 and dialog.isVisible()
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the user means it: made
    assert saved.args[0] and _projects(db) == 2


def test_another_funder_is_no_reason_to_warn(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Waste-to-energy plant Chengdu")
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_en, "Waste-to-energy plant Chengdu")
    qtbot.keyClicks(dialog.funder.lineEdit(), "World Bank")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert saved.args[0] and _projects(db) == 2


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "CNY: requested CN¥4,600,000.00, approved —"), ("zh_CN", "460万元")],
)
def test_page_totals_say_approved_dash_and_write_yuan_in_wan(
    qtbot: QtBot, db: Database, locale: str, expected: str
) -> None:
    with db.transaction() as s:
        project_service.create_project(s, title_en="Sponge city pilot", amount=4_600_000, currency="CNY")
    page = ProjectsPage(db, locale)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.totals.text()), timeout=10_000)
    assert expected in page.totals.text()
    assert "0.00" not in page.totals.text().replace(
        "4,600,000.00", ""
    ) and "¥" not in page.totals.text().replace("CN¥", "")
