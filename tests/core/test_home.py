"""The home page's data and the search for everything, without the window."""

from __future__ import annotations

import datetime as dt

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ActivityKind, MilestoneKind, ProjectStatus
from petdesk.services import everything
from petdesk.services import home as hs
from petdesk.services import reminders as rs
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

TODAY = dt.date(2026, 11, 1)


def _fill(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        org = organisation(s, "Qingdao Ecology Bureau", "青岛市生态环境局", "Qingdao")
        owner = person(s, "Xinwen", "Cui", "崔心雯", family_first=True)
        visit = vs.create_visit(
            s,
            title_en="Delegation from Singapore",
            title_zh="新加坡代表团来访",
            start_date=dt.date(2026, 11, 5),
            end_date=dt.date(2026, 11, 6),
        )
        vs.create_visit(s, title_en="Far away", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2))
        training = ts.create_training(
            s, title_en="Sponge city course", start_date=dt.date(2026, 11, 3), end_date=dt.date(2026, 11, 3)
        )
        late = vs.add_follow_up(
            s, visit.id, description_en="Send the minutes", owner_id=owner.id, due_date=dt.date(2026, 10, 28)
        )
        project = m.Project(title_en="Wetland restoration", title_zh="湿地修复", status=ProjectStatus.RUNNING)
        preparing = m.Project(
            title_en="Heat pumps call", status=ProjectStatus.PREPARING, deadline=dt.date(2026, 11, 10)
        )
        s.add_all([project, preparing])
        s.flush()
        s.add_all(
            [
                m.ProjectMilestone(
                    project_id=project.id,
                    kind=MilestoneKind.REPORT,
                    title_en="Interim report",
                    due=dt.date(2026, 10, 31),
                ),
                m.ProjectMilestone(
                    project_id=project.id, title_en="Done milestone", due=dt.date(2026, 11, 2), done=True
                ),
                m.ProjectMilestone(project_id=project.id, title_en="Next year", due=dt.date(2027, 6, 1)),
                m.Activity(
                    kind=ActivityKind.CALL,
                    occurred_at=dt.datetime(2026, 10, 30, 9, tzinfo=dt.UTC),
                    subject="Called about the minutes",
                    contact_id=owner.id,
                    organisation_id=org.id,
                ),
                m.Activity(
                    kind=ActivityKind.NOTE,
                    occurred_at=dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC),
                    subject="Older",
                ),
                m.Technology(name_en="Membrane bioreactor", name_zh="膜生物反应器"),
            ]
        )
        return {
            "org": org.id,
            "owner": owner.id,
            "visit": visit.id,
            "training": training.id,
            "late": late.id,
            "project": project.id,
            "preparing": preparing.id,
        }


def test_home_lists_what_is_due_late_and_recent(db: Database) -> None:
    ids = _fill(db)
    recent = [hs.Ref(hs.CONTACT, ids["owner"]), hs.Ref(hs.VISIT, "gone"), hs.Ref(hs.ORGANISATION, ids["org"])]
    with db.reading() as s:
        view = hs.home(s, today=TODAY, recent=recent)
    assert [(e.ref.kind, e.title_en) for e in view.upcoming] == [
        (hs.TRAINING, "Sponge city course"),
        (hs.VISIT, "Delegation from Singapore"),
    ]
    [late] = view.follow_ups
    assert (late.ref, late.parent, late.urgent) == (
        hs.Ref(hs.FOLLOW_UP, ids["late"]),
        hs.Ref(hs.VISIT, ids["visit"]),
        True,
    )
    assert late.context("en") == "Cui Xinwen"
    assert late.context("zh_CN") == "崔心雯"
    assert [(e.title_en, e.urgent, e.detail) for e in view.deadlines] == [
        ("Interim report", True, "report"),
        ("Heat pumps call", False, "deadline"),
    ]
    assert view.deadlines[0].ref == hs.Ref(hs.PROJECT, ids["project"])
    assert view.deadlines[0].context("zh_CN") == "湿地修复"
    assert [e.title_en for e in view.activity] == ["Called about the minutes", "Older"]
    assert view.activity[0].parent == hs.Ref(hs.CONTACT, ids["owner"])
    assert view.activity[0].context("zh") == "崔心雯，青岛市生态环境局"
    # The deleted or unknown record drops out; the order of opening is kept.
    assert [(e.ref.kind, e.title("zh")) for e in view.recent] == [
        (hs.CONTACT, "崔心雯"),
        (hs.ORGANISATION, "青岛市生态环境局"),
    ]


