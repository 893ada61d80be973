"""A project's funder is an organisation record (kind "fund"), never a loose name.

A funder named where no organisation exists yet (an import, the demo, an older file upgraded by
``0016_funders``) becomes one. Its id is derived from the name, so two offices that turn the same
name into a funder make the same record, and sync joins them instead of making a duplicate.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.chinese_names import same_name_key
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
    wanted = same_name_key(name)  # any script's case: SQLite's lower() folds A-Z only
    if not wanted:
        return None
    o = m.Organisation
    ids = session.scalars(
        select(o.id).where(
            o.deleted_at.is_(None),
            or_(
                func.petdesk_name_key(o.name_en) == wanted,
                func.petdesk_name_key(o.name_zh) == wanted,  # Traditional or Simplified
                func.petdesk_name_key(o.short_name_en) == wanted,
            ),
        )
    ).all()
    if len(ids) == 1:
        return ids[0]
    # Several hits: the one whose id the name makes, if it is among them.
    exact = [i for i in ids if i == funder_id(name)]
    return exact[0] if exact else None


def funders_containing(session: Session, part: str) -> list[tuple[str, str]]:
    """(id, name) of the live funders (organisations of kind "fund" or funding a project) whose
    English, Chinese or short name contains ``part`` (any case), by name: "GEF" finds
    "Global Environment Facility (GEF)". For finding, never for making a funder (too loose)."""
    wanted = part.strip().casefold()
    if not wanted:
        return []
    return [
        (f.id, f.name)
        for f in live_funders(session)
        if any(wanted in name.casefold() for name in (f.name_en, f.name_zh, f.short_name_en))
    ]


@dataclass(frozen=True)
class FunderNames:
    """A live funder's names, as a funder given by name is matched against."""

    id: str
    name_en: str
    name_zh: str
    short_name_en: str

    @property
    def name(self) -> str:
        return self.name_en or self.name_zh


def live_funders(session: Session) -> list[FunderNames]:
    """The live organisations of kind "fund" or funding a project, by name."""
    o = m.Organisation
    funding = select(m.Project.funder_organisation_id).where(m.Project.deleted_at.is_(None))
    rows = session.execute(
        select(o.id, o.name_en, o.name_zh, o.short_name_en).where(
            o.deleted_at.is_(None), or_(o.kind == OrgKind.FUND, o.id.in_(funding))
        )
    ).all()
    funders = [FunderNames(oid, en or "", zh or "", short or "") for oid, en, zh, short in rows]
    return sorted(funders, key=lambda f: f.name.casefold())


def funders_named(funders: Iterable[FunderNames], text: str) -> list[FunderNames]:
    """The funders ``text`` names: the one it is the name or short name of (any case), else those
    whose names contain it, as ``projects --funder`` finds them ("Asian Development Bank" and "ADB"
    name "Asian Development Bank (ADB)")."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    named = [(f, [n.casefold() for n in (f.name_en, f.name_zh, f.short_name_en) if n]) for f in funders]
    exact = [f for f, names in named if wanted in names]
    return exact or [f for f, names in named if any(wanted in name for name in names)]


#: Said when a funder's name given to a project is part of several funders' names.
SEVERAL_FUNDERS = "{text} names several funders: {names}; give more of the name"


class UnclearFunder(ValueError):
    """A funder's name that is part of several funders' names (``str()`` is :data:`SEVERAL_FUNDERS`)."""


@dataclass(frozen=True)
class FunderChoice:
    """The funder organisation a name given to a project stands for, and whether it was made now."""

    organisation: m.Organisation
    created: bool


def funders_for_name(session: Session, name_en: str, name_zh: str = "") -> list[FunderNames]:
    """The existing organisations a funder given to a project by name can be (read only): the one of
    exactly that name, else the funders whose names contain it. One is the funder; none means a new
    one is made; several are too many to choose from."""
    names = [name for name in (name_en, name_zh) if name.strip()]
    for name in names:
        found = find_funder(session, name)
        org = session.get(m.Organisation, found) if found else None
        if org is not None:
            return [FunderNames(org.id, org.name_en or "", org.name_zh or "", org.short_name_en or "")]
    funders = live_funders(session)
    for name in names:
        if named := funders_named(funders, name):
            return named
    return []


def choose_funder(session: Session, name_en: str, name_zh: str = "") -> FunderChoice:
    """The funder a project given by name gets (:func:`funders_for_name`), or a new organisation
    of kind "fund" (``created``). A name in several funders' names raises :class:`UnclearFunder`
    listing them: a second "Asian Development Bank" beside "Asian Development Bank (ADB)" was made
    without a word (field test 7)."""
    existing = funders_for_name(session, name_en, name_zh)
    if len(existing) > 1:
        text = (name_en or name_zh).strip()
        raise UnclearFunder(SEVERAL_FUNDERS.format(text=text, names="; ".join(f.name for f in existing)))
    org = session.get(m.Organisation, existing[0].id) if existing else None
    if org is not None:
        return FunderChoice(org, created=False)
    return FunderChoice(funder_for(session, name_en, name_zh), created=True)


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
