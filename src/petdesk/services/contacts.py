"""Contacts (people): create, edit, soft-delete with undo, tags, job history and the detail view.

The search index follows every write by itself (see ``petdesk.services.search``), so nothing here
touches it. Deleting is a soft delete (the tombstone travels to other offices); ``restore_contacts``
is the undo.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.chinese_names import chinese_name_as_stored
from petdesk.i18n import N_
from petdesk.models.enums import AttendanceStatus, ChannelLabel, ContactChannel, NameOrder
from petdesk.models.types import utcnow
from petdesk.services import contact_bulk_delete, housekeeping, names, names_indic, newer_values, photos
from petdesk.services.japanese_surnames import has_japanese_sign
from petdesk.services.matching import (
    PHONE_CHANNELS,
    half_width_latin,
    half_width_phone,
    method_key,
    normalize_email,
)
from petdesk.services.names_by_script import has_kana, has_native_script, language_of
from petdesk.services.partial_dates import ambiguous_readings, normalize_typed_date
from petdesk.services.validation import (
    Issue,
    NotFoundError,
    ValidationError,
    date_order_issue,
    email_problem,
    phone_problem,
)

#: Fields of a contact that ``create_contact``/``update_contact`` accept as keywords.
FIELDS = (
    "family_name",
    "given_name",
    "name_order",
    "name_order_chosen",
    "family_name_zh",
    "given_name_zh",
    "honorific_en",
    "honorific_zh",
    "gender",
    "languages",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "notes",
    "tags",
    "source",
    "middle_name",
    "name_suffix",
    "nickname",
    "phonetic_family_name",
    "phonetic_given_name",
    "native_name_language",
    "birthday",
    "anniversary",
    "websites",
    "addresses",
    "related_names",
    "other_handles",
    "photo",
    "name_hanja",
    "nationality",
    "passport_number",
    "passport_expiry",
    "visa_note",
    "do_not_contact",
)
_LIST_FIELDS = {"languages", "tags", "websites"}
#: Fields written in Latin script: full-width letters from a Chinese input method ("Ｘｉａｏｍｉｎｇ")
#: are stored as ASCII (``matching.half_width_latin``); Chinese-script fields stay as typed.
LATIN_FIELDS = (
    "family_name",
    "given_name",
    "middle_name",
    "name_suffix",
    "honorific_en",
    "phonetic_family_name",
    "phonetic_given_name",
)
#: Lists of small dicts (issue 13): field -> (the key that says which kind, the keys of the value).
STRUCTURED_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "addresses": (
        "label",
        ("street", "city", "region", "postcode", "country", "po_box", "extended", "formatted", "language"),
    ),
    "related_names": ("type", ("name",)),
    "other_handles": ("service", ("handle",)),
}
#: Longest part of an address, related name or handle; the whole list at most this many entries.
_MAX_PART, _MAX_ENTRIES = 300, 50
#: A stored photo is a thumbnail (``photos.MAX_SIDE``); far below this.
_MAX_PHOTO = 500_000
#: Dates that may lack the year ("--03-15").
_DATE_FIELDS = ("birthday", "anniversary")
_MAX_LENGTH = {
    "middle_name": 100,
    "name_suffix": 50,
    "nickname": 100,
    "phonetic_family_name": 100,
    "phonetic_given_name": 100,
    "family_name": 100,
    "given_name": 100,
    "family_name_zh": 50,
    "given_name_zh": 50,
    "honorific_en": 50,
    "honorific_zh": 50,
    "gender": 10,
    "source": 200,
    "passport_number": 50,
}


@dataclass(frozen=True)
class Method:
    """An e-mail address, phone number or messaging ID as entered."""

    channel: ContactChannel | str
    value: str
    label: ChannelLabel | str = ChannelLabel.WORK


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, without empties or repeats, in the order given."""
    return list(dict.fromkeys(t.strip() for t in tags if t and t.strip()))


#: What separates tags typed in one box: commas, the Chinese enumeration comma 、, semicolons
#: (ASCII and full-width) and line breaks, as a city's needs split (field test 54, defect 5).
_TAG_SEPARATORS = re.compile(r"[,，、;；\n]")


def split_tags(text: str) -> list[str]:
    """ "媒体、嘉宾，青岛；　重点" -> four tags, trimmed (the ideographic space too)."""
    return clean_tags(_TAG_SEPARATORS.split(text))


