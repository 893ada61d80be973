"""Tag and untag many contacts or organisations at once, set-based, in the caller's transaction.

Tagging "all 100,000 matching" one ORM object at a time costs minutes: every row is loaded,
flushed, versioned for sync and logged in Python, and the search index is rebuilt. Here the work
is a handful of statements over a temporary table of the targets (filled by ``INSERT ... SELECT``
from the search query itself, or from the ids given):

* the new tag lists are computed by SQLite's JSON functions (case-insensitively, as
  :func:`petdesk.services.contacts.clean_tags` compares tags);
* one ``UPDATE ... FROM`` writes the changed rows;
* sync change capture is done in SQL too: the field versions (``sync_row_version``) and the
  change log (``sync_change``) get the same rows the ORM hook would write;
* the search index is brought up to date in place, without the dirty queue (which rebuilds the
  whole index above 5,000 entities): an added tag is appended to each entry's text, tags and
  grams by SQL; for a removed tag the entries' new text and grams are computed in batches by the
  index's own builder and only what differs is written (the tag's gram rows that no other part of
  the entry still needs are deleted; the entry rows keep their ids).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy.orm import Session

from petdesk.connection import begin_real_transaction, session_sqlite
from petdesk.han_script import simplified
from petdesk.models.types import new_id, stored_time, utcnow
from petdesk.services import names, tag_removal
from petdesk.services import search as search_service
from petdesk.sync import tracking
from petdesk.sync.hlc import PersistentClock, to_int
from petdesk.sync.versions import Codes

#: Entity kinds with tags handled here, and their tables.
TABLES = {search_service.CONTACT: "contact", search_service.ORGANISATION: "organisation"}
_TEMP = "temp.petdesk_retag"
#: The search entries (row ids) whose added tags are written in place.
_ENTRIES = "temp.petdesk_retag_entry"
#: Above this many changed records the FTS index is rebuilt once instead of row by row.
FTS_REBUILD_ABOVE = 5000


def _clean(tags: Iterable[str]) -> list[str]:
    from petdesk.services.contacts import clean_tags

    return clean_tags(tags)


def _install_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(
        "petdesk_casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True
    )
    conn.create_function("petdesk_new_id", 0, new_id)
    conn.create_function("petdesk_add_parts", 2, _add_parts, deterministic=True)
    conn.create_function("petdesk_add_grams", 2, _add_grams, deterministic=True)


def _add_parts(text: str, parts: str) -> str:
    """``text`` with the parts of the JSON list ``parts`` at its end, as ``search._join_text``
    joins them (the caller leaves out the texts that hold one of them already)."""
    return search_service._SEP.join([text, *json.loads(parts)] if text else json.loads(parts))


def _add_grams(grams: str, new: str) -> str:
    """The grams of both, distinct and sorted, as the index's builder writes them."""
    return " ".join(sorted({*grams.split(), *new.split()}))


@dataclass(frozen=True)
class TagChange:
    """What :func:`retag_change` did: each changed record's tag list before and after (as
    stored), so :func:`undo` can put exactly the old lists back."""

    kind: str
    #: (record id, tags before, tags after), the lists as their stored JSON text.
    changed: tuple[tuple[str, str, str], ...]

    # Built once: the window asks for them several times after tagging all 100,000 contacts, and
    # each build on its thread cost about 100 ms (field test 61).
    @cached_property
    def ids(self) -> list[str]:
        return [record_id for record_id, _before, _after in self.changed]

    @cached_property
    def id_set(self) -> frozenset[str]:
        """The ids as a set, for announcing the change and its Undo (``frozenset`` of it is it)."""
        return frozenset(self.ids)


def retag(
    session: Session,
    kind: str,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    filters: dict[str, str] | None = None,
) -> int:
    """Add ``add`` and remove ``remove`` (case-insensitively) on the live records of ``kind``
    given by ``ids`` or matching the search ``query`` and ``filters`` (the list's "all N
    matching"); returns how many records changed."""
    change = retag_change(session, kind, ids=ids, query=query, add=add, remove=remove, filters=filters)
    return len(change.changed)


