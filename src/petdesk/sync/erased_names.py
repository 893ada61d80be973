"""An erased person's name where it was copied as text, not linked by id (field test 28).

Staff names are typed, not linked: "Logged by" of an activity, "Merged by" of a merge, who made
a change in the history, the ``staff.name`` setting. When the erased person is (or was) a member
of staff, their name stays in those texts unless it is replaced too. A text is replaced when it
names the person (Latin in either order, Chinese) as a whole word: "Liu Yang (刘洋)" becomes
the placeholder, "刘洋, Bonn" "<placeholder>, Bonn", while "Liu Yangming" or "刘洋洋" stay.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from petdesk.sync.entities import by_name
from petdesk.sync.hlc import Version
from petdesk.sync.tracking import STAFF_SETTING, encode_value, log_changes, record_local_change

#: What stands instead of an erased person's name in a text; both languages, as it travels to
#: offices working in either.
ERASED_NAME = "(erased person / 已清除的人员)"

#: (table, column) of synchronised records holding a staff name as text.
_RECORD_NAME_COLUMNS = (("activity", "author"), ("merge_record", "author"))
#: Fields whose values in the change log and conflicts are such names.
_NAME_FIELDS = tuple(column for _table, column in _RECORD_NAME_COLUMNS)
#: What may stand between the names in a text naming the person: spaces and punctuation.
_FILLER = re.compile(r"[\s\W_]+", re.UNICODE)


def name_forms(cursor: Any, person_id: str) -> list[str]:
    """The ways the person's name is written ("Liu Yang", "Yang Liu", "刘洋"), longest first."""
    row = cursor.execute(
        "SELECT given_name, family_name, given_name_zh, family_name_zh FROM contact WHERE id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        return []
    given, family, given_zh, family_zh = (str(v or "").strip() for v in row)
    forms = {
        " ".join(p for p in (given, family) if p),
        " ".join(p for p in (family, given) if p),
        family_zh + given_zh,
    }
    return sorted((f for f in forms if f), key=len, reverse=True)


def without_names(text: str | None, forms: list[str]) -> str | None:
    """``text`` with :data:`ERASED_NAME` for each of ``forms`` standing as a whole word in it
    (the whole text when nothing else but punctuation is left); None when it holds none."""
    if not text or not forms:
        return None
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in forms), re.IGNORECASE)
    if not pattern.search(text):
        return None
    if not _FILLER.sub("", pattern.sub("", text)):  # "Liu Yang (刘洋)": nothing but the names
        return ERASED_NAME
    return pattern.sub(ERASED_NAME, text)


def count_copied_names(cursor: Any, forms: list[str], erased: Collection[tuple[str, str]]) -> dict[str, int]:
    """Where :func:`replace_copied_names` will put the placeholder, by place: ``activity`` and
    ``merge_record`` (records the person is the author of), ``sync_change`` (history entries they
    made) and ``setting`` (1: they are this installation's staff name); only places found. Rows
    in ``erased`` (table, id) go with the person and are not counted."""
    if not forms:
        return {}
    gone = set(erased)
    counts: dict[str, int] = {}
    for table, column in _RECORD_NAME_COLUMNS:
        texts = [t for (t,) in cursor.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} != ''")]
        counts[table] = sum(
            (table, row_id) not in gone
            for text in texts
            if without_names(text, forms) is not None
            for (row_id,) in cursor.execute(f"SELECT id FROM {table} WHERE {column} = ?", (text,))
        )
    staff = [s for (s,) in cursor.execute("SELECT DISTINCT staff FROM sync_change")]
    counts["sync_change"] = sum(
        (entity, row_id) not in gone
        for name in staff
        if without_names(name, forms) is not None
        for entity, row_id in cursor.execute(
            "SELECT entity, row_id FROM sync_change WHERE staff = ?", (name,)
        )
    )
    setting = cursor.execute("SELECT value FROM setting WHERE key = ?", (STAFF_SETTING,)).fetchone()
    counts["setting"] = int(bool(setting) and without_names(setting[0], forms) is not None)
    return {place: n for place, n in counts.items() if n}