def join_tags(tags: Iterable[str], locale: str) -> str:
    """Tags as an editor shows them again, with the list separator of the reader's language:
    "、" in Chinese (the enumeration comma between the items of a list; "，" separates clauses),
    ", " otherwise. :func:`split_tags` reads either back."""
    return ("、" if locale.startswith("zh") else ", ").join(tags)


# -- validation -------------------------------------------------------------------------------


def validate_contact(
    values: Mapping[str, Any], methods: Sequence[Method] | None = None, *, stored_birthday: str = ""
) -> list[Issue]:
    """Every problem with these contact fields and methods (empty list when they can be saved).

    ``stored_birthday`` is the birthday already saved: kept as it is, a future one is not refused
    (an old record must stay editable; the editor shows the warning instead)."""
    issues: list[Issue] = []
    get = lambda key: str(values.get(key) or "").strip()  # noqa: E731
    if not (get("family_name") or get("given_name") or get("family_name_zh") or get("given_name_zh")):
        issues.append(
            Issue("family_name", N_("Enter a name: a family or given name, in Latin or Chinese script."))
        )
    for key in ("family_name_zh", "given_name_zh"):
        # Japanese and Korean names (kana, hangul) live in these fields too (issue 13), and a Hindi
        # one beside the English name (the importer keeps it there): refusing it made every Indian
        # partner with one impossible to edit (field test 113).
        native = chinese_name_as_stored(get(key))
        indic = names_indic.is_indic_name(native)  # a Hindi name beside the English one
        if native and not (names.is_chinese_name(native) or _is_native_name(native) or indic):
            issues.append(
                Issue(
                    key,
                    N_("The Chinese name “{value}” may only contain Chinese characters."),
                    {"value": native},
                )
            )
    for key in ("family_name", "given_name"):
        if get(key) and names.has_cjk(get(key)):
            issues.append(
                Issue(
                    key,
                    N_(
                        "“{value}” is in Chinese characters; put it in the Chinese name fields "
                        "and the Latin spelling here."
                    ),
                    {"value": get(key)},
                )
            )
    for key in _DATE_FIELDS:
        if readings := ambiguous_readings(get(key)):
            issues.append(
                Issue(
                    key,
                    N_(
                        "“{value}” could be {day_first} or {month_first}: write the year first, as {example}."
                    ),
                    {
                        "value": get(key),
                        "day_first": readings[0],
                        "month_first": readings[1],
                        "example": readings[0],
                    },
                )
            )
        elif get(key) and not normalize_typed_date(get(key)):
            issues.append(
                Issue(
                    key,
                    N_("“{value}” is not a date: write 1980-03-15, or --03-15 without the year."),
                    {"value": get(key)},
                )
            )
    issues.extend(_travel_document_issues(get))
    if normalize_typed_date(get("birthday")) != stored_birthday and (
        issue := future_birthday(get("birthday"))
    ):
        issues.append(issue)
    for key, limit in _MAX_LENGTH.items():
        if len(get(key)) > limit:
            issues.append(
                Issue(key, N_("This field is limited to {limit} characters."), {"limit": str(limit)})
            )
    if values.get("name_order") not in (None, ""):
        try:
            NameOrder(values["name_order"])
        except ValueError:
            issues.append(
                Issue("name_order", N_("Unknown name order “{value}”."), {"value": str(values["name_order"])})
            )
    for key in STRUCTURED_FIELDS:
        issues.extend(_structured_issues(key, values.get(key)))
    photo = values.get("photo")
    if photo and (not isinstance(photo, str) or len(photo) > _MAX_PHOTO or not photos.is_stored_form(photo)):
        issues.append(Issue("photo", N_("The photo is not a picture petdesk can keep.")))
    for index, method in enumerate(methods or ()):
        issues.extend(_method_issues(method, index))
    return issues


def _travel_document_issues(get: Callable[[str], str]) -> list[Issue]:
    """A nationality must name a country (a code or its English or Chinese name) and a passport's
    expiry be a whole date: a registration list or a visa form takes nothing less."""
    from petdesk import labels

    issues = []
    if labels.country_code(get("nationality")) is None:
        issues.append(
            Issue(
                "nationality",
                N_("“{value}” is not a country petdesk knows (e.g. Germany, DE)."),
                {"value": get("nationality")},
            )
        )
    expiry = get("passport_expiry")
    if expiry and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", normalize_typed_date(expiry) or ""):
        issues.append(
            Issue(
                "passport_expiry",
                N_("“{value}” is not a whole date: write the passport's expiry as 2030-03-15."),
                {"value": expiry},
            )
        )
    return issues