def retag_change(
    session: Session,
    kind: str,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    add: Iterable[str] = (),
    remove: Iterable[str] = (),
    filters: dict[str, str] | None = None,
) -> TagChange:
    """:func:`retag`, returning what changed so that the caller can offer :func:`undo`."""
    table = TABLES[kind]
    add_list = _clean(add)
    remove_folded = sorted({t.strip().casefold() for t in remove if t.strip()})
    if not add_list and not remove_folded:
        return TagChange(kind, ())
    conn = _start(session)
    live = f"SELECT t.id, t.tags FROM {table} t WHERE t.deleted_at IS NULL AND t.id IN "
    if query is not None:
        sql, params = search_service.matching_ids_sql(query, kind=kind, filters=filters)
        conn.execute(f"INSERT OR IGNORE INTO {_TEMP} (id, old) {live}(SELECT * FROM ({sql}))", params)
    else:
        targets = list(dict.fromkeys(ids or ()))
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS petdesk_retag_ids (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.petdesk_retag_ids")
        conn.executemany("INSERT OR IGNORE INTO temp.petdesk_retag_ids VALUES (?)", [(i,) for i in targets])
        conn.execute(f"INSERT INTO {_TEMP} (id, old) {live}(SELECT id FROM temp.petdesk_retag_ids)")
    current = "coalesce(new, old)"
    if remove_folded:
        marks = ",".join("?" * len(remove_folded))
        conn.execute(
            f"UPDATE {_TEMP} SET new = (SELECT json_group_array(value) FROM json_each({current}) "
            f"WHERE petdesk_casefold(value) NOT IN ({marks})) "
            f"WHERE EXISTS (SELECT 1 FROM json_each({current}) WHERE petdesk_casefold(value) IN ({marks}))",
            [*remove_folded, *remove_folded],
        )
    for tag in add_list:
        conn.execute(
            f"UPDATE {_TEMP} SET new = json_insert({current}, '$[#]', ?) WHERE NOT EXISTS "
            f"(SELECT 1 FROM json_each({current}) WHERE petdesk_casefold(value) = ?)",
            [tag, tag.casefold()],
        )
    conn.execute(f"DELETE FROM {_TEMP} WHERE new IS NULL OR new = old")
    change = TagChange(kind, tuple(conn.execute(f"SELECT id, old, new FROM {_TEMP} ORDER BY id")))
    _write(session, conn, kind, None if remove_folded else add_list)
    return change


def write_lists(session: Session, kind: str, lists: dict[str, list[str]]) -> TagChange:
    """Give the live records of ``kind`` named in ``lists`` those tag lists, as computed by the
    caller (a renamed tag keeps its place in each list, which add-and-remove cannot do)."""
    conn = _start(session)
    conn.executemany(
        f"INSERT INTO {_TEMP} (id, old, new) SELECT t.id, t.tags, json(?) FROM {TABLES[kind]} t "
        "WHERE t.id = ? AND t.deleted_at IS NULL",
        [(json.dumps(tags, ensure_ascii=False), record_id) for record_id, tags in lists.items()],
    )
    conn.execute(f"DELETE FROM {_TEMP} WHERE new = old")
    change = TagChange(kind, tuple(conn.execute(f"SELECT id, old, new FROM {_TEMP} ORDER BY id")))
    _write(session, conn, kind, None)
    return change


def undo(session: Session, change: TagChange) -> int:
    """Put back the tag lists ``change`` replaced, on the records whose tags are still the ones it
    wrote (a record edited since keeps its newer tags); returns how many changed back."""
    conn = _start(session)
    conn.executemany(
        f"INSERT INTO {_TEMP} (id, old, new) SELECT t.id, t.tags, ? FROM {TABLES[change.kind]} t "
        "WHERE t.id = ? AND t.deleted_at IS NULL AND t.tags IS ?",
        [(before, record_id, after) for record_id, before, after in change.changed],
    )
    return _write(session, conn, change.kind, None)


def _start(session: Session) -> sqlite3.Connection:
    session.flush()  # pending ORM work first: this writes under the ORM's feet
    conn = session_sqlite(session)
    begin_real_transaction(conn)
    _install_functions(conn)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS petdesk_retag (id TEXT PRIMARY KEY, old TEXT, new TEXT)")
    conn.execute(f"DELETE FROM {_TEMP}")
    return conn


def _write(session: Session, conn: sqlite3.Connection, kind: str, added: list[str] | None) -> int:
    """Write the temporary table's new tag lists with their index entries and sync history;
    ``added`` names the tags only added (appended to the index in place), None for any other
    change (the entries are rebuilt). Returns how many records changed."""
    changed = int(conn.execute(f"SELECT count(*) FROM {_TEMP}").fetchone()[0])
    if not changed:
        return 0
    table = TABLES[kind]
    now = stored_time(utcnow())
    dirty_before = conn.execute("SELECT coalesce(max(seq), 0) FROM search_dirty").fetchone()[0]
    conn.execute(
        f"UPDATE {table} SET tags = r.new, updated_at = ? FROM {_TEMP} r WHERE {table}.id = r.id", [now]
    )
    if added is None:
        _index_changed_tags(conn, kind, now, dirty_before)
    else:
        _index_added_tags(conn, kind, added, now, dirty_before)
    _capture_for_sync(conn, table, now)
    conn.execute(f"DELETE FROM {_TEMP}")
    session.expire_all()  # loaded objects of this session now hold old tags
    return changed


def _index_added_tags(
    conn: sqlite3.Connection, kind: str, tags: list[str], now: object, dirty_before: int
) -> None:
    """Add the added tags to the search entries as ``search._contact_entry`` builds them: the
    folded tag as a part of the text, the tag list, the grams (sorted, as the builder writes them)
    and the tag's gram rows, by a few set-based statements over the entries' row ids.

    A contact's tags are the last parts of its text unless it has a nickname or a middle name, so
    only then is the tag's part appended in place; those others, the few whose text holds the
    part already, and organisations (whose tags sit in the middle of the text) are built again
    by the index's own builder."""
    # The UPDATE above queued every target for reindexing; the index is brought up to date here.
    conn.execute("DELETE FROM search_dirty WHERE seq > ? AND kind = ?", [dirty_before, kind])
    if kind != search_service.CONTACT:
        trigger_sql = _pause_fts_trigger(conn)
        _rebuild_entries(conn, kind, [r[0] for r in conn.execute(f"SELECT id FROM {_TEMP} ORDER BY id")], now)
        _resume_fts_trigger(conn, trigger_sql)
        return
    parts: list[str] = []  # each tag's part of the text, once (as ``search._join_text`` keeps it)
    grams: set[str] = set()
    for tag in tags:
        if (part := simplified(names.fold(tag))) and part not in parts:  # Han keyed Simplified
            parts.append(part)
        search_service._prefix_grams(search_service._words(tag), grams)
        search_service._cjk_grams(simplified(tag), grams)
    # The entries by row id (the UPDATE then walks search_entry in its own order, page by page,
    # instead of by the kind index it rewrites: 5.5 s of the 7 s for 100,000 contacts, round 62),
    # with the end of each text as it was (``tail``: its last two characters; ``size``: its length).
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_ENTRIES[5:]} "
        "(entry_id INTEGER PRIMARY KEY, entity_id TEXT, new TEXT, tail TEXT, size INTEGER)"
    )
    conn.execute(f"DELETE FROM {_ENTRIES}")
    conn.execute(
        f"INSERT INTO {_ENTRIES} (entry_id, entity_id, new, tail, size) "
        "SELECT e.id, r.id, r.new, substr(e.text, -2), length(e.text) "
        f"FROM {_TEMP} r CROSS JOIN search_entry e ON e.entity_id = r.id WHERE e.kind = ?",
        [kind],
    )
    # Built again instead: a nickname or middle name follows the tags in the text; a tag's part
    # the text holds already may be a piece of another part (the phones), which keeps its place.
    others = " OR ".join(["instr(' ; ' || e.text || ' ; ', ?) > 0"] * len(parts)) or "0"
    built = conn.execute(
        f"SELECT x.entry_id, x.entity_id FROM {_ENTRIES} x CROSS JOIN contact c ON c.id = x.entity_id "
        "CROSS JOIN search_entry e ON e.id = x.entry_id "
        f"WHERE coalesce(c.nickname, '') <> '' OR coalesce(c.middle_name, '') <> '' OR {others}",
        [f"{search_service._SEP}{p}{search_service._SEP}" for p in parts],
    ).fetchall()
    conn.executemany(f"DELETE FROM {_ENTRIES} WHERE entry_id = ?", [(entry_id,) for entry_id, _ in built])
    # through the FTS trigger, as few as they are
    _rebuild_entries(conn, kind, sorted(entity_id for _, entity_id in built), now)
    trigger_sql = _pause_fts_trigger(conn)
    conn.execute(
        "UPDATE search_entry SET text = petdesk_add_parts(text, ?1), grams = petdesk_add_grams(grams, ?2), "
        "tags = (SELECT coalesce(group_concat(value, ', '), '') FROM json_each(x.new)), updated_at = ?3 "
        f"FROM {_ENTRIES} x WHERE search_entry.id = x.entry_id",
        [json.dumps(parts), " ".join(sorted(grams)), now],
    )
    conn.execute(
        "INSERT OR IGNORE INTO search_gram (gram, is_org, entry_id, rank_zh) "
        f"SELECT g.value, 0, e.id, e.rank_zh FROM json_each(?) g CROSS JOIN {_ENTRIES} x "
        "CROSS JOIN search_entry e ON e.id = x.entry_id ORDER BY 1, 3",
        [json.dumps(sorted(grams))],
    )
    if trigger_sql:
        # Each text only grew at its end: the trigram index lacks just the trigrams reaching into
        # the new end, which a row of the old text's last two characters and the new end gives.
        # The FTS index then holds the entry's trigrams in two parts, which it reads as one (its
        # integrity check agrees; equal hits to a rebuild's): 0.5 s for 100,000, a rebuild 3.7 s.
        conn.execute(
            "INSERT INTO search_fts (rowid, text) SELECT x.entry_id, x.tail || substr(e.text, x.size + 1) "
            f"FROM {_ENTRIES} x CROSS JOIN search_entry e ON e.id = x.entry_id WHERE length(e.text) > x.size"
        )
        conn.execute(trigger_sql)
    conn.execute(f"DELETE FROM {_ENTRIES}")