def replace_copied_names(cursor: Any, forms: list[str], *, local: Version) -> int:
    """Put :data:`ERASED_NAME` in place of the person's name in every text that copied it; the
    records' changes are this office's edits, so they travel and erase the name elsewhere too.
    Returns how many records changed."""
    if not forms:
        return 0
    # First, so that the changes below are not logged under the erased person's name.
    setting = cursor.execute("SELECT value FROM setting WHERE key = ?", (STAFF_SETTING,)).fetchone()
    if setting and without_names(setting[0], forms) is not None:
        cursor.execute("DELETE FROM setting WHERE key = ?", (STAFF_SETTING,))
    from petdesk.sync.erasure import erased_value

    changed = 0
    for table, column in _RECORD_NAME_COLUMNS:
        found = [
            (row_id, replaced)
            for row_id, text in cursor.execute(f"SELECT id, {column} FROM {table} WHERE {column} != ''")
            if (replaced := without_names(text, forms)) is not None
        ]
        for row_id, replaced in found:
            cursor.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (replaced, row_id))
            if table in by_name():
                record_local_change(cursor, table, row_id, {column}, hlc=local.hlc, office=local.office)
        # The history shows the change ("an erased person"), not the name it replaced.
        log_changes(
            cursor,
            [(table, row_id, column, erased_value("contact"), replaced) for row_id, replaced in found],
            hlc=local.hlc,
            office=local.office,
        )
        changed += len(found)
    _forget_in_history(cursor, forms)
    return changed


def _forget_in_history(cursor: Any, forms: list[str]) -> None:
    """The name out of the change log (who made a change, old and new values of the name
    fields) and the conflicts: neither of them travels, but both are in the file."""
    staff = [
        (replaced, s)
        for (s,) in cursor.execute("SELECT DISTINCT staff FROM sync_change")
        if (replaced := without_names(s, forms)) is not None
    ]
    cursor.executemany("UPDATE sync_change SET staff = ? WHERE staff = ?", staff)
    _forget_in_logs(cursor, forms)
    fields = ", ".join("?" * len(_NAME_FIELDS))
    for table, a, b in (
        ("sync_change", "old_value", "new_value"),
        ("sync_conflict", "winner_value", "loser_value"),
    ):
        for value_column in (a, b):
            values = [
                (encode_value(replaced), v, *_NAME_FIELDS)
                for (v,) in cursor.execute(
                    f"SELECT DISTINCT {value_column} FROM {table} WHERE field IN ({fields})", _NAME_FIELDS
                )
                if isinstance(v, str) and (replaced := without_names(_decoded(v), forms)) is not None
            ]
            cursor.executemany(
                f"UPDATE {table} SET {value_column} = ? WHERE {value_column} = ? AND field IN ({fields})",
                values,
            )


def _forget_in_logs(cursor: Any, forms: list[str]) -> None:
    """The name out of this office's logs that credit a staff member: the files of personal data
    written (``export_log``), the bulk actions, and who made a package or a decision (the sync
    journal keeps it in its JSON). None of them travels; all are in the file."""
    for table in ("export_log", "housekeeping_log"):
        named = [
            (replaced, s)
            for (s,) in cursor.execute(f"SELECT DISTINCT staff FROM {table}")
            if (replaced := without_names(s, forms)) is not None
        ]
        cursor.executemany(f"UPDATE {table} SET staff = ? WHERE staff = ?", named)
    journal = []
    for row_id, counts in cursor.execute(
        "SELECT id, counts FROM sync_exchange WHERE counts LIKE '%\"staff\"%'"
    ):
        details = json.loads(counts or "{}")
        if isinstance(staff := details.get("staff"), str) and (replaced := without_names(staff, forms)):
            journal.append((json.dumps({**details, "staff": replaced}, ensure_ascii=False), row_id))
    cursor.executemany("UPDATE sync_exchange SET counts = ? WHERE id = ?", journal)


def _decoded(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return decoded if isinstance(decoded, str) else ""
