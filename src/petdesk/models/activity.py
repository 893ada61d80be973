"""The activity log (calls, meetings, e-mails, notes) and the projects the office follows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import ActivityKind, ProjectStatus


class Activity(SyncedMixin, Base):
    """Something that happened with an organisation or contact, so its history stays visible."""

    __tablename__ = "activity"

    kind: Mapped[ActivityKind] = enum_column(ActivityKind, default=ActivityKind.NOTE)
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    # no index: no query looks activities up by visit, and visits are never deleted outright
    # (migration 0024)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))
    #: Name of the staff member who logged it.
    author: Mapped[str] = mapped_column(String(200), default="")


class Project(SyncedMixin, Base):
    """A project applying for government assistance or international project funds."""

    __tablename__ = "project"

    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.IDEA)
    amount: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    lead_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    technology_areas: Mapped[list[str]] = mapped_column(default=list)
    deadline: Mapped[dt.date | None] = mapped_column(default=None)
    #: The deadline's time of day ("17:00") in ``deadline_zone`` (IANA, the funder's), both "" for
    #: a whole-day deadline (0072_project_deadline_time; ``services.deadline_time``).
    deadline_time: Mapped[str] = mapped_column(String(5), default="")
    deadline_zone: Mapped[str] = mapped_column(String(64), default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    # Added by 0015_pipeline. ``status`` is the board's stage, ``amount`` the amount requested.
    #: The funder is always an organisation (0016_funders turned the older fund names into ones).
    funder_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    programme_en: Mapped[str] = mapped_column(String(300), default="")
    programme_zh: Mapped[str] = mapped_column(String(300), default="")
    amount_approved: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False), default=None)
    cofinancing: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False), default=None)
    cofinancing_note: Mapped[str] = mapped_column(Text, default="")
    #: Documents referenced by file path or URL.
    documents: Mapped[list[str]] = mapped_column(default=list)
    #: Position within its stage column on the board.
    board_rank: Mapped[int] = mapped_column(default=0)
