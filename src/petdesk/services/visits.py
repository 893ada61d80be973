"""Delegation visits: the visit itself, its delegation, its itinerary and the follow-ups.

Times of itinerary items are entered as the wall-clock time *of the place* (what the programme
printed for the hosts says) and stored as UTC together with the place's IANA zone, so that a visit
from Europe to China shows 09:00 in Beijing and 02:00 in Berlin for the same meeting.

Every function takes a ``Session``; the caller owns the transaction. Errors that the user can fix
are raised as :class:`ScheduleError` with a plain sentence.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from petdesk import city_names, labels
from petdesk.connection import session_sqlite
from petdesk.ids import first_found
from petdesk.models import (
    Contact,
    FollowUp,
    ItineraryAttendee,
    ItineraryItem,
    ItineraryOrganisation,
    Organisation,
    Project,
    SyncedMixin,
    Visit,
    VisitParticipant,
)
from petdesk.models.enums import (
    FollowUpStatus,
    ItineraryKind,
    OrgKind,
    ParticipantRole,
    VisitDirection,
    VisitStatus,
)
from petdesk.models.types import utcnow
from petdesk.quoting import quoted
from petdesk.services import names, newer_values
from petdesk.services import search as search_service
from petdesk.services.gift_names import GiftMention, gifts_naming, rename_in_gifts
from petdesk.services.participant_links import unlink_participant

# defined without models (for ``clashes``), re-exported here where the schedule's users look
from petdesk.services.schedule_time import MAX_ITEM_SPAN as MAX_ITEM_SPAN
from petdesk.services.schedule_time import RecordGone as RecordGone
from petdesk.services.schedule_time import ScheduleError as ScheduleError
from petdesk.services.schedule_time import zone as zone
from petdesk.services.venue_zone import default_zone_in
from petdesk.services.visit_list import VisitRow as VisitRow
from petdesk.services.visit_list import visit_rows

#: Allowed status changes. "done" is final; a cancelled visit can be reopened as planned.
TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"confirmed", "cancelled"}),
    "confirmed": frozenset({"done", "cancelled", "planned"}),
    "done": frozenset(),
    "cancelled": frozenset({"planned"}),
}


# --- small shared helpers (used by trainings, calendar, clashes and ical too) ---------------------


class AmbiguousTime(ScheduleError):
    """A wall-clock time that happens twice at the place (the hour repeated when the clocks go back);
    ``offsets`` are the earlier's and the later's UTC offsets, for a question that names them."""

    def __init__(self, value: dt.datetime, timezone: str, offsets: tuple[dt.timedelta, dt.timedelta]) -> None:
        from petdesk.labels import offset_text  # only on this error path: labels reads babel

        earlier, later = (offset_text(int(o.total_seconds() // 60)) for o in offsets)
        super().__init__(
            f"{value:%Y-%m-%d %H:%M} happens twice in {timezone} (clocks go back that night); "
            f"say which: {earlier} or {later}"
        )
        self.value, self.timezone, self.offsets = value, timezone, offsets

    def __reduce__(self) -> tuple[type[AmbiguousTime], tuple[Any, ...]]:
        return (AmbiguousTime, (self.value, self.timezone, self.offsets))  # crosses to the GUI thread


def repeated_offsets(value: dt.datetime, timezone: str) -> tuple[dt.timedelta, dt.timedelta] | None:
    """The two offsets of a naive wall-clock time that happens twice at the place (earlier one
    first), or None when it happens once (or not at all)."""
    tz = zone(timezone)
    earlier = value.replace(tzinfo=tz, fold=0).utcoffset()
    later = value.replace(tzinfo=tz, fold=1).utcoffset()
    if earlier is None or later is None or earlier <= later:  # same offset, or the spring gap
        return None
    return earlier, later


def local_to_utc(value: dt.datetime, timezone: str, *, fold: int | None = None) -> dt.datetime:
    """A wall-clock time at the place (naive) or any aware time, as aware UTC.

    A naive time that does not exist at the place (inside a daylight-saving gap) is refused rather
    than silently moved, because a programme with a nonexistent time is a typo to fix. One that
    happens twice (the repeated hour in autumn) needs ``fold`` (0: the earlier, summer time; 1: the
    later): guessing stored "02:30–03:30" as two hours (field test 40, defect 1).
    """
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    tz = zone(timezone)
    offsets = repeated_offsets(value, timezone)
    if offsets is not None and fold is None:
        raise AmbiguousTime(value, timezone, offsets)
    aware = value.replace(tzinfo=tz, fold=fold or 0)
    roundtrip = aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    if roundtrip != value.replace(fold=0):
        raise ScheduleError(f"{value:%Y-%m-%d %H:%M} does not exist in {timezone} (clocks change that night)")
    return aware.astimezone(dt.UTC)


def place_time(value: dt.datetime, timezone: str, fold: int | None) -> dt.datetime:
    """A naive wall-clock time made aware at the place with the chosen ``fold`` when it happens
    twice there, so that the services take it as that one instant; else unchanged, for the services
    to check (and refuse in words: a time in the spring gap, an unknown zone)."""
    if fold is None or value.tzinfo is not None:
        return value
    try:
        repeated = repeated_offsets(value, timezone)
    except ScheduleError:
        return value
    return value.replace(tzinfo=zone(timezone), fold=fold) if repeated else value


def utc_to_local(value: dt.datetime, timezone: str) -> dt.datetime:
    return value.astimezone(zone(timezone))


def moved_span(
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    old_timezone: str,
    new_timezone: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
) -> tuple[dt.datetime, dt.datetime]:
    """The new UTC start and end of an item or session. A time not given keeps its wall-clock
    time at the place, so moving an item to another zone without new times keeps "09:00"."""
    return kept_or_new(starts_at, start, old_timezone, new_timezone), kept_or_new(
        ends_at, end, old_timezone, new_timezone
    )


def kept_or_new(stored: dt.datetime, new: dt.datetime | None, old_zone: str, new_zone: str) -> dt.datetime:
    """The new time, or the stored one: the same instant in the same zone (an item at the second
    02:30 stays there), the same wall-clock time (and the same earlier/later 02:30) in another."""
    if new is not None:
        return local_to_utc(new, new_zone)
    if old_zone == new_zone:
        return stored
    local = utc_to_local(stored, old_zone).replace(tzinfo=None)
    return local_to_utc(local, new_zone, fold=local.fold)


def tombstone(rows: Iterable[SyncedMixin], now: dt.datetime) -> None:
    """Soft-delete every row not deleted yet, all with the same time (the tombstones travel)."""
    for row in rows:
        if row.deleted_at is None:
            row.deleted_at = now


def check_status_change(kind: str, current: str, new: str) -> None:
    if new == current:
        return
    if new not in TRANSITIONS:
        raise ScheduleError(f"unknown status {quoted(new)}; use planned, confirmed, done or cancelled")
    if new not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "nothing (it is final)"
        raise ScheduleError(f"a {current} {kind} cannot become {new}; it can become {allowed}")


#: What may be a moment, ending at its start: an itinerary item read from a calendar event with a
#: start time and neither DTEND nor DURATION, which RFC 5545 (3.6.1) ends at its start (a departure,
#: a deadline). A training session teaches for a time.
MOMENTS = frozenset({"itinerary item"})


def check_span(starts_at: dt.datetime, ends_at: dt.datetime, what: str) -> None:
    if ends_at < starts_at or (ends_at == starts_at and what not in MOMENTS):
        raise ScheduleError(f"the {what} must end after it starts")
    if ends_at - starts_at > MAX_ITEM_SPAN:
        raise ScheduleError(
            f"the {what} lasts more than {MAX_ITEM_SPAN.days} days; split it or make it a visit"
        )


def check_title(what: str, title_en: str | None, title_zh: str | None) -> None:
    """A session or an itinerary item is known by its title, in either language."""
    if not _text(title_en) and not _text(title_zh):
        article = "an" if what[0] in "aeiou" else "a"
        raise ScheduleError(f"{article} {what} needs a title in English or Chinese")


def slot_problems(
    what: str,
    *,
    title_en: str | None,
    title_zh: str | None,
    start: dt.datetime,
    end: dt.datetime,
    timezone: str,
) -> dict[str, ScheduleError]:
    """Why a ``what`` ("session", "itinerary item") typed as the place's wall-clock times would be
    refused, by the field to fix ("timezone", "start", "end", "title"), in the order the services
    check them; empty when it can be stored. The dialogs ask before they close, so that nothing
    typed is lost to a refusal in the background (field test 13, defect 3)."""
    problems: dict[str, ScheduleError] = {}
    instants: dict[str, dt.datetime] = {}
    try:
        zone(timezone)
    except ScheduleError as exc:
        problems["timezone"] = exc
    else:
        for field, value in (("start", start), ("end", end)):
            try:
                instants[field] = local_to_utc(value, timezone)
            except ScheduleError as exc:
                problems[field] = exc
    if len(instants) == 2:
        try:
            check_span(instants["start"], instants["end"], what)
        except ScheduleError as exc:
            problems["end"] = exc
    try:
        check_title(what, title_en, title_zh)
    except ScheduleError as exc:
        problems["title"] = exc
    return problems


def check_slot(what: str, **slot: Any) -> None:
    """Raise the first of :func:`slot_problems`, as adding a ``what`` does."""
    for problem in slot_problems(what, **slot).values():
        raise problem


def require(session: Session, model: type[Any], row_id: str | None, what: str) -> Any:
    """The live row ``row_id`` of ``model``, or a RecordGone (a ScheduleError) saying it does not exist."""
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise RecordGone(what, row_id)
    return row


def ids_starting_with(session: Session, table: str, prefix: str) -> list[str]:
    """Up to two ids of live rows of ``table`` starting with ``prefix`` as typed, else in lower case.

    Compact ids (:mod:`petdesk.ids`) tell upper from lower case; canonical UUIDs are lower-case hex,
    which people may type in capitals."""
    sql = text(f"SELECT id FROM {table} WHERE id >= :lo AND id < :hi AND deleted_at IS NULL LIMIT 2")
    _, ids = first_found(prefix, lambda form: list(session.scalars(sql, {"lo": form, "hi": form + "\uffff"})))
    return ids


def resolve_id(session: Session, table: str, prefix: str, what: str) -> str:
    """The full id of the live row of ``table`` whose id starts with ``prefix`` (ids are long;
    people type the first 8 characters shown by the command line)."""
    prefix = prefix.strip()
    if len(prefix) < 4:
        raise ScheduleError(f"give at least 4 characters of the {what} id")
    rows = ids_starting_with(session, table, prefix)
    if not rows:
        raise ScheduleError(f"no {what} with id {prefix}")
    if len(rows) > 1:
        raise ScheduleError(f"several {what}s have ids starting with {prefix}; give more characters")
    return rows[0]


_E = TypeVar("_E", bound=enum.Enum)


def _enum(enum_cls: type[_E], value: Any, what: str) -> _E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ScheduleError(f"unknown {what} {quoted(value)}; use one of {allowed}") from None


def _text(value: str | None) -> str:
    return (value or "").strip()


# --- visits --------------------------------------------------------------------------------------

VISIT_FIELDS = frozenset(
    {
        "title_en",
        "title_zh",
        "direction",
        "start_date",
        "end_date",
        "host_organisation_id",
        "visiting_organisation_id",
        "timezone",
        "purpose_en",
        "purpose_zh",
        "outcomes_en",
        "outcomes_zh",
        "notes",
        "tags",
        "country",
        "head_count",
    }
)


def _validate_visit(session: Session, visit: Visit) -> None:
    visit.title_en = _text(visit.title_en)
    visit.title_zh = _text(visit.title_zh)
    if not visit.title_en and not visit.title_zh:
        raise ScheduleError("a visit needs a title in English or Chinese")
    if visit.start_date is None or visit.end_date is None:
        raise ScheduleError("a visit needs a start and an end date")
    if visit.end_date < visit.start_date:
        raise ScheduleError("the visit ends before it starts")
    zone(visit.timezone)
    _validate_delegation(visit)
    for attr in ("host_organisation_id", "visiting_organisation_id"):
        if getattr(visit, attr):
            require(session, Organisation, getattr(visit, attr), "organisation")


def _validate_delegation(visit: Visit) -> None:
    """The delegation's country as an organisation's (a code, stored in capitals; none if empty) and
    its announced size, a whole number of people (0070)."""
    from petdesk.services.validation import country_codes

    visit.country = (visit.country or "").strip().upper() or None
    if visit.country is not None and visit.country not in country_codes():
        raise ScheduleError("the delegation's country is not a two-letter country code (e.g. VN, DE)")
    count = visit.head_count
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise ScheduleError("a delegation's head count is a whole number of people, 1 or more")


def create_visit(
    session: Session,
    *,
    title_en: str = "",
    title_zh: str = "",
    start_date: dt.date,
    end_date: dt.date,
    direction: VisitDirection | str = VisitDirection.INBOUND,
    timezone: str = "",
    **fields: Any,
) -> Visit:
    """A new visit in status planned; without ``timezone``, in the office's zone (its region or
    name), else this computer's (``venue_zone``)."""
    unknown = set(fields) - VISIT_FIELDS
    if unknown:
        raise TypeError(f"unknown visit fields: {', '.join(sorted(unknown))}")
    visit = Visit(
        title_en=title_en,
        title_zh=title_zh,
        start_date=start_date,
        end_date=end_date,
        direction=_enum(VisitDirection, direction, "direction"),
        timezone=timezone or default_zone_in(session),
        status=VisitStatus.PLANNED,
        **fields,
    )
    _validate_visit(session, visit)
    session.add(visit)
    session.flush()
    return visit


