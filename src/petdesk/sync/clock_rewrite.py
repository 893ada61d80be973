"""Clock values far ahead, rewritten on import to this office's own time.

A package from a computer whose clock ran ahead (a year, say) carries clock values from that
future. Kept as they were, they moved this office's clock that far ahead (a clock never goes
back), so every package it wrote afterwards was refused by the other offices, or moved their
clocks too: a cascade. An import that accepts such a package instead gives each of its values
later than this office's clock a fresh value of this office's clock, in the same order. The
edits it carries then count as made at the moment they were accepted here; their author stays
the office that made them (the version's office and the change log's).

The map from each original value to the value given to it is kept (``sync_state``, one key per
value), and applied to every later package: the far-ahead office may send the same edits again,
and an edit received twice must get the same value, not win a second time over the edits made
here since. A package made for the far-ahead office says what this office knows of it in its own
values (``in_original_values``): it then sends nothing again, and takes this office's later edits
of the fields it changed while ahead, although their clock values are lower than its own (see
``Merger``). Tests: ``tests/core/sync/test_future_clock.py``.

Each accepting office gives the same edit its own value, so the edit can reach an office again,
through another office, under a higher value: the merge then takes it as the same edit, which
settles no conflict (``changes._same_edit``).

An entry is pruned (:func:`prune`, at the end of every import) once it can no longer change the
outcome of an import. Whether a package may still carry its original value cannot be known here:
every office that imported the far-ahead edits once their values were no longer ahead of its clock
kept the original values, and passes them on (a full package, ``--all``, always does). What can be
known is what such a value would do: an original value O given the value G here wins, unmapped,
over exactly the versions between G and O. So an entry goes once (1) this office's clock is past
O (every version made here from now on is later than O) and (2) no record the edits of G touched
(the change log's rows of G) holds a version between G and O. Arriving again unmapped, those edits
then meet either their own version G, and bring the same values with the later clock value of
their author, or later versions, and lose as they would have. An office that kept far-ahead
values of its own sends them again (packages for it no longer translate them): they settle the
same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from petdesk.sync import hlc
from petdesk.sync.versions import Codes

#: Keys of the kept map in ``sync_state``: this prefix and the original clock value.
KEY_PREFIX = "hlc.rewritten:"


@dataclass
class ClockRewrite:
    """The clock values of one package as this office keeps them."""

    #: Original clock value -> the value kept here (those of earlier packages included).
    mapping: dict[str, str] = field(default_factory=dict)
    #: Original clock value -> the office whose entry it was in a package's knowledge (its clock's
    #: value when it wrote the package), for ``in_original_values``.
    owners: dict[str, str] = field(default_factory=dict)
    #: How many of the package's values were given a fresh value by this import.
    fresh: int = 0

    def in_original_values(self, office: str, value: str) -> str:
        """``value``, what this office knows of ``office``'s changes, in that office's own values:
        the latest value of its clock that a package of it said and that was given a value up to
        ``value`` here (else ``value`` itself).

        Written into a package for that office (and only for it: its values lie far ahead of the
        others' clocks), it tells it which of its own far-ahead edits this office had seen, so that
        it neither sends them again nor keeps them over this office's later edits of the same
        fields (see ``Merger``)."""
        seen = [
            original
            for original, owner in self.owners.items()
            if owner == office and self.mapping[original] <= value and original > value
        ]
        return max(seen, default=value)

    def value(self, value: Any) -> Any:
        return self.mapping.get(value, value) if isinstance(value, str) else value

    def vector(self, vector: Any) -> Any:
        """A version vector of the manifest (anything else is left for the checks to refuse)."""
        if not self.mapping or not isinstance(vector, dict):
            return vector
        return {office: self.value(value) for office, value in vector.items()}

    def manifest(self, manifest: dict[str, Any]) -> dict[str, Any]:
        if not self.mapping:
            return manifest
        out = dict(manifest, knowledge=self.vector(manifest.get("knowledge")))
        out["base"] = self.vector(manifest.get("base"))
        rng = manifest.get("range")
        if isinstance(rng, dict):
            out["range"] = {key: self.value(value) for key, value in rng.items()}
        return out

    def part(self, record: dict[str, Any]) -> dict[str, Any]:
        """A part of the body with its clock values rewritten: a copy (a format-1 body is read
        again from memory by the import after its preview). Anything not shaped as a part should
        be is passed on untouched, for the part's check to refuse."""
        if not self.mapping:
            return record
        if "versions" in record and isinstance(record["versions"], list):
            return dict(record, versions=[self._versions(packed) for packed in record["versions"]])
        for key, at in (("history", 6), ("erasures", 2)):
            rows = record.get(key)
            if isinstance(rows, list) and len(record) == 1:
                return {key: [self._row(row, at) for row in rows]}
        return record

    def _row(self, row: Any, at: int) -> Any:
        if not isinstance(row, list) or len(row) <= at:
            return row
        return [*row[:at], self.value(row[at]), *row[at + 1 :]]

    def _versions(self, packed: Any) -> Any:
        if not isinstance(packed, list) or len(packed) != 3:
            return packed
        base, office, fields = packed
        if isinstance(fields, dict):
            fields = {
                name: [self.value(v[0]), *v[1:]] if isinstance(v, list) and v else v
                for name, v in fields.items()
            }
        return [self.value(base), office, fields]


def kept(cursor: Any) -> ClockRewrite:
    """The map kept from earlier imports (empty unless a package far ahead was accepted here)."""
    rows = cursor.execute(
        "SELECT key, value FROM sync_state WHERE key >= ? AND key < ?",
        (KEY_PREFIX, KEY_PREFIX[:-1] + chr(ord(KEY_PREFIX[-1]) + 1)),
    )
    rewrite = ClockRewrite()
    for key, value in rows:
        original = key[len(KEY_PREFIX) :]
        given, _, owner = value.partition(" ")
        rewrite.mapping[original] = given
        if owner:
            rewrite.owners[original] = owner
    return rewrite


def package_values(manifest: dict[str, Any], records: Iterable[dict[str, Any]]) -> Iterator[Any]:
    """Every clock value a package carries, unchecked (its parts are checked as they are merged)."""
    for key in ("knowledge", "base"):
        vector = manifest.get(key)
        if isinstance(vector, dict):
            yield from vector.values()
    rng = manifest.get("range")
    if isinstance(rng, dict):
        yield from rng.values()
    for record in records:
        yield from _part_values(record)


def _part_values(record: dict[str, Any]) -> Iterator[Any]:
    for key, at in (("history", 6), ("erasures", 2)):
        rows = record.get(key)
        if isinstance(rows, list):
            yield from (row[at] for row in rows if isinstance(row, list) and len(row) > at)
    versions = record.get("versions")
    if isinstance(versions, list):
        for packed in versions:
            if isinstance(packed, list) and len(packed) == 3:
                yield packed[0]
                if isinstance(packed[2], dict):
                    yield from (v[0] for v in packed[2].values() if isinstance(v, list) and v)


def prepare(
    cursor: Any,
    manifest: dict[str, Any],
    records: Callable[[], Iterable[dict[str, Any]]] | None,
    *,
    after: str,
    keep: bool,
) -> ClockRewrite:
    """The rewrite of a package: the kept map, and, when ``records`` reads its body (a package far
    ahead that is accepted, or previewed), a fresh value after ``after`` (this office's clock) for
    each of the package's values later than it and not mapped yet, in their order. With ``keep``
    the new entries are kept and this office's clock is moved to the last of them."""
    rewrite = kept(cursor)
    if records is None:
        return rewrite
    mapping = rewrite.mapping
    values = package_values(manifest, records())
    new = {v for v in values if hlc.is_valid(v) and v > after and v not in mapping}
    ahead = sorted(new)
    knowledge = manifest.get("knowledge")
    owners = {v: o for o, v in knowledge.items() if v in new} if isinstance(knowledge, dict) else {}
    last = after
    for original in ahead:
        last = hlc.tick(last)
        mapping[original] = last
    rewrite.owners.update(owners)
    rewrite.fresh = len(ahead)
    if keep and ahead:
        cursor.executemany(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
            [(KEY_PREFIX + v, f"{mapping[v]} {owners[v]}" if v in owners else mapping[v]) for v in ahead],
        )
        hlc.PersistentClock(cursor).observe(last)
    return rewrite


def prune(cursor: Any) -> int:
    """Drop the entries that no longer change what an import does (see the module's docstring);
    returns how many were dropped."""
    rewrite = kept(cursor)
    if not rewrite.mapping:
        return 0
    now = hlc.PersistentClock(cursor).current()
    done = [
        original
        for original, given in rewrite.mapping.items()
        if original < now and not _versions_between(cursor, given, original)
    ]
    cursor.executemany("DELETE FROM sync_state WHERE key = ?", [(KEY_PREFIX + v,) for v in done])
    return len(done)


def _versions_between(cursor: Any, given: str, original: str) -> bool:
    """Whether a record that the edits given ``given`` here touched holds a version later than
    ``given`` and earlier than ``original``: one that ``original``, arriving unmapped, would beat."""
    touched: dict[str, set[str]] = {}
    for entity, row_id in cursor.execute(
        "SELECT DISTINCT entity, row_id FROM sync_change WHERE hlc = ?", (given,)
    ):
        touched.setdefault(entity, set()).add(row_id)
    codes = Codes(cursor, create=False)
    for entity, row_ids in touched.items():
        for versions in codes.load(entity, row_ids).values():
            if any(given < version.hlc < original for version in versions.all()):
                return True
    return False
