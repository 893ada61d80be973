"""A conflict's values in plain words ("deleted on 4 Dec 2026", "Chidi Okafor", "yes").

Conflicts keep values as packages carry them (times as UTC ISO text, links as record ids, lists as
JSON text, yes/no as 1/0): exact, but not what a person can decide between. Described here from
the file's own schema (the sync commands do not load the models).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from petdesk.i18n import format_date, format_datetime, translator
from petdesk.sync.entities import by_name

#: Longest value shown (a longer one is cut, ending in "…").
WIDTH = 60
_BREAKS = re.compile(r"\s*\n\s*")


class ValueWords:
    """Describes the values of one database's conflicts in one language."""

    def __init__(self, cursor: Any, locale: str, label: Callable[[Any, str, str], str]) -> None:
        """``label(cursor, table, id)``: a record's name (``service.describe_record``)."""
        self.cursor, self.locale, self.label = cursor, locale, label
        self._ = translator(locale)
        self._links: dict[str, dict[str, str]] = {}
        self._types: dict[str, dict[str, str]] = {}

    def __call__(self, entity: str, field: str, value: Any) -> str:
        _ = self._
        spec = by_name().get(entity)
        if field == "deleted_at":
            when = local_time(value)
            if when is None:
                return _("not deleted")
            return _("deleted on {date}").format(date=format_date(when.date(), self.locale))
        if value is None or value == "" or value == "[]":
            return _("(empty)")
        if spec is not None and field in spec.time_columns:
            when = local_time(value)
            return format_datetime(when, self.locale) if when is not None else str(value)
        linked = self.links(entity).get(field)
        if linked is not None and isinstance(value, str):
            found = self.cursor.execute(f"SELECT 1 FROM {linked} WHERE id = ?", (value,)).fetchone()
            if found is None:
                return _("a record not in this database")
            return _quoted(self.label(self.cursor, linked, value))
        kind = self.types(entity).get(field, "")
        if kind == "BOOLEAN" and value in (0, 1, True, False):
            return _("yes") if value else _("no")
        if field == "position" and isinstance(value, int):
            return _("number {n}").format(n=value + 1)
        if isinstance(value, str) and value.startswith("["):
            try:
                items = json.loads(value)
            except ValueError:
                items = None
            if isinstance(items, list):
                return _quoted(", ".join(str(v) for v in items))
        return _quoted(str(value))

    def links(self, entity: str) -> dict[str, str]:
        """Column -> the table it links to, read from the file."""
        if entity not in self._links:
            self._links[entity] = {
                fk[3]: fk[2]
                for fk in self.cursor.execute(f"SELECT * FROM pragma_foreign_key_list('{entity}')")
                if fk[4] in (None, "id")
            }
        return self._links[entity]

    def types(self, entity: str) -> dict[str, str]:
        if entity not in self._types:
            self._types[entity] = {
                r[1]: str(r[2]).upper()
                for r in self.cursor.execute(f"SELECT * FROM pragma_table_info('{entity}')")
            }
        return self._types[entity]


def local_time(value: Any) -> dt.datetime | None:
    """A time as conflicts keep it (UTC ISO text), in this computer's time zone."""
    if not isinstance(value, str) or not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()


def _quoted(text: str) -> str:
    text = _BREAKS.sub(" / ", text.strip())
    if len(text) > WIDTH:
        text = text[: WIDTH - 1] + "…"
    return f"“{text}”"
