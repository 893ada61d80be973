"""Undoing the newest save of the visit and training editors (``services.undo_save``): each save is
written as the editor writes it, the marks taken in the save's own transaction. Undo takes back that
save only, the held changes it carried (delegation, itinerary, status) with the details, and refuses
in words when something changed those fields again since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.models import ItineraryItem, Training, Visit, VisitParticipant
from petdesk.models.enums import ParticipantRole, VisitStatus
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.undo_save import (
    SavedEdit,
    UndoSaveError,
    change_mark,
    deleted_now,
    saved_since,
    undo_saved_edit,
)
from tests.core.visits.data import person

START = dt.date(2026, 12, 7)


def _save(db: Database, write: Callable[[Session], Any]) -> SavedEdit:
    """One editor save: ``write`` in one transaction, and what it logged."""
    with db.transaction() as s:
        after = change_mark(s)
        write(s)
        edit = saved_since(s, after)
    assert edit is not None
    return edit


def _undo(db: Database, edit: SavedEdit) -> None:
    with db.transaction() as s:
        undo_saved_edit(s, edit)


def _visit(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Hamburg water study tour", start_date=START, end_date=START)
        return visit.id, person(s, "Anna", "Schmidt").id


def _second_save(visit_id: str, anna: str) -> Callable[[Session], Any]:
    """The visit editor's Save with a new title and three held changes: Anna in the delegation,
    a meeting on the itinerary, the visit confirmed."""

    def write(s: Session) -> None:
        vs.update_visit(s, visit_id, title_en="Hamburg wastewater study tour")
        vs.add_participant(s, visit_id, anna, ParticipantRole.HEAD)
        vs.add_item(
            s,
            visit_id,
            start=dt.datetime(2026, 12, 7, 9),
            end=dt.datetime(2026, 12, 7, 11),
            title_en="Meeting at Hamburg Wasser",
        )
        vs.set_visit_status(s, visit_id, VisitStatus.CONFIRMED)

    return write


def test_undo_takes_back_the_newest_visit_save_with_its_held_changes(db: Database) -> None:
    visit_id, anna = _visit(db)
    _save(db, lambda s: vs.update_visit(s, visit_id, notes="Bring the reports"))
    newest = _save(db, _second_save(visit_id, anna))

    _undo(db, newest)

    with db.reading() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        assert (visit.title_en, visit.status) == ("Hamburg water study tour", VisitStatus.PLANNED)
        assert visit.notes == "Bring the reports"  # the earlier save stays
        assert all(p.deleted_at is not None for p in s.query(VisitParticipant))
        assert all(i.deleted_at is not None for i in s.query(ItineraryItem))


def test_undoing_the_save_that_created_a_visit_deletes_it(db: Database) -> None:
    created: list[str] = []
    edit = _save(
        db,
        lambda s: created.append(
            vs.create_visit(s, title_en="Delegation from Qingdao", start_date=START, end_date=START).id
        ),
    )
    with db.transaction() as s:
        touched = undo_saved_edit(s, edit)
        # What the list tells the editor still open on it: its visit is gone.
        assert deleted_now(s, touched) == {("visit", created[0])}
    with db.reading() as s:
        visit = s.get(Visit, created[0])
        assert visit is not None and visit.deleted_at is not None


def test_undo_of_a_visit_save_refuses_when_its_title_changed_since(db: Database) -> None:
    visit_id, anna = _visit(db)
    edit = _save(db, _second_save(visit_id, anna))
    with db.transaction() as s:
        vs.update_visit(s, visit_id, title_en="Hamburg and Bremen study tour")

    with pytest.raises(UndoSaveError, match=r"Hamburg and Bremen study tour.*changed again"):
        _undo(db, edit)
    with db.reading() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None and visit.status == VisitStatus.CONFIRMED  # nothing undone


def test_undo_takes_back_the_newest_training_save(db: Database) -> None:
    with db.transaction() as s:
        training_id = ts.create_training(
            s, title_en="Urban water training", start_date=START, end_date=START, venue_en="Hall A"
        ).id
    _save(db, lambda s: ts.update_training(s, training_id, venue_en="Hall B"))
    newest = _save(
        db, lambda s: ts.update_training(s, training_id, venue_en="Hall C", title_en="Water training")
    )

    _undo(db, newest)

    with db.reading() as s:
        training = s.get(Training, training_id)
        assert training is not None and (training.title_en, training.venue_en) == (
            "Urban water training",
            "Hall B",
        )


def test_undo_of_a_training_save_refuses_when_its_venue_changed_since(db: Database) -> None:
    with db.transaction() as s:
        training_id = ts.create_training(
            s, title_en="Urban water training", start_date=START, end_date=START
        ).id
    edit = _save(db, lambda s: ts.update_training(s, training_id, venue_en="Hall B"))
    with db.transaction() as s:
        ts.update_training(s, training_id, venue_en="Hall D")

    with pytest.raises(UndoSaveError, match=r"Urban water training.*changed again"):
        _undo(db, edit)
