"""The cooperation pipeline: fund projects (with partners, stage moves, milestones and links),
the environmental-technology catalogue, city needs, need × technology matches and green-finance leads.

Every table is a ``SyncedMixin`` table, so the exchange between offices carries it without more code.
The ``project`` table itself is older (``0001_initial``); migration ``0015_pipeline`` extends it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import (
    FinanceInstrument,
    FinanceStage,
    MatchState,
    MilestoneKind,
    NeedStatus,
    PartnerRole,
    ProjectStatus,
)

_MONEY = Numeric(16, 2, asdecimal=False)


class ProjectStageChange(SyncedMixin, Base):
    """One move of a project on the board, so the date of every stage is kept."""

    __tablename__ = "project_stage_change"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    stage: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.IDEA)
    previous_stage: Mapped[str] = mapped_column(String(24), default="")
    changed_on: Mapped[dt.date] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectPartner(SyncedMixin, Base):
    __tablename__ = "project_partner"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[PartnerRole] = enum_column(PartnerRole, default=PartnerRole.PARTNER)


class ProjectMilestone(SyncedMixin, Base):
    """A milestone, a report due or a deadline of a project; open ones feed the reminders."""

    __tablename__ = "project_milestone"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[MilestoneKind] = enum_column(MilestoneKind, default=MilestoneKind.MILESTONE)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    done: Mapped[bool] = mapped_column(default=False)


class ProjectLink(SyncedMixin, Base):
    """A visit, training or logged activity that belongs to a project (exactly one of them)."""

    __tablename__ = "project_link"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), default=None)
    training_id: Mapped[str | None] = mapped_column(ForeignKey("training.id"), default=None)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)


class Technology(SyncedMixin, Base):
    """An environmental technology offered by a provider (an enterprise, institute ...)."""

    __tablename__ = "technology"

    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    provider_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    #: A code of ``petdesk.vocab.TECHNOLOGY_AREAS``.
    sector: Mapped[str] = mapped_column(String(40), default="", index=True)
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    key_figures_en: Mapped[str] = mapped_column(Text, default="")
    key_figures_zh: Mapped[str] = mapped_column(Text, default="")
    #: Technology readiness level 1–9.
    trl: Mapped[int | None] = mapped_column(Integer, default=None)
    certifications: Mapped[list[str]] = mapped_column(default=list)
    tags: Mapped[list[str]] = mapped_column(default=list)
    #: Licence under which the record may be shared (3iPET exchange), e.g. "CC-BY-4.0".
    licence: Mapped[str] = mapped_column(String(60), default="")
    #: Whether the provider agreed to the record being shared with the hub and partners.
    share_consent: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(200), default="manual")


class TechnologyReference(SyncedMixin, Base):
    """A reference installation of a technology: where, when, how big."""

    __tablename__ = "technology_reference"

    technology_id: Mapped[str] = mapped_column(ForeignKey("technology.id"), index=True)
    place_en: Mapped[str] = mapped_column(String(200), default="")
    place_zh: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    scale: Mapped[str] = mapped_column(String(200), default="")


class CityNeed(SyncedMixin, Base):
    """A problem a city wants solved, which technologies may answer."""

    __tablename__ = "city_need"

    city_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(40), default="")
    problem_en: Mapped[str] = mapped_column(Text, default="")
    problem_zh: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[str] = mapped_column(String(200), default="")
    budget_min: Mapped[float | None] = mapped_column(_MONEY, default=None)
    budget_max: Mapped[float | None] = mapped_column(_MONEY, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    deadline: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[NeedStatus] = enum_column(NeedStatus, default=NeedStatus.OPEN)
    tags: Mapped[list[str]] = mapped_column(default=list)
    licence: Mapped[str] = mapped_column(String(60), default="")
    share_consent: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(200), default="manual")


class TechMatch(SyncedMixin, Base):
    """A technology shortlisted for a city need, followed from suggestion to agreement."""

    __tablename__ = "tech_match"

    need_id: Mapped[str] = mapped_column(ForeignKey("city_need.id"), index=True)
    technology_id: Mapped[str] = mapped_column(ForeignKey("technology.id"), index=True)
    state: Mapped[MatchState] = enum_column(MatchState, default=MatchState.SUGGESTED)
    score: Mapped[float] = mapped_column(default=0.0)
    #: Why the technology ranked where it did, as computed when it was shortlisted.
    explanation: Mapped[str] = mapped_column(Text, default="")
    state_changed_on: Mapped[dt.date | None] = mapped_column(default=None)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), default=None)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class FinanceLead(SyncedMixin, Base):
    """A green investment or financing opportunity tied to a project or a city need."""

    __tablename__ = "finance_lead"

    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    instrument: Mapped[FinanceInstrument] = enum_column(FinanceInstrument, default=FinanceInstrument.GRANT)
    amount: Mapped[float | None] = mapped_column(_MONEY, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    stage: Mapped[FinanceStage] = enum_column(FinanceStage, default=FinanceStage.PROSPECT)
    investor_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    investor_contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id"), default=None, index=True
    )
    # no index on these two: no query looks leads up by them, and needs and projects are never
    # deleted outright (migration 0024)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"))
    need_id: Mapped[str | None] = mapped_column(ForeignKey("city_need.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
