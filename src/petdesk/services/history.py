"""The history of a record, read from the change log that sync keeps, and reverting it.

There is one log: ``sync_change``, written by the change capture that also stamps the field
versions sync exchanges (``petdesk.sync.tracking``) and carried in packages, so a record's history
shows edits made at other offices too. A revert is an ordinary edit through the ORM: it gets a
new version and a log row of its own and travels to other offices like any change.

Deleted records (tombstones) are listed and restored here as well: restoring is the same kind
of edit (``deleted_at`` back to empty).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import String, and_, func, select, text, type_coerce
from sqlalchemy.orm import Session

from petdesk.i18n import translator
from petdesk.ids import first_found
from petdesk.language import office_name
from petdesk.models import Base, SyncedMixin, columns_linking_to
from petdesk.models.sync import SyncChange, SyncErasure
from petdesk.models.training import Attendance, TrainingSession
from petdesk.models.types import from_wire_time, utcnow, wire_time
from petdesk.quoting import quoted
from petdesk.services import trainings
from petdesk.services.schedule_time import ScheduleError
from petdesk.sync.entities import by_name
from petdesk.sync.erasure import erased_kind
from petdesk.sync.hlc import encode
from petdesk.sync.value_words import ValueWords, describe_record

if TYPE_CHECKING:
    from petdesk.db import Database


class HistoryError(ValueError):
    """A record or change that cannot be found or reverted, with a message for the user."""


#: Kinds listed in the "Deleted" view: what people delete and look for again.
RESTORABLE = (
    "contact",
    "organisation",
    "visit",
    "training",
    "activity",
    "project",
    "training_session",
    "training_participant",
    "project_partner",
    "project_milestone",
    "tech_match",
)
#: Parts of a training, listed on their own only while their training is live (a deleted training
#: brings them back itself), labelled with the training they belong to.
IN_TRAINING = frozenset({"training_session", "training_participant"})
#: Parts listed on their own while their parent is live: the parent's table and the linking column.
PARENT_OF = {
    "training_session": ("training", "training_id"),
    "training_participant": ("training", "training_id"),
    "project_partner": ("project", "project_id"),
    "project_milestone": ("project", "project_id"),
    "tech_match": ("city_need", "need_id"),
}
#: Child records shown in a parent's history (a contact's phone numbers are its own rows).
HISTORY_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "contact": (("contact_method", "contact_id"), ("affiliation", "contact_id")),
    "organisation": (("affiliation", "organisation_id"),),
}


class HistoryPart(NamedTuple):
    """A kind of part listed in its parent's history, with what names each change of it."""

    #: The part's table.
    kind: str
    #: Its ids with what names them, two columns that may be NULL: ``who`` (a person, an
    #: organisation) and ``within`` (the session or itinerary item it belongs to).
    query: str
    who_kind: str = "contact"
    within_kind: str = ""


#: Parts listed, each with its label, in a parent's history. A training's sessions, registrations
#: and trainer places (field test 15: its history showed only its creation); a visit's delegation
#: members (field test 18), and its itinerary items with their attendees and organisations (their
#: times, hosts and interpreters are the items' own fields).
HISTORY_PARTS: dict[str, tuple[HistoryPart, ...]] = {
    "training": (
        HistoryPart(
            "training_session",
            "SELECT id, NULL AS who, id AS within FROM training_session WHERE training_id = :id",
            within_kind="training_session",
        ),
        HistoryPart(
            "training_participant",
            "SELECT id, contact_id AS who, NULL AS within FROM training_participant WHERE training_id = :id",
        ),
        HistoryPart(
            "session_trainer",
            "SELECT t.id, t.contact_id AS who, t.session_id AS within FROM session_trainer t "
            "JOIN training_session s ON s.id = t.session_id WHERE s.training_id = :id",
            within_kind="training_session",
        ),
    ),
    "visit": (
        # The delegation: who joined or left it, and a changed role.
        HistoryPart(
            "visit_participant",
            "SELECT id, contact_id AS who, NULL AS within FROM visit_participant WHERE visit_id = :id",
        ),
        HistoryPart(
            "itinerary_item",
            "SELECT id, NULL AS who, id AS within FROM itinerary_item WHERE visit_id = :id",
            within_kind="itinerary_item",
        ),
        HistoryPart(
            "itinerary_attendee",
            "SELECT a.id, a.contact_id AS who, a.item_id AS within FROM itinerary_attendee a "
            "JOIN itinerary_item i ON i.id = a.item_id WHERE i.visit_id = :id",
            within_kind="itinerary_item",
        ),
        HistoryPart(
            "itinerary_organisation",
            "SELECT o.id, o.organisation_id AS who, o.item_id AS within FROM itinerary_organisation o "
            "JOIN itinerary_item i ON i.id = o.item_id WHERE i.visit_id = :id",
            who_kind="organisation",
            within_kind="itinerary_item",
        ),
        # The visit's logistics, named by person and by flight, hotel, car or gift (field test 21,
        # defect 1: a room change and a replaced traveller were logged but not in the visit's history).
        HistoryPart(
            "travel_leg",
            "SELECT id, NULL AS who, id AS within FROM travel_leg WHERE visit_id = :id",
            within_kind="travel_leg",
        ),
        HistoryPart(
            "travel_leg_traveller",
            "SELECT t.id, t.contact_id AS who, t.leg_id AS within FROM travel_leg_traveller t "
            "JOIN travel_leg l ON l.id = t.leg_id WHERE l.visit_id = :id",
            within_kind="travel_leg",
        ),
        HistoryPart(
            "accommodation",
            "SELECT id, NULL AS who, id AS within FROM accommodation WHERE visit_id = :id",
            within_kind="accommodation",
        ),
        HistoryPart(
            "room_assignment",
            "SELECT r.id, r.contact_id AS who, r.accommodation_id AS within FROM room_assignment r "
            "JOIN accommodation a ON a.id = r.accommodation_id WHERE a.visit_id = :id",
            within_kind="accommodation",
        ),
        HistoryPart(
            "vehicle",
            "SELECT id, NULL AS who, id AS within FROM vehicle WHERE visit_id = :id",
            within_kind="vehicle",
        ),
        HistoryPart(
            "vehicle_assignment",
            "SELECT a.id, a.item_id AS who, a.vehicle_id AS within FROM vehicle_assignment a "
            "JOIN vehicle v ON v.id = a.vehicle_id WHERE v.visit_id = :id",
            who_kind="itinerary_item",
            within_kind="vehicle",
        ),
        # Who rides in a car for which item (field test 71, defect 2): a cancelled guest taken off the
        # coach and the deputy put on it were missing from the dossier's "Changes since" list.
        HistoryPart(
            "vehicle_rider",
            "SELECT r.id, r.contact_id AS who, r.assignment_id AS within FROM vehicle_rider r "
            "JOIN vehicle_assignment a ON a.id = r.assignment_id "
            "JOIN vehicle v ON v.id = a.vehicle_id WHERE v.visit_id = :id",
            within_kind="vehicle_assignment",
        ),
        HistoryPart(
            "gift",
            "SELECT id, NULL AS who, id AS within FROM gift WHERE visit_id = :id",
            within_kind="gift",
        ),
    ),
    # A project's partners and milestones (field test 16: its history showed only its own fields).
    "project": (
        HistoryPart(
            "project_partner",
            "SELECT id, organisation_id AS who, NULL AS within FROM project_partner WHERE project_id = :id",
            who_kind="organisation",
        ),
        HistoryPart(
            "project_milestone",
            "SELECT id, NULL AS who, id AS within FROM project_milestone WHERE project_id = :id",
            within_kind="project_milestone",
        ),
    ),
}


