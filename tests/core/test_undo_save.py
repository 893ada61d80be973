"""Undoing an editor's last save: every field it changed back, the rows it added deleted, refused
when something changed those fields again since."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from petdesk.db import Database
from petdesk.models import ContactMethod
from petdesk.services import contact_form, history, organisations, search
from petdesk.services import contacts as cs
from petdesk.services.contacts import Method
from petdesk.services.undo_save import SavedEdit, UndoSaveError, change_mark, saved_since, undo_saved_edit

DAY = dt.date(2026, 3, 1)


def _person(db: Database) -> tuple[str, str]:
    with db.transaction() as s:
        water = organisations.create_organisation(s, name_en="Qingdao Water Group", name_zh="青岛水务集团")
        cid = cs.create_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            methods=[Method("phone", "+86 532 8888 1234", "work")],
            organisation_id=water.id,
            position_en="Engineer",
            start_date=dt.date(2020, 1, 1),
        ).id
    return cid, water.id


def _save(
    db: Database, cid: str | None, family: str, methods: list[Method], **job: object
) -> SavedEdit | None:
    """Save as the contact editor does, the marks taken in the save's own transaction."""
    with db.transaction() as s:
        after = change_mark(s)
        was = contact_form.read_contact_form(s, cid, "en").job if cid else None
        kept = {"organisation_id": was.organisation_id, "position_en": was.position_en} if was else {}
        job = {"organisation_id": None, "position_en": "", **kept, **job}
        contact_form.save_contact_form(
            s,
            cid,
            {"family_name": family, "given_name": "Wei"},
            methods=methods,
            was=was,
            today=DAY,
            **{"position_zh": "", "start_date": DAY, **job},  # type: ignore[arg-type]
        )
        return saved_since(s, after)


def _new_person(db: Database, methods: list[Method]) -> tuple[str, SavedEdit]:
    """Anna Müller added as the contact editor adds a person, and that save."""
    with db.transaction() as s:
        after = change_mark(s)
        cid = contact_form.save_contact_form(
            s,
            None,
            {"family_name": "Müller", "given_name": "Anna"},
            methods=methods,
            organisation_id=None,
            position_en="",
            position_zh="",
            start_date=DAY,
            was=None,
        )
        edit = saved_since(s, after)
    assert edit is not None
    return cid, edit


def _live_methods(db: Database, cid: str) -> list[str]:
    with db.reading() as s:
        return [m.value for m in cs.live_methods(s, cid)]


def test_undo_puts_back_fields_and_rows_and_deletes_what_the_save_added(db: Database) -> None:
    cid, water = _person(db)
    edit = _save(
        db,
        cid,
        "Zhao",
        [Method("phone", "+86 139 0000 1111", "mobile"), Method("email", "zhao@qdwater.cn")],
        organisation_id=water,
        position_en="Chief engineer",
    )
    assert edit is not None
    assert sorted(_live_methods(db, cid)) == ["+86 139 0000 1111", "zhao@qdwater.cn"]

    with db.transaction() as s:
        touched = undo_saved_edit(s, edit)
    assert ("contact", cid) in touched
    with db.reading() as s:
        person = cs.get_contact(s, cid)
        assert person.family_name == "Zhang"
        job = contact_form.read_contact_form(s, cid, "en").job
        assert job is not None and job.position_en == "Engineer"
        # search follows: the old name is found again, the new one is not
        assert cid in [r.entity_id for r in search.search(s, "Zhang", kind=search.CONTACT)]
        assert cid not in [r.entity_id for r in search.search(s, "Zhao", kind=search.CONTACT)]
    assert _live_methods(db, cid) == ["+86 532 8888 1234"]
    # the added rows are deleted, not gone
    with db.reading() as s:
        added = s.scalars(select(ContactMethod).where(ContactMethod.value == "zhao@qdwater.cn")).one()
        assert added.deleted_at is not None


def test_undo_of_a_new_record_deletes_it_and_it_can_be_restored(db: Database) -> None:
    cid, edit = _new_person(db, [Method("email", "anna@hamburg.example")])
    with db.transaction() as s:
        undo_saved_edit(s, edit)
    with db.reading() as s:
        assert cs.get_contact(s, cid, include_deleted=True).deleted_at is not None
        ref = next(r for r in history.deleted_records(s) if r.row_id == cid)
    with db.transaction() as s:
        history.restore_record(s, ref.row_id)
    assert _live_methods(db, cid) == ["anna@hamburg.example"]


def test_a_later_change_refuses_the_undo_and_changes_nothing(db: Database) -> None:
    cid, _water = _person(db)
    edit = _save(db, cid, "Zhao", [Method("phone", "+86 532 8888 1234", "work")])
    assert edit is not None
    with db.transaction() as s:
        cs.update_contact(s, cid, family_name="Zhou")
    with pytest.raises(UndoSaveError, match="Zhou"), db.transaction() as s:
        undo_saved_edit(s, edit)
    with db.reading() as s:
        assert cs.get_contact(s, cid).family_name == "Zhou"


def test_the_refusal_names_the_record_in_chinese(db: Database) -> None:
    cid, _water = _person(db)
    edit = _save(db, cid, "Zhao", [Method("phone", "+86 532 8888 1234", "work")])
    assert edit is not None
    with db.transaction() as s:
        cs.update_contact(s, cid, family_name="Zhou")
    with pytest.raises(UndoSaveError) as refused, db.transaction() as s:
        undo_saved_edit(s, edit, locale="zh_CN")
    assert "Zhou" in str(refused.value) and "撤销" in str(refused.value)


def test_a_save_that_changed_nothing_has_nothing_to_undo(db: Database) -> None:
    cid, _water = _person(db)
    assert _save(db, cid, "Zhang", [Method("phone", "+86 532 8888 1234", "work")]) is None


def test_a_deleted_row_comes_back_live(db: Database) -> None:
    cid, _water = _person(db)
    edit = _save(db, cid, "Zhang", [])
    assert edit is not None and _live_methods(db, cid) == []
    with db.transaction() as s:
        undo_saved_edit(s, edit)
    assert _live_methods(db, cid) == ["+86 532 8888 1234"]


def test_a_new_record_changed_since_is_not_deleted(db: Database) -> None:
    cid, edit = _new_person(db, [])
    with db.transaction() as s:
        cs.update_contact(s, cid, notes="met in Hamburg")
    with pytest.raises(UndoSaveError), db.transaction() as s:
        undo_saved_edit(s, edit)
    with db.reading() as s:
        assert cs.get_contact(s, cid).notes == "met in Hamburg"
