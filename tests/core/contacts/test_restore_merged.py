"""A record merged into another is not an ordinary deleted record (field test 25, defect 2): the
bin says where it went, and restoring it undoes the merge instead of bringing back a duplicate
while the merge still says "active"."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import history, merge


def _merged_pair(db: Database) -> tuple[str, str, str]:
    """Two Shanghai foreign affairs offices, the second (with a person) merged into the first."""
    with db.transaction() as s:
        keep = m.Organisation(name_en="Foreign Affairs Office of Shanghai Municipal People's Government")
        other = m.Organisation(name_en="Shanghai Foreign Affairs Office")
        person = m.Contact(family_name="Li", given_name="Na")
        s.add_all([keep, other, person])
        s.flush()
        s.add(m.Affiliation(contact=person, organisation=other))
        record = merge.merge_organisations(s, keep.id, other.id)
        return keep.id, other.id, record.id


def test_the_bin_says_merged_into_and_restore_undoes_the_merge(db: Database) -> None:
    _keep_id, other_id, merge_id = _merged_pair(db)
    with db.reading() as s:
        (ref,) = history.deleted_records(s, kinds=("organisation",))
    assert ref.row_id == other_id
    assert "merged into Foreign Affairs Office of Shanghai" in ref.label
    with db.transaction() as s:
        restored = history.restore_record(s, other_id)
    assert restored.undone_merge == merge_id
    with db.reading() as s:
        assert s.get(m.MergeRecord, merge_id).undone_at is not None
        assert s.get(m.Organisation, other_id).deleted_at is None
        (position,) = s.query(m.Affiliation).all()
        assert position.organisation_id == other_id  # the person went back with it
        assert history.deleted_records(s, kinds=("organisation",)) == []


def test_restore_refuses_when_the_merge_cannot_be_undone(db: Database) -> None:
    keep_id, other_id, merge_id = _merged_pair(db)
    with db.transaction() as s:
        s.get(m.Organisation, keep_id).notes = "edited after the merge"
    with pytest.raises(history.HistoryError, match="undoing that merge"), db.transaction() as s:
        history.restore_record(s, other_id)
    with db.reading() as s:
        assert s.get(m.Organisation, other_id).deleted_at is not None
        assert s.get(m.MergeRecord, merge_id).undone_at is None


def test_command_line_deleted_and_restore_record(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _keep_id, other_id, merge_id = _merged_pair(db)
    assert main(["--db", str(db.path), "deleted"]) == 0
    assert "(merged into Foreign Affairs Office of Shanghai" in capsys.readouterr().out
    assert main(["--db", str(db.path), "restore-record", other_id[:8]]) == 0
    assert f"by undoing its merge {merge_id[:8]}" in capsys.readouterr().out
    assert main(["--db", str(db.path), "merge", "--undo", merge_id]) == 1
    assert "already undone" in capsys.readouterr().err


def test_a_merged_contact_comes_back_by_undoing_its_merge(db: Database) -> None:
    with db.transaction() as s:
        keep, other = m.Contact(family_name="Visser", given_name="Fleur"), m.Contact(family_name="Visser")
        s.add_all([keep, other])
        s.flush()
        record = merge.merge_contacts(s, keep.id, other.id)
        ids = (keep.id, other.id, record.id)
    with db.transaction() as s:
        history.restore_record(s, ids[1])
    with db.reading() as s:
        assert s.get(m.MergeRecord, ids[2]).undone_at is not None
