"""Follow-ups of a contact, an organisation and a project, not only of a visit (field test 50,
defect 1): added with title, due date, owner and note, listed per record, done, reopened,
postponed, deleted and brought back."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.models import FollowUp, Project
from petdesk.models.enums import FollowUpStatus
from petdesk.services import follow_ups as fu
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import organisation, person

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        anna = person(s, "Anna", "Keller")
        julia = person(s, "Julia", "Neumann")
        siemens = organisation(s, "Siemens AG", "西门子股份公司")
        project = Project(title_en="MBR pilot", title_zh="膜生物反应器试点")
        s.add(project)
        s.flush()
        return {"anna": anna.id, "julia": julia.id, "org": siemens.id, "project": project.id}


def test_each_kind_of_partner_gets_its_own_follow_ups(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s:
        for kind, key in (("contact", "anna"), ("organisation", "org"), ("project", "project")):
            fu.add(
                s,
                kind=kind,
                record_id=ids[key],
                title_en=f"Call about {kind}",
                due_date=TODAY,
                owner_id=ids["julia"],
                note="bring the brochure",
            )
    with db.reading() as s:
        [mine] = fu.of_record(s, "organisation", ids["org"])
        assert (mine.title_en, mine.note, mine.owner("en"), mine.due_date) == (
            "Call about organisation",
            "bring the brochure",
            "Julia Neumann",
            TODAY,
        )
        assert (mine.partner_kind, mine.partner_id, mine.partner("en")) == (
            "organisation",
            ids["org"],
            "Siemens AG",
        )
        assert mine.partner("zh_CN") == "西门子股份公司"
        assert [r.title_en for r in fu.of_record(s, "contact", ids["anna"])] == ["Call about contact"]
        assert [r.partner("en") for r in fu.of_record(s, "project", ids["project"])] == ["MBR pilot"]
        assert fu.of_record(s, "contact", ids["julia"]) == []  # the owner is not whom it is about


def test_a_follow_up_needs_a_title_and_a_live_partner(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s, pytest.raises(ScheduleError):
        fu.add(s, kind="contact", record_id=ids["anna"], title_en="  ")
    with db.transaction() as s, pytest.raises(ScheduleError):
        fu.add(s, kind="project", record_id="no-such-project", title_en="Call")


def test_done_reopen_postpone_delete_and_restore(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s:
        fid = fu.add(s, kind="organisation", record_id=ids["org"], title_en="Offer", due_date=TODAY).id
    with db.transaction() as s:
        fu.mark_done(s, fid)
    with db.transaction() as s:
        assert fu.reopen(s, fid).status == FollowUpStatus.OPEN
    with db.transaction() as s:
        assert fu.postpone(s, fid, days=fu.WEEK, today=TODAY).due_date == TODAY + dt.timedelta(days=7)
        # overdue: "by a day" counts from today, not from the old date
        s.get(FollowUp, fid).due_date = TODAY - dt.timedelta(days=10)
        assert fu.postpone(s, fid, days=fu.DAY, today=TODAY).due_date == TODAY + dt.timedelta(days=1)
        assert fu.postpone(s, fid, to=dt.date(2027, 1, 15)).due_date == dt.date(2027, 1, 15)
    with db.transaction() as s:
        fu.delete(s, fid)
    with db.reading() as s:
        assert fu.of_record(s, "organisation", ids["org"]) == []
    with db.transaction() as s:
        fu.restore(s, fid)
    with db.reading() as s:
        assert [r.id for r in fu.of_record(s, "organisation", ids["org"])] == [fid]


def test_a_follow_up_is_edited_after_it_was_added(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s:
        fid = fu.add(s, kind="organisation", record_id=ids["org"], title_en="Call", note="x").id
    with db.transaction() as s:
        fu.edit(s, fid, title_en="Call back", owner_id=ids["julia"], due_date=TODAY, note="")
    with db.transaction() as s:
        fu.edit(s, fid, title_zh="回电")  # what is not given stays
    with db.reading() as s:
        row = fu.get(s, fid)
    assert (row.title_en, row.title_zh, row.owner_id, row.due_date, row.note) == (
        "Call back",
        "回电",
        ids["julia"],
        TODAY,
        "",
    )
    with db.transaction() as s, pytest.raises(ScheduleError):
        fu.edit(s, fid, title_en="", title_zh="")
