"""A strict check of a decrypted package's content, before anything of it is written.

The passphrase proves who made a package, not that its content is sane (another petdesk version,
a bug or a person with the passphrase and a text editor). Everything the import reads is checked
here: types, ranges, id formats, office indexes; a package that fails is refused with one sentence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, NamedTuple

from petdesk.stored_times import NotAWireTime, from_wire_text
from petdesk.sync.hlc import decode
from petdesk.sync.hlc import is_valid as is_hlc
from petdesk.sync.lost_edits import MANIFEST_KEY, MAX_PER_PACKAGE
from petdesk.sync.peer_knowledge import MANIFEST_KEY as PEER_KNOWLEDGE

#: Ids of petdesk rows and offices (UUIDs; some fixed ids are shorter words).
_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
#: Ids as above, one per line: a part's ids checked with one match instead of one per record (a
#: text that fails it goes to the id-by-id check, which names the bad one).
_ID_LINES = re.compile(r"[0-9A-Za-z_-]{1,64}(?:\n[0-9A-Za-z_-]{1,64})*")
_REVISION = re.compile(r"^[0-9A-Za-z_]{1,64}$")
_COLUMN = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")
#: Longest text a single field may hold (notes included).
MAX_TEXT = 1_000_000
#: Longest short text (names, versions).
MAX_NAME = 1_000


class ContentError(ValueError):
    """What is wrong with a package's content, as a phrase ("the sender's name is not text")."""


def _text(value: Any, what: str, *, limit: int = MAX_NAME, empty: bool = True) -> None:
    if not isinstance(value, str):
        raise ContentError(f"{what} is not text")
    if len(value) > limit or (not empty and not value):
        raise ContentError(f"{what} has an impossible length")


def _id(value: Any, what: str) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise ContentError(f"{what} is not a valid id")