def get_visit(session: Session, visit_id: str) -> Visit:
    return require(session, Visit, visit_id, "visit")


def update_visit(session: Session, visit_id: str, **fields: Any) -> Visit:
    """Change fields of a visit (not its status: see :func:`set_visit_status`)."""
    unknown = set(fields) - VISIT_FIELDS
    if unknown:
        raise TypeError(f"unknown visit fields: {', '.join(sorted(unknown))}")
    visit = get_visit(session, visit_id)
    if "direction" in fields:
        fields["direction"] = _enum(VisitDirection, fields["direction"], "direction")
    for key, value in fields.items():
        setattr(visit, key, value)
    _validate_visit(session, visit)
    session.flush()
    return visit


def set_visit_status(
    session: Session, visit_id: str, status: VisitStatus | str, *, today: dt.date | None = None
) -> Visit:
    """Move a visit along planned → confirmed → done (or cancelled)."""
    visit = get_visit(session, visit_id)
    new = str(status.value if isinstance(status, VisitStatus) else status)
    check_status_change("visit", visit.status.value, new)
    today = today or dt.date.today()
    if new == VisitStatus.DONE and visit.start_date > today:
        raise ScheduleError("a visit that has not started yet cannot be marked done")
    if new == VisitStatus.CONFIRMED and not _live_items(visit):
        raise ScheduleError("a visit needs at least one itinerary item before it can be confirmed")
    visit.status = VisitStatus(new)
    session.flush()
    return visit