def future_birthday(typed: str) -> Issue | None:
    """A birthday after today is a slip (the next birthday typed, a wrong year): say so."""
    stored = normalize_typed_date(typed)
    if not stored[:1].isdigit() or dt.date.fromisoformat(stored) <= dt.date.today():
        return None
    return Issue(
        "birthday",
        N_(
            "The birthday {value} is in the future: enter the year of birth, or {no_year} if it is not known."
        ),
        {"value": typed, "no_year": "--" + stored[5:]},
    )


def _structured_issues(key: str, entries: Any) -> list[Issue]:
    """Addresses, related names and handles: a list of dicts of short texts with known keys."""
    if entries is None:
        return []
    if not isinstance(entries, (list, tuple)) or len(entries) > _MAX_ENTRIES:
        return [
            Issue(key, N_("At most {limit} entries, each with its own fields."), {"limit": str(_MAX_ENTRIES)})
        ]
    kind_key, parts = STRUCTURED_FIELDS[key]
    for entry in entries:
        if not isinstance(entry, Mapping) or set(entry) - {kind_key, *parts}:
            return [
                Issue(
                    key,
                    N_("At most {limit} entries, each with its own fields."),
                    {"limit": str(_MAX_ENTRIES)},
                )
            ]
        if any(not isinstance(v, str) or len(v) > _MAX_PART for v in entry.values()):
            return [Issue(key, N_("This field is limited to {limit} characters."), {"limit": str(_MAX_PART)})]
    return []


def _method_issues(method: Method, index: int) -> list[Issue]:
    key = f"methods[{index}]"
    # An e-mail is read as stored (full-width folded); a phone is named as typed if refused.
    value = _stored_value(method) if method.channel == ContactChannel.EMAIL else method.value.strip()
    try:
        channel = ContactChannel(method.channel)
    except ValueError:
        return [Issue(key, N_("Unknown kind of contact detail “{value}”."), {"value": str(method.channel)})]
    try:
        ChannelLabel(method.label)
    except ValueError:
        return [Issue(key, N_("Unknown label “{value}”."), {"value": str(method.label)})]
    if not value:
        return [Issue(key, N_("The {channel} field is empty."), {"channel": channel})]
    if channel == ContactChannel.EMAIL and (problem := email_problem(value)):
        return [Issue(key, problem, {"value": value})]
    if channel in PHONE_CHANNELS:
        if problem := phone_problem(value):
            digits = str(sum(ch.isdigit() for ch in value))
            return [Issue(key, problem, {"value": value, "digits": digits})]
    elif channel != ContactChannel.EMAIL and any(ch.isspace() for ch in value):
        return [
            Issue(
                key,
                N_("A {channel} ID has no spaces: “{value}”."),
                {"channel": channel, "value": value},
            )
        ]
    return []


#: Hyphens Xinhua's transliterations keep inside a double given name (卡尔-海因茨), as keyboards and
#: input methods type them: ASCII, full-width and the Unicode hyphen.
_NAME_HYPHENS = "-－‐"


def _is_native_name(text: str) -> bool:
    """Native script with middle dots and spaces; a hyphen only between two parts (卡尔-海因茨).
    々 and 〆 (佐々木, 〆木) mark a Japanese name, as the import reads them (``language_of``): the
    editor refused them, so a Japanese name stored before the tidy could not be saved (names63)."""
    parts = re.split(f"[{_NAME_HYPHENS}]", text)
    return all(
        p.strip() and all(has_native_script(ch) or has_japanese_sign(ch) or ch in "·・ " for ch in p)
        for p in parts
    )


def _clean_entries(key: str, entries: Any) -> list[dict[str, str]]:
    """Trimmed entries without empty parts; entries with nothing but their kind are left out."""
    kind_key, parts = STRUCTURED_FIELDS[key]
    out: list[dict[str, str]] = []
    for entry in entries or []:
        values = {p: entry[p].strip() for p in parts if (entry.get(p) or "").strip()}
        if not values:
            continue
        cleaned = {kind_key: (entry.get(kind_key) or "").strip() or "other", **values}
        if cleaned not in out:
            out.append(cleaned)
    return out


