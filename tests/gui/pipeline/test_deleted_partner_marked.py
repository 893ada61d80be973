"""The project editor's Partners tab marks a deleted partner organisation, as the lead box marks a
deleted lead: the organisation's delete counted the project, and the project says why."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.models.enums import PartnerRole
from petdesk.services import organisations as org_service
from petdesk.services import projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_deleted_partner_is_marked_in_the_partners_tab(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        gone = org_service.create_organisation(s, name_en="Stuttgart Water Tech GmbH")
        kept = org_service.create_organisation(s, name_en="Qingdao Water Bureau")
        project = projects.create_project(s, title_en="Sponge city")
        projects.add_partner(s, project.id, organisation_id=gone.id, role=PartnerRole.PARTNER)
        projects.add_partner(s, project.id, organisation_id=kept.id, role=PartnerRole.PARTNER)
        project_id, gone_id = project.id, gone.id
    with db.transaction() as s:
        org_service.delete_organisations(s, [gone_id])
    dialog = ProjectDialog(db, "en", project_id=project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.partners_tab)
    model = dialog.partners_tab.model
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert names == ["Stuttgart Water Tech GmbH (deleted)", "Qingdao Water Bureau"]
