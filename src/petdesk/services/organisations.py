"""Partner organisations: create, edit, soft-delete with undo, tags, and the detail view
(people current and former, activity history, visits and trainings it took part in)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from petdesk import city_names
from petdesk import models as m
from petdesk.batches import in_batches
from petdesk.han_script import simplified
from petdesk.i18n import N_
from petdesk.models.enums import FollowUpStatus, OrgKind
from petdesk.models.types import utcnow
from petdesk.name_words import NameChange, name_change, same_words
from petdesk.quoting import quoted
from petdesk.services import (
    follow_up_partners,
    housekeeping,
    names,
    newer_values,
    organisation_channels,
    postcodes,
)
from petdesk.services.contacts import TrainingView, VisitView, _retag, clean_tags, split_tags
from petdesk.services.matching import half_width_latin
from petdesk.services.soft_delete import set_deleted
from petdesk.services.validation import Issue, NotFoundError, ValidationError, country_codes, website_problem

FIELDS = (
    "name_en",
    "name_zh",
    "short_name_en",
    "short_name_zh",
    "aliases",
    "kind",
    "country",
    "city_en",
    "city_zh",
    "address_en",
    "address_zh",
    "postal_code",
    "website",
    "phone",
    "email",
    "technology_areas",
    "is_member_city",
    "notes",
    "tags",
    "source",
)
_LIST_FIELDS = {"aliases", "technology_areas", "tags"}
_MAX_LENGTH = {
    "name_en": 300,
    "name_zh": 300,
    "short_name_en": 100,
    "short_name_zh": 100,
    "city_en": 100,
    "city_zh": 100,
    "website": 300,
    "source": 200,
}


def validate_organisation(values: Mapping[str, Any]) -> list[Issue]:
    issues: list[Issue] = []
    get = lambda key: str(values.get(key) or "").strip()  # noqa: E731
    if not (get("name_en") or get("name_zh")):
        issues.append(Issue("name_en", N_("Enter the organisation's name in English or Chinese.")))
    if get("country") and get("country").upper() not in country_codes():
        issues.append(
            Issue(
                "country",
                N_("“{value}” is not a two-letter country code (e.g. CN, DE)."),
                {"value": get("country")},
            )
        )
    if problem := postcodes.problem(get("postal_code"), get("country")):
        issues.append(
            Issue("postal_code", problem, {"value": get("postal_code"), "limit": str(postcodes.MAX_LENGTH)})
        )
    if problem := website_problem(half_width_latin(get("website"))):  # as it would be stored
        issues.append(Issue("website", problem, {"value": get("website")}))
    issues += organisation_channels.channel_issues(get("phone"), get("email"))
    if values.get("kind") not in (None, ""):
        try:
            OrgKind(values["kind"])
        except ValueError:
            issues.append(
                Issue("kind", N_("Unknown kind of organisation “{value}”."), {"value": str(values["kind"])})
            )
    for key, limit in _MAX_LENGTH.items():
        if len(get(key)) > limit:
            issues.append(
                Issue(key, N_("This field is limited to {limit} characters."), {"limit": str(limit)})
            )
    return issues


#: Fields written in Latin script, stored with full-width letters made ASCII (as a contact's).
LATIN_FIELDS = ("name_en", "website")


def _coerce(key: str, value: Any) -> Any:
    if key in LATIN_FIELDS and isinstance(value, str):
        return half_width_latin(value).strip()
    if key == "tags" and isinstance(value, str):
        return split_tags(value)
    if key in _LIST_FIELDS:
        if isinstance(value, str):
            value = value.replace("，", ",").split(",")
        return clean_tags(value or [])
    if key == "kind":
        return OrgKind(value) if value else OrgKind.ENTERPRISE
    if key == "country":
        return (value or "").strip().upper()
    if key == "is_member_city":
        return bool(value)
    if key == "postal_code":
        return postcodes.tidy(value)
    if key == "email":
        return organisation_channels.stored_email(value)
    if key == "phone":  # its international form needs the country: see _stored_phone
        return organisation_channels.stored_phone(value)
    return (value or "").strip() if isinstance(value, str) or value is None else value


def _stored_phone(session: Session, phone: str | None, country: str) -> str:
    """The switchboard number in international form, read with the organisation's country, else the
    office's (a Bonn partner's "0228 815 0" is German wherever the office is)."""
    from petdesk.services.office import home_country

    return organisation_channels.stored_phone(phone, country, home_country(session)) if phone else ""


def get_organisation(
    session: Session, organisation_id: str, *, include_deleted: bool = False
) -> m.Organisation:
    org = session.get(m.Organisation, organisation_id)
    if org is None or (org.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"no organisation with id {organisation_id}")
    return org


@dataclass(frozen=True, slots=True)
class SameName:
    """A live organisation of the same name and city as one about to be created."""

    id: str
    name_en: str
    name_zh: str
    city_en: str
    city_zh: str

    def name(self, language: str) -> str:
        return names.organisation_display_name(language, name_en=self.name_en, name_zh=self.name_zh)

    def city(self, language: str) -> str:
        # the window's question names 成都 in Chinese for a bureau saved with "Chengdu" only
        return city_names.shown_city(self.city_en, self.city_zh, language)


class DuplicateOrganisation(ValueError):
    """A live organisation has the name (in either language) and the city of the one to create:
    the user is asked before a second one is made (field test 6: two identical lines in every
    picker)."""

    def __init__(self, existing: SameName) -> None:
        self.existing = existing
        super().__init__(
            f"an organisation named {quoted(existing.name('en'))} already exists (id {existing.id})"
        )


def _same_city(a_en: str, a_zh: str, b_en: str, b_zh: str) -> bool:
    """Cities agree in either language; two organisations without a city are in the same one."""
    # A known city written in one language only is in both (成都 is Chengdu): one saved before field
    # test 57, or from another office, is the same city as the one typed in the other language.
    a_en, a_zh = city_names.in_both_languages(a_en, a_zh)
    b_en, b_zh = city_names.in_both_languages(b_en, b_zh)
    a_en, b_en = names.fold(a_en.strip()), names.fold(b_en.strip())
    a_zh, b_zh = simplified(a_zh.strip()), simplified(b_zh.strip())  # 臺北 is 台北
    if not (a_en or a_zh or b_en or b_zh):
        return True
    return bool((a_en and a_en == b_en) or (a_zh and a_zh == b_zh))


def same_name_organisation(session: Session, values: Mapping[str, Any]) -> SameName | None:
    """The live organisation with the English or Chinese name (any case, spacing at the ends) and
    the city of ``values``, if there is one."""
    name_en = str(values.get("name_en") or "").strip()
    name_zh = str(values.get("name_zh") or "").strip()
    conditions: list[ColumnElement[bool]] = []
    if name_en:
        # Any script's case (ilike and lower() fold A-Z only: "ØRSTED" would miss "Ørsted").
        conditions.append(func.petdesk_name_key(m.Organisation.name_en) == names.same_name_key(name_en))
    if name_zh:
        # Traditional or Simplified: 臺北市環境保護局 is 台北市环境保护局
        conditions.append(func.petdesk_name_key(m.Organisation.name_zh) == names.same_name_key(name_zh))
    if not conditions:
        return None
    org = m.Organisation
    rows = session.execute(
        select(org.id, org.name_en, org.name_zh, org.city_en, org.city_zh)
        .where(org.deleted_at.is_(None), or_(*conditions))
        .order_by(org.created_at, org.id)
    )
    city_en, city_zh = str(values.get("city_en") or ""), str(values.get("city_zh") or "")
    for row in rows:
        if _same_city(city_en, city_zh, row.city_en or "", row.city_zh or ""):
            return SameName(
                row.id, row.name_en or "", row.name_zh or "", row.city_en or "", row.city_zh or ""
            )
    return None


def create_organisation(session: Session, *, refuse_same_name: bool = False, **values: Any) -> m.Organisation:
    """Create an organisation; with ``refuse_same_name``, raise :class:`DuplicateOrganisation`
    rather than make a second one of the same name and city (the window asks, then creates)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown organisation fields: {', '.join(sorted(unknown))}")
    if issues := validate_organisation(values):
        raise ValidationError(issues)
    if refuse_same_name and (existing := same_name_organisation(session, values)) is not None:
        raise DuplicateOrganisation(existing)
    org = m.Organisation(**{k: _coerce(k, v) for k, v in values.items()})
    # A known city in both languages, as a training's (field test 57).
    org.city_en, org.city_zh = city_names.saved_city(org.city_en, org.city_zh)
    if not org.source:
        org.source = "manual"
    org.phone = _stored_phone(session, org.phone, org.country)
    session.add(org)
    session.flush()
    return org


