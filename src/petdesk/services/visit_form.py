"""What the visit editor shows, as plain frozen values read in one go.

The editor never walks the visit's lazy relations or filters deleted rows itself (issue 10): the
live participants, items, attendees, linked organisations and follow-ups are chosen here. The
editor reads this off the GUI thread when it opens and with its Save; it reads it on its draft (the
held changes replayed, never committed) to show a change before it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from petdesk.models import Contact
from petdesk.models.enums import ItineraryKind, ParticipantRole, VisitDirection, VisitStatus
from petdesk.services import clashes as clash_service
from petdesk.services import follow_ups as follow_up_service
from petdesk.services import logistics as logistics_service
from petdesk.services import newer_values
from petdesk.services import visits as visit_service
from petdesk.services.follow_ups import FollowUpRow
from petdesk.services.names import kana_stand_in, latin_stand_in
from petdesk.services.rooming import RoomingGap, rooming_gaps, same_nights_other_visits
from petdesk.services.vehicle_capacity import OverCapacity, over_capacity

#: The visit's free texts, as the details tab shows them.
TEXT_FIELDS = ("title_en", "title_zh", "purpose_en", "purpose_zh", "outcomes_en", "outcomes_zh", "notes")


@dataclass(frozen=True)
class Member:
    """One person of the delegation (or the host side)."""

    contact_id: str
    name: str
    #: The name in the other script, "" when it reads the same.
    other_name: str
    role: ParticipantRole
    organisation: str
    #: The role a newer petdesk stored, read as ``role`` (the fallback); None when known.
    stored_role: str | None = None


@dataclass(frozen=True)
class ItemView:
    """One live itinerary item with its live attendees and linked organisations and its protocol."""

    id: str
    kind: ItineraryKind
    title_en: str
    title_zh: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    place_en: str
    place_zh: str
    address_en: str
    address_zh: str
    city_en: str
    city_zh: str
    notes: str
    host_contact_id: str | None
    interpreter_contact_id: str | None
    dress_code: str
    seating_note: str
    attendee_ids: tuple[str, ...]
    #: (organisation id, name in the reader's language)
    organisations: tuple[tuple[str, str], ...]
    #: From the protocol: who hosts or chairs and who interprets (English, Chinese), the cars.
    host_name: tuple[str, str] = ("", "")
    interpreter_name: tuple[str, str] = ("", "")
    vehicles: tuple[str, ...] = ()
    #: An imported all-day event: shown as "all day", not "00:00–00:00".
    all_day: bool = False
    #: The kind a newer petdesk stored, read as ``kind`` (the fallback); None when known.
    stored_kind: str | None = None

    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(ZoneInfo(self.timezone))


@dataclass(frozen=True)
class VisitForm:
    id: str
    title: str
    texts: Mapping[str, str]
    direction: VisitDirection
    status: VisitStatus
    start_date: dt.date
    end_date: dt.date
    timezone: str
    host: tuple[str | None, str]
    visiting: tuple[str | None, str]
    delegation: tuple[Member, ...]
    items: tuple[ItemView, ...]
    follow_ups: tuple[FollowUpRow, ...]
    clashes: tuple[clash_service.Clash, ...]
    #: Rooming gaps, shown beside the clashes (field test 52, defect 4).
    rooming: tuple[RoomingGap, ...] = ()
    #: Vehicles with more riders than seats for an item, shown there too (field test 52).
    vehicles: tuple[OverCapacity, ...] = ()
    #: The delegation's country code and announced size (0070), None when not known.
    country: str | None = None
    head_count: int | None = None
    #: Field -> the value a newer petdesk stored there, read as the fallback (``newer_values``).
    newer: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def item(self, item_id: str) -> ItemView | None:
        return next((i for i in self.items if i.id == item_id), None)


def read_visit_form(session: Session, visit_id: str, lang: str) -> VisitForm:
    """The visit with everything the editor's tabs show; names in ``lang`` ("en" or "zh")."""
    v = visit_service.get_visit(session, visit_id)
    other = "en" if lang == "zh" else "zh"
    delegation = []
    people = visit_service.in_list_order((p for p in v.participants if p.deleted_at is None), lang)
    for p, newer in zip(people, newer_values.unknown_values_of(session, people), strict=True):
        c = p.contact
        aff = c.current_affiliation()
        name = c.display_name(lang)
        delegation.append(
            Member(
                c.id,
                name,
                other_script_name(c, lang, other),
                p.role,
                aff.organisation.display_name(lang) if aff else "",
                newer.get("role"),
            )
        )
    protocol = logistics_service.logistics(session, v.id).items
    items = []
    for item in visit_service.itinerary(session, v.id):
        extra = protocol.get(item.id)
        host = extra.host if extra else None
        interpreter = extra.interpreter if extra else None
        items.append(
            ItemView(
                id=item.id,
                kind=item.kind,
                stored_kind=newer_values.unknown_values(session, item).get("kind"),
                title_en=item.title_en,
                title_zh=item.title_zh,
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                timezone=item.timezone,
                place_en=item.place_en,
                place_zh=item.place_zh,
                address_en=item.address_en,
                address_zh=item.address_zh,
                city_en=item.city_en,
                city_zh=item.city_zh,
                notes=item.notes,
                host_contact_id=item.host_contact_id,
                interpreter_contact_id=item.interpreter_contact_id,
                dress_code=item.dress_code,
                seating_note=item.seating_note,
                all_day=item.all_day,
                attendee_ids=tuple(a.contact_id for a in item.attendees if a.deleted_at is None),
                organisations=tuple(
                    (o.organisation_id, o.organisation.display_name(lang))
                    for o in item.organisations
                    if o.deleted_at is None
                ),
                host_name=(host.name_en, host.name_zh) if host else ("", ""),
                interpreter_name=(interpreter.name_en, interpreter.name_zh) if interpreter else ("", ""),
                vehicles=tuple(extra.vehicles) if extra else (),
            )
        )
    follow_ups = tuple(follow_up_service.of_record(session, "visit", v.id))
    return VisitForm(
        id=v.id,
        title=v.title(lang),
        country=v.country,
        head_count=v.head_count,
        texts=MappingProxyType({key: getattr(v, key) for key in TEXT_FIELDS}),
        direction=v.direction,
        status=v.status,
        start_date=v.start_date,
        end_date=v.end_date,
        timezone=v.timezone,
        host=(v.host_organisation_id, v.host_organisation.display_name(lang) if v.host_organisation else ""),
        visiting=(
            v.visiting_organisation_id,
            v.visiting_organisation.display_name(lang) if v.visiting_organisation else "",
        ),
        delegation=tuple(delegation),
        items=tuple(items),
        follow_ups=follow_ups,
        clashes=tuple(clash_service.find_clashes(session, visit_id=v.id)),
        # with a hotel of another visit for the same nights: said by the Logistics tab too (review 62)
        rooming=(*rooming_gaps(session, [v.id]), *same_nights_other_visits(session, v.id)),
        vehicles=tuple(over_capacity(session, [v.id])),
        newer=MappingProxyType(newer_values.unknown_values(session, v)),
    )


