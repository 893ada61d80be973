"""The version table, ``sync_row_version``: one row per synchronised record, kept compact.

Every record that has ever travelled has a row (670,000 at 100,000 contacts), so the table's form
is a good part of the file's size. It stores the entity and the offices as small integer codes
(``sync_entity``, ``sync_office``), clock values as integers (``hlc.to_int``: same order as the
text), and has no rowid: its key (entity, row_id) is the table itself, without a second copy in an
index. Row ids stay UUID text, the form the records' own tables have: the export joins the two,
and this SQLite (3.40) has no ``unhex()`` to convert a blob key in SQL.

Everything else in petdesk sees versions as ``Version(hlc text, office id)``, converted by
``Codes`` here; the few statements that write or read many rows in SQL (``collect``,
``adopt_untracked``, the bulk edits of ``services.tagging``, the import's runs of new records) bind
codes and ``hlc.to_int`` values themselves. ``max_hlc`` has no index: an index of a table without
rowid repeats the whole key (it was 35 of 78 MB at 100,000 contacts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from petdesk.sync.entities import RowVersions
from petdesk.sync.hlc import Version, from_int, to_int

UPSERT_SQL = (
    "INSERT OR REPLACE INTO sync_row_version (entity, row_id, base_hlc, base_office, fields, max_hlc) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
#: Row ids per ``IN (...)`` list: below SQLite's old limit of 999 parameters.
CHUNK = 900


class Codes:
    """The entity and office codes, read once per transaction. Not kept longer: a code added in
    a transaction that is rolled back must be forgotten with it.

    ``create=False`` (a preview that writes nothing): a new name gets a code in memory only,
    negative, so that it can never be mistaken for a stored one."""

    def __init__(self, cursor: Any, *, create: bool = True) -> None:
        self.cursor = cursor
        self.create = create
        self.entities: dict[str, int] = dict(cursor.execute("SELECT name, code FROM sync_entity"))
        self.offices: dict[str, int] = dict(cursor.execute("SELECT office_id, code FROM sync_office"))
        self._office_ids = {code: office for office, code in self.offices.items()}

    def known_entity(self, name: str) -> int | None:
        """The code of ``name``, or None when no version of its records was ever stored."""
        return self.entities.get(name)

    def entity(self, name: str) -> int:
        code = self.entities.get(name)
        if code is None:
            code = self.entities[name] = self._new("sync_entity", "name", name, len(self.entities))
        return code

    def office(self, office_id: str) -> int:
        code = self.offices.get(office_id)
        if code is None:
            code = self._new("sync_office", "office_id", office_id, len(self.offices))
            self.offices[office_id] = code
            self._office_ids[code] = office_id
        return code

    def office_id(self, code: int) -> str:
        return self._office_ids[code]

    def _new(self, table: str, column: str, value: str, held: int) -> int:
        if not self.create:
            return -1 - held
        self.cursor.execute(f"INSERT INTO {table} ({column}) VALUES (?)", (value,))
        return int(self.cursor.lastrowid)

    def fields_json(self, fields: dict[str, Version]) -> str | None:
        if not fields:
            return None
        packed = {k: [to_int(v.hlc), self.office(v.office)] for k, v in sorted(fields.items())}
        return json.dumps(packed, separators=(",", ":"))

    def decode(self, base_hlc: int, base_office: int, fields: str | None) -> RowVersions:
        """A stored row's versions."""
        office_id = self._office_ids
        parsed = (
            {k: Version(from_int(h), office_id[o]) for k, (h, o) in json.loads(fields).items()}
            if fields
            else {}
        )
        return RowVersions(Version(from_int(base_hlc), office_id[base_office]), parsed)

    def db_row(self, entity: int, row_id: str, versions: RowVersions) -> tuple[Any, ...]:
        """The stored row of a record's versions (``entity``: its code)."""
        base = versions.base
        top = versions.max().hlc if versions.fields else base.hlc
        return (
            entity,
            row_id,
            to_int(base.hlc),
            self.office(base.office),
            self.fields_json(versions.fields),
            to_int(top),
        )

    def load(self, entity: str, ids: Iterable[str]) -> dict[str, RowVersions]:
        """The stored versions of these records of ``entity`` (records without any are left out)."""
        code = self.known_entity(entity)
        if code is None:
            return {}
        ids = list(ids)
        out: dict[str, RowVersions] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row_id, base_hlc, base_office, fields in self.cursor.execute(
                "SELECT row_id, base_hlc, base_office, fields FROM sync_row_version "
                f"WHERE entity = ? AND row_id IN ({','.join('?' * len(chunk))})",
                (code, *chunk),
            ):
                out[row_id] = self.decode(base_hlc, base_office, fields)
        return out


def origins(cursor: Any) -> list[str]:
    """Every office that wrote a version here (and perhaps some whose versions are gone since)."""
    return [r[0] for r in cursor.execute("SELECT office_id FROM sync_office")]


def delete(cursor: Any, entity: str, row_id: str) -> None:
    cursor.execute(
        "DELETE FROM sync_row_version WHERE entity = (SELECT code FROM sync_entity WHERE name = ?) "
        "AND row_id = ?",
        (entity, row_id),
    )
