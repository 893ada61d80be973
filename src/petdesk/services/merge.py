"""Merge two contacts (or two organisations) into one, field by field, and undo a merge.

The kept record takes, per field, its own value or the other's (the caller chooses where they
conflict; empty fields are filled from the other record; lists such as tags are united). Every row
that points at the other record — contact methods, affiliations, activities, visit participation,
itinerary attendance, training participation, attendance, trainer roles, follow-up ownership, and
whatever later features add with a foreign key — is moved to the kept record. Rows that would then
say the same thing twice (the same e-mail, the same visit) are retired with a soft delete instead.
The other record is soft-deleted, so the merge travels to other offices like any deletion.

A ``MergeRecord`` keeps both records' fields and every changed link (old and new values), so
``undo_merge`` can put everything back, refusing (unless forced) when the data changed since.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, cast

from sqlalchemy import Date, DateTime, func, select
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.sql.sqltypes import Enum as SAEnum

from petdesk import enums
from petdesk import models as m
from petdesk.i18n import translator
from petdesk.ids import first_found
from petdesk.models.base import Base
from petdesk.models.types import UTCDateTime, utcnow
from petdesk.quoting import quoted
from petdesk.services import housekeeping, names, newer_values
from petdesk.services.matching import has_cjk, same_method_key
from petdesk.services.validation import NotFoundError

Entity = Literal["contact", "organisation"]
Choice = Literal["keep", "other", "both"]


class MergeError(ValueError):
    """A merge or undo that cannot be done, with a sentence for the user."""


@dataclass(frozen=True)
class MergeField:
    """One choice the user makes: a field, or a group of fields that only make sense together."""

    key: str
    label: str
    attrs: tuple[str, ...]
    #: "scalar" (one value wins), "text" (can also keep both), "list" (always united).
    kind: str = "scalar"
    #: Fields that go with the chosen side's value without being compared or shown: they say
    #: something only about ``attrs`` (the mark that a person's name order was chosen).
    carried: tuple[str, ...] = ()

    @property
    def taken(self) -> tuple[str, ...]:
        """The fields a choice of the other side's value copies."""
        return self.attrs + self.carried


CONTACT_FIELDS: tuple[MergeField, ...] = (
    # The order's chosen mark (0055) follows the order it marks: without it a merge kept the other's
    # chosen "given name first" unmarked, and the next save turned the name round by the rule.
    MergeField(
        "name_latin",
        "Name (Latin script)",
        ("family_name", "given_name", "name_order"),
        carried=("name_order_chosen",),
    ),
    MergeField("name_zh", "Name (Chinese)", ("family_name_zh", "given_name_zh")),
    # a Korean name's Hanja (0055): without a row here a merge dropped the other record's
    MergeField("name_hanja", "Hanja", ("name_hanja",)),
    MergeField("honorific_en", "Honorific (English)", ("honorific_en",)),
    MergeField("honorific_zh", "Honorific (Chinese)", ("honorific_zh",)),
    MergeField("gender", "Gender", ("gender",)),
    MergeField("languages", "Languages", ("languages",), "list"),
    MergeField("dietary_needs", "Dietary requirements", ("dietary_needs",), "text"),
    MergeField("accessibility_needs", "Accessibility needs", ("accessibility_needs",), "text"),
    MergeField("emergency_contact", "Emergency contact", ("emergency_contact",), "text"),
    # travel documents (0061): one passport's country, number and expiry go together; without rows
    # here a merge dropped the other record's
    MergeField("passport", "Passport", ("nationality", "passport_number", "passport_expiry")),
    MergeField("visa_note", "Visa note", ("visa_note",), "text"),
    MergeField("notes", "Notes", ("notes",), "text"),
    MergeField("tags", "Tags", ("tags",), "list"),
    MergeField("source", "Source", ("source",)),
)