#: Parts a revert to a point puts back though its history does not list them one by one: a
#: training's attendance marks (counted there) and a project's moves on the board (its stage dates).
REVERTED_UNLISTED: dict[str, tuple[tuple[str, str], ...]] = {
    "training": (
        (
            "attendance",
            "SELECT a.id FROM attendance a JOIN training_session s ON s.id = a.session_id "
            "WHERE s.training_id = :id",
        ),
    ),
    "project": (("project_stage_change", "SELECT id FROM project_stage_change WHERE project_id = :id"),),
}


def _reverted_parts(entity: str) -> list[tuple[str, str]]:
    """Each kind of a record's own rows and parts a revert to a point puts back, with the query
    of their ids (``:id`` the record's): a contact's e-mails, phones and positions, a visit's
    delegation and programme, a training's sessions, registrations, trainers and marks, a
    project's partners, milestones and stage changes."""
    own = [
        (child, f"SELECT id FROM {child} WHERE {column} = :id")
        for child, column in HISTORY_CHILDREN.get(entity, ())
    ]
    listed = [(part.kind, part.query) for part in HISTORY_PARTS.get(entity, ())]
    return [*own, *listed, *REVERTED_UNLISTED.get(entity, ())]


@dataclass(frozen=True)
class RecordRef:
    entity: str
    row_id: str
    label: str
    deleted_at: str | None = None
    #: The merge that restoring this record undid (a record merged into another comes back so).
    undone_merge: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one field (or the creation of a record, ``field`` empty)."""

    id: str
    entity: str
    row_id: str
    field: str
    old_value: Any
    new_value: Any
    hlc: str
    at: str
    office_id: str
    office: str
    staff: str
    #: The old and new value in words in the language asked for ("Inbound", "Chen Ping (陈萍)").
    old_text: str = ""
    new_text: str = ""
    #: Which part of the record this is, for a part listed in its parent's history ("Chen Ping
    #: (陈萍)" for a registration, "Klaus Müller · Opening lecture" for a trainer place).
    label: str = ""
    #: For a count of many small changes (a session's attendance marks): how many; the entry
    #: stands for them all (time, office and staff of the newest) and cannot be reverted.
    count: int = 0

    @property
    def is_creation(self) -> bool:
        return not self.field and not self.count

    @property
    def is_count(self) -> bool:
        return self.count > 0


def _model(entity: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity and issubclass(mapper.class_, SyncedMixin):
            return mapper.class_
    raise HistoryError(f"records of kind {quoted(entity)} have no history here")


def _cursor(session: Session) -> Any:
    return session.connection().connection.cursor()


def resolve_record(
    session: Session, ident: str, *, entities: tuple[str, ...] | None = None, locale: str = "en"
) -> RecordRef:
    """The record whose id is ``ident`` or starts with it (4+ characters), deleted or not; its
    label in the language of ``locale``."""
    ident = ident.strip()
    if len(ident) < 4:
        raise HistoryError("give at least 4 characters of the record id")

    def starting_with(form: str) -> list[tuple[str, str, str | None]]:
        found: list[tuple[str, str, str | None]] = []
        for name in entities or tuple(by_name()):
            rows = session.execute(
                text(f"SELECT id, deleted_at FROM {name} WHERE id >= :lo AND id < :hi LIMIT 2"),
                {"lo": form, "hi": form + "\uffff"},
            ).all()
            found.extend((name, r[0], r[1]) for r in rows)
            if len(found) > 1:
                break
        return found

    _, found = first_found(ident, starting_with)
    if not found:
        raise _erased_error(session, ident) or HistoryError(f"no record with id {ident}")
    if len(found) > 1:
        raise HistoryError(f"several records have ids starting with {ident}; give more characters")
    entity, row_id, deleted_at = found[0]
    label = _label(_cursor(session), entity, row_id, locale)
    return RecordRef(entity, row_id, label, wire_time(deleted_at))


def _erased_error(session: Session, ident: str) -> HistoryError | None:
    """The error for a record erased for data protection, if the erasure markers know its id:
    nothing of it is kept, its history neither (field test 49, defect 8: "no record with id")."""
    _, erased = first_found(
        ident,
        lambda form: list(
            session.scalars(
                select(SyncErasure)
                .where(SyncErasure.row_id >= form, SyncErasure.row_id < form + "\uffff")
                .limit(2)
            )
        ),
    )
    if len(erased) != 1:
        return None
    marker = erased[0]
    at = marker.erased_at if marker.erased_at.tzinfo else marker.erased_at.replace(tzinfo=dt.UTC)
    # One fixed form in the English sentence; messages.localize shows it in the reader's style.
    when = at.astimezone().strftime("%Y-%m-%d %H:%M")
    return HistoryError(
        f"{ident} was erased for data protection on {when}; nothing of it is kept, nor its history"
    )


#: Parts with no name of their own, named after the record they link: the column and its table.
NAMED_BY = {
    "training_participant": ("contact_id", "contact"),
    "project_partner": ("organisation_id", "organisation"),
    "tech_match": ("technology_id", "technology"),
}


def _label(cursor: Any, entity: str, row_id: str, locale: str = "en") -> str:
    """A record's label; a part listed on its own says whose it is ("Design studio · Urban water
    training"), and a registration or a partner, which have no name, who or what they stand for."""
    if entity not in PARENT_OF:
        return describe_record(cursor, entity, row_id, locale, whole=False)
    parent, parent_column = PARENT_OF[entity]
    named = NAMED_BY.get(entity)
    columns = parent_column + (f", {named[0]}" if named else "")
    row = cursor.execute(f"SELECT {columns} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        return row_id[:8]
    own = (
        describe_record(cursor, named[1], row[1], locale)
        if named
        else describe_record(cursor, entity, row_id, locale, whole=False)
    )
    return f"{own} · {describe_record(cursor, parent, row[0], locale)}"


def _text(moment: dt.datetime) -> str:
    """A time as the history shows it (UTC ISO text, as packages carry it)."""
    return moment.isoformat(timespec="microseconds")


def _decode(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def value_words(session: Session, locale: str, *, zone: dt.tzinfo | None = None) -> ValueWords:
    """Stored values of this database in words (``sync.value_words``), times in ``zone``."""
    return ValueWords(_cursor(session), locale, zone=zone)


def _in_words(entries: Iterable[HistoryEntry], words: ValueWords) -> list[HistoryEntry]:
    """The entries with their values in words; linked records named in one statement per table."""
    entries = list(entries)
    words.prepare((e.entity, e.field, v) for e in entries if e.field for v in (e.old_value, e.new_value))
    return [
        e
        if not e.field  # a creation or a count: no values
        else replace(
            e,
            # With the record's id, an item's or a session's time is shown in its place's zone.
            old_text=words(e.entity, e.field, e.old_value, e.row_id),
            new_text=words(e.entity, e.field, e.new_value, e.row_id),
        )
        for e in entries
    ]


def _restorable(value: Any) -> Any:
    """A logged value as a revert may put it back: an erased record's marker as no link at all."""
    return None if erased_kind(value) is not None else value


def record_history(
    session: Session,
    entity: str,
    row_id: str,
    *,
    children: bool = True,
    locale: str = "en",
    zone: dt.tzinfo | None = None,
) -> list[HistoryEntry]:
    """Every change of the record (and, for contacts and organisations, of their own child rows:
    phone numbers, e-mail addresses, positions; for a training, of its sessions, registrations and
    trainer places, and its attendance marks counted per session; for a visit, of its itinerary
    items, their attendees and organisations, its travel legs, hotels, rooms, cars and gifts; for a
    project, of its partners and milestones), newest first, its values in words in ``locale``
    (times in ``zone``, this computer's by default)."""
    keys = [(entity, row_id)]
    if children:
        for child, column in HISTORY_CHILDREN.get(entity, ()):
            ids = session.execute(
                text(f"SELECT id FROM {child} WHERE {column} = :id"), {"id": row_id}
            ).scalars()
            keys.extend((child, i) for i in ids)
    offices: dict[str, str] = {
        r[0]: office_name(r[1], r[2], locale)
        for r in session.execute(text("SELECT id, name, name_zh FROM office"))
    }
    out: list[HistoryEntry] = []
    for child_entity, child_id in keys:
        rows = session.scalars(
            select(SyncChange).where(SyncChange.entity == child_entity, SyncChange.row_id == child_id)
        )
        out.extend(_entry(c, offices) for c in rows)
    if children:
        out.extend(_part_changes(session, entity, row_id, offices, locale))
        if entity == "training":
            out.extend(_attendance_counts(session, row_id, offices, locale))
    out.sort(key=lambda e: (e.hlc, e.office_id, e.field), reverse=True)
    return _in_words(out, value_words(session, locale, zone=zone))


def _entry(c: SyncChange, offices: dict[str, str], label: str = "") -> HistoryEntry:
    return HistoryEntry(
        id=c.id,
        entity=c.entity,
        row_id=c.row_id,
        field=c.field,
        old_value=_decode(c.old_value),
        new_value=_decode(c.new_value),
        hlc=c.hlc,
        at=_text(c.at),
        office_id=c.office,
        office=offices.get(c.office, c.office[:8]),
        staff=c.staff,
        label=label,
    )


def _part_changes(
    session: Session, entity: str, row_id: str, offices: dict[str, str], locale: str
) -> list[HistoryEntry]:
    """Every change of the parts of ``HISTORY_PARTS`` (removed ones too: they are tombstones), each
    labelled with the person and session that name it, read with one statement per kind."""
    cursor = _cursor(session)
    names: dict[tuple[str, str], str] = {}

    def name(kind: str, ident: str | None) -> str:
        if ident is None:
            return ""
        if (kind, ident) not in names:
            names[kind, ident] = describe_record(cursor, kind, ident, locale, whole=False)
        return names[kind, ident]

    out: list[HistoryEntry] = []
    for part in HISTORY_PARTS.get(entity, ()):
        parts = text(part.query).columns(id=String, who=String, within=String).subquery()
        rows = session.execute(
            select(SyncChange, parts.c.who, parts.c.within)
            .join(parts, and_(SyncChange.entity == part.kind, SyncChange.row_id == parts.c.id))
            .params(id=row_id)
        )
        for change, who, within in rows:
            words = [name(part.who_kind, who), name(part.within_kind, within)]
            out.append(_entry(change, offices, " · ".join(w for w in words if w)))
    return out


def _attendance_counts(
    session: Session, training_id: str, offices: dict[str, str], locale: str
) -> list[HistoryEntry]:
    """A training's attendance marks (entered, changed, cleared) counted per session, office and
    staff member: hundreds of marks one by one would bury the rest of the history."""
    cursor = _cursor(session)
    newest_at = type_coerce(func.max(SyncChange.at), SyncChange.at.type)
    rows = session.execute(
        select(
            Attendance.session_id,
            SyncChange.office,
            SyncChange.staff,
            func.count(),
            func.max(SyncChange.hlc),
            newest_at,
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(SyncChange, and_(SyncChange.entity == "attendance", SyncChange.row_id == Attendance.id))
        .where(TrainingSession.training_id == training_id)
        .group_by(Attendance.session_id, SyncChange.office, SyncChange.staff)
    )
    return [
        HistoryEntry(
            id="",
            entity="attendance",
            row_id=session_id,
            field="",
            old_value=None,
            new_value=None,
            hlc=hlc,
            at=_text(at),
            office_id=office,
            office=offices.get(office, office[:8]),
            staff=staff,
            label=describe_record(cursor, "training_session", session_id, locale, whole=False),
            count=count,
        )
        for session_id, office, staff, count, hlc, at in rows
    ]


def _python_value(column: Any, stored: Any, dialect: Any) -> Any:
    """A stored value (as the log keeps it) back as the ORM attribute's Python value."""
    if stored is None:
        return None
    # The dialect's own type: SQLite's Date reads "2026-05-04" back as a date; the generic type
    # has no reader, and a revert then handed the text to a date column, which refused it.
    processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return processor(stored) if processor else stored


def _attribute(obj: Any, field: str) -> tuple[str, Any]:
    """The ORM attribute of ``obj`` that column ``field`` holds, and the column."""
    for prop in type(obj).__mapper__.column_attrs:
        for column in prop.columns:
            if getattr(column, "name", None) == field:
                return prop.key, column
    raise HistoryError(f"{obj.__tablename__} records have no field {quoted(field)} any more")


def _set_stored(session: Session, obj: Any, field: str, stored: Any) -> bool:
    """Set a column of ``obj`` from its stored form; returns whether the value changed."""
    key, column = _attribute(obj, field)
    value = _python_value(column, stored, session.get_bind().dialect)
    if getattr(obj, key) == value:
        return False
    setattr(obj, key, value)
    return True


@dataclass(frozen=True)
class RevertedChange:
    """A change reverted, and the value its field has again."""

    change: HistoryEntry
    #: The value put back (stored form): the change's old value, or for a change imported from
    #: another office that overrode an edit made here, this office's value before the import.
    value: Any
    #: Whether the change came from another office and overrode a value this office had.
    overrode_ours: bool = False
    #: Whether a conflict about it was waiting and the revert settled it.
    settled_conflict: bool = False


def revert_change(session: Session, change_id: str) -> RevertedChange:
    """Put the field of one change back to the value it had here before (a new change here).

    A change imported from another office that won against an edit made here is reverted to
    this office's value (the losing value its conflict or lost-edit record keeps), not to the
    other office's old value, which this office never had at the time (field test 49, defect 2);
    an open conflict about it is settled by the revert, as by any edit of the field here."""
    change = _find_change(session, change_id)
    if change.is_creation:
        raise HistoryError("the creation of a record cannot be reverted; delete the record instead")
    ours, open_conflict = _value_it_overrode(session, change)
    value = change.old_value if ours is _NOTHING else ours
    if erased_kind(value) is not None:
        raise HistoryError("the old value was a record that has been erased; it cannot be put back")
    obj = session.get(_model(change.entity), change.row_id)
    if obj is None:
        raise HistoryError("the record of this change is no longer in this database")
    if not _set_stored(session, obj, change.field, value):
        # No column name ("title_en") in the sentence: it is shown as it is, in either language.
        raise HistoryError("the field already has the value it had before this change")
    if change.field == "deleted_at" and value is None:
        _log_single_restore(session, change.entity)
    session.flush()  # the change capture settles the open conflicts about the field
    return RevertedChange(change, value, ours is not _NOTHING, open_conflict)


def reverted_change_words(session: Session, reverted: RevertedChange, label: str, locale: str = "en") -> str:
    """What a revert of one change did, in words: the value the field has again, and for a
    change from another office that overrode this office's value, that it is this office's value
    and that the conflict about it is settled."""
    from petdesk.sync.labels import field_label

    _ = translator(locale)
    change = reverted.change
    words = value_words(session, locale)
    # With the record's id: an amount in its currency, as the history lines show it.
    value = words(change.entity, change.field, reverted.value, change.row_id)
    value = value if len(value) <= 40 else value[:39] + "…"
    field = field_label(change.field, locale, change.entity)
    if not reverted.overrode_ours:
        return _("Reverted {field} of {label}: now {value} again.").format(
            field=field, label=label, value=value
        )
    said = _(
        "Reverted {field} of {label} to this office's value before the other office's edit: {value}."
    ).format(field=field, label=label, value=value)
    if reverted.settled_conflict:
        # Translated: Chinese sentences follow one another without a space.
        said = _("{first} {second}").format(
            first=said, second=_("This settles the conflict that was waiting about it.")
        )
    return said


#: No value found (None is a value: an empty field).
_NOTHING: Any = object()


def _value_it_overrode(session: Session, change: HistoryEntry) -> tuple[Any, bool]:
    """The value this office had when ``change``, made elsewhere, won against it (``_NOTHING``
    when it overrode nothing here), and whether the conflict about it is still open."""
    conflict = session.execute(
        text(
            "SELECT loser_value, resolved_at FROM sync_conflict WHERE entity = :e AND row_id = :r "
            "AND field = :f AND kind = 'field' AND winner_hlc = :h AND winner_office = :o "
            "ORDER BY detected_at DESC LIMIT 1"
        ),
        {"e": change.entity, "r": change.row_id, "f": change.field, "h": change.hlc, "o": change.office_id},
    ).first()
    if conflict is not None:
        return _decode(conflict[0]), conflict[1] is None
    # A lost edit of this office's (told by another office): its value is in the change log.
    lost = session.execute(
        text(
            "SELECT c.new_value FROM sync_lost_edit l JOIN sync_change c ON c.entity = l.entity "
            "AND c.row_id = l.row_id AND c.field = l.field AND c.hlc = l.loser_hlc "
            "AND c.office = l.loser_office WHERE l.entity = :e AND l.row_id = :r AND l.field = :f "
            "AND l.winner_hlc = :h AND l.winner_office = :o AND l.loser_office = "
            "(SELECT id FROM office WHERE is_self = 1 ORDER BY created_at LIMIT 1) "
            "ORDER BY l.loser_hlc DESC LIMIT 1"
        ),
        {"e": change.entity, "r": change.row_id, "f": change.field, "h": change.hlc, "o": change.office_id},
    ).first()
    return (_decode(lost[0]), False) if lost is not None else (_NOTHING, False)


def state_at(session: Session, entity: str, row_id: str, undo_from: str) -> dict[str, Any]:
    """Stored values of the fields changed at or after clock value ``undo_from``, as they were
    just before: for each field, the old value of its first change since then."""
    rows = session.execute(
        select(SyncChange.field, SyncChange.old_value)
        .where(
            SyncChange.entity == entity,
            SyncChange.row_id == row_id,
            SyncChange.hlc >= undo_from,
            SyncChange.field != "",
        )
        .order_by(SyncChange.hlc.desc(), SyncChange.office.desc())
    ).all()
    values: dict[str, Any] = {}
    for field, old in rows:  # newest first: the oldest change of a field is written last
        values[field] = _restorable(_decode(old))
    return values


class RevertedField(NamedTuple):
    """One thing a revert to a point changed: a field of the record or of one of its own child
    rows (a position, an e-mail), or such a row taken away (``removed``) or brought back."""

    entity: str
    field: str
    removed: bool = False


def revert_record(session: Session, entity: str, row_id: str, *, before: str) -> list[RevertedField]:
    """Put a record back to how it was before the change ``before`` (a change id of the record or
    of one of its own rows or parts) or the time ``before`` (ISO date and time, UTC unless it names
    a zone): its fields, and its own rows and parts (``_reverted_parts``: a contact's e-mails,
    phones and positions, a visit's delegation and programme, a training's sessions, registrations,
    trainers and marks, a project's partners, milestones and stage changes), rows added since taken
    away and rows removed since brought back. Returns what changed; all of it one transaction,
    logged as edits that travel."""
    undo_from = _undo_from(session, before, entity=entity, row_id=row_id)
    obj = session.get(_model(entity), row_id)
    if obj is None:
        raise HistoryError("this record is no longer in this database")
    was_deleted = getattr(obj, "deleted_at", None) is not None
    changed = [
        RevertedField(entity, f)
        for f, stored in sorted(state_at(session, entity, row_id, undo_from).items())
        if _set_stored(session, obj, f, stored)
    ]
    if was_deleted and obj.deleted_at is None:
        _log_single_restore(session, entity)
    for child, child_id in _child_rows(session, entity, row_id, changed_since=undo_from):
        changed.extend(_revert_child(session, child, child_id, undo_from))
    session.flush()
    return changed


def _log_single_restore(session: Session, entity: str) -> None:
    """A deleted record brought back from its History (a revert of its deletion) goes into the
    office's housekeeping log as a restore of one, as the restores from the Deleted list and the
    lists do (round 52: only those were logged). A part of a record (a phone number) is not one."""
    if entity not in RESTORABLE:
        return
    from petdesk.services import housekeeping  # it reads the staff name through the sync modules

    kind = entity if entity in ("contact", "organisation") else "record"
    housekeeping.record(session, "restore", kind, 1)


def reverts_record_to(entity: str, change: HistoryEntry) -> bool:
    """Whether a record of ``entity`` can be reverted to before ``change``, a line of its history:
    a change of the record itself or of one of its own rows or parts (not a counted entry, such as
    a session's attendance marks, which has no change id)."""
    own = {entity, *(kind for kind, _query in _reverted_parts(entity))}
    return bool(change.id) and change.entity in own


def _child_rows(
    session: Session, entity: str, row_id: str, *, changed_since: str = ""
) -> list[tuple[str, str]]:
    """The record's own rows and parts a revert puts back, removed ones too (they are tombstones);
    with ``changed_since``, only those changed at or after that clock value (a training's
    hundreds of marks are not each looked at when a revert touches two of them)."""
    since = (
        " WHERE EXISTS (SELECT 1 FROM sync_change c WHERE c.entity = :kind AND c.row_id = p.id "
        "AND c.hlc >= :since)"
        if changed_since
        else ""
    )
    return [
        (kind, part_id)
        for kind, query in _reverted_parts(entity)
        for part_id in session.execute(
            text(f"SELECT p.id FROM ({query}) p{since} ORDER BY p.id"),
            {"id": row_id, "kind": kind, "since": changed_since},
        ).scalars()
    ]


def _revert_child(session: Session, entity: str, row_id: str, undo_from: str) -> list[RevertedField]:
    """A child row as it was before ``undo_from``: one created since is taken away (it did not
    exist then), any other gets its fields back (a removal undone is ``deleted_at`` emptied)."""
    obj = session.get(_model(entity), row_id)
    if obj is None:
        return []
    created_since = session.scalar(
        select(func.count())
        .select_from(SyncChange)
        .where(
            SyncChange.entity == entity,
            SyncChange.row_id == row_id,
            SyncChange.field == "",
            SyncChange.hlc >= undo_from,
        )
    )
    if created_since:
        if obj.deleted_at is not None:
            return []
        obj.deleted_at = obj.updated_at = utcnow()
        return [RevertedField(entity, "deleted_at", removed=True)]
    return [
        RevertedField(entity, f)
        for f, stored in sorted(state_at(session, entity, row_id, undo_from).items())
        if _set_stored(session, obj, f, stored)
    ]


def reverted_words(entity: str, fields: list[RevertedField], locale: str = "en") -> str:
    """What a revert changed, in words: the record's fields by their labels, a child row's with
    its kind ("Affiliation: Position (English)"), a row taken away or brought back said so."""
    from petdesk.sync.labels import entity_label, field_label

    _ = translator(locale)
    words: list[str] = []
    for f in fields:
        kind = entity_label(f.entity, locale)
        if f.entity == entity:
            words.append(field_label(f.field, locale, f.entity))
        elif f.removed:
            words.append(_("{kind} removed").format(kind=kind))
        elif f.field == "deleted_at":
            words.append(_("{kind} restored").format(kind=kind))
        else:
            words.append(_("{kind}: {field}").format(kind=kind, field=field_label(f.field, locale, f.entity)))
    return _(", ").join(dict.fromkeys(words))


def _undo_from(session: Session, before: str, *, entity: str, row_id: str) -> str:
    """The clock value from which changes are undone: the change's own (it must be one the
    record's history lists), or the first after the time given."""
    try:
        moment = dt.datetime.fromisoformat(before.strip())
    except ValueError:
        change = _find_change(session, before)
        if (change.entity, change.row_id) not in {(entity, row_id), *_child_rows(session, entity, row_id)}:
            raise HistoryError(
                "that change is not one of this record's own fields, e-mails, phones or positions; "
                "revert it on its own, or from the history of the record it belongs to"
            ) from None
        return change.hlc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    # Changes later than the moment are undone (clock values are milliseconds since 1970).
    return encode(int(moment.timestamp() * 1000) + 1)


def _find_change(session: Session, change_id: str) -> HistoryEntry:
    change_id = change_id.strip()
    if len(change_id) < 4:
        raise HistoryError("give at least 4 characters of the change id")
    _, rows = first_found(
        change_id,
        lambda form: list(
            session.scalars(
                select(SyncChange).where(SyncChange.id >= form, SyncChange.id < form + "\uffff").limit(2)
            )
        ),
    )
    if not rows:
        raise HistoryError(f"no change with id {change_id}")
    if len(rows) > 1:
        raise HistoryError(f"several changes have ids starting with {change_id}; give more characters")
    c = rows[0]
    return HistoryEntry(
        c.id,
        c.entity,
        c.row_id,
        c.field,
        _decode(c.old_value),
        _decode(c.new_value),
        c.hlc,
        _text(c.at),
        c.office,
        "",
        c.staff,
    )


# -- the "Deleted" view --------------------------------------------------------------------------


def _deleted_where(kind: str) -> str:
    """The condition on ``kind``'s rows that the Deleted list shows: deleted, and a part (a session,
    a partner) only while its parent lives (else restoring the parent brings it back)."""
    parent = PARENT_OF.get(kind)
    live_parent = (
        f" AND {parent[1]} IN (SELECT id FROM {parent[0]} WHERE deleted_at IS NULL)" if parent else ""
    )
    return f"deleted_at IS NOT NULL{live_parent}"


def deleted_records(
    session: Session,
    *,
    kinds: tuple[str, ...] = RESTORABLE,
    limit: int = 500,
    locale: str = "en",
    matching: str = "",
) -> list[RecordRef]:
    """Tombstoned records of these kinds, most recently deleted first, labelled in ``locale``; with
    ``matching``, only those whose label holds it (any case), looked for among all of them: a
    year-end cleanup deletes thousands, and the one to bring back was beyond the newest 500
    (field test 69, defect 2)."""
    cursor = _cursor(session)
    wanted = matching.strip().casefold()
    rows: list[tuple[str, str, int]] = []
    for kind in kinds:
        rows.extend(
            (kind, r[0], r[1])
            for r in session.execute(
                text(
                    f"SELECT id, deleted_at FROM {kind} WHERE {_deleted_where(kind)} "
                    "ORDER BY deleted_at DESC" + ("" if wanted else " LIMIT :n")
                ),
                {"n": limit},
            )
        )
    rows.sort(key=lambda r: r[2], reverse=True)
    merged_into = _merged_into(session)
    found: list[RecordRef] = []
    for kind, row_id, at in rows:
        if len(found) >= limit:
            break
        label = _deleted_label(cursor, kind, row_id, locale, merged_into.get((kind, row_id)))
        if wanted and wanted not in label.casefold():
            continue
        found.append(RecordRef(kind, row_id, label, wire_time(at)))
    return found


def count_deleted(session: Session, *, kinds: tuple[str, ...] = RESTORABLE) -> int:
    """How many records the Deleted list holds in all, to say when it shows only the newest."""
    return sum(
        session.scalar(text(f"SELECT count(*) FROM {kind} WHERE {_deleted_where(kind)}")) or 0
        for kind in kinds
    )


def _merged_into(session: Session) -> dict[tuple[str, str], str]:
    """(entity, id) -> the id it was merged into, by the latest merge not undone (as
    ``merge.merge_that_removed``), in one query: asked per record, a search of the Deleted list
    among thousands took seconds (review 50)."""
    rows = session.execute(
        text(
            "SELECT entity, merged_id, kept_id FROM merge_record WHERE undone_at IS NULL "
            "AND deleted_at IS NULL ORDER BY merged_at"
        )
    )
    return {(entity, merged): kept for entity, merged, kept in rows}


def _deleted_label(cursor: Any, entity: str, row_id: str, locale: str, kept_id: str | None) -> str:
    """A deleted record's label; one merged into another (``kept_id``) says so, since restoring it
    undoes that merge rather than bringing back a second copy (field test 25, defect 2)."""
    label = _label(cursor, entity, row_id, locale)
    if kept_id is None:
        return label
    _ = translator(locale)
    kept = _label(cursor, entity, kept_id, locale)
    return _("{label} (merged into {kept}; Restore undoes the merge)").format(label=label, kept=kept)


def _merge_that_removed(session: Session, entity: str, row_id: str) -> Any:
    """The merge (not undone) that took this contact or organisation away, if one did."""
    if entity not in ("contact", "organisation"):
        return None
    from petdesk.services.merge import merge_that_removed  # merge builds on the history's modules

    return merge_that_removed(session, entity, row_id)  # type: ignore[arg-type]


def restore_record(session: Session, ident: str, *, locale: str = "en") -> RecordRef:
    """Bring a deleted record back, with the child rows deleted in the same moment (a visit's
    programme, a training's sessions); a new change that travels to the other offices."""
    ref = resolve_record(session, ident, locale=locale)
    if ref.deleted_at is None:
        raise HistoryError(f"{ref.label} is not deleted")
    if ref.entity in IN_TRAINING:
        _restore_in_training(session, ref)
    elif ref.entity == "tech_match":
        _restore_to_shortlist(session, ref)
    elif ref.entity in PARENT_OF:
        _restore_in_project(session, ref)
    elif (merge_record := _merge_that_removed(session, ref.entity, ref.row_id)) is not None:
        _undo_merge(session, ref, merge_record.id)
        session.flush()
        return replace(ref, undone_merge=merge_record.id)
    else:
        _restore(session, ref.entity, ref.row_id, ref.deleted_at)
    session.flush()
    return ref


@dataclass(frozen=True)
class RestoredMany:
    """What ``restore_records`` did: the records back, and those refused with the reason."""

    restored: list[RecordRef]
    refused: list[tuple[str, str]]


def restore_records(db: Database, idents: Iterable[str], *, locale: str = "en") -> RestoredMany:
    """Bring several deleted records back, each in its own transaction: a regretted part of a bulk
    delete came back one record per round (field test 69, defect 1), and one refusal (a merge
    that cannot be undone) must not keep the others deleted. A record that an earlier one brought
    back with it is skipped."""
    restored: list[RecordRef] = []
    refused: list[tuple[str, str]] = []
    wanted = list(dict.fromkeys(idents))
    with db.reading() as session:
        deleted_at_start = {i for i in wanted if _is_deleted(session, i, locale)}
    for ident in wanted:
        try:
            with db.transaction() as session:
                if ident in deleted_at_start and not _is_deleted(session, ident, locale):
                    continue  # it came back with a record restored before it
                restored.append(restore_record(session, ident, locale=locale))
        except HistoryError as exc:
            refused.append((ident, str(exc)))
    if restored:  # the office's log of its bulk actions (services.housekeeping)
        from petdesk.services import housekeeping

        with db.transaction() as session:
            housekeeping.record(session, "restore", "record", len(restored))
    return RestoredMany(restored, refused)


def _is_deleted(session: Session, ident: str, locale: str) -> bool:
    try:
        return resolve_record(session, ident, locale=locale).deleted_at is not None
    except HistoryError:
        return False  # restore_record says why


def _undo_merge(session: Session, ref: RecordRef, merge_id: str) -> None:
    """A record merged into another comes back by undoing that merge: its links go back to it and
    the merge is marked undone. Clearing its deletion alone brought back a duplicate while the merge
    still said "active" (field test 25, defect 2)."""
    from petdesk.services.merge import MergeError, undo_merge

    try:
        undo_merge(session, merge_id)
    except MergeError as exc:
        raise HistoryError(
            f"{ref.label} was merged into another record and comes back only by undoing that merge, "
            f"which was refused: {exc}"
        ) from exc


def _restore_in_training(session: Session, ref: RecordRef) -> None:
    """A session or a registration comes back as the training editor's Undo brings it back: with
    its attendance marks (a registration's lie in the sessions, not below it) and trainers."""
    try:
        if ref.entity == "training_session":
            trainings.restore_session(session, ref.row_id)
        else:
            trainings.restore_registrations(session, [ref.row_id])
    except ScheduleError as exc:
        raise HistoryError(str(exc)) from exc


def _restore_to_shortlist(session: Session, ref: RecordRef) -> None:
    """A technology comes back on a live need's shortlist as the match view's Undo brings it back
    (state and links as they were), unless it was shortlisted for the need again meanwhile."""
    need = session.execute(
        text("SELECT n.deleted_at FROM tech_match m JOIN city_need n ON n.id = m.need_id WHERE m.id = :id"),
        {"id": ref.row_id},
    ).first()
    if need is not None and need[0] is not None:
        raise HistoryError("the city need of this shortlist is deleted; restore the city need first")
    from petdesk.services import tech_matching  # ranking's vocabularies: loaded only when needed
    from petdesk.services.projects import PipelineError

    try:
        tech_matching.restore_to_shortlist(session, ref.row_id)
    except PipelineError as exc:
        raise HistoryError("that technology is on this need's shortlist again; take it off first") from exc


def _restore_in_project(session: Session, ref: RecordRef) -> None:
    """A partner or milestone comes back only to a live project, and a partner only once."""
    row = session.get(_model(ref.entity), ref.row_id)
    if row is None:
        return
    project = session.get(_model("project"), row.project_id)
    if project is None or project.deleted_at is not None:
        raise HistoryError("the project of this partner or milestone is deleted; restore the project first")
    if ref.entity == "project_partner":
        again = session.execute(
            text(
                "SELECT 1 FROM project_partner WHERE project_id = :p AND organisation_id = :o "
                "AND deleted_at IS NULL"
            ),
            {"p": row.project_id, "o": row.organisation_id},
        ).first()
        if again is not None:
            raise HistoryError("that organisation is a partner of this project again; remove it first")
    row.deleted_at = None


def _restore(session: Session, entity: str, row_id: str, deleted_at: str) -> None:
    obj = session.get(_model(entity), row_id)
    if obj is None:
        return
    obj.deleted_at = None
    for table, column in columns_linking_to(entity):
        if table not in by_name():
            continue
        children = session.execute(
            text(f"SELECT id FROM {table} WHERE {column} = :id AND deleted_at = :at"),
            {"id": row_id, "at": from_wire_time(deleted_at)},
        ).scalars()
        for child_id in list(children):
            _restore(session, table, child_id, deleted_at)