def delete_visit(session: Session, visit_id: str) -> None:
    """Soft-delete a visit with its participants, itinerary and follow-ups (tombstones travel
    to other offices, so the deletion reaches them too)."""
    visit = get_visit(session, visit_id)
    now = utcnow()
    for item in visit.items:
        _delete_item_rows(item, now)
    tombstone([*visit.participants, *visit.follow_ups], now)
    visit.deleted_at = now
    session.flush()


def delete_visits(session: Session, visit_ids: Iterable[str]) -> list[str]:
    """Delete these visits (see :func:`delete_visit`); returns the ids deleted, for :func:`restore_visits`."""
    done = []
    for visit_id in dict.fromkeys(visit_ids):
        visit = session.get(Visit, visit_id)
        if visit is not None and visit.deleted_at is None:
            delete_visit(session, visit_id)
            done.append(visit_id)
    return done


def untombstone(rows: Iterable[SyncedMixin], when: dt.datetime | None) -> None:
    """Undo :func:`tombstone`: rows deleted at ``when`` (with their parent) come back; rows
    deleted earlier on their own stay deleted."""
    for row in rows:
        if when is not None and row.deleted_at == when:
            row.deleted_at = None


def restore_visits(session: Session, visit_ids: Iterable[str]) -> list[str]:
    """Undo a delete: the visits come back with the delegation, itinerary and follow-ups deleted
    with them."""
    done = []
    for visit_id in dict.fromkeys(visit_ids):
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is None:
            continue
        when = visit.deleted_at
        for item in visit.items:
            untombstone([*item.attendees, *item.organisations, item], when)
        untombstone([*visit.participants, *visit.follow_ups], when)
        visit.deleted_at = None
        visit.updated_at = utcnow()
        done.append(visit_id)
    session.flush()
    return done