ORGANISATION_FIELDS: tuple[MergeField, ...] = (
    MergeField("name_en", "Name (English)", ("name_en",)),
    MergeField("name_zh", "Name (Chinese)", ("name_zh",)),
    MergeField("short_name_en", "Short name (English)", ("short_name_en",)),
    MergeField("short_name_zh", "Short name (Chinese)", ("short_name_zh",)),
    MergeField("aliases", "Other names", ("aliases",), "list"),
    MergeField("kind", "Kind", ("kind",)),
    MergeField("country", "Country", ("country",)),
    MergeField("city", "City", ("city_en", "city_zh")),
    MergeField("address_en", "Address (English)", ("address_en",), "text"),
    MergeField("address_zh", "Address (Chinese)", ("address_zh",), "text"),
    MergeField("postal_code", "Postal code", ("postal_code",)),
    MergeField("website", "Web site", ("website",)),
    MergeField("phone", "Phone", ("phone",)),
    MergeField("email", "E-mail", ("email",)),
    MergeField("technology_areas", "Technology areas", ("technology_areas",), "list"),
    MergeField("is_member_city", "Member city", ("is_member_city",)),
    MergeField("notes", "Notes", ("notes",), "text"),
    MergeField("tags", "Tags", ("tags",), "list"),
    MergeField("source", "Source", ("source",)),
)


def fields_for(entity: Entity) -> tuple[MergeField, ...]:
    return CONTACT_FIELDS if entity == "contact" else ORGANISATION_FIELDS


def _model(entity: Entity) -> type[m.Contact] | type[m.Organisation]:
    if entity == "contact":
        return m.Contact
    if entity == "organisation":
        return m.Organisation
    raise MergeError(f"cannot merge {quoted(entity)}; only contacts and organisations")


# --- comparing ----------------------------------------------------------------------------------


@dataclass
class FieldComparison:
    field: MergeField
    keep_value: tuple[Any, ...]
    other_value: tuple[Any, ...]

    @property
    def conflict(self) -> bool:
        """Both records say something, and not the same thing (lists never conflict: they are united)."""
        return (
            self.field.kind != "list"
            and not _empty(self.keep_value)
            and not _empty(self.other_value)
            and self.keep_value != self.other_value
        )

    @property
    def default(self) -> Choice:
        if _empty(self.keep_value) and not _empty(self.other_value):
            return "other"
        return "keep"


def _empty(values: tuple[Any, ...]) -> bool:
    # An enum beside text (the name order beside the name) says nothing on its own.
    parts = [v for v in values if not isinstance(v, enum.Enum)] or list(values)
    return all(v is None or v == "" or v is False or v == [] for v in parts)


def compare(session: Session, entity: Entity, keep_id: str, other_id: str) -> list[FieldComparison]:
    """Both records field by field, for the window's side-by-side view."""
    keep, other = _load_pair(session, entity, keep_id, other_id)
    return [
        FieldComparison(
            f, tuple(getattr(keep, a) for a in f.attrs), tuple(getattr(other, a) for a in f.attrs)
        )
        for f in fields_for(entity)
    ]


def display_value(values: tuple[Any, ...]) -> str:
    """A field's value as one line of text (for the window and the command line)."""
    if len(values) == 3 and isinstance(values[2], enum.Enum) and values[2].value == "given_first":
        values = (values[1], values[0])  # a Latin name written given name first
    parts = []
    only_enum = all(isinstance(v, enum.Enum) for v in values)
    for v in values:
        if isinstance(v, list):
            parts.append(", ".join(str(x) for x in v))
        elif isinstance(v, enum.Enum):
            if only_enum:
                parts.append(str(v.value))
            # else: the name order, shown through the order of the name parts
        elif isinstance(v, bool):
            parts.append("yes" if v else "no")
        elif v:
            parts.append(str(v))
    parts = [p for p in parts if p]
    if len(parts) > 1 and all(has_cjk(p) for p in parts):
        return "".join(parts)  # 张 + 伟 = 张伟
    return " ".join(parts)


def _load_pair(session: Session, entity: Entity, keep_id: str, other_id: str) -> tuple[Any, Any]:
    model: type[m.SyncedMixin] = _model(entity)  # only the common columns are read here
    if keep_id == other_id:
        raise MergeError("a record cannot be merged with itself")
    keep, other = session.get(model, keep_id), session.get(model, other_id)
    for obj, rid in ((keep, keep_id), (other, other_id)):
        if obj is None:
            raise MergeError(f"no {entity} with id {rid}")
        if obj.deleted_at is not None:
            raise MergeError(f"the {entity} {rid} is deleted (already merged?)")
    return keep, other


