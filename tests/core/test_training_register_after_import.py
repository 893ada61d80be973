"""The import window registers an import's people for a training after the import (Register for a
Training…, field test 68), in a transaction of its own: review 50 found that the undo then kept
every new person as "used since" by the registrations and undid nothing. Registrations made right
after the import are part of it, as the command's --training ones are; after another write they
are not (that write may use the people)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import import_undo, importing
from petdesk.services import trainings as ts
from tests.helpers.survey_lists import REGISTRANTS, wenjuanxing_xlsx


def _import_then_training(db: Database, tmp_path: Path) -> tuple[list[str], str]:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city training", title_zh="海绵城市技术培训", city_en="Chengdu",
            start_date=dt.date(2026, 12, 10), end_date=dt.date(2026, 12, 11),
        ).id  # fmt: skip
    loaded = importing.load_file(wenjuanxing_xlsx(tmp_path / "问卷星.xlsx"))
    people: list[str] = []
    with db.transaction() as s:
        plan = importing.plan_import(s, loaded, "contacts")
    with db.transaction() as s:
        importing.apply_import(s, plan, on_outcome=lambda o: o.record_id and people.append(o.record_id))
    return people, tid


def _register(db: Database, tid: str, people: list[str], mark: import_undo.ImportMark | None) -> None:
    with db.transaction() as s, import_undo.continuing(s, mark):
        assert ts.register_people(s, tid, people) == (len(people), 0)


def _registered(db: Database, tid: str) -> int:
    with db.reading() as s:
        return sum(p.deleted_at is None for p in ts.get_training(s, tid).participants)


def test_registrations_right_after_the_import_are_undone_with_it(db: Database, tmp_path: Path) -> None:
    people, tid = _import_then_training(db, tmp_path)
    with db.reading() as s:
        mark = import_undo.last_import(s)
    _register(db, tid, people, mark)
    assert _registered(db, tid) == len(REGISTRANTS) - 2  # the 问卷星 form names five of seven
    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        assert plan.changed == {}
        import_undo.undo_import(s, plan)
    assert _registered(db, tid) == 0
    with db.reading() as s:
        assert all(s.get(m.Contact, cid).deleted_at is not None for cid in people)
        assert import_undo.last_import(s) is None


def test_registrations_after_another_write_stand_on_their_own(db: Database, tmp_path: Path) -> None:
    people, tid = _import_then_training(db, tmp_path)
    with db.reading() as s:
        mark = import_undo.last_import(s)
    with db.transaction() as s:  # someone edits a record of the import meanwhile
        s.get(m.Contact, people[0]).notes = "called back"
    _register(db, tid, people, mark)
    with db.reading() as s:
        assert import_undo.last_import(s) == mark  # the import is as it was
        assert len(import_undo.plan_undo(s).changed) == len(people)


def test_an_older_import_is_not_continued(db: Database, tmp_path: Path) -> None:
    people, tid = _import_then_training(db, tmp_path)
    with db.reading() as s:
        mark = import_undo.last_import(s)
    assert mark is not None
    older = import_undo.ImportMark(**{**mark.__dict__, "until": mark.after})
    _register(db, tid, people, older)
    with db.reading() as s:
        assert import_undo.last_import(s) == mark


def test_a_registration_with_attendance_marked_since_is_kept_with_its_person(
    db: Database, tmp_path: Path
) -> None:
    """Review 50: the undo kept a person marked present since (the mark uses them) but deleted their
    registration, leaving a mark of someone the sign-in sheet no longer lists."""
    people, tid = _import_then_training(db, tmp_path)
    with db.reading() as s:
        mark = import_undo.last_import(s)
    _register(db, tid, people, mark)
    with db.transaction() as s:
        day = ts.add_session(
            s, tid, start=dt.datetime(2026, 12, 10, 9), end=dt.datetime(2026, 12, 10, 12), title_en="Day 1"
        )
        ts.set_attendance(s, day.id, people[0], "present")
    with db.transaction() as s:
        plan = import_undo.plan_undo(s)
        assert sorted(entity for entity, _id in plan.changed) == ["contact", "training_participant"]
        import_undo.undo_import(s, plan, skip_changed=True)
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
        assert [r.contact_id for r in sheet.rows] == [people[0]]
        assert [s.get(m.Contact, cid).deleted_at is None for cid in people] == [True] + [False] * 4