def _live_items(visit: Visit) -> list[ItineraryItem]:
    return [i for i in visit.items if i.deleted_at is None]


# --- participants --------------------------------------------------------------------------------


def contact_list_key(c: Contact, lang: str) -> str:
    """Where a person files in a list of a visit's people: by surname, as the dossier's delegation
    list, not by the shown name (which puts "Prof. Dr. Ulrich von Hößlin" under P)."""
    return names.person_list_key(
        lang,
        family=c.family_name or "",
        given=c.given_name or "",
        family_zh=c.family_name_zh or "",
        given_zh=c.given_name_zh or "",
        reading_family=c.phonetic_family_name or "",
        reading_given=c.phonetic_given_name or "",
        country=names.filing_country(c.nationality or "", _organisation_country(c)),
    )


def _organisation_country(c: Contact) -> str:
    """The country of the person's current organisation ("" if none): where their surname files."""
    aff = c.current_affiliation()
    return (aff.organisation.country or "") if aff and aff.organisation else ""


def in_list_order(participants: Iterable[VisitParticipant], lang: str) -> list[VisitParticipant]:
    """A visit's people as the editor and ``petdesk visits ID`` list them: by role (the head first),
    then by the filing key of the name in ``lang``; the order they were added is no order to a reader
    (field test 78: a nine-person delegation listed as it was typed in)."""
    roles = list(ParticipantRole)
    return sorted(
        participants, key=lambda p: (roles.index(p.role), contact_list_key(p.contact, lang), p.contact_id)
    )


