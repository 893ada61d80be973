"""File › Print Preview on the Projects page previews the project overview document (field test 16,
defect 1: it printed an image of the page)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.models.enums import OrgKind, PartnerRole, ProjectStatus
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages


@pytest.mark.qt_log_ignore("This plugin does not support")  # the preview dialog on offscreen
def test_print_preview_of_the_projects_page_is_the_overview_with_the_stage_filter(
    qtbot, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.print_preview import QPrintPreviewDialog

    with db.transaction() as s:
        gef = m.Organisation(name_en="Global Environment Facility", name_zh="全球环境基金", kind=OrgKind.FUND)
        city = m.Organisation(name_en="Kunming Municipal Government", name_zh="昆明市人民政府")
        s.add_all([gef, city])
        s.flush()
        pilot = project_service.create_project(
            s,
            title_en="Sponge city pilot for Kunming",
            title_zh="昆明海绵城市试点",
            amount=2_000_000,
            currency="USD",
            funder_organisation_id=gef.id,
            stage=ProjectStatus.SUBMITTED,
        )
        project_service.add_partner(s, pilot.id, organisation_id=city.id, role=PartnerRole.BENEFICIARY_CITY)
        project_service.create_project(s, title_en="Idea left out", stage=ProjectStatus.IDEA)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("projects")
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(ProjectStatus.SUBMITTED.value))
    window.navigation_actions["print_preview"].trigger()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    assert isinstance(page.preview, QPrintPreviewDialog)
    text = flat("".join(pdftotext_pages(page.printed_path)))
    for words in ("Project overview", "项目概览", "Sponge city pilot for Kunming", "昆明海绵城市试点",
                  "Kunming Municipal Government", "受益城市", "US$2,000,000.00"):  # fmt: skip
        assert flat(words) in text, words
    assert flat("Idea left out") not in text  # the list's stage filter applies
    assert all(f.embedded for f in pdffonts(page.printed_path))
    page.preview.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_print_preview_prints_what_the_list_shows_with_partner_and_due(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field test 25: the print ignored the partner and due filters the list applied."""
    from tests.helpers.project_filters import make_projects

    ids = make_projects(db)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("projects")
    qtbot.waitUntil(lambda: page.partner_filter.findData(ids["bmuv"]) >= 0, timeout=5000)
    page.partner_filter.setCurrentIndex(page.partner_filter.findData(ids["bmuv"]))
    page.due_filter.setCurrentIndex(page.due_filter.findData("30d"))
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    window.navigation_actions["print_preview"].trigger()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    text = flat("".join(pdftotext_pages(page.printed_path)))
    assert flat("Sponge city") in text and flat("Biogas") in text
    assert flat("River") not in text and flat("Solar") not in text  # as in the list
    page.preview.close()
