"""The draft store (``petdesk.drafts``): what an editor keeps of its unsaved changes, beside the
database and never in it (field test 100: the battery died with a visit typed for 25 minutes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from petdesk import drafts
from petdesk.db import Database
from petdesk.models import ItineraryItem, Visit
from petdesk.services import organisations as org_service
from petdesk.services import visit_steps
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

VALUES = {
    "title_zh": "成都水论坛代表团",
    "start_date": dt.date(2026, 11, 10),
    "start": dt.datetime(2026, 11, 10, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
    "ids": ["a", "b"],
}


def _write(path: Path, values: dict[str, object], stamp: str = "", record_id: str | None = "v1") -> None:
    drafts.write_draft(
        path, kind="visit", record_id=record_id, title="访问：成都", stamp=stamp, values=values
    )


def test_a_draft_comes_back_as_written_dates_and_chinese_included(tmp_path: Path) -> None:
    folder = drafts.folder_for(tmp_path / "petdesk.sqlite")
    assert folder == tmp_path / "petdesk.sqlite.drafts"  # beside the database, not in it
    path = folder / drafts.new_name("visit", "v1")
    _write(path, VALUES)
    back = drafts.read_draft(path)
    assert back.values == VALUES
    assert back.values["start"].utcoffset() == dt.timedelta(hours=8)
    assert (back.kind, back.record_id, back.title) == ("visit", "v1", "访问：成都")
    assert path.stat().st_mode & 0o077 == 0  # personal data: private like the database
    found, damaged = drafts.drafts_in(folder)
    assert [d.path for d in found] == [path] and damaged == []


def test_a_write_that_fails_leaves_the_previous_draft_whole(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite.drafts" / drafts.new_name("visit", "v1")
    _write(path, VALUES)
    with pytest.raises(TypeError):
        _write(path, {**VALUES, "photo": object()})  # fails while the new content is made
    assert drafts.read_draft(path).values == VALUES
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no half-written file beside it


@pytest.mark.parametrize(
    "content",
    [b'{"format": 1, "kind": "visit", "values": {"title', b"", b"\xff\xfe garbage", b'{"format": 99}', b"[]"],
)
def test_a_damaged_draft_is_refused_in_plain_words(
    tmp_path: Path, content: bytes, tree_catalogue: Path
) -> None:
    folder = tmp_path / "db.sqlite.drafts"
    folder.mkdir()
    path = folder / "visit-v1.draft.json"
    path.write_bytes(content)
    with pytest.raises(drafts.DraftDamaged) as caught:
        drafts.read_draft(path)
    assert str(caught.value) == (
        "The draft visit-v1.draft.json cannot be read: the file is damaged or is not a petdesk draft."
    )
    assert caught.value.text("zh_CN") == "无法读取草稿 visit-v1.draft.json：文件已损坏，或不是 petdesk 草稿。"
    found, damaged = drafts.drafts_in(folder)
    assert found == [] and [d.path for d in damaged] == [path]
    aside = drafts.set_aside(path)
    assert aside.exists() and not path.exists()
    assert drafts.drafts_in(folder) == ([], [])  # not offered again


def test_removing_a_draft_forgets_it_and_a_missing_one_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "d" / drafts.new_name("organisation", None)
    assert path.name.startswith("organisation-new-")
    _write(path, VALUES, record_id=None)
    drafts.remove_draft(path)
    assert not path.exists()
    drafts.remove_draft(path)
    drafts.remove_draft(None)


def test_the_record_state_tells_a_change_or_a_deletion_made_meanwhile(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Chengdu Water Group", country="CN")
        stamp = drafts.record_stamp(s, "organisation", org.id)
    path = tmp_path / "o.draft.json"
    drafts.write_draft(path, kind="organisation", record_id=org.id, title="", stamp=stamp, values={})
    draft = drafts.read_draft(path)
    with db.reading() as s:
        assert drafts.record_state(s, draft) == drafts.SAME
    with db.transaction() as s:
        org_service.update_organisation(s, org.id, name_en="Chengdu Water Group Co.", country="CN")
    with db.reading() as s:
        assert drafts.record_state(s, draft) == drafts.CHANGED
    with db.transaction() as s:
        org_service.delete_organisations(s, [org.id])
    with db.reading() as s:
        assert drafts.record_state(s, draft) == drafts.DELETED
        found, _damaged = drafts.waiting(s, tmp_path)
    assert [state for _draft, state in found] == [drafts.DELETED]


def test_held_visit_changes_kept_as_steps_replay_after_a_restart(db: Database, tmp_path: Path) -> None:
    """The visit editor's held changes go into the draft as steps: read back, they make the same
    items (dates and zones intact) in the database."""
    day = dt.date(2026, 11, 10)
    with db.transaction() as s:
        visit = vs.create_visit(s, title_en="Hamburg delegation", start_date=day, end_date=day)
    zone = ZoneInfo("Asia/Shanghai")
    start = dt.datetime(2026, 11, 10, 9, tzinfo=zone)
    step = {
        "args": [visit.id],
        "attendee_ids": [],
        "organisation_ids": [],
        "protocol": {},
        "values": {
            "title_en": "Site visit",
            "title_zh": "参观",
            "start": start,
            "end": start + dt.timedelta(hours=2),
        },
    }
    path = tmp_path / "v.draft.json"
    drafts.write_draft(
        path,
        kind="visit",
        record_id=visit.id,
        title="",
        stamp="",
        values={"steps": [["add_item", step, True]]},
    )
    name, args, _creates = drafts.read_draft(path).values["steps"][0]
    with db.transaction() as s:
        visit_steps.run(s, name, args)
    with db.reading() as s:
        item = s.query(ItineraryItem).filter_by(visit_id=visit.id).one()
        assert item.title_zh == "参观"
        assert item.local_start() == start
        assert s.get(Visit, visit.id).title_en == "Hamburg delegation"
