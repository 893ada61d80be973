"""Green-finance leads: investment and financing opportunities tied to projects and city needs."""

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

    def title(self, lang: str) -> str:
        return pick(lang, self.title_en, self.title_zh)

    def investor(self, lang: str) -> str:
        return pick(lang, self.investor_en, self.investor_zh)


def list_leads(session: Session) -> list[LeadRow]:
    leads = list(session.scalars(select(m.FinanceLead).where(m.FinanceLead.deleted_at.is_(None))))
    names = org_names(session, (x.investor_organisation_id for x in leads))
    rows = [
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
        )
        for x in leads
    ]
    rows.sort(key=lambda r: (list(FinanceStage).index(r.stage), r.title_en or r.title_zh))
    return rows