def _coerce(key: str, value: Any) -> Any:
    if key in STRUCTURED_FIELDS:
        return _clean_entries(key, value)
    if key in _DATE_FIELDS:
        return normalize_typed_date(value or "") if value else ""
    if key in ("family_name_zh", "given_name_zh") and isinstance(value, str):
        return chinese_name_as_stored(value)
    if key in LATIN_FIELDS and isinstance(value, str):
        return half_width_latin(value).strip()
    if key == "websites":
        typed = re.split(r"[\s,;]+", half_width_latin(value)) if isinstance(value, str) else value or []
        return [v.strip() for v in map(half_width_latin, typed) if v.strip()]
    if key in _LIST_FIELDS:
        return split_tags(value) if isinstance(value, str) else clean_tags(value or [])
    if key == "name_order":
        return NameOrder(value) if value else NameOrder.GIVEN_FIRST
    if key == "name_order_chosen":
        return bool(value)
    if key == "do_not_contact":  # "no" typed on a command line is not a yes
        return value.strip().lower() in ("1", "yes", "true", "on") if isinstance(value, str) else bool(value)
    if key == "nationality":
        from petdesk import labels

        return labels.country_code(value or "") or ""
    if key == "passport_expiry":
        return normalize_typed_date(value or "") if value else ""
    if key == "passport_number" and isinstance(value, str):
        return half_width_latin(value).strip().upper()
    return (value or "").strip() if isinstance(value, str) or value is None else value


# -- create / update / delete -----------------------------------------------------------------


def get_contact(session: Session, contact_id: str, *, include_deleted: bool = False) -> m.Contact:
    contact = session.get(m.Contact, contact_id)
    if contact is None or (contact.deleted_at is not None and not include_deleted):
        from petdesk.services.merge import merged_away  # merge builds on this module

        raise merged_away(session, "contact", contact_id) or NotFoundError(f"no contact with id {contact_id}")
    return contact


def create_contact(
    session: Session,
    *,
    methods: Sequence[Method] = (),
    organisation_id: str | None = None,
    position_en: str = "",
    position_zh: str = "",
    start_date: dt.date | None = None,
    **values: Any,
) -> m.Contact:
    """A new contact, optionally with e-mails/phones and a current position at an organisation."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {', '.join(sorted(unknown))}")
    issues = validate_contact(values, methods)
    if organisation_id:
        issues.extend(_organisation_issue(session, organisation_id))
    if issues:
        raise ValidationError(issues)
    contact = m.Contact(**{k: _coerce(k, v) for k, v in values.items()})
    _settle_name_order(contact)
    _settle_native_language(contact)
    if not contact.source:
        contact.source = "manual"
    session.add(contact)
    session.flush()
    _replace_methods(session, contact, methods)
    if organisation_id:
        add_affiliation(
            session,
            contact.id,
            organisation_id,
            position_en=position_en,
            position_zh=position_zh,
            start_date=start_date,
        )
    session.flush()
    return contact


def update_contact(
    session: Session, contact_id: str, *, methods: Sequence[Method] | None = None, **values: Any
) -> m.Contact:
    """Change the given fields (others stay); ``methods`` replaces all e-mails/phones when given."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {', '.join(sorted(unknown))}")
    contact = get_contact(session, contact_id)
    if issues := update_issues(contact, values, methods):
        raise ValidationError(issues)
    for key, value in values.items():
        new = _coerce(key, value)
        if getattr(contact, key) != new:
            setattr(contact, key, new)
    _settle_name_order(contact)
    _settle_native_language(contact)
    if methods is not None:
        _replace_methods(session, contact, methods)
    contact.updated_at = utcnow()
    session.flush()
    return contact


def _settle_name_order(contact: m.Contact) -> None:
    """A name in Chinese characters only is stored family name first (``names.name_order_of``):
    the editor then offers that order when a Latin spelling is added, and exports say it. So is a
    Vietnamese name, its middle name kept as the start of the given name (``vietnamese_given_name``)."""
    given, middle = names.vietnamese_given_name(
        contact.family_name or "", contact.given_name or "", contact.middle_name or ""
    )
    if (given, middle) != (contact.given_name or "", contact.middle_name or ""):
        contact.given_name, contact.middle_name = given, middle
    order = NameOrder(
        names.name_order_of(
            contact.name_order,
            family=contact.family_name or "",
            given=contact.given_name or "",
            family_zh=contact.family_name_zh or "",
            given_zh=contact.given_name_zh or "",
            chosen=bool(contact.name_order_chosen),
        )
    )
    if contact.name_order != order:
        contact.name_order = order


