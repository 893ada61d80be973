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


def _project(s):  # type: ignore[no-untyped-def]
    from petdesk.services import projects as project_service

    return project_service.create_project(s, title_en="Sponge city pilot").id


def _technology(s):  # type: ignore[no-untyped-def]
    from petdesk.services import technologies as tech_service

    return tech_service.create_technology(s, name_en="Acoustic leak detection", sector="water").id


def _need(s):  # type: ignore[no-untyped-def]
    from petdesk.services import needs as need_service

    return need_service.create_need(s, title_en="Leaking pipes", sector="water").id


def _change(s, kind: str, record_id: str) -> None:  # type: ignore[no-untyped-def]
    from petdesk.services import needs, projects, technologies

    if kind == "project":
        projects.update_project(s, record_id, title_en="Sponge city pilot, phase 2")
    elif kind == "technology":
        technologies.update_technology(s, record_id, name_en="Acoustic leak detection (v2)")
    else:
        needs.update_need(s, record_id, title_en="Leaking pipes in the old town")


def _delete(s, kind: str, record_id: str) -> None:  # type: ignore[no-untyped-def]
    from petdesk.services import needs, projects, technologies

    {
        "project": projects.delete_projects,
        "technology": technologies.delete_technologies,
        "need": needs.delete_needs,
    }[kind](s, [record_id])


#: What each editor's ``draft_values`` gives (``as_typed``): record pickers as [id, name shown],
#: lines as typed, dates, amounts, enum values, and the project's partner and milestone rows.
EDITOR_VALUES = {
    "project": {
        "title_zh": "海绵城市试点",
        "funder": "Sino-German Fund",
        "lead_organisation_id": ["o1", "成都水务集团"],
        "technology_areas": ["water"],
        "currency": "EUR",
        "amount": 1_250_000.5,
        "amount_approved": None,
        "deadline": dt.date(2027, 3, 31),
        "stage": "idea",
        "documents": ["https://example.org/call.pdf"],
        "partners": [["o2", "Hamburg Wasser", "", "partner", False]],
        "milestones": [[None, "deadline", "Submit", "提交", dt.date(2027, 3, 1), False]],
    },
    "technology": {
        "name_zh": "声学检漏",
        "provider_organisation_id": [None, "(none)"],
        "trl": 7,
        "tags": "leaks, 管网",
    },
    "need": {
        "title_zh": "管网漏损",
        "city_organisation_id": ["c1", "Chengdu"],
        "budget_min": 100000.0,
        "currency": "CNY",
        "deadline": None,
        "status": "open",
    },
}


@pytest.mark.parametrize("kind", ["project", "technology", "need"])
def test_project_technology_and_need_drafts_come_back_and_tell_changes(
    db: Database, tmp_path: Path, kind: str
) -> None:
    """Field test 100 left these three editors without drafts: theirs are kept, read back whole,
    and a change or a deletion of their record made meanwhile is told as for the other four."""
    make = {"project": _project, "technology": _technology, "need": _need}[kind]
    with db.transaction() as s:
        record_id = make(s)
        stamp = drafts.record_stamp(s, kind, record_id)
    assert stamp  # the record's updated_at
    path = drafts.folder_for(db.path) / drafts.new_name(kind, record_id)
    drafts.write_draft(
        path, kind=kind, record_id=record_id, title="Edit", stamp=stamp, values=EDITOR_VALUES[kind]
    )
    draft = drafts.read_draft(path)
    assert (draft.kind, draft.record_id, draft.values) == (kind, record_id, EDITOR_VALUES[kind])
    with db.reading() as s:
        assert drafts.waiting(s, path.parent) == ([(draft, drafts.SAME)], [])
    with db.transaction() as s:
        _change(s, kind, record_id)
    with db.reading() as s:
        assert drafts.record_state(s, draft) == drafts.CHANGED
    with db.transaction() as s:
        _delete(s, kind, record_id)
    with db.reading() as s:
        assert drafts.record_state(s, draft) == drafts.DELETED


def test_a_draft_of_a_kind_this_petdesk_has_no_editor_for_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d" / "invoice-1.draft.json"
    drafts.write_draft(path, kind="invoice", record_id="1", title="", stamp="", values={})
    with pytest.raises(drafts.DraftDamaged):
        drafts.read_draft(path)


def test_removing_a_draft_whose_folder_is_a_file_is_fine(tmp_path: Path) -> None:
    """A drafts folder that cannot be made (a file in its place) keeps none: nothing to remove."""
    folder = drafts.folder_for(tmp_path / "petdesk.sqlite")
    folder.write_bytes(b"")
    path = folder / drafts.new_name("project", None)
    with pytest.raises(OSError):
        drafts.write_draft(path, kind="project", record_id=None, title="", stamp="", values={})
    drafts.remove_draft(path)
