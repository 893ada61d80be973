"""A stored value in the words a person reads ("Inbound", "yes", "4 Dec 2026", "Chen Ping (陈萍)").

The change log and conflicts keep values as the file stores them or packages carry them: enum codes
("family_first"), yes/no as 1/0, dates as ISO text, times as UTC ISO text (or integer microseconds
from writers that log stored values as they are), lists as JSON text, links as record ids, an erased
record as its marker. Exact, but not what a person reads. :class:`ValueWords` says them in words for
the history, the Deleted list, the command line and the conflicts view alike. What a column holds
comes from the written-out schema (``Entity.kinds`` and ``links``): the sync commands describe
conflicts without loading the models.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from petdesk import enums, labels, vocab
from petdesk.i18n import format_currency, format_date, format_datetime, format_number, translator
from petdesk.services.schedule_time import viewer_timezone
from petdesk.stored_times import read_stored_time
from petdesk.sync.entities import by_name
from petdesk.sync.erasure import erased_kind

_BREAKS = re.compile(r"\s*\n\s*")
#: Amounts of money, each in the currency its record's ``currency`` column names: shown as money
#: ("€620,000.00"), not as a bare number (field test 16: a conflict said "620000").
MONEY_FIELDS = frozenset(
    {
        ("project", "amount"),
        ("project", "amount_approved"),
        ("project", "cofinancing"),
        ("city_need", "budget_min"),
        ("city_need", "budget_max"),
        ("finance_lead", "amount"),
    }
)
#: Ids looked up in one statement (SQLite allows 32766 variables; a history has far fewer links).
_CHUNK = 900


def local_time(value: Any, zone: dt.tzinfo | None = None) -> dt.datetime | None:
    """A stored time (UTC ISO text, or integer microseconds) in ``zone``, else this computer's zone;
    None for anything else."""
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, int):
            when = read_stored_time(value)
        elif isinstance(value, str) and value:
            when = dt.datetime.fromisoformat(value)
            when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        else:
            return None
    except (ValueError, OverflowError):
        return None
    return when.astimezone(zone)


def moment_words(
    value: Any, locale: str, zone: dt.tzinfo | None = None, *, offset: bool = False, seconds: bool = False
) -> str:
    """A stored time as local date and time ("4 Dec 2026, 17:05" / "2026年12月4日 17:05"), to the
    second if asked ("4 Dec 2026, 17:05:09"), with the zone's UTC offset if asked ("8 Mar 2027,
    15:00 (UTC+08:00)"); "" for none."""
    when = local_time(value, zone)
    if when is None:
        return "" if value is None else str(value)
    words = format_datetime(when, locale, seconds=seconds)
    return labels.bracket(words, _offset_words(when), locale) if offset else words