def _settle_native_language(contact: m.Contact) -> None:
    """A native name in Hangul is Korean and one with kana Japanese, as the import says: typed in the
    editor it was left "" (Chinese), so exports tagged 박지훈 zh-Hans. Han characters alone keep the
    language they have (山田太郎 may be Japanese), unless a kana reading says Japanese, as it does
    for the importers (field test 56: 佐藤浩 read さとう was printed 浩·佐藤)."""
    native = (contact.family_name_zh or "") + (contact.given_name_zh or "")
    if native:
        reading = (contact.phonetic_family_name or "") + (contact.phonetic_given_name or "")
        hint = "ja" if has_kana(reading) else contact.native_name_language or ""
        language = language_of(native, hint)
        if names_indic.is_indic_name(native):
            # A Hindi (or Marathi ...) name kept beside the English one is not Chinese: the save of
            # any edit made its language "" (Chinese), field test 113. The stored language stays
            # (Marathi is Devanagari too) unless it is a CJK one.
            kept = contact.native_name_language or ""
            language = (
                kept
                if kept and not kept.startswith(("zh", "ja", "ko"))
                else names_indic.indic_language(native)
            )
        if language != (contact.native_name_language or ""):
            contact.native_name_language = language


def update_issues(
    contact: m.Contact, values: Mapping[str, Any], methods: Sequence[Method] | None
) -> list[Issue]:
    """Every problem :func:`update_contact` would refuse these changes for (empty: none)."""
    # The stored lists are checked only when they are being replaced.
    merged = {
        key: getattr(contact, key) for key in FIELDS if key not in (*STRUCTURED_FIELDS, "photo")
    } | dict(values)
    return validate_contact(merged, methods, stored_birthday=contact.birthday or "")


def _stored_value(method: Method) -> str:
    value = method.value.strip()
    if method.channel == ContactChannel.EMAIL:
        return half_width_latin(value).strip()  # "ｓｉｍａ＠ｅｘａｍｐｌｅ．ｃｏｍ" from an input method
    return half_width_phone(value) if method.channel in PHONE_CHANNELS else value


def _replace_methods(session: Session, contact: m.Contact, methods: Sequence[Method]) -> None:
    """Keep rows whose channel and value are unchanged (their ids travel to other offices)."""
    live = [cm for cm in contact.methods if cm.deleted_at is None]
    wanted = [(ContactChannel(x.channel), _stored_value(x), ChannelLabel(x.label)) for x in methods]
    unused = list(live)
    for position, (channel, value, label) in enumerate(wanted):
        match = next((cm for cm in unused if cm.channel == channel and cm.value == value), None)
        if match is not None:
            unused.remove(match)
            if (match.label, match.position) != (label, position):
                match.label, match.position = label, position
            continue
        session.add(
            m.ContactMethod(
                contact_id=contact.id,
                channel=channel,
                label=label,
                value=value,
                normalized=method_key(channel, value),
                position=position,
            )
        )
    for cm in unused:
        cm.soft_delete()
    session.flush()
    session.expire(contact, ["methods"])


def live_methods(session: Session, contact_id: str) -> list[m.ContactMethod]:
    return list(
        session.scalars(
            select(m.ContactMethod)
            .where(m.ContactMethod.contact_id == contact_id, m.ContactMethod.deleted_at.is_(None))
            .order_by(m.ContactMethod.position)
        )
    )


#: Contacts deleted or restored per flush when the caller watches the progress: a bulk delete of 350
#: took 1.4–2.6 s in the window with nothing moving (field test 69). At least this many; a larger
#: selection takes about 1 % of itself per chunk (:func:`progress_chunk`).
PROGRESS_CHUNK = 50
#: The largest chunk: each still shows the bar moving within a second or so at a hub's scale.
PROGRESS_CHUNK_MAX = 2000


