"""Demo facts the visits and trainings got after the demo was written: a delegation's country and
announced size (0070) and a training's interpreter (``TrainingRole.INTERPRETER``).

Written with plain SQL after the events exist, as the logistics are, from its own seeded
``random.Random``: the rows drawn before stay the seed's. The head count is the delegation entered
(head and delegates), so the reports' people counts stay what the named participants give.
"""

from __future__ import annotations

import random
import sqlite3

from petdesk.demo.logistics import _uuid
from petdesk.enums import ParticipantRole, TrainingRole

#: Roles of a delegation's members, whose number is the visit's announced size.
_DELEGATION = (ParticipantRole.HEAD.value, ParticipantRole.DELEGATE.value)


def add_event_facts(conn: sqlite3.Connection, *, seed: int, salt: int = 0) -> tuple[int, int]:
    """The inbound visits get their delegation's country, the held ones also their head count; a
    training with a trainer from abroad gets an interpreter. Returns (visits given a country,
    interpreters added)."""
    countries = conn.execute(
        "UPDATE visit SET country = "
        "(SELECT o.country FROM organisation o WHERE o.id = visit.visiting_organisation_id) "
        "WHERE direction = 'inbound' AND deleted_at IS NULL AND visiting_organisation_id IS NOT NULL"
    ).rowcount
    conn.execute(
        "UPDATE visit SET head_count = (SELECT nullif(count(*), 0) FROM visit_participant p "
        f"WHERE p.visit_id = visit.id AND p.deleted_at IS NULL AND p.role IN {_DELEGATION}) "
        "WHERE direction = 'inbound' AND status = 'done' AND deleted_at IS NULL"
    )
    return countries, _add_interpreters(conn, random.Random(f"petdesk-demo-interpreters-{seed}"), salt)


def _add_interpreters(conn: sqlite3.Connection, rng: random.Random, salt: int) -> int:
    """One interpreter for each training (not cancelled) whose trainers include one from abroad: a
    person of the organiser, named in Chinese, not registered for it already; for every session."""
    trainings = conn.execute(
        "SELECT t.id, t.organiser_id, t.created_at FROM training t WHERE t.deleted_at IS NULL "
        "AND t.status != 'cancelled' AND EXISTS (SELECT 1 FROM training_participant p "
        "JOIN affiliation a ON a.contact_id = p.contact_id AND a.deleted_at IS NULL AND a.is_primary "
        "JOIN organisation o ON o.id = a.organisation_id "
        "WHERE p.training_id = t.id AND p.deleted_at IS NULL AND p.role = 'trainer' AND o.country != 'CN') "
        "ORDER BY t.start_date, t.id"
    ).fetchall()
    added = 0
    for training_id, organiser_id, created in trainings:
        found = conn.execute(
            "SELECT a.contact_id FROM affiliation a JOIN contact c ON c.id = a.contact_id "
            "WHERE a.organisation_id = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND c.family_name_zh != '' AND a.contact_id NOT IN "
            "(SELECT contact_id FROM training_participant WHERE training_id = ?) ORDER BY c.id LIMIT 1",
            (organiser_id, training_id),
        ).fetchone()
        if found is None:
            continue
        conn.execute(
            "INSERT INTO training_participant (id, created_at, updated_at, deleted_at, training_id, "
            "contact_id, role) VALUES (?, ?, ?, NULL, ?, ?, ?)",
            (_uuid(rng, salt), created, created, training_id, found[0], TrainingRole.INTERPRETER.value),
        )
        added += 1
    return added
