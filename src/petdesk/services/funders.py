"""A project's funder is an organisation record (kind "fund"), never a loose name.

A funder named where no organisation exists yet (an import, the demo, an older file upgraded by
``0016_funders``) becomes one. Its id is derived from the name, so two offices that turn the same
name into a funder make the same record, and sync joins them instead of making a duplicate.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.models.enums import OrgKind

#: Namespace of funder ids; ``0016_funders`` keeps its own copy of it (migrations are frozen).
FUNDER_NAMESPACE = uuid.UUID("5f0c3b0e-7d1f-4c55-9a55-0016f0de0016")


def funder_key(name_en: str, name_zh: str = "") -> str:
    return (name_en.strip() or name_zh.strip()).casefold()


def funder_id(name_en: str, name_zh: str = "") -> str:
    """The id a funder made from these names gets (the same in every office)."""
    return str(uuid.uuid5(FUNDER_NAMESPACE, funder_key(name_en, name_zh)))


def find_funder(session: Session, name: str) -> str | None:
    """The live organisation called ``name`` (English, Chinese or short name, any case), if exactly
    one is; an ambiguous name finds none rather than the wrong one."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    o = m.Organisation
    ids = session.scalars(
        select(o.id).where(
            o.deleted_at.is_(None),
            or_(
                func.lower(o.name_en) == wanted,
                o.name_zh == name.strip(),
                func.lower(o.short_name_en) == wanted,
            ),
        )
    ).all()
    if len(ids) == 1:
        return ids[0]
    # Names differing only in non-ASCII case (lower() in SQLite folds ASCII only) or several hits.
    exact = [i for i in ids if i == funder_id(name)]
    return exact[0] if exact else None


def funders_containing(session: Session, part: str) -> list[tuple[str, str]]:
    """(id, name) of the live funders (organisations of kind "fund" or funding a project) whose
    English, Chinese or short name contains ``part`` (any case), by name: "GEF" finds
    "Global Environment Facility (GEF)". For finding, never for making a funder (too loose)."""
    wanted = part.strip().casefold()
    if not wanted:
        return []
    o = m.Organisation
    funding = select(m.Project.funder_organisation_id).where(m.Project.deleted_at.is_(None))
    rows = session.execute(
        select(o.id, o.name_en, o.name_zh, o.short_name_en).where(
            o.deleted_at.is_(None), or_(o.kind == OrgKind.FUND, o.id.in_(funding))
        )
    ).all()
    found = [
        (oid, en or zh)
        for oid, en, zh, short in rows
        if any(wanted in (name or "").casefold() for name in (en, zh, short))
    ]
    return sorted(found, key=lambda row: row[1].casefold())


def funder_for(session: Session, name_en: str, name_zh: str = "", *, country: str = "") -> m.Organisation:
    """The funder organisation with these names: an existing one, else a new one of kind "fund"."""
    for name in (name_en, name_zh):
        if name.strip() and (found := find_funder(session, name)) is not None:
            org = session.get(m.Organisation, found)
            if org is not None:
                return org
    if not funder_key(name_en, name_zh):
        raise ValueError("a funder needs a name")
    new_id = funder_id(name_en, name_zh)
    org = session.get(m.Organisation, new_id)
    if org is not None:  # deleted earlier: bring it back rather than clash on the id
        org.deleted_at = None
        return org
    org = m.Organisation(
        id=new_id,
        name_en=name_en.strip(),
        name_zh=name_zh.strip(),
        kind=OrgKind.FUND,
        country=country,
        source="funder",
    )
    session.add(org)
    session.flush()
    return org
