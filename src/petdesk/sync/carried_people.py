"""Which people a sync package carried, and which offices it went to (field test 96: a person's
copy named the files that carried them out, but not the offices that received them through sync
packages, the "recipients" the data-protection rules ask for).

``sync export`` writes a line of the export log (``services.export_log``, kind ``sync_package``)
naming the people whose records the package held, or "every contact" for a package of everything
(as an export of every contact). The exchange journal keeps the addressee (``sync_exchange``:
``peer_office_id``; none for a package to any office) and, in its free JSON column, the log line and
the clock value the package was written at: a later package from the addressee acknowledging that
value (``sync_peer.acked``) says the office holds what it carried.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from petdesk.language import office_name

#: Keys of ``sync_exchange.counts`` that are not counts (read back by ``service._exchange``).
LOG_KEY = "export_log_id"
SENT_KEY = "sent_hlc"


class PeopleCarried:
    """Wraps a package writer's ``add``: the ids of the people whose records pass through it.

    For a package of everything (``everything``) the log names no one, only how many: the ids are
    then counted by their hash, 8 bytes of a small int instead of a string of 26 characters. A set
    of a million ids held 110 MB, and :func:`record` copied it (another 32 MB): the export's peak at
    a million contacts went from 239 to 303 MB (round 59). Two ids of one hash, counted once, are
    one chance in ten million at a million people (64-bit hashes)."""

    def __init__(self, add: Callable[[dict[str, Any]], None], *, everything: bool = False) -> None:
        from petdesk.sync.erasure import synced_person_tables

        self._add = add
        self._naming = dict(synced_person_tables())
        self.everything = everything
        #: Contact ids of the records carried (the person's own record or one naming them) ...
        self.ids: set[str] = set()
        #: ... or, for a package of everything, their hashes.
        self._hashes: set[int] = set()

    def add(self, part: dict[str, Any]) -> None:
        entity = part.get("entity")
        found: Iterable[str] = ()
        if entity == "contact":
            found = (row[0] for row in part["rows"])
        elif entity in self._naming:
            # rows are (id, *columns): the columns naming the person, by position
            places = [part["columns"].index(c) + 1 for c in self._naming[entity] if c in part["columns"]]
            found = (row[i] for row in part["rows"] for i in places if row[i])
        elif "history" in part:  # the changes of a person's record: their old values
            found = (row[2] for row in part["history"] if row[1] == "contact")
        if self.everything:
            self._hashes.update(map(hash, found))
        else:
            self.ids.update(found)
        self._add(part)

    @property
    def count(self) -> int:
        """How many people the records carried name."""
        return len(self._hashes) if self.everything else len(self.ids)


def record(cursor: Any, file_name: str, people: PeopleCarried) -> int | None:
    """The export log's line for a package carrying ``people`` (a package of everything: all
    records, every contact on file then); its id, None when the package carried nobody."""
    from petdesk.services import export_log

    ids = None if people.everything else people.ids
    return export_log.record_in(cursor, "sync_package", file_name, people.count, ids)


@dataclass(frozen=True)
class PackageSent:
    """A sync package that carried a person: when, and to which office ("": to any office)."""

    at: dt.datetime
    file_name: str
    #: The addressee as this office calls it now (its Chinese name too, if it has one); "" for a
    #: package to any office.
    office: str
    office_zh: str
    #: Whether the office acknowledged holding what the package carried (None: no addressee).
    imported: bool | None


def packages_with(conn: sqlite3.Connection, person_id: str) -> list[PackageSent]:
    """The sync packages that carried the person (the merged-away records too), oldest first."""
    from petdesk.services import export_log

    lines = {line.id: line for line in export_log.lines(conn, contact_id=person_id, limit=10_000)}
    lines = {k: v for k, v in lines.items() if v.kind == "sync_package"}
    if not lines:
        return []
    self_row = conn.execute("SELECT id FROM office WHERE is_self = 1 ORDER BY created_at LIMIT 1").fetchone()
    self_id = str(self_row[0]) if self_row else ""
    out = []
    for counts, peer_id, peer_name, name, name_zh, acked in conn.execute(
        "SELECT x.counts, x.peer_office_id, x.peer_name, o.name, o.name_zh, p.acked "
        "FROM sync_exchange x LEFT JOIN office o ON o.id = x.peer_office_id "
        "LEFT JOIN sync_peer p ON p.office_id = x.peer_office_id "
        "WHERE x.direction = 'export' AND x.counts LIKE ?",
        (f'%"{LOG_KEY}"%',),
    ):
        extra = json.loads(counts or "{}")
        line = lines.get(extra.get(LOG_KEY))
        if line is None:
            continue
        if not peer_id:
            out.append(PackageSent(line.at, line.file_name, "", "", None))
            continue
        held = str(json.loads(acked or "{}").get(self_id, ""))
        sent = str(extra.get(SENT_KEY) or "")
        called = str(name or peer_name or peer_id)  # an office forgotten here: the name recorded
        imported = bool(sent) and held >= sent
        out.append(PackageSent(line.at, line.file_name, called, str(name_zh or ""), imported))
    return sorted(out, key=lambda p: p.at)


def sentence(package: PackageSent, locale: str = "en") -> str:
    """ "sync package p.petdesk-sync to Bonn; Bonn has confirmed it holds what the package carried",
    in ``locale`` (the office by its Chinese name in Chinese, where it has one)."""
    from petdesk.i18n import translator

    _ = translator(locale)
    if package.imported is None:
        return _(
            "sync package {file} to any office (not addressed to one: which offices imported it is not known)"
        ).format(file=package.file_name)
    if package.imported:
        text = _("sync package {file} to {office}; {office} has confirmed it holds what the package carried")
    else:
        text = _("sync package {file} to {office}; no confirmation yet that {office} imported it")
    return text.format(file=package.file_name, office=office_name(package.office, package.office_zh, locale))