def _pause_fts_trigger(conn: sqlite3.Connection) -> str | None:
    """For many rows, drop the FTS update trigger (returns its SQL for ``_resume_fts_trigger``):
    re-indexing each row's text through it costs half a millisecond a row (55 s for 100,000);
    one rebuild of the FTS index afterwards is far cheaper."""
    if conn.execute(f"SELECT count(*) FROM {_TEMP}").fetchone()[0] <= FTS_REBUILD_ABOVE:
        return None
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'search_fts_au'")
    trigger_sql: str | None = (trigger.fetchone() or [None])[0]
    if trigger_sql:
        conn.execute("DROP TRIGGER search_fts_au")  # inside the transaction: a rollback restores it
    return trigger_sql


def _resume_fts_trigger(conn: sqlite3.Connection, trigger_sql: str | None) -> None:
    if trigger_sql:
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        conn.execute(trigger_sql)


def _index_changed_tags(conn: sqlite3.Connection, kind: str, now: object, dirty_before: int) -> None:
    """Bring the search entries of the retagged records up to date in place (a tag was removed),
    without the queue's rebuild of everything above 5,000."""
    conn.execute("DELETE FROM search_dirty WHERE seq > ? AND kind = ?", [dirty_before, kind])
    trigger_sql = _pause_fts_trigger(conn)
    # most contacts' entries are written in place; the builder takes the others (issue 17, round 63)
    done = tag_removal.write_in_place(conn, _TEMP, now) if kind == search_service.CONTACT else set()
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {_TEMP} ORDER BY id") if r[0] not in done]
    _rebuild_entries(conn, kind, ids, now)
    _resume_fts_trigger(conn, trigger_sql)