# --- snapshots ----------------------------------------------------------------------------------

_SKIP = {"id", "created_at", "updated_at"}


def _columns(obj: Any) -> dict[str, Any]:
    mapper: Mapper = obj.__mapper__
    return {attr.key: attr.columns[0] for attr in mapper.column_attrs if attr.key not in _SKIP}


def _to_json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def _from_json(column: Any, value: Any) -> Any:
    if value is None:
        return None
    ctype = column.type
    if isinstance(ctype, SAEnum) and ctype.enum_class is not None:
        return ctype.enum_class(value)
    if isinstance(ctype, UTCDateTime | DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(ctype, Date):
        return dt.date.fromisoformat(value)
    return value


def snapshot(session: Session, obj: Any) -> dict[str, Any]:
    """All fields of a row (except id and timestamps) as JSON values; an enum value a newer petdesk
    stored is kept as the file holds it, not as the fallback member it is read as."""
    snap = {key: _to_json(getattr(obj, key)) for key in _columns(obj)}
    snap.update(newer_values.unknown_values(session, obj))
    return snap


def _restore(session: Session, obj: Any, snap: dict[str, Any]) -> None:
    columns = _columns(obj)
    unknown: dict[str, str] = {}
    for key, value in snap.items():
        if key not in columns:
            continue
        ctype = columns[key].type
        if (
            isinstance(value, str)
            and isinstance(ctype, SAEnum)
            and ctype.enum_class is not None
            and not enums.is_known(cast(type[enum.StrEnum], ctype.enum_class), value)
        ):
            unknown[key] = value  # written as stored, after the other fields
            continue
        setattr(obj, key, _from_json(columns[key], value))
    for key, value in unknown.items():
        newer_values.write_stored(session, obj, key, value)


# --- links --------------------------------------------------------------------------------------


def _referencing(table_name: str) -> list[tuple[type[Any], str]]:
    """(model, attribute) for every column with a foreign key to ``table_name``.id, by table name."""
    models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}
    return sorted(
        ((models[table], column) for table, column in m.columns_linking_to(table_name) if table in models),
        key=lambda item: (item[0].__tablename__, item[1]),
    )


def _method_key(row: m.ContactMethod) -> tuple[Any, ...]:
    return (row.channel, same_method_key(row.channel, row.value))


#: For link tables where one person or organisation appears once per parent: the key that makes two
#: rows "the same", so that a moved row duplicating a kept row is retired instead.
_DEDUP_KEYS: dict[tuple[str, str], Callable[[Any], tuple[Any, ...]]] = {
    ("contact_method", "contact_id"): _method_key,
    ("affiliation", "contact_id"): lambda r: (r.organisation_id, r.start_date, r.end_date),
    ("affiliation", "organisation_id"): lambda r: (r.contact_id, r.start_date, r.end_date),
    ("visit_participant", "contact_id"): lambda r: (r.visit_id,),
    ("itinerary_attendee", "contact_id"): lambda r: (r.item_id,),
    ("training_participant", "contact_id"): lambda r: (r.training_id,),
    ("attendance", "contact_id"): lambda r: (r.session_id,),
    ("session_trainer", "contact_id"): lambda r: (r.session_id,),
    ("itinerary_organisation", "organisation_id"): lambda r: (r.item_id,),
    # One seat per person per vehicle and item (review 47, finding 1).
    ("vehicle_rider", "contact_id"): lambda r: (r.assignment_id,),
}


def _move_links(session: Session, entity: Entity, keep_id: str, other_id: str) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    now = utcnow()
    for cls, attr in _referencing(entity):
        if cls is m.MergeRecord:
            continue
        table = cls.__tablename__
        column = getattr(cls, attr)
        moving = list(session.scalars(select(cls).where(column == other_id).order_by(cls.id)))
        if not moving:
            continue
        dedup = _DEDUP_KEYS.get((table, attr))
        kept_rows = (
            list(session.scalars(select(cls).where(column == keep_id)))
            if dedup or table == "contact_method"
            else []
        )
        taken = {dedup(r) for r in kept_rows if r.deleted_at is None} if dedup else set()
        next_position = (
            max((r.position for r in kept_rows), default=-1) + 1 if table == "contact_method" else 0
        )
        for row in moving:
            old: dict[str, Any] = {attr: other_id}
            new: dict[str, Any] = {attr: keep_id}
            if dedup and row.deleted_at is None:
                dedup_key = dedup(row)
                if dedup_key in taken:
                    old["deleted_at"] = None
                    new["deleted_at"] = _to_json(now)
                else:
                    taken.add(dedup_key)
            if table == "contact_method":
                old["position"], new["position"] = row.position, next_position
                next_position += 1
            for key, value in new.items():
                setattr(row, key, _from_json(_columns(row)[key], value))
            changes.append({"table": table, "id": row.id, "old": old, "new": new})
    return changes


