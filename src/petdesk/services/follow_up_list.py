"""The follow-up list on a plain sqlite3 connection: ``petdesk followups`` reads it without
SQLAlchemy or the models (half a second of every run), with the rows, filters and order of
:func:`petdesk.services.follow_ups.listing`, which shares the row, the filter and the order."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from petdesk.batches import in_batches
from petdesk.enums import FollowUpStatus, is_known, stored
from petdesk.stored_times import read_stored_time

#: The kinds of record a follow-up can belong to, in the order :func:`partner_of` picks one: a
#: follow-up agreed during a visit belongs to the visit (it is kept and opened there), else to the
#: person, the organisation or the project it is about.
PARTNER_KINDS = ("visit", "contact", "organisation", "project")


def partner_of(links: Any) -> tuple[str, str]:
    """(kind, id) of the record a follow-up belongs to, ("", "") for none. ``links`` is a follow-up
    or any row with its ``visit_id``, ``contact_id``, ``organisation_id`` and ``project_id``."""
    for kind in PARTNER_KINDS:
        if record_id := getattr(links, f"{kind}_id"):
            return kind, record_id
    return "", ""


@dataclass(frozen=True)
class FollowUpRow:
    """One follow-up as lists show it."""

    id: str
    title_en: str
    title_zh: str
    note: str
    due_date: dt.date | None
    status: FollowUpStatus
    owner_id: str | None
    owner_en: str
    owner_zh: str
    #: The record it belongs to (:func:`partner_of`): its kind ("" for none), id and name.
    partner_kind: str
    partner_id: str
    partner_en: str
    partner_zh: str
    #: The visit it was agreed in, if any (it opens there).
    visit_id: str | None = None
    #: When it last changed (a calendar file's DTSTAMP: two exports of the same data are equal).
    updated_at: dt.datetime | None = None
    #: A status a newer petdesk stored, as stored (``status`` is then its fallback, OPEN): lists
    #: name it rather than pass the stand-in off as the record's.
    stored_status: str | None = None

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh

    def owner(self, language: str = "en") -> str:
        return (
            (self.owner_zh or self.owner_en)
            if language.startswith("zh")
            else (self.owner_en or self.owner_zh)
        )

    def partner(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.partner_zh or self.partner_en
        return self.partner_en or self.partner_zh

    @property
    def is_open(self) -> bool:
        return self.status == FollowUpStatus.OPEN


def list_order(row: FollowUpRow) -> tuple[bool, bool, dt.date, str]:
    return (not row.is_open, row.due_date is None, row.due_date or dt.date.max, row.title_en)


def of_partner(rows: Iterable[FollowUpRow], partner: str) -> list[FollowUpRow]:
    """Those whose partner's name contains ``partner`` (or whose partner's id starts with it)."""
    wanted = partner.casefold()
    return [
        r
        for r in rows
        if wanted in r.partner_en.casefold() or wanted in r.partner_zh or r.partner_id.startswith(partner)
    ]


_COLUMNS = (
    "id, description_en, description_zh, note, due_date, status, owner_id, contact_id, organisation_id, "
    "project_id, visit_id, updated_at"
)


def listing_rows(
    conn: sqlite3.Connection,
    *,
    today: dt.date | None = None,
    due_within: int | None = None,
    overdue: bool = False,
    partner: str = "",
    include_closed: bool = False,
) -> list[FollowUpRow]:
    """As :func:`petdesk.services.follow_ups.listing` (the same statement's filters, in its order)."""
    today = today or dt.date.today()
    where, params = ["deleted_at IS NULL"], []
    if not include_closed:
        # not "= 'open'": a newer petdesk's status is read as OPEN and stays on the list
        where.append("status NOT IN (?, ?)")
        params += [FollowUpStatus.DONE.value, FollowUpStatus.DROPPED.value]
    if overdue:
        where.append("due_date < ?")
        params.append(today.isoformat())
    if due_within is not None:
        where.append("due_date <= ?")
        params.append((today + dt.timedelta(days=due_within)).isoformat())
    found = conn.execute(f"SELECT {_COLUMNS} FROM follow_up WHERE {' AND '.join(where)}", params)
    rows = _rows(conn, [SimpleNamespace(**dict(zip(_COLUMN_NAMES, r, strict=True))) for r in found])
    if partner:
        rows = of_partner(rows, partner)
    return sorted(rows, key=list_order)


_COLUMN_NAMES = tuple(name.strip() for name in _COLUMNS.split(","))


def _rows(conn: sqlite3.Connection, follow_ups: Sequence[Any]) -> list[FollowUpRow]:
    from petdesk.services.names import person_display_name

    people = {}
    person_ids = {i for f in follow_ups for i in (f.owner_id, f.contact_id) if i}
    for cid, family, given, order, family_zh, given_zh in _by_id(
        conn, "contact", "family_name, given_name, name_order, family_name_zh, given_name_zh", person_ids
    ):
        parts = {
            "family": family or "",
            "given": given or "",
            "order": order,
            "family_zh": family_zh or "",
            "given_zh": given_zh or "",
        }
        people[cid] = (person_display_name("en", **parts), person_display_name("zh", **parts))
    names_of: dict[str, dict[str, tuple[str, str]]] = {"contact": people}
    for kind, table, columns in (
        ("organisation", "organisation", "name_en, name_zh"),
        ("project", "project", "title_en, title_zh"),
        ("visit", "visit", "title_en, title_zh"),
    ):
        ids = {getattr(f, f"{kind}_id") for f in follow_ups if getattr(f, f"{kind}_id")}
        names_of[kind] = {r[0]: (r[1], r[2]) for r in _by_id(conn, table, columns, ids)}
    return [
        row_of(
            f,
            names_of,
            due_date=dt.date.fromisoformat(f.due_date) if f.due_date else None,
            updated_at=read_stored_time(f.updated_at),
            stored_status=None if f.status is None or is_known(FollowUpStatus, f.status) else f.status,
        )
        for f in follow_ups
    ]


def row_of(
    f: Any,
    names_of: dict[str, dict[str, tuple[str, str]]],
    *,
    due_date: dt.date | None,
    updated_at: dt.datetime | None,
    stored_status: str | None = None,
) -> FollowUpRow:
    """The row of follow-up ``f`` (a model or a plain row, with its dates read as the caller reads
    them), its owner and the record it belongs to named from ``names_of`` (kind -> id -> (en, zh);
    "contact" holds the people); ``stored_status``: a newer petdesk's status, as stored."""
    kind, record_id = partner_of(f)  # named after the record it opens (review 47, finding 6)
    partner_names = names_of[kind].get(record_id, ("", "")) if kind else ("", "")
    owner = names_of["contact"].get(f.owner_id or "", ("", ""))
    return FollowUpRow(
        id=f.id,
        title_en=f.description_en,
        title_zh=f.description_zh,
        note=f.note or "",
        due_date=due_date,
        status=stored(FollowUpStatus, f.status),
        owner_id=f.owner_id,
        owner_en=owner[0],
        owner_zh=owner[1],
        partner_kind=kind,
        partner_id=record_id,
        partner_en=partner_names[0],
        partner_zh=partner_names[1],
        visit_id=f.visit_id,
        updated_at=updated_at,
        stored_status=stored_status,
    )


def _by_id(conn: sqlite3.Connection, table: str, columns: str, ids: set[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for chunk in in_batches(sorted(ids)):
        marks = ", ".join("?" * len(chunk))
        out += conn.execute(f"SELECT id, {columns} FROM {table} WHERE id IN ({marks})", chunk).fetchall()
    return out