def _rebuild_entries(conn: sqlite3.Connection, kind: str, ids: list[str], now: object) -> None:
    """The index's own builder computes the entries of ``ids`` from their records (in one pass
    over the table for most of its records, else 500 at a time), and only the difference is
    written: equal to a rebuild."""
    if not ids:
        return
    build = search_service._contact_entries if kind == search_service.CONTACT else search_service._org_entries
    live = conn.execute(f"SELECT count(*) FROM {TABLES[kind]} WHERE deleted_at IS NULL")
    # Most of the records: one pass of the builder over the table beats batches of lookups.
    whole = len(ids) * 2 > live.fetchone()[0]
    everything = {e.entity_id: e for e in build(conn, None)} if whole else {}
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        built = everything if whole else {e.entity_id: e for e in build(conn, batch)}
        marks = ",".join("?" * len(batch))
        rows = conn.execute(  # by the unique entity id (with the kind, SQLite would scan the kind)
            f"SELECT id, entity_id, grams, rank_zh FROM search_entry WHERE entity_id IN ({marks})",
            batch,
        ).fetchall()
        is_org = int(kind == search_service.ORGANISATION)
        updates, gone, new = [], [], []
        for row_id, entity_id, grams, rank_zh in rows:
            entry = built.get(entity_id)
            if entry is None:
                continue
            before, after = set(grams.split()), set(entry.grams)
            gone += [(g, is_org, row_id) for g in sorted(before - after)]
            new += [(g, is_org, row_id, rank_zh) for g in sorted(after - before)]
            updates.append((entry.text, entry.tags, " ".join(sorted(after)), now, row_id))
        tag_removal.write_entries(conn, updates)
        conn.executemany(search_service._DELETE_GRAM, gone)
        conn.executemany(search_service._INSERT_GRAM, new)