def _model_for_table(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise MergeError(f"unknown table {quoted(table)} in a merge record")


# --- merging ------------------------------------------------------------------------------------


def merge(
    session: Session,
    entity: Entity,
    keep_id: str,
    other_id: str,
    choices: dict[str, Choice] | None = None,
    *,
    author: str = "",
) -> m.MergeRecord:
    """Merge ``other_id`` into ``keep_id``. ``choices`` maps a field key (see ``fields_for``) to
    "keep", "other" or, for text fields, "both"; unchosen fields take the default (fill empty ones)."""
    choices = dict(choices or {})
    keep, other = _load_pair(session, entity, keep_id, other_id)
    known = {f.key for f in fields_for(entity)}
    unknown = set(choices) - known
    if unknown:
        raise MergeError(
            f"unknown field(s) {', '.join(sorted(unknown))}; fields are {', '.join(sorted(known))}"
        )
    keep_before, other_before = snapshot(session, keep), snapshot(session, other)
    # Named as they were: afterwards the kept record may carry the other's name too (field test 9, D8).
    keep_label, other_label = _label(keep), _label(other)
    applied: dict[str, str] = {}
    other_site: dict[str, str] = {}
    other_unknown = newer_values.unknown_values(session, other)
    for comparison in compare(session, entity, keep_id, other_id):
        f = comparison.field
        choice = choices.get(f.key, comparison.default)
        if f.kind == "list":
            for attr in f.attrs:
                united = list(getattr(keep, attr)) + [
                    v for v in getattr(other, attr) if v not in getattr(keep, attr)
                ]
                setattr(keep, attr, united)
            continue
        if choice == "both" and f.kind == "text" and comparison.conflict:
            for attr in f.attrs:
                setattr(keep, attr, f"{getattr(keep, attr)}\n\n{getattr(other, attr)}")
        elif not _empty(comparison.other_value) and (
            choice == "other" or (choice == "both" and _empty(comparison.keep_value))
        ):
            for attr in f.taken:
                if attr in other_unknown:  # a newer petdesk's value travels as stored
                    newer_values.write_stored(session, keep, attr, other_unknown[attr])
                else:
                    setattr(keep, attr, getattr(other, attr))
        applied[f.key] = choice
    if entity == "organisation":
        # The other organisation's names stay findable as aliases of the kept one.
        other_names = [other.name_en, other.name_zh, other.short_name_en, other.short_name_zh]
        own = {keep.name_en, keep.name_zh, keep.short_name_en, keep.short_name_zh, *keep.aliases}
        extra = [n for n in other_names if n and n not in own]
        if extra:
            keep.aliases = list(keep.aliases) + extra
        other_site = _keep_other_site(keep, other)
    links = _move_links(session, entity, keep_id, other_id)
    other.deleted_at = utcnow()
    session.flush()
    record = m.MergeRecord(
        entity=entity,
        kept_id=keep_id,
        merged_id=other_id,
        author=author,
        summary=f"{keep_label} ← {other_label}: {len(links)} linked records moved",
        payload={
            "kept_before": keep_before,
            "kept_after": snapshot(session, keep),
            "merged_before": other_before,
            "links": links,
            "choices": applied,
            **({"other_site": other_site} if other_site else {}),
        },
    )
    session.add(record)
    housekeeping.record(session, "merge", entity, 1)
    session.flush()
    return record


def _keep_other_site(keep: m.Organisation, other: m.Organisation) -> dict[str, str]:
    """Two sites of one firm merged (Stuttgart and Esslingen): the other's city and address, when
    the kept record does not hold them, go into its notes in both languages and into an alias
    ("Stuttgart Water Tech GmbH (Esslingen)"), so nothing is lost and a search for the other city
    finds the firm (field test 50, defect 6). What was kept; empty when nothing differed."""
    site = {
        "city_en": other.city_en.strip(),
        "city_zh": other.city_zh.strip(),
        "address_en": other.address_en.strip(),
        "address_zh": other.address_zh.strip(),
    }
    same_city = (site["city_en"], site["city_zh"]) in {("", ""), (keep.city_en.strip(), keep.city_zh.strip())}
    same_address = (site["address_en"], site["address_zh"]) in {
        ("", ""),
        (keep.address_en.strip(), keep.address_zh.strip()),
    }
    if same_city and same_address:
        return {}
    en = "; ".join(p for p in (site["city_en"] or site["city_zh"], site["address_en"]) if p)
    zh = "；".join(p for p in (site["city_zh"] or site["city_en"], site["address_zh"]) if p)
    name_en, name_zh = other.name_en or other.name_zh, other.name_zh or other.name_en
    lines = [f"Other site (merged from {name_en}): {en}", f"另一地点（合并自{name_zh}）：{zh}"]
    keep.notes = "\n".join(p for p in (keep.notes.strip(), *lines) if p)
    if not same_city:
        city_aliases = [f"{name_en} ({site['city_en'] or site['city_zh']})"]
        if other.name_zh and site["city_zh"]:
            city_aliases.append(f"{other.name_zh}（{site['city_zh']}）")
        keep.aliases = list(keep.aliases) + [a for a in city_aliases if a not in keep.aliases]
    return site


def _label(obj: Any) -> str:
    if isinstance(obj, m.Contact):
        zh = obj.name_zh
        return f"{zh} {obj.name_latin}".strip() if zh else obj.name_latin
    return obj.name_zh or obj.name_en


def describe_merge(record: m.MergeRecord, locale: str) -> str:
    """What a merge did, in ``locale``: "B (乙) into A (甲); 2 linked records moved", each record
    named as it was before the merge, in the reader's language with the other script in brackets.
    (The stored ``summary`` is one text for every office's language.)"""
    _ = translator(locale)
    payload = record.payload
    kept = _name_in(locale, record.entity, payload.get("kept_before", {}))
    other = _name_in(locale, record.entity, payload.get("merged_before", {}))
    n = len(payload.get("links", []))
    if n:
        moved = _.ngettext("{n} linked record moved", "{n} linked records moved", n).format(n=n)
    else:
        moved = _("no linked records to move")
    said = _("{other} into {kept}; {moved}").format(other=other, kept=kept, moved=moved)
    if (site := payload.get("other_site")) and record.undone_at is None:
        zh = locale.startswith("zh")
        city = (
            (site.get("city_zh") if zh else site.get("city_en")) or site.get("city_en") or site.get("city_zh")
        )
        where = city or (site.get("address_zh") if zh else site.get("address_en")) or ""
        said += _("; the other site ({place}) is kept in the notes and as another name").format(place=where)
    return said


def _name_in(locale: str, entity: str, fields: dict[str, Any]) -> str:
    """A record's name from its snapshot, as :func:`names.person_both_scripts` shows people."""
    if entity == "contact":
        return names.person_both_scripts(
            locale,
            family=fields.get("family_name") or "",
            given=fields.get("given_name") or "",
            order=fields.get("name_order") or names.GIVEN_FIRST,
            family_zh=fields.get("family_name_zh") or "",
            given_zh=fields.get("given_name_zh") or "",
            native_name_language=fields.get("native_name_language") or "",
            languages=names.language_list(fields.get("languages")),
        )
    name_en, name_zh = (fields.get("name_en") or "").strip(), (fields.get("name_zh") or "").strip()
    shown = names.organisation_display_name(locale, name_en=name_en, name_zh=name_zh)
    other = name_en if shown == name_zh else name_zh
    if not other or other == shown:
        return shown
    return f"{shown}（{other}）" if locale.startswith("zh") else f"{shown} ({other})"


def merge_contacts(
    session: Session,
    keep_id: str,
    other_id: str,
    choices: dict[str, Choice] | None = None,
    *,
    author: str = "",
) -> m.MergeRecord:
    return merge(session, "contact", keep_id, other_id, choices, author=author)


def merge_organisations(
    session: Session,
    keep_id: str,
    other_id: str,
    choices: dict[str, Choice] | None = None,
    *,
    author: str = "",
) -> m.MergeRecord:
    return merge(session, "organisation", keep_id, other_id, choices, author=author)


# --- undoing ------------------------------------------------------------------------------------


@dataclass
class UndoResult:
    record: m.MergeRecord
    #: Links that changed after the merge and were left as they are now.
    not_restored: list[str]


def find_merge(session: Session, merge_id: str) -> m.MergeRecord:
    """The merge with this id or a unique beginning of it, as ids are typed everywhere else
    (``merge --undo 0DZzX`` said "no merge with id"; field test 25, defect 5)."""
    typed = merge_id.strip()
    if not typed:
        raise MergeError("give the merge's id (petdesk merge --list shows them)")
    _, found = first_found(
        typed,
        lambda form: list(
            session.scalars(
                select(m.MergeRecord)
                .where(m.MergeRecord.id >= form, m.MergeRecord.id < form + "\uffff")
                .limit(2)
            )
        ),
    )
    if not found:
        raise MergeError(f"no merge with id {typed}")
    if len(found) > 1 and found[0].id != typed:
        raise MergeError(f"several merges have ids starting with {typed}; give more characters")
    return found[0]


def undo_merge(session: Session, merge_id: str, *, force: bool = False) -> UndoResult:
    """Put both records and every moved link back as they were before the merge.

    If the kept record or a moved link was edited after the merge, undoing would silently throw that
    edit away, so this refuses with an explanation unless ``force`` is given."""
    record = find_merge(session, merge_id)
    merge_id = record.id
    if record.undone_at is not None:
        raise MergeError(f"the merge {merge_id} was already undone")
    entity: Entity = record.entity  # type: ignore[assignment]
    model: type[m.SyncedMixin] = _model(entity)  # only the common columns are read here
    keep = session.get(model, record.kept_id)
    other = session.get(model, record.merged_id)
    if keep is None or other is None:
        raise MergeError("a record of this merge no longer exists")
    payload = record.payload
    if keep.deleted_at is not None and not force:
        raise MergeError(
            "the kept record was deleted after the merge; restore it first, or undo anyway with "
            f"petdesk merge --undo {merge_id} --force"
        )
    kept_now = snapshot(session, keep)
    if kept_now != payload["kept_after"] and not force:
        changed = sorted(k for k, v in kept_now.items() if payload["kept_after"].get(k) != v)
        raise MergeError(
            f"the kept record was edited after the merge ({', '.join(changed)}); undoing would lose "
            f"those edits (to undo anyway: petdesk merge --undo {merge_id} --force)"
        )
    stale: list[tuple[Any, dict[str, Any], dict[str, Any]]] = []
    ready: list[tuple[Any, dict[str, Any]]] = []
    for link in payload["links"]:
        cls = _model_for_table(link["table"])
        row = session.get(cls, link["id"])
        if row is None:
            stale.append((link, {}, {}))
            continue
        current = {k: _to_json(getattr(row, k)) for k in link["new"]}
        if current != link["new"]:
            stale.append((link, current, link["new"]))
            continue
        ready.append((row, link["old"]))
    if stale and not force:
        raise MergeError(
            f"{len(stale)} linked records changed after the merge (first: {stale[0][0]['table']} "
            f"{stale[0][0]['id']}); undoing would lose those changes "
            f"(to undo anyway: petdesk merge --undo {merge_id} --force)"
        )
    for row, old in ready:
        _restore(session, row, old)
    _restore(session, keep, payload["kept_before"])
    _restore(session, other, payload["merged_before"])
    record.undone_at = utcnow()
    session.flush()
    return UndoResult(record, [f"{link['table']} {link['id']}" for link, _, _ in stale])


def list_merges(session: Session, *, entity: Entity | None = None, limit: int = 100) -> list[m.MergeRecord]:
    stmt = select(m.MergeRecord).where(m.MergeRecord.deleted_at.is_(None))
    if entity:
        stmt = stmt.where(m.MergeRecord.entity == entity)
    return list(session.scalars(stmt.order_by(m.MergeRecord.merged_at.desc()).limit(limit)))


def linked_tables(entity: Entity) -> set[str]:
    """The tables whose rows :func:`link_counts` counts for ``entity`` (the merge dialog names each)."""
    return {cls.__tablename__ for cls, _ in _referencing(entity) if cls is not m.MergeRecord}


def link_counts(session: Session, entity: Entity, record_id: str) -> dict[str, int]:
    """Live rows pointing at a record, per table ("contact_method": 3 ...), for showing what a merge
    carries over."""
    counts: dict[str, int] = {}
    for cls, attr in _referencing(entity):
        if cls is m.MergeRecord:
            continue
        column = getattr(cls, attr)
        stmt = select(func.count()).select_from(cls).where(column == record_id)
        if hasattr(cls, "deleted_at"):
            stmt = stmt.where(cls.deleted_at.is_(None))
        n = session.scalar(stmt) or 0
        if n:
            counts[cls.__tablename__] = counts.get(cls.__tablename__, 0) + n
    return counts


# -- where a merged record went ------------------------------------------------------------------------


@dataclass(frozen=True)
class MergedInto:
    """The live record that a record merged away now lives on in, and who merged it when."""

    kept_id: str
    kept_name: str
    merged_at: dt.datetime
    author: str
    merge_id: str


#: Merges followed from one record to the next (A into B, then B into C) before giving up.
_MAX_CHAIN = 20


def merged_into(session: Session, entity: Entity, record_id: str) -> MergedInto | None:
    """Where the record ``record_id`` went if it was merged into another (not undone): the record
    still live at the end of the chain, with the last merge's time and author. ``None`` for a record
    that was never merged away (deleted, or unknown). A window that was editing the record when the
    command line merged it tells the user where the edit belongs (field test 20, defect 7)."""
    current = record_id
    for _ in range(_MAX_CHAIN):
        record = session.scalars(
            select(m.MergeRecord)
            .where(
                m.MergeRecord.entity == entity,
                m.MergeRecord.merged_id == current,
                m.MergeRecord.undone_at.is_(None),
                m.MergeRecord.deleted_at.is_(None),
            )
            .order_by(m.MergeRecord.merged_at.desc())
            .limit(1)
        ).first()
        if record is None:
            break
        kept: m.Contact | m.Organisation | None = (
            session.get(m.Contact, record.kept_id)
            if entity == "contact"
            else session.get(m.Organisation, record.kept_id)
        )
        if kept is None:
            break
        if kept.deleted_at is None:
            return MergedInto(kept.id, kept.display_name(), record.merged_at, record.author, record.id)
        current = kept.id
    return None


def merge_that_removed(session: Session, entity: Entity, record_id: str) -> m.MergeRecord | None:
    """The latest merge, not undone, that merged ``record_id`` into another record."""
    return session.scalars(
        select(m.MergeRecord)
        .where(
            m.MergeRecord.entity == entity,
            m.MergeRecord.merged_id == record_id,
            m.MergeRecord.undone_at.is_(None),
            m.MergeRecord.deleted_at.is_(None),
        )
        .order_by(m.MergeRecord.merged_at.desc())
        .limit(1)
    ).first()


class MergedAwayError(NotFoundError):
    """The record asked for was merged into another one (``merged``): no longer there on its own."""

    def __init__(self, record_id: str, merged: MergedInto) -> None:
        # One fixed form in the logged English sentence; messages.localize shows it in the reader's
        # date style, in English as in Chinese.
        when = merged.merged_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if merged.author:
            text = "{id} was merged into {name} ({kept}) on {when} by {author}"
        else:
            text = "{id} was merged into {name} ({kept}) on {when}"
        super().__init__(
            text.format(
                id=record_id, name=merged.kept_name, kept=merged.kept_id, when=when, author=merged.author
            )
        )
        self.record_id = record_id
        self.merged = merged


def merged_away(session: Session, entity: Entity, record_id: str) -> MergedAwayError | None:
    """The error to raise for a record that is gone because it was merged into another, if it was."""
    merged = merged_into(session, entity, record_id)
    return MergedAwayError(record_id, merged) if merged is not None else None
