"""Whom a visit's or a training's "N people" counts: one rule for the Visits and Trainings lists and
the yearly events report, so that the figures an auditor compares agree (field test 89).

A registration counts when it is live and its person is too: a deleted contact is gone from the
dossiers and the sign-in sheet, so it is gone from the counts. The attendee replaced by a late
substitute and the substitute stay two people, each counted once (as the training dossier's cover
counts them)."""

from __future__ import annotations


def counted(alias: str) -> str:
    """An SQL condition on the participant rows (of a visit or a training) of table alias ``alias``
    that the counts count."""
    return (
        f"{alias}.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact counted_c "
        f"WHERE counted_c.id = {alias}.contact_id AND counted_c.deleted_at IS NULL)"
    )
