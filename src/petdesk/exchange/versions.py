"""Versions of the 3iPET exchange file between hubs on different petdesk releases.

A later *minor* version only adds optional fields. So a file may be written for an older reader
(``--format-version 1.0``: the fields 1.0 does not know left out), and a file of a newer minor
version is read for what this petdesk knows: its unknown fields are taken out first, and named, so
the schema stays strict for every version this petdesk knows. A newer *major* version is refused.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from petdesk.exchange import VERSION, ExchangeError

if TYPE_CHECKING:
    from petdesk.exchange.export import Translate

#: The versions this petdesk can write, oldest first.
WRITABLE = ("1.0", "1.1")
#: The fields of a match that came after 1.0 (1.1: the staff's notes).
_MATCH_FIELDS_SINCE_1_1 = ("notes",)


def parse(version: str) -> tuple[int, int] | None:
    """ "1.10" → (1, 10); None for text that is no "MAJOR.MINOR"."""
    major, dot, minor = version.partition(".")
    if not dot or not major.isdigit() or not minor.isdigit():
        return None
    return int(major), int(minor)


def is_newer_minor(version: str) -> bool:
    """A file of the same major version as this petdesk's and a later minor one (1.2, 1.9)."""
    theirs, ours = parse(version), parse(VERSION)
    return theirs is not None and ours is not None and theirs[0] == ours[0] and theirs[1] > ours[1]


def for_version(doc: dict[str, Any], version: str) -> tuple[dict[str, Any], int]:
    """``doc`` as a file of ``version`` (one of :data:`WRITABLE`) says it, and how many match notes
    with text were left out to say it (a 1.0 reader refuses a match with ``notes``)."""
    if version not in WRITABLE:
        raise ExchangeError(f"this petdesk writes 3iPET exchange {' or '.join(WRITABLE)}, not {version}")
    if version == VERSION:
        return doc, 0
    out = dict(doc, version=version)
    left_out = 0
    matches = []
    for match in doc.get("matches", []):
        match = dict(match)
        for name in _MATCH_FIELDS_SINCE_1_1:
            if match.pop(name, None):
                left_out += 1
        matches.append(match)
    if "matches" in doc:
        out["matches"] = matches
    return out, left_out


def without_unknown_fields(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``doc`` without the fields ``schema`` does not know, and their names, each once,
    in the order first met: "signature" at the top level, "matches.rating" in a match.

    The schema names each object's fields (``additionalProperties: false``): one pass of the
    validator reports every object with a field it does not name, at any depth and inside each
    choice of an ``anyOf``; those fields are taken out (the caller then checks the rest as strictly
    as any file: a second pass here cost a third more time on 2,000 matches, to find nothing)."""
    import jsonschema

    doc = copy.deepcopy(doc)
    names: list[str] = []
    errors = _all_errors(jsonschema.Draft202012Validator(schema).iter_errors(doc))
    for error in [e for e in errors if e.validator == "additionalProperties"]:
        target = _at(doc, list(error.absolute_path))
        if not isinstance(target, dict):
            continue
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        where = ".".join(str(p) for p in error.absolute_path if not isinstance(p, int))
        for key in [k for k in target if k not in known]:
            del target[key]
            name = f"{where}.{key}" if where else key
            if name not in names:
                names.append(name)
    return doc, names


def _all_errors(errors: Any) -> Any:
    """Each error and those inside it (an ``anyOf`` says why each of its choices failed)."""
    for error in errors:
        yield error
        yield from _all_errors(error.context or [])


def _at(doc: Any, path: list[Any]) -> Any:
    for step in path:
        try:
            doc = doc[step]
        except (KeyError, IndexError, TypeError):
            return None
    return doc


def notes_left_out_line(n: int, version: str, _: Translate) -> str:
    """ "Left out 2 match notes: version 1.0 has no place for them." """
    return _.ngettext(
        "Left out {n} match note: version {version} has no place for it.",
        "Left out {n} match notes: version {version} has no place for them.",
        n,
    ).format(n=_.number(n), version=version)


def ignored_fields_line(file: str, version: str, fields: list[str], _: Translate) -> str:
    """What a reader of a newer minor version's file is told: what was not read, and why."""
    return _(
        "{file} comes from a newer petdesk (3iPET exchange {version}; this one reads {current}): "
        "ignored the fields it does not know: {fields}"
    ).format(file=file, version=version, current=VERSION, fields=_(", ").join(fields))  # "、" in Chinese
