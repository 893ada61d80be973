"""Saved views of the list pages: a name for a search, its filters, sort and shown columns.

Kept in the ``setting`` table (key ``views.<kind>``, JSON) rather than a table of their own: a
view is this office's way of looking at its records, so it lives in the file (backed up and
moved with it) but it is not a record to exchange, and the setting table is never synced. No
migration is needed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from petdesk.models.office import Setting


@dataclass(frozen=True)
class SavedView:
    name: str
    text: str = ""
    sort: str = ""
    descending: bool = False
    filters: dict[str, str] = field(default_factory=dict)
    #: Keys of the columns hidden in this view.
    hidden: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SavedView:
        return cls(
            name=str(data.get("name", "")),
            text=str(data.get("text", "")),
            sort=str(data.get("sort", "")),
            descending=bool(data.get("descending", False)),
            filters={str(k): str(v) for k, v in dict(data.get("filters") or {}).items()},
            hidden=tuple(str(k) for k in data.get("hidden") or ()),
        )


def _key(kind: str) -> str:
    return f"views.{kind}"


def saved_views(session: Session, kind: str) -> list[SavedView]:
    """The saved views of a list, by name."""
    row = session.get(Setting, _key(kind))
    try:
        items = json.loads(row.value) if row is not None and row.value else []
    except ValueError:
        return []  # a damaged value loses the views, never the list
    views = [SavedView.from_json(v) for v in items if isinstance(v, dict)]
    return sorted((v for v in views if v.name), key=lambda v: v.name.casefold())


def _store(session: Session, kind: str, views: list[SavedView]) -> None:
    value = json.dumps([asdict(v) for v in views], ensure_ascii=False)
    row = session.get(Setting, _key(kind))
    if row is None:
        session.add(Setting(key=_key(kind), value=value))
    else:
        row.value = value
    session.flush()


def save_view(session: Session, kind: str, view: SavedView) -> None:
    """Save ``view`` under its name (replacing a view of that name)."""
    if not view.name.strip():
        raise ValueError("a saved view needs a name")
    _store(session, kind, [v for v in saved_views(session, kind) if v.name != view.name] + [view])


def delete_view(session: Session, kind: str, name: str) -> None:
    _store(session, kind, [v for v in saved_views(session, kind) if v.name != name])