def add_participant(
    session: Session,
    visit_id: str,
    contact_id: str,
    role: ParticipantRole | str = ParticipantRole.DELEGATE,
    notes: str = "",
    *,
    chosen: bool = False,
) -> VisitParticipant:
    """Put a person in the visit with a role; a person already in it gets the new role instead.

    ``chosen``: the user picked the role for this person (the editor's "Set role"), so it is written
    even over a newer petdesk's role read as this one; an import's same role leaves that stored."""
    visit = get_visit(session, visit_id)
    require(session, Contact, contact_id, "contact")
    role = _enum(ParticipantRole, role, "role")
    # checked for a person already in the visit too: a delegate made head beside the head made two
    # (found by ``visits ID --add-person``, which reaches this path from the command line)
    if role == ParticipantRole.HEAD and any(
        p.role == ParticipantRole.HEAD and p.deleted_at is None and p.contact_id != contact_id
        for p in visit.participants
    ):
        raise ScheduleError("the visit already has a head of delegation; change that person's role first")
    for p in visit.participants:
        if p.contact_id == contact_id and p.deleted_at is None:
            if chosen:
                newer_values.choose(p, "role", role)
            else:
                p.role = role
            if notes:
                p.notes = notes
            session.flush()
            return p
    participant = VisitParticipant(visit=visit, contact_id=contact_id, role=role, notes=notes)
    session.add(participant)
    session.flush()
    return participant


def remove_participant(
    session: Session,
    visit_id: str,
    contact_id: str,
    *,
    substitute_id: str | None = None,
    rename_gifts: bool = False,
) -> list[GiftMention]:
    """Take a person out of the visit and off its items, travel legs and rooms (see
    :mod:`participant_links`). A ``substitute_id`` joins the visit in the same role and takes
    the person's place on each of them, and in the order of precedence: the director who came for
    the Vice-Governor sat second, not last behind the interpreter (field test 86).

    Gifts are free text: with ``rename_gifts`` a giver or recipient that is exactly the person's
    name becomes the substitute's (the user was asked); returns the gifts still naming the person."""
    visit = get_visit(session, visit_id)
    leaving = [p for p in visit.participants if p.contact_id == contact_id and p.deleted_at is None]
    if not leaving:
        raise ScheduleError("that person is not in this visit")
    if substitute_id == contact_id:
        raise ScheduleError("a person cannot substitute for themselves")
    role, precedence = leaving[0].role, leaving[0].precedence
    for p in leaving:
        p.soft_delete()
    session.flush()
    already_in = any(p.contact_id == substitute_id and p.deleted_at is None for p in visit.participants)
    if substitute_id and not already_in:  # someone already in the visit keeps their own role and place
        add_participant(session, visit_id, substitute_id, role).precedence = precedence
    unlink_participant(session, visit_id, contact_id, substitute_id)
    if substitute_id and rename_gifts:
        rename_in_gifts(session, visit_id, contact_id, substitute_id)
    return gifts_naming(session, visit_id, contact_id)


