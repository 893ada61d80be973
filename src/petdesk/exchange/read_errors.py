"""The sentences of a 3iPET exchange file that cannot be imported, each one whole in either language.

They are raised in English (the log keeps them so) and said in the reader's language by
``petdesk.messages.localize``, which knows each template below (:data:`TEMPLATES`): the file, the
record (its kind, id and name) and the reason are parts of the sentence, not English words left
inside a Chinese one. The schema's own words (jsonschema's "42 is greater than the maximum of 9")
are put as our sentences first, for the same reason.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk import unreadable_file
from petdesk.language import N_

NOT_JSON = N_("{file} is not valid JSON: the text goes wrong at line {line}, column {column}")
NOT_EXCHANGE = N_('{file} is JSON, but not a 3iPET exchange file: it does not say "format": "3ipet-exchange"')
SCHEMA_IN_RECORD = N_(
    "{file} does not follow the 3iPET exchange schema at {where} ({what} {id}, {name}): {reason}"
)
SCHEMA_IN_UNNAMED_RECORD = N_(
    "{file} does not follow the 3iPET exchange schema at {where} ({what} {id}): {reason}"
)
SCHEMA = N_("{file} does not follow the 3iPET exchange schema at {where}: {reason}")
#: The top level on its own: Chinese writes "顶层缺少字段…", where a path keeps its space ("trl 处").
SCHEMA_AT_TOP = N_("{file} does not follow the 3iPET exchange schema at the top level: {reason}")
MISSING_FOR_NAMED = N_(
    "{file}: the {what} {id}, {name}, names {ref} as its {role}; that is neither in the file nor in "
    "this database"
)
MISSING = N_(
    "{file}: the {what} {id} names {ref} as its {role}; that is neither in the file nor in this database"
)
TWICE = N_("{file} lists the {what} {id} twice")
#: A file that cannot be read (the same words as every command's, petdesk.messages knows them).
NOT_THERE = unreadable_file.NOT_THERE
CANNOT_READ = unreadable_file.CANNOT_READ

#: Why a value does not follow the schema, by the schema keyword it fails.
REASONS = {
    "required": N_("the field {field} is missing"),
    "additionalProperties": N_("the field {field} is not part of the format"),
    "type": N_("the value {value} should be {what}"),
    "enum": N_("the value {value} is not one of those allowed: {choices}"),
    "const": N_("the value {value} is not one of those allowed: {choices}"),
    "minimum": N_("the value {value} is below the lowest allowed, {limit}"),
    "maximum": N_("the value {value} is above the highest allowed, {limit}"),
    "minLength": N_("the text is empty"),
    "pattern": N_("the value {value} is not written the way the format asks"),
}
#: Any other keyword (none of the 1.x schema's today).
OTHER_REASON = N_("the value {value} is not allowed here")
#: JSON's types in words, for ``the value … should be {what}``.
TYPE_WORDS = {
    "string": N_("a text"),
    "number": N_("a number"),
    "integer": N_("a whole number"),
    "boolean": N_("true or false"),
    "array": N_("a list"),
    "object": N_("a group of fields"),
    "null": N_("empty"),
}
#: The kind of a record (the document's key) and of the record a field refers to.
KIND_WORDS = {
    "organisations": N_("organisation"),
    "technologies": N_("technology"),
    "needs": N_("city need"),
    "matches": N_("match"),
    "contacts": N_("contact"),
}
ROLE_WORDS = {"provider": N_("provider"), "city": N_("city"), "organisation": N_("organisation")}

TEMPLATES: tuple[str, ...] = (
    NOT_JSON,
    NOT_EXCHANGE,
    # the sentences naming a record first: the shorter one would take the record as part of {where}
    SCHEMA_IN_RECORD,
    SCHEMA_IN_UNNAMED_RECORD,
    SCHEMA_AT_TOP,  # before SCHEMA, which would take "the top level" as its {where}
    SCHEMA,
    MISSING_FOR_NAMED,
    MISSING,
    TWICE,
    *dict.fromkeys(REASONS.values()),
    OTHER_REASON,
    *TYPE_WORDS.values(),
    N_("city need"),
    *ROLE_WORDS.values(),
)


def unreadable(file: str, exc: BaseException) -> str:
    """Why ``file`` cannot be read (:func:`petdesk.unreadable_file.unreadable`, every import's words)."""
    return unreadable_file.unreadable(file, exc)


def shown(value: Any) -> str:
    """A value as the file writes it ("married", 42, true), cut short when long."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def schema_reason(error: Any) -> str:
    """A jsonschema ``ValidationError`` in our words (English, one of :data:`REASONS`)."""
    keyword, instance, wanted = error.validator, error.instance, error.validator_value
    if keyword == "required" and isinstance(instance, dict):
        missing = next((f for f in wanted if f not in instance), wanted[0])
        return REASONS[keyword].format(field=shown(missing))
    if keyword == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = next((f for f in instance if f not in known), "")
        return REASONS[keyword].format(field=shown(extra))
    if keyword == "type":
        types = wanted if isinstance(wanted, list) else [wanted]
        first = next((t for t in types if t != "null"), types[0])
        return REASONS[keyword].format(value=shown(instance), what=TYPE_WORDS.get(first, first))
    if keyword in ("enum", "const"):
        choices = wanted if keyword == "enum" else [wanted]
        return REASONS[keyword].format(value=shown(instance), choices=", ".join(shown(c) for c in choices))
    if keyword in ("minimum", "maximum"):
        return REASONS[keyword].format(value=shown(instance), limit=shown(wanted))
    if keyword in REASONS:
        return REASONS[keyword].format(value=shown(instance))
    return OTHER_REASON.format(value=shown(instance))


def record_of(doc: Any, kind: Any, index: Any) -> dict[str, Any] | None:
    records = doc.get(kind) if isinstance(doc, dict) else None
    if not isinstance(records, list) or not isinstance(index, int) or not 0 <= index < len(records):
        return None
    record = records[index]
    return record if isinstance(record, dict) else None


def record_name(record: dict[str, Any]) -> str:
    """Its English and Chinese names ("Rain gardens / 雨水花园"), or the one it has; "" for none."""
    named = record.get("name", record.get("title"))
    if not isinstance(named, dict):
        return ""
    names = [v for v in (named.get("en"), named.get("zh")) if isinstance(v, str) and v.strip()]
    return " / ".join(dict.fromkeys(names))


def schema_sentence(file: str, doc: Any, error: Any) -> str:
    """The file, the place (and the record there, by kind, id and name) and the reason."""
    path = list(error.absolute_path)
    reason = schema_reason(error)
    if not path:
        return SCHEMA_AT_TOP.format(file=file, reason=reason)
    where = "/".join(str(p) for p in path)
    record = record_of(doc, path[0], path[1]) if len(path) >= 2 else None
    if record is None or not isinstance(record.get("id"), str) or path[0] not in KIND_WORDS:
        return SCHEMA.format(file=file, where=where, reason=reason)
    what, record_id = KIND_WORDS[path[0]], record["id"]
    if name := record_name(record):
        return SCHEMA_IN_RECORD.format(
            file=file, where=where, what=what, id=record_id, name=shown(name), reason=reason
        )
    return SCHEMA_IN_UNNAMED_RECORD.format(file=file, where=where, what=what, id=record_id, reason=reason)


def missing_sentence(file: str, kind: str, record: dict[str, Any], ref: str, role: str) -> str:
    """``record`` (of ``kind``) refers to ``ref`` as its ``role`` (a key of :data:`ROLE_WORDS` or
    of :data:`KIND_WORDS`), which neither the file nor the database holds."""
    what = KIND_WORDS[kind]
    role_words = ROLE_WORDS.get(role) or KIND_WORDS[role]
    if name := record_name(record):
        return MISSING_FOR_NAMED.format(
            file=file, what=what, id=record["id"], name=shown(name), ref=ref, role=role_words
        )
    return MISSING.format(file=file, what=what, id=record["id"], ref=ref, role=role_words)
