"""Green-finance leads: investment and financing opportunities tied to projects and city needs.

A lead keeps its project when the project is deleted: the lead says the project is deleted (and
which it was), and restoring the project links it again with nothing to undo. Clearing the link
instead would be an edit of the lead that travels to the other offices, and a restore would have
to guess which leads to link again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.models.enums import FinanceInstrument, FinanceStage
from petdesk.services.projects import org_names, pick


@dataclass(frozen=True)
class LeadRow:
    id: str
    title_en: str
    title_zh: str
    instrument: FinanceInstrument
    stage: FinanceStage
    amount: float | None
    currency: str
    investor_en: str
    investor_zh: str
    project_id: str | None
    need_id: str | None
    #: Titles of the lead's project, and whether that project is deleted (restorable).
    project_en: str = ""
    project_zh: str = ""
    project_deleted: bool = False

    def title(self, lang: str) -> str:
        return pick(lang, self.title_en, self.title_zh)

    def investor(self, lang: str) -> str:
        return pick(lang, self.investor_en, self.investor_zh)

    def project(self, lang: str) -> str:
        return pick(lang, self.project_en, self.project_zh)


def list_leads(session: Session) -> list[LeadRow]:
    leads = list(session.scalars(select(m.FinanceLead).where(m.FinanceLead.deleted_at.is_(None))))
    names = org_names(session, (x.investor_organisation_id for x in leads))
    # (English title, Chinese title, deleted) of the leads' projects, deleted ones included
    p = m.Project
    wanted = {x.project_id for x in leads if x.project_id}
    projects = {
        pid: (en, zh, deleted_at is not None)
        for pid, en, zh, deleted_at in (
            session.execute(select(p.id, p.title_en, p.title_zh, p.deleted_at).where(p.id.in_(wanted)))
            if wanted
            else ()
        )
    }
    rows = []
    for x in leads:
        project_en, project_zh, project_deleted = projects.get(x.project_id or "", ("", "", False))
        rows.append(
            LeadRow(
                x.id,
                x.title_en,
                x.title_zh,
                FinanceInstrument(x.instrument),
                FinanceStage(x.stage),
                x.amount,
                x.currency,
                *names.get(x.investor_organisation_id or "", ("", "")),
                x.project_id,
                x.need_id,
                project_en=project_en,
                project_zh=project_zh,
                project_deleted=project_deleted,
            )
        )
    rows.sort(key=lambda r: (list(FinanceStage).index(r.stage), r.title_en or r.title_zh))
    return rows
