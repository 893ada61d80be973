"""The partner overview PDF (field test 50, defect 7): the organisation pane on paper, in English
and Chinese, with people, recent activities, open follow-ups, visits, projects and matches; every
font embedded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier.partner_overview import build_partner_overview
from petdesk.models.enums import FollowUpStatus
from petdesk.services import activities, projects
from petdesk.services import organisations as org_service
from petdesk.services import visits as visit_service
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages


def test_overview_prints_every_part_in_both_languages(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(
            s,
            name_en="Stuttgart Water Tech GmbH",
            name_zh="斯图加特水技术有限公司",
            city_en="Stuttgart",
            country="DE",
            address_en="Königstraße 10",
            postal_code="70173",
        )
        activities.add_activity(
            s, kind="call", subject="Call Anna", body="Wants the MBR brochure.", organisation_id=org.id,
            author="Julia Neumann", occurred_at=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
        )  # fmt: skip
        visit_service.add_follow_up(
            s,
            None,
            description_en="Send MBR brochure",
            due_date=dt.date(2026, 12, 12),
            organisation_id=org.id,
        )
        done = visit_service.add_follow_up(s, None, description_en="Old task", organisation_id=org.id)
        done.status = FollowUpStatus.DONE
        projects.create_project(s, title_en="Sludge drying", lead_organisation_id=org.id)
        visit_service.create_visit(
            s, title_en="Water delegation", start_date=dt.date(2026, 11, 3), end_date=dt.date(2026, 11, 5),
            host_organisation_id=org.id,
        )  # fmt: skip
    out = build_partner_overview(db, org.id, tmp_path / "overview.pdf")
    text = flat("".join(pdftotext_pages(out)))
    for expected in (
        "Partner overview",
        "合作伙伴概览",
        "斯图加特水技术有限公司",
        "Call Anna",
        "Wants the MBR brochure.",
        "Julia Neumann",
        "Send MBR brochure",
        "Sludge drying",
        "Water delegation",
        "Recent activities",
        "近期活动",
        "Matched technologies",
        "Postal code 70173",  # 0071
        "邮政编码 70173",
    ):
        assert flat(expected) in text, expected
    assert "Old task" not in text  # only the open follow-ups
    assert all(font.embedded for font in pdffonts(out))
