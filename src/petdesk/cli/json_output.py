"""``--json`` of ``stats``, ``visits``, ``technologies``, ``needs``, ``duplicates`` and ``backups``:
one JSON document on standard output for scripts (a hub's annual report, a dashboard), shaped as
``search --json`` gives its rows.

Keys are English and stay as they are; dates and times are ISO 8601 (times in UTC with their offset,
as every other JSON output); ids are whole; counts are numbers; Chinese is written as it is
(``ensure_ascii=False``). Values are the data's own (``"done"``, ``"inbound"``), never translated.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.models import Contact, Organisation, Visit
    from petdesk.services.backups import BackupInfo
    from petdesk.services.duplicates import DuplicatePair
    from petdesk.services.needs import NeedRow
    from petdesk.services.technologies import TechnologyRow
    from petdesk.services.trainings import TrainingRow
    from petdesk.services.visit_list import VisitRow


def print_json(document: dict[str, Any]) -> None:
    """``document`` as one JSON document on standard output."""
    print(json.dumps(document, ensure_ascii=False, indent=2))


def print_json_line(document: dict[str, Any]) -> None:
    """``document`` as one line of JSON, flushed at once (a program reads it as it comes). ASCII
    only: a pipe's encoding is the system's, which on Windows may not hold Chinese."""
    print(json.dumps(document, ensure_ascii=True, separators=(",", ":")), flush=True)


def iso_time(moment: dt.datetime) -> str:
    """A moment as ISO 8601 in UTC with its offset (a naive time is the database's UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _enum(value: Any) -> str:
    return str(getattr(value, "value", value))


def visit_row(row: VisitRow) -> dict[str, Any]:
    """One line of ``petdesk visits``."""
    return {
        "id": row.id,
        "title_en": row.title_en,
        "title_zh": row.title_zh,
        "direction": _enum(row.direction),
        "status": _enum(row.status),
        "start_date": _date(row.start_date),
        "end_date": _date(row.end_date),
        "timezone": row.timezone,
        "host_en": row.host_en,
        "host_zh": row.host_zh,
        "visiting_en": row.visiting_en,
        "visiting_zh": row.visiting_zh,
        "items": row.items,
        "participants": row.participants,
        "country": row.country,
        "head_count": row.head_count,
    }


def training_row(row: TrainingRow) -> dict[str, Any]:
    """One line of ``petdesk trainings``: ``participants`` is its "N people" (everyone taking part),
    ``attendees`` those graded for attendance (no trainers or organisers)."""
    return {
        "id": row.id,
        "title_en": row.title_en,
        "title_zh": row.title_zh,
        "status": _enum(row.status),
        "start_date": _date(row.start_date),
        "end_date": _date(row.end_date),
        "city_en": row.city_en,
        "city_zh": row.city_zh,
        "sessions": row.sessions,
        "participants": row.participants,
        "attendees": row.attendees,
    }


def technology_row(row: TechnologyRow) -> dict[str, Any]:
    """One line of ``petdesk technologies``: the sector as its code, the provider's country as its
    two-letter code."""
    return {
        "id": row.id,
        "name_en": row.name_en,
        "name_zh": row.name_zh,
        "sector": row.sector,
        "trl": row.trl,
        "provider_id": row.provider_id,
        "provider_en": row.provider_en,
        "provider_zh": row.provider_zh,
        "provider_country": row.provider_country,
        "tags": list(row.tags),
    }


def need_row(row: NeedRow) -> dict[str, Any]:
    """One line of ``petdesk needs``; the budget's ends are numbers (or null), the deadline ISO."""
    return {
        "id": row.id,
        "title_en": row.title_en,
        "title_zh": row.title_zh,
        "status": _enum(row.status),
        "sector": row.sector,
        "city_id": row.city_id,
        "city_en": row.city_en,
        "city_zh": row.city_zh,
        "country": row.country,
        "budget_min": row.budget_min,
        "budget_max": row.budget_max,
        "currency": row.currency,
        "deadline": _date(row.deadline),
        "tags": list(row.tags),
    }


def _organisation(org: Organisation | None) -> dict[str, str] | None:
    if org is None:
        return None
    return {"id": org.id, "name_en": org.name_en, "name_zh": org.name_zh}


def _person(contact: Contact | None) -> dict[str, str] | None:
    if contact is None:
        return None
    return {"id": contact.id, "name_en": contact.name_latin, "name_zh": contact.name_zh}


def visit_detail(session: Session, visit: Visit) -> dict[str, Any]:
    """``petdesk visits ID``: the visit with its delegation, itinerary, follow-ups and clashes."""
    from petdesk.services import clashes as clash_service
    from petdesk.services import visits as visit_service
    from petdesk.services.logistics import precedence_lists
    from petdesk.services.newer_values import stored_text, stored_texts

    # in the order of precedence the text and the dossier use: by role alone, people of one role
    # came in the file's row order, which differs between two offices after a sync (field test 60)
    ranked = precedence_lists(session, visit.id)
    rank = {r.participant_id: n for n, r in enumerate((*ranked.delegation, *ranked.host))}
    people = [p for p in visit.participants if p.deleted_at is None]
    people.sort(key=lambda p: (rank.get(p.id, len(rank)), p.contact_id))
    items = visit_service.itinerary(session, visit.id)
    follow_ups = visit_service.follow_ups(session, visit.id)
    return {
        "id": visit.id,
        "title_en": visit.title_en,
        "title_zh": visit.title_zh,
        # as stored: a newer petdesk's value, not the one this release reads it as
        "direction": stored_text(session, visit, "direction"),
        "status": stored_text(session, visit, "status"),
        "start_date": _date(visit.start_date),
        "end_date": _date(visit.end_date),
        "timezone": visit.timezone,
        "host_organisation": _organisation(visit.host_organisation),
        "visiting_organisation": _organisation(visit.visiting_organisation),
        "purpose_en": visit.purpose_en,
        "purpose_zh": visit.purpose_zh,
        "outcomes_en": visit.outcomes_en,
        "outcomes_zh": visit.outcomes_zh,
        "country": visit.country,
        "head_count": visit.head_count,
        "delegation": [
            {"role": role, "contact": _person(p.contact)}
            for p, role in zip(people, stored_texts(session, people, "role"), strict=True)
        ],
        "itinerary": [
            {
                "id": item.id,
                "kind": kind,
                "title_en": item.title_en,
                "title_zh": item.title_zh,
                "starts_at": iso_time(item.starts_at),
                "ends_at": iso_time(item.ends_at),
                "timezone": item.timezone,
                "place_en": item.place_en,
                "place_zh": item.place_zh,
                "city_en": item.city_en,
                "city_zh": item.city_zh,
            }
            for item, kind in zip(items, stored_texts(session, items, "kind"), strict=True)
        ],
        "follow_ups": [
            {
                "id": f.id,
                "status": status,
                "due_date": _date(f.due_date),
                "description_en": f.description_en,
                "description_zh": f.description_zh,
                "owner": _person(f.owner),
            }
            for f, status in zip(follow_ups, stored_texts(session, follow_ups, "status"), strict=True)
        ],
        "clashes": [c.describe("en") for c in clash_service.find_clashes(session, visit_id=visit.id)],
    }


def duplicate_pair(pair: DuplicatePair) -> dict[str, Any]:
    """One pair of ``petdesk duplicates``; its reasons in English, as the data says them."""
    return {
        "entity": pair.entity,
        "score": pair.score,
        "first_id": pair.first_id,
        "first_name": pair.first_name,
        "second_id": pair.second_id,
        "second_name": pair.second_name,
        "reasons": [str(reason) for reason in pair.reasons],
    }


def backup(info: BackupInfo) -> dict[str, Any]:
    """One backup of ``petdesk backups``: ``reason`` is the sidecar's word ("daily", "before-merge" …)."""
    return {
        "file": info.path.name,
        "path": str(info.path),
        "created": iso_time(info.created),
        "reason": info.reason,
        "size_bytes": info.size,
        "encrypted": info.encrypted,
        "ok": info.ok,
        # why the file cannot be read ("gone", "not-a-file", "short", "damaged", "unreadable"), or ""
        "problem": info.problem,
        "earlier_folder": info.earlier_folder,
        "schema": info.schema,
        "counts": dict(info.counts),
    }