def test_home_lists_the_most_urgent_follow_ups_and_counts_the_rest(db: Database) -> None:
    ids = _fill(db)  # one follow-up four days late, owned by 崔心雯
    with db.transaction() as s:
        for day in range(1, 8):  # due in 1..7 days (not late)
            vs.add_follow_up(s, None, description_en=f"Due {day}", due_date=TODAY + dt.timedelta(days=day))
        vs.add_follow_up(s, None, description_en="Oldest", due_date=dt.date(2026, 9, 1))
    with db.reading() as s:
        capped = hs.home(s, today=TODAY, section_limit=3)
        whole = hs.home(s, today=TODAY)
    # late ones first, the oldest first; then the next due
    assert [e.title_en for e in capped.follow_ups] == ["Oldest", "Send the minutes", "Due 1"]
    assert capped.more == {"follow_ups": 6}
    assert capped.follow_ups[1].context("zh_CN") == "崔心雯" and capped.follow_ups[1].ref.id == ids["late"]
    assert len(whole.follow_ups) == 9 and whole.more == {}
    # the other sections are cut at the same limit, their first entries kept
    assert capped.upcoming == whole.upcoming  # two
    assert capped.deadlines == whole.deadlines  # two
    with db.reading() as s:
        one = hs.home(s, today=TODAY, section_limit=1)
    assert one.more == {"follow_ups": 8, "upcoming": 1, "deadlines": 1}
    assert [e.title_en for e in one.upcoming + one.deadlines] == ["Sponge city course", "Interim report"]
    assert [e.title_en for e in one.follow_ups] == ["Oldest"]


def test_ref_keys_round_trip() -> None:
    ref = hs.Ref(hs.VISIT, "abc")
    assert hs.Ref.parse(ref.key()) == ref
    assert hs.Ref.parse("nonsense") is None
    assert hs.Ref.parse("planet:earth") is None


def test_search_everything_finds_every_kind_with_pinyin(db: Database) -> None:
    ids = _fill(db)
    with db.reading() as s:
        by_pinyin = everything.search_everything(s, "xinjiapo")
        person_pinyin = everything.search_everything(s, "cui xinwen")
        by_chinese = everything.search_everything(s, "湿地")
        technology = everything.search_everything(s, "membrane")
        course = everything.search_everything(s, "sponge", language="zh_CN")
        nothing = everything.search_everything(s, "   ")
    assert [e.ref for e in by_pinyin] == [hs.Ref(hs.VISIT, ids["visit"])]
    assert person_pinyin[0].ref == hs.Ref(hs.CONTACT, ids["owner"])
    assert [e.ref.kind for e in by_chinese] == [hs.PROJECT]
    assert [e.ref.kind for e in technology] == [hs.TECHNOLOGY]
    assert course[0].ref == hs.Ref(hs.TRAINING, ids["training"])
    assert nothing == []


def test_search_everything_ranks_title_starts_first(db: Database) -> None:
    with db.transaction() as s:
        vs.create_visit(s, title_en="Meeting on Qingdao port", start_date=TODAY, end_date=TODAY)
        organisation(s, "Qingdao Water Group")
    with db.reading() as s:
        found = everything.search_everything(s, "qingdao")
    assert [e.title_en for e in found][:2] == ["Qingdao Water Group", "Meeting on Qingdao port"]


def test_home_shows_project_deadlines_by_the_reminders_rule(db: Database) -> None:
    """Open projects only, whatever their stage; a passed deadline of an open project is overdue
    (field test 9: the home page showed deadlines only at idea/preparing, never an overdue one)."""
    projects = (
        ("Missed call", ProjectStatus.PREPARING, -5),
        ("Report to funder", ProjectStatus.RUNNING, 7),
        ("Turned down", ProjectStatus.REJECTED, 3),
        ("Long ago", ProjectStatus.SUBMITTED, -200),
    )
    with db.transaction() as s:
        for title, status, days in projects:
            s.add(m.Project(title_en=title, status=status, deadline=TODAY + dt.timedelta(days=days)))
    with db.reading() as s:
        view = hs.home(s, today=TODAY, deadline_days=14)
        reminded = [r for r in rs.reminders(s, today=TODAY, days=14) if r.ref_kind == "project"]
    assert [(e.title_en, e.urgent) for e in view.deadlines] == [
        ("Missed call", True),
        ("Report to funder", False),
    ]
    assert [(e.title_en, e.date) for e in view.deadlines] == [(r.title_en, r.date) for r in reminded]