def _offset_words(when: dt.datetime) -> str:
    """ "UTC+08:00", as the itinerary's "Time (place)" column labels its times."""
    offset = when.utcoffset() or dt.timedelta()
    return labels.offset_text(int(offset.total_seconds() // 60))


#: Times that belong to a place: the zone column of the same record they are read in. An itinerary
#: item at 15:00 in Chengdu is 08:00 on a laptop in Stuttgart; the itinerary, the dossier and the
#: calendar file all say 15:00 (UTC+08:00), and so must a conflict about it (field test 11).
PLACE_ZONE_COLUMNS: dict[tuple[str, str], str] = {
    ("itinerary_item", "starts_at"): "timezone",
    ("itinerary_item", "ends_at"): "timezone",
    ("training_session", "starts_at"): "timezone",
    ("training_session", "ends_at"): "timezone",
    ("travel_leg", "departs_at"): "departs_timezone",
    ("travel_leg", "arrives_at"): "arrives_timezone",
}


def _zone_named(name: Any) -> dt.tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if isinstance(name, str) and name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


# -- naming records ----------------------------------------------------------------------------

#: Columns that name a record, the first group with text wins: (English, Chinese).
_LABEL_COLUMNS = (
    ("name_en", "name_zh"),
    ("name", "name_zh"),
    ("title_en", "title_zh"),
    ("subject", ""),
    ("value", ""),
    ("description_en", "description_zh"),
    ("description", ""),
    ("hotel", ""),
    ("vehicle", ""),
    ("number", ""),  # a travel leg: "LH 720", or where it starts
    ("from_place", ""),
    ("place", ""),  # an emergency sheet's entry: the city it holds for
)
_PERSON = ("family_name", "given_name", "name_order", "family_name_zh", "given_name_zh")
#: Whose Han name is their own (山田太郎 stays family first: ``names.person_chinese_name``).
_OWN_NAME = ("native_name_language", "languages")


@dataclass(frozen=True)
class RecordName:
    label: str
    deleted: bool


def record_names(cursor: Any, entity: str, ids: Iterable[str], locale: str = "en") -> dict[str, RecordName]:
    """Names of the records of ``entity`` with these ids, read in one statement; ids not in the
    file are left out. A person is named as search and the lists name them ("Chen Ping (陈萍)"),
    other records by their first naming columns: in English both languages' texts, in Chinese the
    Chinese text where there is one."""
    spec = by_name().get(entity)
    wanted = list(dict.fromkeys(ids))
    if spec is None or not wanted:
        return {}
    groups = [
        tuple(c for c in (en, zh) if c and c in spec.columns)
        for en, zh in _LABEL_COLUMNS
        if en in spec.columns
    ]
    person = (*_PERSON, *_OWN_NAME) if entity == "contact" else ()
    columns = list(dict.fromkeys([*person, *(c for g in groups for c in g)]))
    selected = "".join(f", {c}" for c in columns)
    out: dict[str, RecordName] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = cursor.execute(
            f"SELECT id, deleted_at{selected} FROM {entity} WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for row in rows:
            values = dict(zip(columns, row[2:], strict=True))
            out[row[0]] = RecordName(_name(entity, values, groups, locale) or row[0][:8], row[1] is not None)
    return out


def _name(entity: str, values: dict[str, Any], groups: list[tuple[str, ...]], locale: str) -> str:
    if entity == "contact":
        from petdesk.services.names import language_list, person_both_scripts

        family, given, order, family_zh, given_zh = (values[c] or "" for c in _PERSON)
        person = person_both_scripts(
            locale,
            family=family,
            given=given,
            order=order,
            family_zh=family_zh,
            given_zh=given_zh,
            native_name_language=values["native_name_language"] or "",
            languages=language_list(values["languages"]),
        )
        if person:
            return person
    for group in groups:
        texts = [str(values[c]).strip() for c in group if values[c] is not None and str(values[c]).strip()]
        if texts:
            # the Chinese column comes second: in Chinese its text when it has one
            return texts[-1] if locale.startswith("zh") else " ".join(dict.fromkeys(texts))
    return ""


def describe_record(cursor: Any, entity: str, row_id: str, locale: str = "en", *, whole: bool = True) -> str:
    """A short label for one record ("Chen Ping (陈萍)", "Beijing Environment Bureau"); a part of
    another record by that record ("Jia Dong (贾东) at Qingdao Bureau of Commerce"); its id's
    beginning only when it has no name or is not in the file. ``whole=False`` leaves out the record a
    part belongs to ("Dinner", not "Water delegation: Dinner"), for a list already within it (the
    record's own history)."""
    if not whole and entity in _PART_OF:
        found = record_names(cursor, entity, [row_id], locale).get(row_id)
        return found.label if found is not None else row_id[:8]
    return _describe(cursor, entity, row_id, locale) or row_id[:8]


def describe_records(cursor: Any, entity: str, ids: Iterable[str], locale: str = "en") -> dict[str, str]:
    """:func:`describe_record` of many records of one table, read in one statement per table involved
    (the records, then what they belong to or link), not several per record: an import listing the
    records that name an erased person ran one query per line (review 49, finding 4)."""
    wanted = list(dict.fromkeys(ids))
    found = _describe_many(cursor, entity, wanted, locale)
    return {row_id: found.get(row_id) or row_id[:8] for row_id in wanted}


def _describe_many(cursor: Any, entity: str, ids: list[str], locale: str) -> dict[str, str | None]:
    """:func:`_describe` of each of ``ids``, batched as :func:`describe_records` says."""
    if not ids:
        return {}
    if entity in _LINKS:
        part_column, whole_column, how = _LINKS[entity]
        links = by_name()[entity].links
        rows = _linked_many(cursor, entity, ids, [part_column, whole_column])
        parts = _describe_many(cursor, links[part_column], [r[0] for r in rows.values() if r[0]], locale)
        wholes = _describe_many(cursor, links[whole_column], [r[1] for r in rows.values() if r[1]], locale)
        _ = translator(locale)
        out: dict[str, str | None] = {}
        for row_id, (part_id, whole_id) in rows.items():
            part, whole = parts.get(part_id), wholes.get(whole_id)
            if part is None or whole is None:
                continue
            if how == "at":
                out[row_id] = _("{person} at {organisation}").format(person=part, organisation=whole)
            elif how == "for":
                out[row_id] = _("{part} for {whole}").format(part=part, whole=whole)
            else:
                out[row_id] = _("{part} in {whole}").format(part=part, whole=whole)
        return out
    if entity in ("contact_method", "project_link"):  # rare and not free text: one at a time
        return {row_id: _describe(cursor, entity, row_id, locale) for row_id in ids}
    names = record_names(cursor, entity, ids, locale)
    own = {i: n.label for i, n in names.items() if n.label != i[:8]}
    if entity not in _PART_OF:
        return dict(own)
    from petdesk.sync.labels import entity_label

    column = _PART_OF[entity]
    parents = {i: r[0] for i, r in _linked_many(cursor, entity, ids, [column]).items() if r[0]}
    wholes = _describe_many(cursor, by_name()[entity].links[column], list(parents.values()), locale)
    _ = translator(locale)
    labelled: dict[str, str | None] = {}
    for row_id in ids:
        whole = wholes.get(parents.get(row_id, ""))
        part = own.get(row_id)
        if whole is None:
            labelled[row_id] = part
        else:
            labelled[row_id] = _("{whole}: {part}").format(
                whole=whole, part=part or entity_label(entity, locale)
            )
    return labelled


def _linked_many(cursor: Any, entity: str, ids: list[str], columns: list[str]) -> dict[str, tuple[Any, ...]]:
    """:func:`_linked` of many rows: id -> the columns' values, for the rows in the file."""
    out: dict[str, tuple[Any, ...]] = {}
    names = ", ".join(columns)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in cursor.execute(f"SELECT id, {names} FROM {entity} WHERE id IN ({marks})", chunk):
            out[row[0]] = tuple(row[1:])
    return out


#: Records that belong to another and say little alone, named by it as "{whole}: {part}"
#: (a training's session "Technology options", a visit's travel leg): the column naming the whole.
_PART_OF = {
    "itinerary_item": "visit_id",
    "training_session": "training_id",
    "accommodation": "visit_id",
    "gift": "visit_id",
    "travel_leg": "visit_id",
    # "Water delegation: Chengdu", not "Emergency sheet entry “3NzVWKEI”" (field test 61)
    "emergency_entry": "visit_id",
    "vehicle": "visit_id",
    "project_milestone": "project_id",
    "project_stage_change": "project_id",
    "technology_reference": "technology_id",
}
#: Records that link two others (a person to a session): the column naming the part, the column
#: naming the whole, and how the two are said together. Field test 41, defect 1: a conflict on a
#: person's position was shown as "Affiliation “1QQuOvQy”".
_LINKS = {
    "affiliation": ("contact_id", "organisation_id", "at"),
    "attendance": ("contact_id", "session_id", "in"),
    "session_trainer": ("contact_id", "session_id", "in"),
    "training_participant": ("contact_id", "training_id", "in"),
    "visit_participant": ("contact_id", "visit_id", "in"),
    "itinerary_attendee": ("contact_id", "item_id", "in"),
    "itinerary_organisation": ("organisation_id", "item_id", "in"),
    "room_assignment": ("contact_id", "accommodation_id", "in"),
    "travel_leg_traveller": ("contact_id", "leg_id", "in"),
    "project_partner": ("organisation_id", "project_id", "in"),
    "vehicle_assignment": ("vehicle_id", "item_id", "for"),
    "vehicle_rider": ("contact_id", "assignment_id", "in"),
    "tech_match": ("technology_id", "need_id", "for"),
}


def _describe(cursor: Any, entity: str, row_id: str, locale: str) -> str | None:
    """The label of a record, None when it is not in the file (or has no name and no parent)."""
    if entity == "contact_method":
        return _contact_method_label(cursor, row_id, locale)
    if entity in _LINKS:
        return _link_label(cursor, entity, row_id, locale)
    if entity == "project_link":
        return _project_link_label(cursor, row_id, locale)
    found = record_names(cursor, entity, [row_id], locale).get(row_id)
    own = found.label if found is not None and found.label != row_id[:8] else None
    if entity not in _PART_OF:
        return own
    return _part_label(cursor, entity, row_id, own, locale) or own


def _linked(cursor: Any, entity: str, row_id: str, columns: Iterable[str]) -> tuple[Any, ...] | None:
    names = ", ".join(columns)
    row = cursor.execute(f"SELECT {names} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
    return tuple(row) if row is not None else None


def _part_label(cursor: Any, entity: str, row_id: str, own: str | None, locale: str) -> str | None:
    from petdesk.sync.labels import entity_label

    column = _PART_OF[entity]
    found = _linked(cursor, entity, row_id, [column])
    parent = by_name()[entity].links[column]
    whole = _describe(cursor, parent, found[0], locale) if found and found[0] else None
    if whole is None:
        return None
    _ = translator(locale)
    return _("{whole}: {part}").format(whole=whole, part=own or entity_label(entity, locale))


def _link_label(cursor: Any, entity: str, row_id: str, locale: str) -> str | None:
    part_column, whole_column, how = _LINKS[entity]
    found = _linked(cursor, entity, row_id, [part_column, whole_column])
    if found is None or not all(found):
        return None
    links = by_name()[entity].links
    part = _describe(cursor, links[part_column], found[0], locale)
    whole = _describe(cursor, links[whole_column], found[1], locale)
    if part is None or whole is None:
        return None
    _ = translator(locale)
    if how == "at":
        return _("{person} at {organisation}").format(person=part, organisation=whole)
    if how == "for":
        return _("{part} for {whole}").format(part=part, whole=whole)
    return _("{part} in {whole}").format(part=part, whole=whole)


def _project_link_label(cursor: Any, row_id: str, locale: str) -> str | None:
    """A project's link to a visit, a training or an activity: the project and what it links."""
    found = _linked(cursor, "project_link", row_id, ["project_id", "visit_id", "training_id", "activity_id"])
    if found is None or not found[0]:
        return None
    linked = [
        (table, id_) for table, id_ in zip(("visit", "training", "activity"), found[1:], strict=True) if id_
    ]
    project = _describe(cursor, "project", found[0], locale)
    part = _describe(cursor, *linked[0], locale) if linked else None
    if project is None or part is None:
        return None
    _ = translator(locale)
    return _("{part} in {whole}").format(part=part, whole=project)


def _contact_method_label(cursor: Any, row_id: str, locale: str) -> str | None:
    """A phone number or address is a person's: "Mobile of Li Wei (李伟)", not its own (perhaps
    overridden) value."""
    found = _linked(cursor, "contact_method", row_id, ["contact_id", "channel", "label"])
    person = _describe(cursor, "contact", found[0], locale) if found and found[0] else None
    if found is None or person is None:
        return None
    _ = translator(locale)
    return _("{channel} of {person}").format(channel=channel_words(found[1], found[2], locale), person=person)


def channel_words(channel: str, label: str, locale: str) -> str:
    """ "E-mail", or a phone's kind ("Mobile"), as the contact editor says them."""
    try:
        if channel in ("phone", "fax") and label:
            return vocab.label(enums.ChannelLabel(label), locale)
        return vocab.label(enums.ContactChannel(channel), locale)
    except ValueError:
        return channel


# -- values ------------------------------------------------------------------------------------


def _translated_code(entity: str, field: str, code: str, locale: str) -> str:
    """A code stored as plain text (not an enum) in words; an unknown code as it is."""
    if field in ("languages", "native_name_language"):
        return labels.language_name(code, locale)
    if field in ("technology_areas", "sector"):
        return vocab.technology_area_label(code, locale)
    if field == "country":
        return labels.country_name(code, locale)
    if field == "gender":
        return labels.code_label(labels.GENDERS, labels.gender_code(code), locale)
    if (entity, field) == ("travel_leg", "mode"):
        return labels.code_label(labels.TRAVEL_MODES, code, locale)
    if (entity, field) == ("training_participant", "attendance_mode"):
        return labels.code_label(labels.ATTENDANCE_MODES, code, locale)
    if (entity, field) == ("gift", "direction"):
        return labels.code_label(labels.GIFT_DIRECTIONS, code, locale)
    if (entity, field) == ("project_stage_change", "previous_stage"):
        return _enum_label("ProjectStatus", code, locale) or code
    return code


def _enum_label(kind: str, code: Any, locale: str) -> str | None:
    """The label of ``code`` in the enum named ``kind`` (``petdesk.enums``); None when it is none
    of its values (a newer office's)."""
    cls = getattr(enums, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
        return None
    try:
        return vocab.label(cls(code), locale)
    except ValueError:
        return None


def _items(value: Any) -> list[Any] | None:
    """A list value (JSON text as stored, or a decoded list) as its items; None if it is not one."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        return items if isinstance(items, list) else None
    return None


def _item_text(item: Any) -> str:
    if isinstance(item, dict):  # an address or a related name: its parts, in order
        return " ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


class ValueWords:
    """Stored values of one database described in one language: ``words(table, field, value)``.

    Give :meth:`prepare` every value before describing many (a history of hundreds of changes): the
    linked records are then named in one statement per table, not one per value.
    ``quote`` puts free text in quotation marks (a conflict's “yes” is not its yes) and ``width``
    cuts long texts; ``zone`` is where times are shown (this computer's zone by default).

    A time of a record that has a place (an itinerary item, a session, a flight's departure) is shown
    in the place's zone with its offset when the record's id is given. Given ``home`` (the office's
    zone), other times carry the viewer's offset when the viewer is in another zone."""

    def __init__(
        self,
        cursor: Any,
        locale: str,
        *,
        quote: bool = False,
        width: int | None = None,
        zone: dt.tzinfo | None = None,
        home: str | None = None,
    ) -> None:
        self.cursor, self.locale, self.quote, self.width, self.zone = cursor, locale, quote, width, zone
        self.home = _zone_named(home)
        self._ = translator(locale)
        #: (table, id) -> the record's name; None for an id not in the file.
        self._names: dict[tuple[str, str], RecordName | None] = {}
        #: (table, zone column, id) -> the record's zone; None when it has none or is not in the file.
        self._places: dict[tuple[str, str, str], dt.tzinfo | None] = {}
        #: (table, id) -> the record's currency code; "" when it is not in the file.
        self._currencies: dict[tuple[str, str], str] = {}

    def prepare(self, values: Iterable[tuple[str, str, Any]]) -> None:
        """Name the records linked from these (table, field, value) in one statement per table."""
        wanted: dict[str, set[str]] = {}
        for entity, field, value in values:
            spec = by_name().get(entity)
            target = spec.links.get(field) if spec is not None else None
            if target and isinstance(value, str) and value and (target, value) not in self._names:
                wanted.setdefault(target, set()).add(value)
        for target, ids in wanted.items():
            found = record_names(self.cursor, target, ids, self.locale)
            self._names.update({(target, i): found.get(i) for i in ids})

    def __call__(self, entity: str, field: str, value: Any, row_id: str | None = None) -> str:
        """``value`` of ``field`` in words; ``row_id`` is the record's, for a time of a place."""
        _ = self._
        erased = erased_kind(value)
        if erased is not None:
            return _("an erased person") if erased == "contact" else _("an erased record")
        if field == "deleted_at":
            when = local_time(value, self.zone)
            if when is None:
                return _("not deleted")
            return _("deleted on {date}").format(date=format_date(when.date(), self.locale))
        if value is None or value == "" or value == [] or value == "[]":
            return _("(empty)")
        if (entity, field) == ("travel_leg", "source_uid") and isinstance(value, str):
            # the import's mark of a leg a calendar file cancelled, said in words (review 63)
            from petdesk.services.ical_journeys import CANCELLED_MARK

            if value.endswith(CANCELLED_MARK):
                uid = self._text(value.removesuffix(CANCELLED_MARK))
                return _("{uid} (cancelled in a calendar file)").format(uid=uid)
        spec = by_name().get(entity)
        if spec is None:
            return self._text(value)
        if field in spec.time_columns:
            return self._moment(entity, field, value, row_id) or self._text(value)
        target = spec.links.get(field)
        if target is not None and isinstance(value, str):
            return self._linked(target, value)
        kind = spec.kinds.get(field, "")
        if kind == "bool" and value in (0, 1):  # True and False are 1 and 0
            return _("yes") if value else _("no")
        if kind == "date" and isinstance(value, str):
            try:
                return format_date(dt.date.fromisoformat(value[:10]), self.locale)
            except ValueError:
                return self._text(value)
        if field == "position" and isinstance(value, int) and not isinstance(value, bool):
            return _("number {n}").format(n=value + 1)
        if (
            (entity, field) in MONEY_FIELDS
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        ):
            return self._money(entity, float(value), row_id)
        if isinstance(value, float):  # amounts (numeric columns are logged as floats): 1,200,000
            return format_number(value, self.locale)
        items = _items(value)
        if items is not None:
            words = [_translated_code(entity, field, _item_text(i), self.locale) for i in items]
            return self._text(labels.join_like(words, self.locale))
        if kind and kind not in ("bool", "date", "list"):
            label = _enum_label(kind, value, self.locale)
            if label is not None:
                return label
        if isinstance(value, str):
            shown = _translated_code(entity, field, value, self.locale)
            return shown if shown != value else self._text(value)
        if isinstance(value, int) and not isinstance(value, bool):
            # A count (a vehicle's seats) is a number, not quoted text: 7, 1,200.
            return format_number(value, self.locale)
        return self._text(value)

    def _moment(self, entity: str, field: str, value: Any, row_id: str | None) -> str:
        """A time in its place's zone with the offset; else in the viewer's, with the offset when
        that is not the office's (or the time should have had a place but its record is gone)."""
        column = PLACE_ZONE_COLUMNS.get((entity, field))
        place = self._place_zone(entity, column, row_id) if column and row_id else None
        if place is not None:
            return moment_words(value, self.locale, place, offset=True)
        return self.moment(value, offset=bool(column))

    def moment(self, value: Any, *, offset: bool = False) -> str:
        """A time without a place (when an edit was made, when a conflict was settled) in the
        viewer's zone, with its offset when that is not the office's zone or ``offset`` asks."""
        viewer = self.zone or viewer_timezone()
        when = local_time(value, viewer)
        home = self.home
        away = when is not None and home is not None and when.utcoffset() != when.astimezone(home).utcoffset()
        return moment_words(value, self.locale, viewer, offset=offset or away)

    def _money(self, entity: str, value: float, row_id: str | None) -> str:
        """An amount in its record's currency ("€620,000.00" / "CNY 4,600,000.00"); a bare number
        when the record (and so its currency) is not known. Exact, not in 万 as reports write it
        (:func:`petdesk.i18n.format_money`): a change of ten yuan must not read "460万元 → 460万元"."""
        currency = self._currency(entity, row_id) if row_id else ""
        return (
            format_currency(value, currency, self.locale) if currency else format_number(value, self.locale)
        )

    def _currency(self, entity: str, row_id: str) -> str:
        key = (entity, row_id)
        if key not in self._currencies:
            found = self.cursor.execute(f"SELECT currency FROM {entity} WHERE id = ?", (row_id,)).fetchone()
            code = str(found[0] or "").strip().upper() if found else ""
            self._currencies[key] = code if len(code) == 3 and code.isalpha() else ""
        return self._currencies[key]

    def _place_zone(self, entity: str, column: str, row_id: str) -> dt.tzinfo | None:
        key = (entity, column, row_id)
        if key not in self._places:
            found = self.cursor.execute(f"SELECT {column} FROM {entity} WHERE id = ?", (row_id,)).fetchone()
            self._places[key] = _zone_named(found[0]) if found else None
        return self._places[key]

    def _linked(self, table: str, row_id: str) -> str:
        if (table, row_id) not in self._names:
            found = record_names(self.cursor, table, [row_id], self.locale)
            self._names[(table, row_id)] = found.get(row_id)
        name = self._names[(table, row_id)]
        if name is None:
            return self._("a record not in this database")
        text = self._text(name.label)
        # TRANSLATORS: after a record's name, as the history's title says it.
        return text + self._(" (deleted)") if name.deleted else text

    def _text(self, value: Any) -> str:
        """Free text on one line (" / " where it broke), cut to ``width``, quoted if asked."""
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        text = _BREAKS.sub(" / ", text.strip())
        if self.width is not None and len(text) > self.width:
            text = text[: self.width - 1] + "…"
        return f"“{text}”" if self.quote else text