def names_of(session: Session, contact_ids: list[str], lang: str) -> list[tuple[str, str]]:
    """(id, name in ``lang``) of these contacts, in the order given: the item dialog's people who
    are no participants, such as a host from the other side (kept even if deleted since, so that
    editing the item does not drop them)."""
    found = []
    for cid in contact_ids:
        if (c := session.get(Contact, cid)) is not None:
            found.append((cid, c.display_name(lang)))
    return found


def other_script_name(c: Contact, lang: str, other: str) -> str:
    """The delegation's "Name (other script)": the name in the ``other`` language's script, else
    for a person entered in Chinese (or Japanese) alone the reading that stands in for a Latin name,
    "Lü Xiaodong" for 吕晓东 as search shows it (field test 109: the column was empty); "" when
    it would repeat the name shown."""
    shown = c.display_name(lang)
    found = c.display_name(other)
    if found == shown and not c.name_latin:
        found = kana_stand_in(
            family=c.family_name or "",
            given=c.given_name or "",
            native_name_language=c.native_name_language or "",
            reading_family=c.phonetic_family_name or "",
            reading_given=c.phonetic_given_name or "",
        ) or latin_stand_in(
            family_zh=c.family_name_zh or "",
            given_zh=c.given_name_zh or "",
            native_name_language=c.native_name_language or "",
            languages=tuple(c.languages or ()),
        )
    return "" if found == shown else found