def progress_chunk(total: int) -> int:
    """Contacts per chunk for a watched delete or restore of ``total``: about 1 % of them, so the
    bar still moves a hundred times, while each chunk's fixed cost (statements, the search index's
    queue) is paid less often (issue 17: chunks of 50 cost 2.35 s CPU for 7,280 where chunks of 500
    cost 1.75 s)."""
    return min(max(total // 100, PROGRESS_CHUNK), PROGRESS_CHUNK_MAX)


def delete_contacts(
    session: Session,
    contact_ids: Iterable[str],
    progress: Callable[[int, int], None] | None = None,
    *,
    untouched_years: int | None = None,
) -> list[str]:
    """Soft-delete these contacts; returns the ids actually deleted (pass them to ``restore_contacts``).
    ``progress`` gets ``(done, total)`` ids as each chunk is flushed. The office's housekeeping log
    says so, with the "Untouched for" years they were chosen with, if any."""
    ids = list(dict.fromkeys(contact_ids))
    done: list[str] = []
    now = utcnow()
    for start, chunk in _chunks(ids, progress):
        if progress is not None:
            progress(start, len(ids))
        deleted = contact_bulk_delete.delete_chunk(session, chunk, now)
        done += deleted
    if progress is not None:
        progress(len(ids), len(ids))
    housekeeping.record(session, "delete", "contact", len(done), untouched_years=untouched_years)
    return done


def restore_contacts(
    session: Session, contact_ids: Iterable[str], progress: Callable[[int, int], None] | None = None
) -> list[str]:
    """Undo a delete: the contacts come back with their methods, affiliations and history.
    ``progress`` as for :func:`delete_contacts`."""
    ids = list(dict.fromkeys(contact_ids))
    done: list[str] = []
    now = utcnow()
    for start, chunk in _chunks(ids, progress):
        if progress is not None:
            progress(start, len(ids))
        done += contact_bulk_delete.restore_chunk(session, chunk, now)
    if progress is not None:
        progress(len(ids), len(ids))
    housekeeping.record(session, "restore", "contact", len(done))
    return done


def _chunks(ids: list[str], progress: object) -> Iterator[tuple[int, list[str]]]:
    """``ids`` in one piece (as before), or in chunks of :func:`progress_chunk` when progress is
    watched, each with the count before it."""
    size = progress_chunk(len(ids)) if progress is not None else max(len(ids), 1)
    for start in range(0, len(ids), size):
        yield start, ids[start : start + size]


_Tagged = TypeVar("_Tagged", m.Contact, m.Organisation)


def _retag(
    session: Session,
    model: type[_Tagged],
    ids: Iterable[str],
    add: Iterable[str],
    remove: Iterable[str],
) -> int:
    from petdesk.services import tagging

    kind = "organisation" if model is m.Organisation else "contact"
    return tagging.retag(session, kind, ids=list(ids), add=add, remove=remove)


def add_tags(session: Session, contact_ids: Iterable[str], tags: Iterable[str]) -> int:
    """Tag these contacts; returns how many changed."""
    return _retag(session, m.Contact, contact_ids, tags, ())


def remove_tags(session: Session, contact_ids: Iterable[str], tags: Iterable[str]) -> int:
    """Untag these contacts (case-insensitively); returns how many changed."""
    return _retag(session, m.Contact, contact_ids, (), tags)


def all_tags(session: Session) -> list[str]:
    """Every tag in use on live contacts and organisations, for completion."""
    # In SQL (json_each): decoding every row's JSON in Python held the interpreter lock for
    # seconds on 100,000 contacts, which froze the window while a list page read its filters.
    rows = session.execute(
        text(
            "SELECT j.value FROM contact, json_each(contact.tags) AS j "
            "WHERE contact.deleted_at IS NULL AND contact.tags != '[]' "
            "UNION SELECT j.value FROM organisation, json_each(organisation.tags) AS j "
            "WHERE organisation.deleted_at IS NULL AND organisation.tags != '[]'"
        )
    )
    return sorted({str(tag) for (tag,) in rows}, key=str.casefold)


# -- affiliations -----------------------------------------------------------------------------


def _organisation_issue(session: Session, organisation_id: str) -> list[Issue]:
    org = session.get(m.Organisation, organisation_id)
    if org is None or org.deleted_at is not None:
        return [Issue("organisation_id", N_("Choose an existing organisation."))]
    return []


def add_affiliation(
    session: Session,
    contact_id: str,
    organisation_id: str,
    *,
    position_en: str = "",
    position_zh: str = "",
    department_en: str = "",
    department_zh: str = "",
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    is_primary: bool = True,
) -> m.Affiliation:
    """Record a position of a contact at an organisation (current while ``end_date`` is None)."""
    get_contact(session, contact_id)
    issues = _organisation_issue(session, organisation_id)
    if problem := date_order_issue(start_date, end_date, "end_date"):
        issues.append(problem)
    if issues:
        raise ValidationError(issues)
    if is_primary and end_date is None:
        for other in current_affiliations(session, contact_id):
            if other.is_primary:
                other.is_primary = False
    affiliation = m.Affiliation(
        contact_id=contact_id,
        organisation_id=organisation_id,
        position_en=position_en.strip(),
        position_zh=position_zh.strip(),
        department_en=department_en.strip(),
        department_zh=department_zh.strip(),
        start_date=start_date,
        end_date=end_date,
        is_primary=is_primary,
    )
    session.add(affiliation)
    session.flush()
    return affiliation


def current_affiliations(session: Session, contact_id: str) -> list[m.Affiliation]:
    return list(
        session.scalars(
            select(m.Affiliation).where(
                m.Affiliation.contact_id == contact_id,
                m.Affiliation.deleted_at.is_(None),
                m.Affiliation.end_date.is_(None),
            )
        )
    )


def end_affiliation(session: Session, affiliation_id: str, end_date: dt.date | None = None) -> m.Affiliation:
    """Close a position; it stays in the person's history."""
    affiliation = session.get(m.Affiliation, affiliation_id)
    if affiliation is None or affiliation.deleted_at is not None:
        raise NotFoundError(f"no affiliation with id {affiliation_id}")
    end_date = end_date or dt.date.today()
    if problem := date_order_issue(affiliation.start_date, end_date, "end_date"):
        raise ValidationError([problem])
    affiliation.end_date = end_date
    affiliation.is_primary = False
    session.flush()
    return affiliation


def change_job(
    session: Session,
    contact_id: str,
    organisation_id: str,
    *,
    on_date: dt.date | None = None,
    position_en: str = "",
    position_zh: str = "",
    department_en: str = "",
    department_zh: str = "",
) -> m.Affiliation:
    """The person moved: end every current position on ``on_date`` and start the new one then."""
    on_date = on_date or dt.date.today()
    for current in current_affiliations(session, contact_id):
        if current.start_date and current.start_date > on_date:
            raise ValidationError(
                [
                    Issue(
                        "start_date",
                        N_("The new position starts on {date}, before the current one began ({start})."),
                        {"date": on_date.isoformat(), "start": current.start_date.isoformat()},
                    )
                ]
            )
        current.end_date = on_date
        current.is_primary = False
    return add_affiliation(
        session,
        contact_id,
        organisation_id,
        position_en=position_en,
        position_zh=position_zh,
        department_en=department_en,
        department_zh=department_zh,
        start_date=on_date,
    )


# -- detail view ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AffiliationView:
    id: str
    organisation_id: str
    organisation_en: str
    organisation_zh: str
    position_en: str
    position_zh: str
    department_en: str
    department_zh: str
    start_date: dt.date | None
    end_date: dt.date | None
    is_primary: bool

    @property
    def is_current(self) -> bool:
        return self.end_date is None

    def organisation(self, language: str) -> str:
        return names.organisation_display_name(
            language, name_en=self.organisation_en, name_zh=self.organisation_zh
        )

    def position(self, language: str) -> str:
        if language.startswith("zh"):
            return self.position_zh or self.position_en
        return self.position_en or self.position_zh


@dataclass(frozen=True)
class VisitView:
    visit_id: str
    title_en: str
    title_zh: str
    start_date: dt.date
    end_date: dt.date
    status: str
    role: str

    def title(self, language: str) -> str:
        return (
            (self.title_zh or self.title_en)
            if language.startswith("zh")
            else (self.title_en or self.title_zh)
        )


@dataclass(frozen=True)
class TrainingView:
    training_id: str
    title_en: str
    title_zh: str
    start_date: dt.date
    end_date: dt.date
    role: str
    sessions_attended: int = 0
    sessions_total: int = 0

    def title(self, language: str) -> str:
        return (
            (self.title_zh or self.title_en)
            if language.startswith("zh")
            else (self.title_en or self.title_zh)
        )


@dataclass
class ContactDetail:
    contact: m.Contact
    methods: list[m.ContactMethod]
    affiliations: list[AffiliationView]
    activities: list[m.Activity] = field(default_factory=list)
    visits: list[VisitView] = field(default_factory=list)
    trainings: list[TrainingView] = field(default_factory=list)
    #: Files of this office that held the person (``services.export_log``: field test 84).
    times_exported: int = 0


def affiliation_history(session: Session, contact_id: str) -> list[AffiliationView]:
    """All positions, current ones first, then by start date, newest first."""
    rows = session.execute(
        select(m.Affiliation, m.Organisation)
        .join(m.Organisation, m.Organisation.id == m.Affiliation.organisation_id)
        .where(m.Affiliation.contact_id == contact_id, m.Affiliation.deleted_at.is_(None))
    ).all()
    views = [
        AffiliationView(
            id=a.id,
            organisation_id=o.id,
            organisation_en=o.name_en,
            organisation_zh=o.name_zh,
            position_en=a.position_en,
            position_zh=a.position_zh,
            department_en=a.department_en,
            department_zh=a.department_zh,
            start_date=a.start_date,
            end_date=a.end_date,
            is_primary=a.is_primary,
        )
        for a, o in rows
    ]
    views.sort(
        key=lambda v: (v.end_date is not None, not v.is_primary, -(v.start_date or dt.date.min).toordinal())
    )
    return views


def contact_visits(session: Session, contact_id: str) -> list[VisitView]:
    rows = session.execute(
        select(m.Visit, m.VisitParticipant.role)
        .join(m.VisitParticipant, m.VisitParticipant.visit_id == m.Visit.id)
        .where(
            m.VisitParticipant.contact_id == contact_id,
            m.VisitParticipant.deleted_at.is_(None),
            m.Visit.deleted_at.is_(None),
        )
        .order_by(m.Visit.start_date.desc())
    ).all()
    return [
        VisitView(
            v.id, v.title_en, v.title_zh, v.start_date, v.end_date, str(v.status.value), str(role.value)
        )
        for v, role in rows
    ]


def contact_trainings(session: Session, contact_id: str) -> list[TrainingView]:
    rows = session.execute(
        select(m.Training, m.TrainingParticipant.role)
        .join(m.TrainingParticipant, m.TrainingParticipant.training_id == m.Training.id)
        .where(
            m.TrainingParticipant.contact_id == contact_id,
            m.TrainingParticipant.deleted_at.is_(None),
            m.Training.deleted_at.is_(None),
        )
        .order_by(m.Training.start_date.desc())
    ).all()
    out = []
    for training, role in rows:
        total = session.scalar(
            select(func.count())
            .select_from(m.TrainingSession)
            .where(m.TrainingSession.training_id == training.id, m.TrainingSession.deleted_at.is_(None))
        )
        attended = session.scalar(
            select(func.count())
            .select_from(m.Attendance)
            .join(m.TrainingSession, m.TrainingSession.id == m.Attendance.session_id)
            .where(
                m.TrainingSession.training_id == training.id,
                m.Attendance.contact_id == contact_id,
                m.Attendance.deleted_at.is_(None),
                newer_values.is_or_unknown(m.Attendance.status, AttendanceStatus.PRESENT),
            )
        )
        out.append(
            TrainingView(
                training.id,
                training.title_en,
                training.title_zh,
                training.start_date,
                training.end_date,
                str(role.value),
                int(attended or 0),
                int(total or 0),
            )
        )
    return out


def contact_detail(session: Session, contact_id: str) -> ContactDetail:
    """Everything the contact detail view shows: methods, job history, activity timeline,
    visits and trainings."""
    from petdesk.services import export_log
    from petdesk.services.activities import list_activities

    contact = get_contact(session, contact_id)
    return ContactDetail(
        contact=contact,
        methods=live_methods(session, contact_id),
        affiliations=affiliation_history(session, contact_id),
        activities=list_activities(session, contact_id=contact_id),
        visits=contact_visits(session, contact_id),
        trainings=contact_trainings(session, contact_id),
        times_exported=export_log.times_sent(session, contact_id),
    )


def find_contacts(session: Session, *, email: str | None = None, phone: str | None = None) -> list[m.Contact]:
    """Live contacts with this e-mail (normalised) or phone (its whole national number, as
    duplicates and search compare numbers: ``phone_lookup``)."""
    from petdesk.services.phone_lookup import contacts_with_number

    conds = []
    if email:
        conds.append(m.ContactMethod.normalized == normalize_email(email))
    if phone and (ids := contacts_with_number(session, phone)):
        conds.append(m.ContactMethod.contact_id.in_(ids))
    if not conds:
        return []
    return list(
        session.scalars(
            select(m.Contact)
            .join(m.ContactMethod, m.ContactMethod.contact_id == m.Contact.id)
            .where(or_(*conds), m.ContactMethod.deleted_at.is_(None), m.Contact.deleted_at.is_(None))
            .distinct()
        )
    )