def _capture_for_sync(
    conn: sqlite3.Connection, table: str, now: object, *, field: str = "tags", temp: str = _TEMP
) -> None:
    """What ``sync.tracking``'s flush hook records for an ORM edit of ``field``, for all rows of
    ``temp`` (id, old, new) at once (``services.bulk_edit`` uses it for other fields)."""
    cursor = conn.cursor()
    try:
        if not tracking.sync_ready(cursor):
            return
        office = tracking.self_office_id(cursor)
        hlc = PersistentClock(cursor).tick()
        codes = Codes(cursor)
        entity, stored_hlc, office_code = codes.entity(table), to_int(hlc), codes.office(office)
        stamp = f"json_array({stored_hlc}, {office_code})"  # two integers (the version table's form)
        # A record with versions gets tags and updated_at stamped; one without (written in bulk by
        # the demo) is new to everyone else, like ``record_local_changes`` does.
        cursor.execute(
            "INSERT OR REPLACE INTO sync_row_version "
            "(entity, row_id, base_hlc, base_office, fields, max_hlc) "
            "SELECT ?, r.id, coalesce(v.base_hlc, ?), coalesce(v.base_office, ?), "
            f"CASE WHEN v.row_id IS NULL THEN NULL ELSE json_set(coalesce(v.fields, '{{}}'), "
            f"'$.{field}', {stamp}, '$.updated_at', {stamp}) END, ? "
            f"FROM {temp} r LEFT JOIN sync_row_version v ON v.entity = ? AND v.row_id = r.id",
            [entity, stored_hlc, office_code, stored_hlc, entity],
        )
        if tracking.change_log_ready(cursor):
            cursor.execute(
                tracking.LOG_INSERT_SQL.split(" VALUES ")[0]
                + f" SELECT petdesk_new_id(), ?, r.id, '{field}', json_quote(r.old), json_quote(r.new), "
                "?, ?, ?, ? "
                f"FROM {temp} r",
                [table, hlc, office, tracking.staff_name(cursor), now],
            )
        # A field changed here by hand settles the open conflicts about it.
        cursor.execute(
            "UPDATE sync_conflict SET resolved_at = ?, "
            f"resolution = 'edited' WHERE entity = ? AND field = '{field}' AND resolved_at IS NULL "
            f"AND row_id IN (SELECT id FROM {temp})",
            [now, table],
        )
    finally:
        cursor.close()