def set_participants(
    session: Session, visit_id: str, people: Sequence[tuple[str, ParticipantRole | str]]
) -> list[VisitParticipant]:
    """Make the visit's delegation exactly ``people`` (contact id, role), as an editor saves it."""
    visit = get_visit(session, visit_id)
    wanted = {cid: _enum(ParticipantRole, role, "role") for cid, role in people}
    heads = [cid for cid, role in wanted.items() if role == ParticipantRole.HEAD]
    if len(heads) > 1:
        raise ScheduleError("a visit has one head of delegation")
    live = {p.contact_id: p for p in visit.participants if p.deleted_at is None}
    for cid, p in live.items():
        if cid not in wanted:
            p.soft_delete()
            unlink_participant(session, visit_id, cid)
    result = []
    for cid, role in wanted.items():
        if cid in live:
            live[cid].role = role
            result.append(live[cid])
        else:
            require(session, Contact, cid, "contact")
            p = VisitParticipant(visit=visit, contact_id=cid, role=role)
            session.add(p)
            result.append(p)
    session.flush()
    return result


# --- itinerary -----------------------------------------------------------------------------------

ITEM_FIELDS = frozenset(
    {
        "kind",
        "title_en",
        "title_zh",
        "place_en",
        "place_zh",
        "address_en",
        "address_zh",
        "city_en",
        "city_zh",
        "notes",
        "all_day",
        "external_attendees",
        "alarms",
        "source_uid",
        "source_version",
    }
)
#: Item fields that are no text (set by calendar imports).
_NON_TEXT_ITEM_FIELDS = frozenset({"all_day", "external_attendees", "alarms"})


def add_item(
    session: Session,
    visit_id: str,
    *,
    start: dt.datetime,
    end: dt.datetime,
    timezone: str | None = None,
    kind: ItineraryKind | str = ItineraryKind.MEETING,
    attendee_ids: Iterable[str] = (),
    organisation_ids: Iterable[str] = (),
    **fields: Any,
) -> ItineraryItem:
    """Add an item to the itinerary. ``start``/``end`` are wall-clock times of the place (naive) in
    ``timezone`` (default: the visit's zone), or aware datetimes."""
    unknown = set(fields) - ITEM_FIELDS
    if unknown:
        raise TypeError(f"unknown itinerary fields: {', '.join(sorted(unknown))}")
    visit = get_visit(session, visit_id)
    tz = timezone or visit.timezone
    check_slot(
        "itinerary item",
        title_en=fields.get("title_en"),
        title_zh=fields.get("title_zh"),
        start=start,
        end=end,
        timezone=tz,
    )
    starts_at, ends_at = local_to_utc(start, tz), local_to_utc(end, tz)
    values = {k: v if k in _NON_TEXT_ITEM_FIELDS else _text(v) for k, v in fields.items()}
    if "city_en" in values or "city_zh" in values:  # a known city in both languages (field test 57)
        values["city_en"], values["city_zh"] = city_names.saved_city(
            values.get("city_en", ""), values.get("city_zh", "")
        )
    item = ItineraryItem(
        visit=visit,
        kind=_enum(ItineraryKind, kind, "kind"),
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=tz,
        **values,
    )
    session.add(item)
    session.flush()
    set_item_attendees(session, item.id, attendee_ids)
    set_item_organisations(session, item.id, organisation_ids)
    return item


def get_item(session: Session, item_id: str) -> ItineraryItem:
    return require(session, ItineraryItem, item_id, "itinerary item")