class UnsureRename(Exception):
    """A name changed by a letter where a letter may be the meaning (an acronym, a short name):
    the window asks whether it is a new name or a correction, then saves again with the answer."""

    def __init__(self, changes: list[tuple[str, str]]) -> None:
        self.changes = changes  #: (old, new) of each name in doubt
        super().__init__("; ".join(f"{old!r} -> {new!r}" for old, new in changes))


def update_organisation(
    session: Session,
    organisation_id: str,
    *,
    renamed: bool | None = None,
    refuse_unsure: bool = False,
    **values: Any,
) -> m.Organisation:
    """Change an organisation; a changed name becomes a former name if it was a rename.
    ``renamed`` says so for every changed name (True: a new name, False: a correction); None
    leaves it to :func:`petdesk.name_words.name_change`, the rule sync uses, and with
    ``refuse_unsure`` raises :class:`UnsureRename` where the rule is in doubt (the window asks)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown organisation fields: {', '.join(sorted(unknown))}")
    org = get_organisation(session, organisation_id)
    merged = {key: getattr(org, key) for key in FIELDS} | values
    if issues := validate_organisation(merged):
        raise ValidationError(issues)
    if refuse_unsure and renamed is None and (doubts := unsure_renames(org, values)):
        raise UnsureRename(doubts)
    before = org.city_en or "", org.city_zh or ""
    former = [
        old
        for old, key in ((org.name_en, "name_en"), (org.name_zh, "name_zh"))
        if _was_renamed(old or "", str(merged[key] or ""), renamed)
    ]
    for key, value in values.items():
        new = _coerce(key, value)
        if key == "phone":
            new = _stored_phone(session, new, str(merged.get("country") or ""))
        if getattr(org, key) != new:
            setattr(org, key, new)
    if kept := former_names(former, org):  # a rename back drops the name from the former ones
        current = (org.name_en, org.name_zh)
        org.aliases = [a for a in org.aliases if not any(same_words(a, n) for n in current)] + kept
    if (city := city_names.saved_city(org.city_en, org.city_zh, before)) != (org.city_en, org.city_zh):
        org.city_en, org.city_zh = city
    org.updated_at = utcnow()
    session.flush()
    return org


def change_other_names(
    session: Session, organisation_id: str, *, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> list[str]:
    """Add and remove other names one whole name each, commas kept ("University of Stuttgart,
    Institute of …" is one name, field test 102); a name is matched ignoring case and spacing. The
    names to remove that it does not have are returned and nothing changes then (a typo is said)."""
    org = get_organisation(session, organisation_id)
    remove = [n for n in remove if n.strip()]
    if missing := [n for n in remove if not any(same_words(n, a) for a in org.aliases)]:
        return missing
    names = [a for a in org.aliases if not any(same_words(a, n) for n in remove)]
    for name in add:
        if name.strip() and not any(same_words(name, a) for a in names):
            names.append(name.strip())
    if names != list(org.aliases):
        update_organisation(session, organisation_id, aliases=names)
    return []


def unsure_renames(org: m.Organisation, values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (old, new) names ``values`` changes where the rename rule is in doubt."""
    changes = [(getattr(org, key) or "", str(values.get(key) or "")) for key in ("name_en", "name_zh")]
    return [(old, new) for old, new in changes if old and new and name_change(old, new) is NameChange.UNSURE]


def _was_renamed(old: str, new: str, renamed: bool | None) -> bool:
    """Whether ``old`` changed into ``new`` becomes a former name: as told, else by the rule (a
    typo fixed, "Shenzen" → "Shenzhen" or 生太 → 生态, leaves none behind; in doubt, neither)."""
    if not old or same_words(old, new):
        return False
    if renamed is not None:
        return renamed
    return name_change(old, new) is NameChange.RENAME


def former_names(before: Iterable[str], org: m.Organisation) -> list[str]:
    """The names a rename replaced, to keep among the other names: 深圳市人居环境委员会, renamed
    深圳市生态环境局 in 2018, is still what old letters and colleagues call it, and search must find it
    (field test 102, defect 1). A change of case or spacing only is a correction, not a former name."""
    known = [org.name_en, org.name_zh, org.short_name_en, org.short_name_zh, *org.aliases]
    kept: list[str] = []
    for name in before:
        if name and not any(same_words(name, other) for other in [*known, *kept]):
            kept.append(name)
    return kept


def delete_organisations(
    session: Session, organisation_ids: Iterable[str], *, untouched_years: int | None = None
) -> list[str]:
    """Soft-delete; people keep their affiliation rows, so a restore brings the links back. The
    organisation's own open follow-ups (not a visit's) go with it, deleted in the same moment, so
    they leave Home and come back with it (field test 50, defect 4)."""
    deleted = set_deleted(session, m.Organisation, organisation_ids, deleted=True)
    follow_up_partners.delete_with(session, "organisation", _deletion_stamps(session, deleted))
    housekeeping.record(session, "delete", "organisation", len(deleted), untouched_years=untouched_years)
    session.flush()
    return deleted


def _deletion_stamps(session: Session, ids: list[str]) -> dict[str, Any]:
    """Organisation id -> its ``deleted_at`` (None when live)."""
    stamps: dict[str, Any] = {}
    for chunk in in_batches(ids):
        orgs = session.scalars(select(m.Organisation).where(m.Organisation.id.in_(chunk)))
        stamps.update({o.id: o.deleted_at for o in orgs})
    return stamps


@dataclass(frozen=True)
class DeletionLinks:
    """What hangs off organisations about to be deleted: the question names each (field test 50,
    defect 4: it named only the people)."""

    people: int = 0
    open_follow_ups: int = 0
    activities: int = 0
    projects_led: int = 0
    projects_funded: int = 0
    projects_partnered: int = 0
    visits_hosted: int = 0


def deletion_links(session: Session, organisation_ids: Iterable[str]) -> DeletionLinks:
    ids = list(organisation_ids)
    counts: dict[str, int] = dict.fromkeys(
        (
            "open_follow_ups",
            "activities",
            "projects_led",
            "projects_funded",
            "projects_partnered",
            "visits_hosted",
        ),
        0,
    )
    p = m.Project
    for chunk in in_batches(ids):
        queries = {
            "open_follow_ups": follow_up_partners.own_follow_ups("organisation", chunk, deleted=False)
            .where(newer_values.is_or_unknown(m.FollowUp.status, FollowUpStatus.OPEN))
            .with_only_columns(func.count()),
            "activities": select(func.count()).where(
                m.Activity.organisation_id.in_(chunk), m.Activity.deleted_at.is_(None)
            ),
            "projects_led": select(func.count()).where(
                p.lead_organisation_id.in_(chunk), p.deleted_at.is_(None)
            ),
            "projects_funded": select(func.count()).where(
                p.funder_organisation_id.in_(chunk), p.deleted_at.is_(None)
            ),
            "projects_partnered": select(func.count(func.distinct(m.ProjectPartner.project_id)))
            .join(p, p.id == m.ProjectPartner.project_id)
            .where(
                m.ProjectPartner.organisation_id.in_(chunk),
                m.ProjectPartner.deleted_at.is_(None),
                p.deleted_at.is_(None),
            ),
            "visits_hosted": select(func.count()).where(
                m.Visit.host_organisation_id.in_(chunk), m.Visit.deleted_at.is_(None)
            ),
        }
        for key, query in queries.items():
            counts[key] += session.scalar(query) or 0
    return DeletionLinks(people=people_working_at(session, ids), **counts)


def people_working_at(session: Session, organisation_ids: Iterable[str]) -> int:
    """How many live people hold a position (not ended) at these organisations: deleting them must
    say so, or those people silently show no organisation (field test 25, defect 6)."""
    ids = list(organisation_ids)
    total = 0
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        total += (
            session.scalar(
                select(func.count(func.distinct(m.Affiliation.contact_id)))
                .join(m.Contact, m.Contact.id == m.Affiliation.contact_id)
                .where(
                    m.Affiliation.organisation_id.in_(ids[start : start + 500]),
                    m.Affiliation.deleted_at.is_(None),
                    m.Affiliation.end_date.is_(None),
                    m.Contact.deleted_at.is_(None),
                )
            )
            or 0
        )
    return total


def restore_organisations(session: Session, organisation_ids: Iterable[str]) -> list[str]:
    """Bring them back, with the follow-ups deleted in the same moment (as Deleted Records does)."""
    stamps = _deletion_stamps(session, list(organisation_ids))
    restored = set_deleted(session, m.Organisation, list(stamps), deleted=False)
    follow_up_partners.restore_with(session, "organisation", {i: stamps[i] for i in restored})
    housekeeping.record(session, "restore", "organisation", len(restored))
    session.flush()
    return restored


def add_tags(session: Session, organisation_ids: Iterable[str], tags: Iterable[str]) -> int:
    return _retag(session, m.Organisation, organisation_ids, tags, ())


def remove_tags(session: Session, organisation_ids: Iterable[str], tags: Iterable[str]) -> int:
    return _retag(session, m.Organisation, organisation_ids, (), tags)


# -- detail view ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonView:
    """A person at the organisation, through one affiliation."""

    contact_id: str
    affiliation_id: str
    name_en: str
    name_zh: str
    position_en: str
    position_zh: str
    start_date: dt.date | None
    end_date: dt.date | None

    def name(self, language: str) -> str:
        return (self.name_zh or self.name_en) if language.startswith("zh") else (self.name_en or self.name_zh)

    def position(self, language: str) -> str:
        return (
            (self.position_zh or self.position_en)
            if language.startswith("zh")
            else (self.position_en or self.position_zh)
        )


@dataclass
class OrganisationDetail:
    organisation: m.Organisation
    current_people: list[PersonView]
    former_people: list[PersonView]
    activities: list[m.Activity] = field(default_factory=list)
    visits: list[VisitView] = field(default_factory=list)
    trainings: list[TrainingView] = field(default_factory=list)


def people(session: Session, organisation_id: str) -> tuple[list[PersonView], list[PersonView]]:
    """(current, former) people of the organisation; former ones newest departure first."""
    rows = session.execute(
        select(m.Affiliation, m.Contact)
        .join(m.Contact, m.Contact.id == m.Affiliation.contact_id)
        .where(
            m.Affiliation.organisation_id == organisation_id,
            m.Affiliation.deleted_at.is_(None),
            m.Contact.deleted_at.is_(None),
        )
    ).all()
    current: list[PersonView] = []
    former: list[PersonView] = []
    for a, c in rows:
        view = PersonView(
            contact_id=c.id,
            affiliation_id=a.id,
            name_en=names.person_display_name(
                "en",
                family=c.family_name,
                given=c.given_name,
                order=c.name_order,
                family_zh=c.family_name_zh,
                given_zh=c.given_name_zh,
                native_name_language=c.native_name_language or "",
                languages=c.languages or (),
            ),
            name_zh=names.person_display_name(
                "zh",
                family=c.family_name,
                given=c.given_name,
                order=c.name_order,
                family_zh=c.family_name_zh,
                given_zh=c.given_name_zh,
                native_name_language=c.native_name_language or "",
                languages=c.languages or (),
            ),
            position_en=a.position_en,
            position_zh=a.position_zh,
            start_date=a.start_date,
            end_date=a.end_date,
        )
        (current if a.end_date is None else former).append(view)
    current.sort(key=lambda p: p.name_en.casefold())
    former.sort(key=lambda p: p.end_date or dt.date.min, reverse=True)
    return current, former


def organisation_visits(session: Session, organisation_id: str) -> list[VisitView]:
    """Visits it hosted, sent, or met in (through an itinerary item)."""
    item_visits = (
        select(m.ItineraryItem.visit_id)
        .join(m.ItineraryOrganisation, m.ItineraryOrganisation.item_id == m.ItineraryItem.id)
        .where(
            m.ItineraryOrganisation.organisation_id == organisation_id,
            m.ItineraryOrganisation.deleted_at.is_(None),
        )
    )
    visits = session.scalars(
        select(m.Visit)
        .where(
            m.Visit.deleted_at.is_(None),
            or_(
                m.Visit.host_organisation_id == organisation_id,
                m.Visit.visiting_organisation_id == organisation_id,
                m.Visit.id.in_(item_visits),
            ),
        )
        .order_by(m.Visit.start_date.desc())
    ).all()
    out = []
    for v in visits:
        role = (
            "host"
            if v.host_organisation_id == organisation_id
            else "visiting"
            if v.visiting_organisation_id == organisation_id
            else "met"
        )
        out.append(
            VisitView(v.id, v.title_en, v.title_zh, v.start_date, v.end_date, str(v.status.value), role)
        )
    return out


def organisation_trainings(session: Session, organisation_id: str) -> list[TrainingView]:
    """Trainings it organised, or that its people (then or now) took part in."""
    staff = select(m.Affiliation.contact_id).where(
        m.Affiliation.organisation_id == organisation_id, m.Affiliation.deleted_at.is_(None)
    )
    participant_trainings = select(m.TrainingParticipant.training_id).where(
        m.TrainingParticipant.contact_id.in_(staff), m.TrainingParticipant.deleted_at.is_(None)
    )
    trainings = session.scalars(
        select(m.Training)
        .where(
            m.Training.deleted_at.is_(None),
            or_(m.Training.organiser_id == organisation_id, m.Training.id.in_(participant_trainings)),
        )
        .order_by(m.Training.start_date.desc())
    ).all()
    return [
        TrainingView(
            t.id,
            t.title_en,
            t.title_zh,
            t.start_date,
            t.end_date,
            "organiser" if t.organiser_id == organisation_id else "participants",
        )
        for t in trainings
    ]


def organisation_detail(session: Session, organisation_id: str) -> OrganisationDetail:
    from petdesk.services.activities import list_activities

    org = get_organisation(session, organisation_id)
    current, former = people(session, organisation_id)
    return OrganisationDetail(
        organisation=org,
        current_people=current,
        former_people=former,
        activities=list_activities(session, organisation_id=organisation_id),
        visits=organisation_visits(session, organisation_id),
        trainings=organisation_trainings(session, organisation_id),
    )


def names_then(session: Session, moment: dt.datetime) -> dict[str, dict[str, str]]:
    """Organisation id -> {"name_en" or "name_zh": that name at ``moment``}, for those renamed since: a
    dossier of a 2017 visit reprinted now names the host as it was then (field test 102, defect 4).
    Read from the change log (the first rename after ``moment`` held the old name); a side not
    renamed since is absent (the current name is the one)."""
    rows = session.execute(
        select(m.SyncChange.row_id, m.SyncChange.field, m.SyncChange.old_value)
        .where(
            m.SyncChange.entity == "organisation",
            m.SyncChange.field.in_(("name_en", "name_zh")),
            m.SyncChange.at > moment,
        )
        .order_by(m.SyncChange.at.desc(), m.SyncChange.hlc.desc())
    )
    then: dict[str, dict[str, str]] = {}
    for row_id, name_field, old in rows:  # newest first: the earliest rename's old name stays
        then.setdefault(row_id, {})[name_field] = str(json.loads(old) or "") if old else ""
    return then
