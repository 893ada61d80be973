"""Visits: validation, status workflow, delegation, itinerary in the place's time, follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.models import ItineraryItem, Visit, VisitParticipant
from petdesk.models.enums import ParticipantRole, VisitStatus
from petdesk.models.types import stored_time
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import organisation, person

D = dt.date(2026, 11, 10)


def _visit(session, **kw) -> Visit:
    args = {
        "title_en": "Hamburg delegation",
        "title_zh": "汉堡代表团",
        "start_date": D,
        "end_date": D + dt.timedelta(days=3),
    }
    args.update(kw)
    return vs.create_visit(session, **args)


def test_beijing_morning_meeting_is_stored_as_utc_with_the_place_zone(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s)
        item = vs.add_item(
            s,
            v.id,
            title_en="Meeting at the Bureau",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 10, 30),
            timezone="Asia/Shanghai",
            city_en="Beijing",
        )
        item_id = item.id
    with db.reading() as s:
        item = s.get(ItineraryItem, item_id)
        assert item.starts_at == dt.datetime(2026, 11, 10, 1, tzinfo=dt.UTC)
        assert item.local_start().hour == 9
        assert item.local_start().utcoffset() == dt.timedelta(hours=8)
    raw = db.raw().execute("SELECT starts_at FROM itinerary_item").fetchone()[0]
    assert raw == stored_time(dt.datetime(2026, 11, 10, 1, tzinfo=dt.UTC))


def test_item_defaults_to_visit_zone_and_keeps_wall_clock_when_zone_changes(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s, timezone="Europe/Berlin")
        item = vs.add_item(
            s,
            v.id,
            title_en="Site visit",
            kind="site_visit",
            start=dt.datetime(2026, 11, 11, 14),
            end=dt.datetime(2026, 11, 11, 16),
        )
        assert item.timezone == "Europe/Berlin"
        assert item.starts_at.hour == 13  # CET is UTC+1 in November
        vs.update_item(s, item.id, timezone="Asia/Shanghai")
        assert item.local_start().hour == 14
        assert item.starts_at.hour == 6


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title_en": "", "title_zh": ""}, "needs a title"),
        ({"end_date": D - dt.timedelta(days=1)}, "ends before it starts"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"direction": "sideways"}, "unknown direction"),
    ],
)
def test_visit_validation_gives_clear_errors(db: Database, kwargs: dict, message: str) -> None:
    with db.transaction() as s, pytest.raises(ScheduleError, match=message):
        _visit(s, **kwargs)


def test_item_validation(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s)
        with pytest.raises(ScheduleError, match="end after it starts"):  # (at its start: a moment)
            vs.add_item(
                s, v.id, title_en="x", start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 11, 10, 8)
            )
        with pytest.raises(ScheduleError, match="more than 14 days"):
            vs.add_item(
                s, v.id, title_en="x", start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 12, 10, 9)
            )
        with pytest.raises(ScheduleError, match="does not exist in Europe/Berlin"):
            vs.add_item(
                s,
                v.id,
                title_en="x",
                timezone="Europe/Berlin",
                start=dt.datetime(2026, 3, 29, 2, 30),
                end=dt.datetime(2026, 3, 29, 4),
            )
        with pytest.raises(ScheduleError, match="needs a title"):
            vs.add_item(s, v.id, start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 11, 10, 10))


def test_status_workflow(db: Database) -> None:
    today = dt.date(2026, 11, 1)
    with db.transaction() as s:
        v = _visit(s)
        with pytest.raises(ScheduleError, match="at least one itinerary item"):
            vs.set_visit_status(s, v.id, "confirmed", today=today)
        with pytest.raises(ScheduleError, match="a planned visit cannot become done"):
            vs.set_visit_status(s, v.id, VisitStatus.DONE, today=today)
        vs.add_item(
            s, v.id, title_en="Meeting", start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 11, 10, 10)
        )
        vs.set_visit_status(s, v.id, "confirmed", today=today)
        with pytest.raises(ScheduleError, match="has not started yet"):
            vs.set_visit_status(s, v.id, "done", today=today)
        vs.set_visit_status(s, v.id, "done", today=dt.date(2026, 11, 14))
        assert v.status == VisitStatus.DONE
        with pytest.raises(ScheduleError, match="it can become nothing"):
            vs.set_visit_status(s, v.id, "cancelled", today=today)
        w = _visit(s, title_en="Second")
        vs.set_visit_status(s, w.id, "cancelled")
        vs.set_visit_status(s, w.id, "planned")
        with pytest.raises(ScheduleError, match="unknown status"):
            vs.set_visit_status(s, w.id, "postponed")


def test_participants_roles_and_one_head(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s)
        a = person(s, "Anna", "Schmidt")
        b = person(s, "Wei", "Zhang", "张伟", family_first=True)
        vs.add_participant(s, v.id, a.id, "head")
        with pytest.raises(ScheduleError, match="already has a head"):
            vs.add_participant(s, v.id, b.id, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, b.id, "interpreter")
        vs.add_participant(s, v.id, b.id, "delegate")  # role change, not a second row
        live = [p for p in v.participants if p.deleted_at is None]
        assert sorted(p.role.value for p in live) == ["delegate", "head"]
        vs.set_participants(s, v.id, [(b.id, "head")])
        live = [p for p in v.participants if p.deleted_at is None]
        assert [(p.contact_id, p.role) for p in live] == [(b.id, ParticipantRole.HEAD)]
        with pytest.raises(ScheduleError, match="one head"):
            vs.set_participants(s, v.id, [(a.id, "head"), (b.id, "head")])


def test_delete_is_soft_and_cascades_to_children(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s)
        p = person(s, "Anna", "Schmidt")
        vs.add_participant(s, v.id, p.id)
        vs.add_item(
            s,
            v.id,
            title_en="M",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 10),
            attendee_ids=[p.id],
        )
        vs.add_follow_up(
            s, v.id, description_en="Send the MoU draft", owner_id=p.id, due_date=dt.date(2026, 12, 1)
        )
        vid = v.id
    with db.transaction() as s:
        vs.delete_visit(s, vid)
    with db.reading() as s:
        assert s.get(Visit, vid).deleted_at is not None
        assert all(r.deleted_at is not None for r in s.query(VisitParticipant))
        assert vs.list_visits(s) == []
        with pytest.raises(ScheduleError, match="no visit"):
            vs.get_visit(s, vid)
    counts = (
        db.raw()
        .execute(
            "SELECT (SELECT count(*) FROM itinerary_item WHERE deleted_at IS NULL),"
            " (SELECT count(*) FROM itinerary_attendee WHERE deleted_at IS NULL),"
            " (SELECT count(*) FROM follow_up WHERE deleted_at IS NULL), (SELECT count(*) FROM visit)"
        )
        .fetchone()
    )
    assert counts == (0, 0, 0, 1)


def test_follow_ups_and_list(db: Database) -> None:
    with db.transaction() as s:
        host = organisation(s, "Beijing Municipal Ecology Bureau", "北京市生态环境局", "Beijing")
        v = _visit(s, host_organisation_id=host.id)
        owner = person(s, "Li", "Na", "李娜")
        f = vs.add_follow_up(
            s, v.id, description_zh="寄送谅解备忘录草案", owner_id=owner.id, due_date=dt.date(2026, 12, 1)
        )
        vs.update_follow_up(s, f.id, status="done")
        with pytest.raises(ScheduleError, match="needs a description"):
            vs.add_follow_up(s, v.id)
        rows = vs.list_visits(s, date_from=dt.date(2026, 11, 12), date_to=dt.date(2026, 11, 30))
        assert [r.host_zh for r in rows] == ["北京市生态环境局"]
        assert vs.list_visits(s, date_from=dt.date(2026, 11, 14)) == []
        assert vs.list_visits(s, statuses=["confirmed"]) == []
        assert vs.resolve_id(s, "visit", v.id[:8], "visit") == v.id


def test_id_prefixes_are_looked_up_as_typed_then_in_lower_case(db: Database) -> None:
    """Compact ids (petdesk.ids) tell upper from lower case, so a prefix is looked up as typed first;
    a canonical UUID, lower-case hex, is found when typed in capitals too."""
    from petdesk.dossier.data import resolve_id as dossier_resolve_id

    with db.transaction() as s:
        host = organisation(s, "Beijing Municipal Ecology Bureau", "北京市生态环境局", "Beijing")
        new = _visit(s, host_organisation_id=host.id)
        made = [
            Visit(id=row_id, title_en="Visit", start_date=D, end_date=D, host_organisation_id=host.id)
            for row_id in (
                "0b7f8e2a-5c1d-4e3f-9a8b-7c6d5e4f3a21",  # made before ids became compact
                # compact ids whose first characters differ in case only
                "0ABCDEFGH" + new.id[9:],
                "0abcdefgh" + new.id[9:],
            )
        ]
        s.add_all(made)
        old, twin, twin_lower = made
    with db.reading() as s:
        for resolve in (
            lambda p: vs.resolve_id(s, "visit", p, "visit"),
            lambda p: dossier_resolve_id(s, Visit, p),
        ):
            assert resolve(new.id[:8]) == new.id
            assert resolve("0b7f8e2a") == resolve("0B7F8E2A") == old.id
            assert resolve("0ABCDEFG") == twin.id
            assert resolve("0abcdefg") == twin_lower.id