def update_item(
    session: Session,
    item_id: str,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    timezone: str | None = None,
    **fields: Any,
) -> ItineraryItem:
    """Change an item. Moving it to another zone without new times keeps its wall-clock times."""
    unknown = set(fields) - ITEM_FIELDS
    if unknown:
        raise TypeError(f"unknown itinerary fields: {', '.join(sorted(unknown))}")
    item = get_item(session, item_id)
    tz = timezone or item.timezone
    starts_at, ends_at = moved_span(
        item.starts_at, item.ends_at, old_timezone=item.timezone, new_timezone=tz, start=start, end=end
    )
    check_span(starts_at, ends_at, "itinerary item")
    if "kind" in fields:
        fields["kind"] = _enum(ItineraryKind, fields["kind"], "kind")
    before = item.city_en or "", item.city_zh or ""
    for key, value in fields.items():
        setattr(item, key, value if key == "kind" or key in _NON_TEXT_ITEM_FIELDS else _text(value))
    city = city_names.saved_city(item.city_en, item.city_zh, before)
    if city != (item.city_en, item.city_zh):
        item.city_en, item.city_zh = city
    check_title("itinerary item", item.title_en, item.title_zh)
    item.timezone, item.starts_at, item.ends_at = tz, starts_at, ends_at
    session.flush()
    return item


def _delete_item_rows(item: ItineraryItem, now: dt.datetime) -> None:
    tombstone([*item.attendees, *item.organisations, item], now)


def delete_item(session: Session, item_id: str) -> None:
    _delete_item_rows(get_item(session, item_id), utcnow())
    session.flush()


def set_item_attendees(session: Session, item_id: str, contact_ids: Iterable[str]) -> None:
    """Make the item's attendees exactly ``contact_ids``. An item without attendees is attended
    by the whole delegation (see :func:`item_people`)."""
    item = get_item(session, item_id)
    wanted = list(dict.fromkeys(contact_ids))
    live = {a.contact_id: a for a in item.attendees if a.deleted_at is None}
    for cid, row in live.items():
        if cid not in wanted:
            row.soft_delete()
    for cid in wanted:
        if cid not in live:
            require(session, Contact, cid, "contact")
            session.add(ItineraryAttendee(item=item, contact_id=cid))
    session.flush()


def set_item_organisations(session: Session, item_id: str, organisation_ids: Iterable[str]) -> None:
    item = get_item(session, item_id)
    wanted = list(dict.fromkeys(organisation_ids))
    live = {o.organisation_id: o for o in item.organisations if o.deleted_at is None}
    for oid, row in live.items():
        if oid not in wanted:
            row.soft_delete()
    for oid in wanted:
        if oid not in live:
            require(session, Organisation, oid, "organisation")
            session.add(ItineraryOrganisation(item=item, organisation_id=oid))
    session.flush()


def item_people(item: ItineraryItem) -> list[str]:
    """Contact ids of the people at an item: its attendees, or the whole delegation if none."""
    explicit = [a.contact_id for a in item.attendees if a.deleted_at is None]
    if explicit:
        return explicit
    return [p.contact_id for p in item.visit.participants if p.deleted_at is None]


def itinerary(session: Session, visit_id: str) -> list[ItineraryItem]:
    """The live items of a visit in time order."""
    return list(
        session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.deleted_at.is_(None))
            .order_by(ItineraryItem.starts_at)
        )
    )


# --- follow-ups ----------------------------------------------------------------------------------


