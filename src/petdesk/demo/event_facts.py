"""Demo facts the events got after the demo was written: a training's interpreter
(``TrainingRole.INTERPRETER``).

Written with plain SQL after the events exist, as the logistics are, from its own seeded
``random.Random``: the rows drawn before stay the seed's.
"""

from __future__ import annotations

import random
import sqlite3

from petdesk.demo.logistics import _uuid
from petdesk.enums import TrainingRole


def add_event_facts(conn: sqlite3.Connection, *, seed: int, salt: int = 0) -> int:
    """A training with a trainer from abroad gets an interpreter; returns how many were added.

    The visits' country and head count (0070) stay empty: filled, the Visits list at 1024 px gives
    its titles 80 px beside them (``tests/gui/layout/test_visits_list_room55.py``), a layout question
    of its own."""
    return _add_interpreters(conn, random.Random(f"petdesk-demo-interpreters-{seed}"), salt)


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
