"""Projects for the partner and due filters (field test 16 §9), shared by the core and window tests."""

from __future__ import annotations

import datetime as dt

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind, PartnerRole, ProjectStatus
from petdesk.services import projects as project_service

TODAY = dt.date.today()


def make_projects(db: Database) -> dict[str, str]:
    """Four projects: one with BMUV as partner and a milestone due in ten days, one led by BMUV with
    a deadline in 20 days, one with BMUV whose only milestone in range is done, one without BMUV."""
    with db.transaction() as s:
        bmuv = m.Organisation(
            name_en="BMUV Export Initiative Environmental Protection", kind=OrgKind.MINISTRY_AGENCY
        )
        other = m.Organisation(name_en="Chengdu Environment Bureau", kind=OrgKind.MINISTRY_AGENCY)
        s.add_all([bmuv, other])
        s.flush()
        ids = {}
        for key, title in (
            ("partner", "Sponge city"),
            ("lead", "Biogas"),
            ("done", "River"),
            ("none", "Solar"),
        ):
            ids[key] = project_service.create_project(s, title_en=title).id
        project_service.add_partner(s, ids["partner"], organisation_id=bmuv.id, role=PartnerRole.PARTNER)
        project_service.add_milestone(s, ids["partner"], title_en="Report", due=TODAY + dt.timedelta(days=10))
        s.get(m.Project, ids["lead"]).lead_organisation_id = bmuv.id
        s.get(m.Project, ids["lead"]).deadline = TODAY + dt.timedelta(days=20)
        project_service.add_partner(s, ids["done"], organisation_id=bmuv.id)
        project_service.add_milestone(
            s, ids["done"], title_en="Old", due=TODAY + dt.timedelta(days=5), done=True
        )
        project_service.add_partner(s, ids["none"], organisation_id=other.id)
        s.get(m.Project, ids["none"]).deadline = TODAY + dt.timedelta(days=3)
        ids["bmuv"] = bmuv.id
    return ids


def make_due_projects(db: Database) -> dict[str, str]:
    """Projects for the reminders' rule of what is due (field test 37, §3): an overdue submitted one,
    a rejected and a closed one with dates to come, one overdue for too long, one due in 12 days."""
    ids = {}
    with db.transaction() as s:
        for key, stage, deadline, milestone in (
            ("overdue", ProjectStatus.SUBMITTED, -5, -4),
            ("rejected", ProjectStatus.REJECTED, None, 10),
            ("closed", ProjectStatus.CLOSED, 3, None),
            ("long_ago", ProjectStatus.PREPARING, -200, None),
            ("soon", ProjectStatus.IDEA, 12, None),
        ):
            p = project_service.create_project(s, title_en=key.replace("_", " ").title())
            p.status = stage
            p.deadline = None if deadline is None else TODAY + dt.timedelta(days=deadline)
            if milestone is not None:
                due = TODAY + dt.timedelta(days=milestone)
                project_service.add_milestone(s, p.id, title_en="Concept note", due=due)
            ids[key] = p.id
    return ids