def add_follow_up(
    session: Session,
    visit_id: str | None,
    *,
    description_en: str = "",
    description_zh: str = "",
    owner_id: str | None = None,
    due_date: dt.date | None = None,
    organisation_id: str | None = None,
    contact_id: str | None = None,
    project_id: str | None = None,
    note: str = "",
) -> FollowUp:
    """Record an action agreed during a visit, or owed to a contact, an organisation or a project,
    with who does it and by when."""
    if visit_id is not None:
        get_visit(session, visit_id)
    if not _text(description_en) and not _text(description_zh):
        raise ScheduleError("a follow-up needs a description in English or Chinese")
    if owner_id:
        require(session, Contact, owner_id, "contact")
    if organisation_id:
        require(session, Organisation, organisation_id, "organisation")
    if contact_id:
        require(session, Contact, contact_id, "contact")
    if project_id:
        require(session, Project, project_id, "project")
    follow_up = FollowUp(
        visit_id=visit_id,
        description_en=_text(description_en),
        description_zh=_text(description_zh),
        owner_id=owner_id or None,
        due_date=due_date,
        organisation_id=organisation_id or None,
        contact_id=contact_id or None,
        project_id=project_id or None,
        note=(note or "").strip(),
        status=FollowUpStatus.OPEN,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def update_follow_up(session: Session, follow_up_id: str, **fields: Any) -> FollowUp:
    allowed = {
        "description_en",
        "description_zh",
        "owner_id",
        "due_date",
        "organisation_id",
        "status",
        "note",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"unknown follow-up fields: {', '.join(sorted(unknown))}")
    follow_up = require(session, FollowUp, follow_up_id, "follow-up")
    if "status" in fields:
        fields["status"] = _enum(FollowUpStatus, fields["status"], "follow-up status")
    if fields.get("owner_id"):
        require(session, Contact, fields["owner_id"], "contact")
    for key, value in fields.items():
        setattr(follow_up, key, value)
    if not _text(follow_up.description_en) and not _text(follow_up.description_zh):
        raise ScheduleError("a follow-up needs a description in English or Chinese")
    session.flush()
    return follow_up


def delete_follow_up(session: Session, follow_up_id: str) -> None:
    require(session, FollowUp, follow_up_id, "follow-up").soft_delete()
    session.flush()


def follow_ups(session: Session, visit_id: str) -> list[FollowUp]:
    return list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.visit_id == visit_id, FollowUp.deleted_at.is_(None))
            .order_by(FollowUp.due_date.is_(None), FollowUp.due_date)
        )
    )


# --- lists ---------------------------------------------------------------------------------------


def list_visits(
    session: Session,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    statuses: Sequence[str] = (),
    limit: int | None = None,
) -> list[VisitRow]:
    """Live visits overlapping [date_from, date_to] (inclusive), earliest first."""
    return visit_rows(
        session_sqlite(session), date_from=date_from, date_to=date_to, statuses=statuses, limit=limit
    )


def count_visits(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))) or 0


# --- pickers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A person or organisation offered by a picker: id and the label in each script."""

    id: str
    label_en: str
    label_zh: str
    detail: str = ""

    def label(self, language: str = "en") -> str:
        first, second = (
            (self.label_zh, self.label_en) if language.startswith("zh") else (self.label_en, self.label_zh)
        )
        if first and second and first != second:
            return labels.bracket(first, second, language)  # "陈静（Chen Jing）": one kind of bracket
        return first or second


def find_contacts(session: Session, query: str, limit: int = 30, *, language: str = "en") -> list[Found]:
    """People matching ``query`` for the delegation picker: the lists' search (pinyin, initials,
    both scripts; a whole name typed comes first), with the organisation in ``language``."""
    return _found(session, query, search_service.CONTACT, limit, language)


def find_organisations(session: Session, query: str, limit: int = 30, *, language: str = "en") -> list[Found]:
    """Organisations matching ``query`` (the lists' search), with their city in ``language``."""
    return _found(session, query, search_service.ORGANISATION, limit, language)


def find_cities(session: Session, query: str, limit: int = 30, *, language: str = "en") -> list[Found]:
    """Organisations for a city need's City field: city governments first, each group in the
    search's order (field test 16: "武汉市" put 武汉市环境保护产业协会 before 武汉市人民政府, and the
    association was picked by mistake). Other kinds stay listed: an office may file a city need
    under another organisation."""
    found = _found(session, query, search_service.ORGANISATION, limit * 2, language)
    ids = [f.id for f in found]
    cities = set(
        session.scalars(
            select(Organisation.id).where(
                Organisation.id.in_(ids), Organisation.kind == OrgKind.CITY_GOVERNMENT
            )
        )
    )
    return sorted(found, key=lambda f: f.id not in cities)[:limit]  # sorted() keeps each group's order


def _found(session: Session, query: str, kind: str, limit: int, language: str) -> list[Found]:
    if not query.strip():
        return []
    rows = search_service.search(session, query, kind=kind, language=language, limit=limit)
    people = kind == search_service.CONTACT
    return [
        Found(r.entity_id, r.name_en, r.name_zh, r.organisation(language) if people else r.city(language))
        for r in rows
    ]
