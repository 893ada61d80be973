"""One organisation whole, as plain values: what ``petdesk organisation ID`` prints and ``--json``
writes (names in both languages, kind, place, tags, its people with positions, how many projects,
technologies and visits it has, and its last change from the change log sync exchanges)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.models.enums import OrgKind
from petdesk.models.sync import SyncChange
from petdesk.services import newer_values
from petdesk.services.organisations import PersonView, get_organisation, organisation_visits, people


@dataclass(frozen=True)
class LastChange:
    """The newest entry of the organisation's own change log (its people's positions have theirs)."""

    at: dt.datetime
    office_id: str
    #: The office's name, and its Chinese one (``language.office_name`` picks one to show).
    office: str
    office_zh: str
    staff: str


@dataclass(frozen=True)
class OrganisationCard:
    id: str
    name_en: str
    name_zh: str
    short_name_en: str
    short_name_zh: str
    kind: OrgKind
    country: str
    city_en: str
    city_zh: str
    website: str
    tags: list[str]
    is_member_city: bool
    notes: str
    people: list[PersonView]
    former_people: int
    projects: int
    technologies: int
    visits: int
    updated_at: dt.datetime
    last_change: LastChange | None = None
    aliases: list[str] = field(default_factory=list)
    address_en: str = ""
    address_zh: str = ""
    #: None when not known.
    postal_code: str | None = None
    #: The organisation's own phone and e-mail (0078), "" when not known.
    phone: str = ""
    email: str = ""
    technology_areas: list[str] = field(default_factory=list)
    #: The kind a newer petdesk stored, read as ``kind`` (the fallback); None when known.
    stored_kind: str | None = None


def organisation_card(session: Session, organisation_id: str) -> OrganisationCard:
    """The live organisation ``organisation_id``; NotFoundError when there is none."""
    org = get_organisation(session, organisation_id)
    current, former = people(session, organisation_id)
    return OrganisationCard(
        id=org.id,
        name_en=org.name_en,
        name_zh=org.name_zh,
        short_name_en=org.short_name_en,
        short_name_zh=org.short_name_zh,
        kind=org.kind,
        stored_kind=newer_values.unknown_values(session, org).get("kind"),
        country=org.country,
        city_en=org.city_en,
        city_zh=org.city_zh,
        website=org.website,
        tags=list(org.tags),
        is_member_city=org.is_member_city,
        notes=org.notes,
        people=current,
        former_people=len(former),
        projects=project_count(session, organisation_id),
        technologies=session.scalar(
            select(func.count()).where(
                m.Technology.provider_organisation_id == organisation_id, m.Technology.deleted_at.is_(None)
            )
        )
        or 0,
        visits=len(organisation_visits(session, organisation_id)),
        updated_at=org.updated_at,
        last_change=last_change(session, organisation_id),
        aliases=list(org.aliases),
        address_en=org.address_en,
        address_zh=org.address_zh,
        postal_code=org.postal_code,
        phone=org.phone or "",
        email=org.email or "",
        technology_areas=list(org.technology_areas),
    )


def project_count(session: Session, organisation_id: str) -> int:
    """Live projects it leads, funds or is a partner of, each once."""
    p = m.Project
    partnered = select(m.ProjectPartner.project_id).where(
        m.ProjectPartner.organisation_id == organisation_id, m.ProjectPartner.deleted_at.is_(None)
    )
    query = select(func.count()).where(
        p.deleted_at.is_(None),
        or_(
            p.lead_organisation_id == organisation_id,
            p.funder_organisation_id == organisation_id,
            p.id.in_(partnered),
        ),
    )
    return session.scalar(query) or 0


def last_change(session: Session, organisation_id: str) -> LastChange | None:
    """Who changed the organisation last, where and when (None for one from before the log)."""
    row = session.execute(
        select(SyncChange.at, SyncChange.office, SyncChange.staff)
        .where(SyncChange.entity == "organisation", SyncChange.row_id == organisation_id)
        .order_by(SyncChange.hlc.desc(), SyncChange.office.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    office = session.get(m.Office, row.office)
    if office is None:  # an office this one has not heard of yet: its id is all there is
        return LastChange(row.at, row.office, row.office[:8], "", row.staff)
    return LastChange(row.at, row.office, office.name, office.name_zh, row.staff)
