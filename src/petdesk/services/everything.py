"""One search for everything (the window's Ctrl+K): organisations, contacts, visits, trainings,
projects and technologies in one ranked list, with pinyin.

People and organisations come from the search index (``services.search``: pinyin, initials,
e-mails, phone digits); the other kinds match their titles in both scripts and the pinyin of
their Chinese titles, as their list pages do.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.services import names, search
from petdesk.services.home import CONTACT, ORGANISATION, PROJECT, TECHNOLOGY, TRAINING, VISIT, Entry, Ref
from petdesk.services.lists import _like_any_or_pinyin

#: The order kinds are listed in when they match equally well.
ORDER = (CONTACT, ORGANISATION, VISIT, TRAINING, PROJECT, TECHNOLOGY)


def _records(session: Session, query: str, limit: int) -> list[Entry]:
    """Visits, trainings, projects and technologies whose titles match ``query`` (newest first)."""
    v, t, p, tech = m.Visit, m.Training, m.Project, m.Technology
    out: list[Entry] = []
    kinds: tuple[tuple[str, Any, Any, Any, Any, Any], ...] = (
        (VISIT, v, v.title_en, v.title_zh, v.start_date.desc(), v.start_date),
        (TRAINING, t, t.title_en, t.title_zh, t.start_date.desc(), t.start_date),
        (PROJECT, p, p.title_en, p.title_zh, p.updated_at.desc(), p.deadline),
        (TECHNOLOGY, tech, tech.name_en, tech.name_zh, tech.name_en.asc(), None),
    )
    for kind, model, en, zh, order, date in kinds:
        columns = [model.id, en, zh] + ([date] if date is not None else [])
        stmt = (
            select(*columns)
            .where(model.deleted_at.is_(None), _like_any_or_pinyin(en, chinese=(zh,))(query))
            .order_by(order, model.id)
            .limit(limit)
        )
        for row in session.execute(stmt):
            day = row[3] if date is not None and isinstance(row[3], dt.date) else None
            out.append(Entry(Ref(kind, row[0]), row[1] or "", row[2] or "", day))
    return out


def _people(session: Session, query: str, language: str, limit: int) -> list[Entry]:
    out = []
    for kind in (CONTACT, ORGANISATION):
        for row in search.search(session, query, kind=kind, language=language, limit=limit):
            out.append(
                Entry(
                    Ref(kind, row.entity_id),
                    row.name_en,
                    row.name_zh,
                    context_en=row.organisation("en") if kind == CONTACT else row.city("en"),
                    context_zh=row.organisation("zh") if kind == CONTACT else row.city("zh"),
                )
            )
    return out


def _rank(entry: Entry, folded: str) -> int:
    """0 when a title starts with the query, 1 when a word of it does, 2 otherwise."""
    titles = [names.fold(entry.title_en), names.fold(entry.title_zh)]
    if any(title.startswith(folded) for title in titles):
        return 0
    if any(f" {folded}" in f" {title}" for title in titles):
        return 1
    return 2


def search_everything(
    session: Session, query: str, *, language: str = "en", per_kind: int = 8
) -> list[Entry]:
    """Up to ``per_kind`` matches of each kind, best first: titles starting with the query, then
    words starting with it, then the rest; within a rank, people before places before events."""
    query = query.strip()
    if not query:
        return []
    found = _people(session, query, language, per_kind) + _records(session, query, per_kind)
    folded = names.fold(query)
    seen: set[Ref] = set()
    unique = [e for e in found if not (e.ref in seen or seen.add(e.ref))]  # type: ignore[func-returns-value]
    return sorted(unique, key=lambda e: (_rank(e, folded), ORDER.index(e.ref.kind)))