def _count(value: Any, what: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
        raise ContentError(f"{what} is not a count")


def _hlc_or_empty(value: Any, what: str) -> None:
    if value != "" and not is_hlc(value):
        raise ContentError(f"{what} is not a valid time stamp")


def _vector(value: Any, what: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        raise ContentError(f"the {what} vector is not a table")
    for office, stamp in value.items():
        _id(office, f"an office in the {what} vector")
        if not is_hlc(stamp):
            raise ContentError(f"the {what} vector has an invalid time stamp")


def validate_manifest(manifest: dict[str, Any]) -> None:
    _id(manifest.get("package_id"), "the package id")
    _text(manifest.get("created_at", ""), "the creation time")
    _text(manifest.get("petdesk_version", ""), "the petdesk version")
    schema = manifest.get("schema")
    if (
        not isinstance(schema, list)
        or not schema
        or not all(isinstance(r, str) and _REVISION.match(r) for r in schema)
    ):
        raise ContentError("the schema revisions are not a list of revision names")
    sender = manifest.get("sender")
    if not isinstance(sender, dict):
        raise ContentError("the sender is missing")
    _id(sender.get("id"), "the sender's office id")
    for key, value in sender.items():
        if not isinstance(key, str) or not (value is None or isinstance(value, (str, bool, int))):
            raise ContentError(f"the sender's {key!s:.40} is not a plain value")
        if isinstance(value, str):
            _text(value, f"the sender's {key}")
    recipient = manifest.get("recipient")
    if recipient is not None:
        if not isinstance(recipient, dict):
            raise ContentError("the recipient is not an office")
        _id(recipient.get("id"), "the recipient's office id")
        _text(recipient.get("name", ""), "the recipient's name")
    _vector(manifest.get("base"), "base")
    _vector(manifest.get("knowledge"), "knowledge")
    rng = manifest.get("range")
    if rng is not None:
        if not isinstance(rng, dict) or set(rng) != {"from", "to"}:
            raise ContentError("the range is not a pair of time stamps")
        _hlc_or_empty(rng["from"], "the start of the range")
        _hlc_or_empty(rng["to"], "the end of the range")
    counts = manifest.get("counts")
    if counts is not None:
        if not isinstance(counts, dict):
            raise ContentError("the counts are not a table")
        for name, n in counts.items():
            _text(name, "a table name")
            _count(n, f"the count of {name:.40}")
    if "total" in manifest:
        _count(manifest["total"], "the total")
    _retired_offices(manifest.get(RETIRED_OFFICES))
    if MANIFEST_KEY in manifest:
        _lost_edits(manifest[MANIFEST_KEY])
    _peer_knowledge(manifest.get(PEER_KNOWLEDGE))


def _peer_knowledge(value: Any) -> None:
    """Other offices' version vectors (``sync.peer_knowledge``)."""
    if value is None:
        return
    if not isinstance(value, dict) or len(value) > _MAX_RETIRED:
        raise ContentError("the other offices' knowledge is not a table")
    for office, vector in value.items():
        _id(office, "an office in the other offices' knowledge")
        if not isinstance(vector, dict):
            raise ContentError("the other offices' knowledge is not a table")
        _vector(vector, "peer knowledge")


#: The manifest's section of offices taken out of service (``sync.retirement``).
RETIRED_OFFICES = "retired_offices"
#: More entries than any network of offices retires: a longer list is not petdesk's.
_MAX_RETIRED = 10_000


def _retired_offices(entries: Any) -> None:
    """Decisions about retired offices: office, time retired (None: returned to service), clock
    value and the office that decided."""
    if entries is None:
        return
    if not isinstance(entries, list) or len(entries) > _MAX_RETIRED:
        raise ContentError("the retired offices are not a list")
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"office", "retired_at", "hlc", "by"}:
            raise ContentError("a retired office is not an entry of office, time, clock value and office")
        _id(entry["office"], "a retired office's id")
        _id(entry["by"], "the office that retired an office")
        if not is_hlc(entry["hlc"]):
            raise ContentError("a retired office's clock value is not a valid time stamp")
        when = entry["retired_at"]
        if when is None:
            continue
        try:
            from_wire_text(when)  # the parser the merge uses (``retirement.merge``)
        except NotAWireTime as exc:
            raise ContentError("a retired office's time is not a time with a zone") from exc


def _lost_edits(facts: Any) -> None:
    """Edits that lost against a concurrent edit (``sync.lost_edits``): [table, record id, field,
    loser version, loser office, winner version, winner office]."""
    if not isinstance(facts, list) or len(facts) > MAX_PER_PACKAGE:
        raise ContentError("the overridden edits are not a list")
    for fact in facts:
        if not isinstance(fact, list) or len(fact) != 7:
            raise ContentError("an overridden edit has the wrong number of fields")
        entity, row_id, column, loser_hlc, loser_office, winner_hlc, winner_office = fact
        if not all(isinstance(v, str) and _COLUMN.match(v) for v in (entity, column)):
            raise ContentError("an overridden edit names an invalid table or field")
        _id(row_id, "an overridden edit's record id")
        _id(loser_office, "an overridden edit's office")
        _id(winner_office, "an overridden edit's office")
        if not (is_hlc(loser_hlc) and is_hlc(winner_hlc)):
            raise ContentError("an overridden edit has an invalid time stamp")


def _scalar(value: Any, what: str) -> None:
    kind = type(value)
    if kind is str:
        if len(value) > MAX_TEXT:
            raise ContentError(f"{what} is too long")
        return
    if value is None or kind is bool:
        return
    if kind is int:
        if not -(2**63) <= value < 2**63:
            raise ContentError(f"{what} is a number out of range")
        return
    if kind is float:
        if not math.isfinite(value):
            raise ContentError(f"{what} is not a finite number")
        return
    raise ContentError(f"{what} is not a plain value")


def _rows(
    name: str, columns: Any, rows: Any, versions: Any, n_offices: int, *, short: bool = False
) -> list[tuple[Any, ...]]:
    """One table's records (all of them, or one part of a format-2 body); returns its values a
    column at a time, the ids first (what the import inserts, without transposing them again).

    A part holds thousands of records: the checks run over whole columns of values with ``map``
    and ``set`` where they can, and fall back on the value-by-value check to name what is wrong.
    ``short``: the part came from a line too short to hold a text that is too long."""
    if not isinstance(columns, list) or not all(isinstance(c, str) and _COLUMN.match(c) for c in columns):
        raise ContentError(f"the {name} columns are not valid names")
    if not isinstance(rows, list) or not isinstance(versions, list) or len(rows) != len(versions):
        raise ContentError(f"the {name} records and versions do not match")
    width = len(columns) + 1
    if set(map(type, rows)) - {list} or set(map(len, rows)) - {width}:
        raise ContentError(f"a {name} record has the wrong number of fields")
    by_column = list(zip(*rows, strict=True))  # a tuple of values per column, the ids first
    ids = by_column[0] if by_column else ()
    if set(map(type, ids)) - {str} or (ids and not _id_lines(ids)):
        for row_id in ids:
            _id(row_id, f"a {name} record id")
    if any(_suspect_column(values, measure_texts=not short) for values in by_column[1:]):
        for row in rows:
            for value in row[1:]:
                _scalar(value, f"a {name} field")
    if _common_versions(versions, n_offices):
        return by_column
    valid: set[str] = set()  # clock values checked already (records often share one)
    for packed in versions:
        # the common version, [clock value, office, None], is checked inline
        if (
            type(packed) is list
            and len(packed) == 3
            and packed[2] is None
            and type(packed[1]) is int
            and 0 <= packed[1] < n_offices
            and type(hlc := packed[0]) is str
        ):
            if hlc in valid:
                continue
            if is_hlc(hlc):
                valid.add(hlc)
                continue
        _version(packed, name, n_offices)
    return by_column


def _id_lines(ids: tuple[str, ...]) -> bool:
    """Whether every one of ``ids`` is a valid id (False may be wrong: then check them one by one)."""
    lines = "\n".join(ids)
    # (an id holding a line break would pass as two)
    return lines.count("\n") == len(ids) - 1 and _ID_LINES.fullmatch(lines) is not None


_NONE = type(None)
_PLAIN = frozenset({str, int, float, bool, _NONE})


def _common_versions(versions: list[Any], n_offices: int) -> bool:
    """Whether every version of a part is the common one, [clock value, office, None], and valid:
    checked a column at a time, each distinct clock value once (records made together share
    one). False sends the part to the version-by-version check, which names what is wrong."""
    if set(map(type, versions)) != {list} or set(map(len, versions)) != {3}:
        return False
    clocks, office_indexes, fields = zip(*versions, strict=True)
    if set(map(type, fields)) != {_NONE} or set(map(type, office_indexes)) != {int}:
        return False
    if not 0 <= min(office_indexes) <= max(office_indexes) < n_offices:
        return False
    return set(map(type, clocks)) == {str} and all(map(is_hlc, set(clocks)))


def _suspect_column(values: tuple[Any, ...], *, measure_texts: bool = True) -> bool:
    """Whether a column of a part may hold a value that is not plain or out of range (then each
    value is checked, to name it). A column has one kind of value, or that and nulls, in all but
    odd packages: its values are measured in C (``map``, ``min``, ``max``), not one by one."""
    try:
        # A column of texts only (most are): joined in one C loop, which refuses anything else,
        # and measured at once; a third of the set-of-kinds pass below (0.25 s of a first import
        # at 100,000 contacts, against 0.75 s).
        joined = "".join(values)
    except TypeError:
        pass  # a value that is not text (a number, a null, a list ...): measured kind by kind
    else:
        return measure_texts and len(joined) > MAX_TEXT and max(map(len, values)) > MAX_TEXT
    kinds = set(map(type, values))
    if kinds - _PLAIN:
        return True
    for kind in kinds & (_MEASURED if measure_texts else _MEASURED_NOT_TEXT):
        if len(kinds) == 1:
            same: Any = values
        elif kinds == {kind, _NONE}:
            same = list(filter(None, values))  # drops the nulls (and "", 0, 0.0: all fine)
        else:
            same = [v for v in values if type(v) is kind]
        if kind is str:
            # only texts can be too long (the other plain values are a few characters)
            if max(map(len, same), default=0) > MAX_TEXT:
                return True
        elif kind is int:
            if same and not -(2**63) <= min(same) <= max(same) < 2**63:
                return True
        elif not all(map(math.isfinite, same)):
            return True
    return False


_MEASURED = frozenset({str, int, float})
_MEASURED_NOT_TEXT = frozenset({int, float})


class CheckedPart(NamedTuple):
    """A part of a package's body that passed :func:`validate_record`."""

    #: "offices", "erasures", "entity" or "history"
    kind: str
    #: an entity part's values a column at a time, the ids first; None for the other kinds
    columns: list[tuple[Any, ...]] | None = None


def validate_record(record: dict[str, Any], n_offices: int) -> CheckedPart:
    """Check one part of a package's body. ``n_offices`` is how many offices the parts before it
    listed."""
    if "entity" in record:
        name = record["entity"]
        if not isinstance(name, str) or not _COLUMN.match(name) or set(record) - _ENTITY_KEYS:
            raise ContentError("a table name is not valid")
        columns = _rows(
            name,
            record.get("columns"),
            record.get("rows"),
            record.get("versions"),
            n_offices,
            short=getattr(record, "short_texts", False),
        )
        return CheckedPart("entity", columns)
    if len(record) != 1:
        raise ContentError("a part of the package is of an unknown kind")
    kind, value = next(iter(record.items()))
    if kind == "offices":
        if not isinstance(value, list):
            raise ContentError("the offices are not a list")
        for office in value:
            _id(office, "an office")
    elif kind == "history":
        _history(value, n_offices)
    elif kind == "erasures":
        _erasures(value, n_offices)
    else:
        raise ContentError("the records are not grouped by table")
    return CheckedPart(kind)


_ENTITY_KEYS = frozenset({"entity", "columns", "rows", "versions"})


def validate_body(body: dict[str, Any]) -> None:
    offices = body.get("offices", [])
    if not isinstance(offices, list):
        raise ContentError("the offices are not a list")
    for office in offices:
        _id(office, "an office")
    entities = body.get("entities", {})
    if not isinstance(entities, dict):
        raise ContentError("the records are not grouped by table")
    for name, data in entities.items():
        if not isinstance(name, str) or not _COLUMN.match(name):
            raise ContentError("a table name is not valid")
        if not isinstance(data, dict):
            raise ContentError(f"the {name} records are not a table")
        _rows(name, data.get("columns"), data.get("rows"), data.get("versions"), len(offices))
    _history(body.get("history", []), len(offices))
    _erasures(body.get("erasures", []), len(offices))


def _history(rows: Any, n_offices: int) -> None:
    """Change log rows: [id, table, record id, field, old, new, version, office index, staff, when]."""
    if not isinstance(rows, list):
        raise ContentError("the history is not a list")
    for row in rows:
        if not isinstance(row, list) or len(row) != 10:
            raise ContentError("a history entry has the wrong number of fields")
        change_id, entity, row_id, column, old, new, hlc, office, staff, at = row
        _id(change_id, "a history entry id")
        if not isinstance(entity, str) or not _COLUMN.match(entity):
            raise ContentError("a history entry names an invalid table")
        _id(row_id, "a history entry's record id")
        # field "" is the creation of the record
        if not isinstance(column, str) or not (column == "" or _COLUMN.match(column)):
            raise ContentError("a history entry names an invalid field")
        for value in (old, new):
            if value is not None:
                _text(value, "a history value", limit=MAX_TEXT)
        if not is_hlc(hlc):
            raise ContentError("a history entry has an invalid time stamp")
        _office_index(office, "history", n_offices)
        _text(staff, "a history entry's staff member")
        _text(at, "a history entry's time", limit=64, empty=False)


def _erasures(rows: Any, n_offices: int) -> None:
    """Erasure markers: [table, record id, version, office index, erased at, person id]."""
    if not isinstance(rows, list):
        raise ContentError("the erasures are not a list")
    for row in rows:
        if not isinstance(row, list) or len(row) != 6:
            raise ContentError("an erasure marker has the wrong number of fields")
        entity, row_id, hlc, office, erased_at, person_id = row
        if not isinstance(entity, str) or not _COLUMN.match(entity):
            raise ContentError("an erasure marker names an invalid table")
        _id(row_id, "an erasure marker's record id")
        if not is_hlc(hlc):
            raise ContentError("an erasure marker has an invalid time stamp")
        _office_index(office, "erasure", n_offices)
        _text(erased_at, "an erasure marker's time", limit=64, empty=False)
        _id(person_id, "an erasure marker's person id")


def _version(packed: Any, name: str, n_offices: int) -> None:
    if not isinstance(packed, list) or len(packed) != 3:
        raise ContentError(f"a {name} version is not valid")
    base_hlc, office, fields = packed
    if not is_hlc(base_hlc):
        raise ContentError(f"a {name} version has an invalid time stamp")
    _office_index(office, name, n_offices)
    if fields is None:
        return
    if not isinstance(fields, dict):
        raise ContentError(f"a {name} version has invalid field versions")
    for column, pair in fields.items():
        if not isinstance(column, str) or not _COLUMN.match(column):
            raise ContentError(f"a {name} version names an invalid field")
        if not isinstance(pair, list) or len(pair) != 2 or not is_hlc(pair[0]):
            raise ContentError(f"a {name} field version is not valid")
        _office_index(pair[1], name, n_offices)


def _office_index(value: Any, name: str, n_offices: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < n_offices:
        raise ContentError(f"a {name} version refers to an office the package does not list")


#: How far ahead of this computer's clock a package's clock values may lie. Offices' clocks differ
#: by minutes (values are UTC, so time zones do not count); a day more means a clock set wrong (a
#: laptop a year ahead), whose values would win every concurrent edit and drag every office's clock
#: along, for good (field test 5, defect 2).
FUTURE_CLOCK_TOLERANCE_MS = 24 * 3600 * 1000


def newest_clock(manifest: dict[str, Any], *, own: str | None = None) -> str:
    """The newest clock value a (validated) manifest carries: its knowledge covers every change in
    the package, the end of its range the newest of them. Not counted: what the sender knows of
    office ``own``, the office reading it (values of its own clock)."""
    rng = manifest.get("range") or {}
    knowledge = manifest.get("knowledge") or {}
    values = [*(v for o, v in knowledge.items() if o != own), rng.get("to") or ""]
    return max((v for v in values if is_hlc(v)), default="")


def too_far_ahead(value: str, now_ms: int) -> bool:
    """Whether clock value ``value`` lies more than the tolerance ahead of ``now_ms``."""
    return is_hlc(value) and decode(value)[0] > now_ms + FUTURE_CLOCK_TOLERANCE_MS


def clock_put_right(created_at: Any, newest: str, now_ms: int) -> bool:
    """Whether a package whose newest clock value is ``newest`` was made (``created_at``, the
    sender's wall clock) at a time not ahead of ``now_ms`` and far behind its own clock values:
    the sender's clock ran ahead before and has been put right since. Its clock values stay ahead
    until real time catches up, so "correct the clock" is no advice there (field test 72)."""
    try:
        made = dt.datetime.fromisoformat(str(created_at))
    except ValueError:
        return False
    if made.tzinfo is None or not is_hlc(newest):
        return False
    made_ms = int(made.timestamp() * 1000)
    return made_ms <= now_ms + FUTURE_CLOCK_TOLERANCE_MS and too_far_ahead(newest, made_ms)
