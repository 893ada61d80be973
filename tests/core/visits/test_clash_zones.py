"""A clash of items in two zones names the zone of each time, or gives both in the viewer's zone
(``clashes --tz``): "(26 Oct 2026, 16:00) and (26 Oct 2026, 09:00)" read as no clash at all
(field test 40, defect 3)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import clashes as clash_service
from petdesk.services import visits as vs
from tests.core.visits.data import person


def _cross_zone_clash(db: Database) -> str:
    """Stuttgart 09:00 and Chengdu 16:00 on 26 Oct 2026: the same instant, 08:00Z."""
    with db.transaction() as s:
        head = person(s, "Lena", "Hoffmann")
        visit = vs.create_visit(
            s,
            title_en="Chengdu delegation",
            start_date=dt.date(2026, 10, 24),
            end_date=dt.date(2026, 11, 3),
            timezone="Europe/Berlin",
        )
        vs.add_participant(s, visit.id, head.id, "head")
        for title, hour, tz in (
            ("Ministry meeting", 9, "Europe/Berlin"),
            ("Chengdu briefing", 16, "Asia/Shanghai"),
        ):
            vs.add_item(
                s,
                visit.id,
                title_en=title,
                start=dt.datetime(2026, 10, 26, hour),
                end=dt.datetime(2026, 10, 26, hour + 1),
                timezone=tz,
                attendee_ids=[head.id],
            )
        return visit.id


def test_each_time_names_its_zone_or_both_are_in_the_viewers(db: Database) -> None:
    visit_id = _cross_zone_clash(db)
    with db.reading() as s:
        (clash,) = clash_service.find_clashes(s, visit_id=visit_id)
    text = clash.describe("en")
    assert "(26 Oct 2026, 09:00, Berlin time)" in text and "(26 Oct 2026, 16:00, Beijing time)" in text
    text = clash.describe("en", ZoneInfo("Europe/Berlin"))
    assert text.count("26 Oct 2026, 09:00, Berlin time") == 2, text
    text = clash.describe("zh_CN", ZoneInfo("Asia/Shanghai"))
    assert text.count("北京时间 2026年10月26日 16:00") == 2, text


def test_clashes_tz_gives_the_times_in_that_zone(db: Database, capsys) -> None:
    visit_id = _cross_zone_clash(db)
    argv = ["--db", str(db.path), "clashes", "--visit", visit_id, "--lang", "en"]
    assert main([*argv, "--tz", "America/Los_Angeles"]) == 0
    out = capsys.readouterr().out
    assert out.count("26 Oct 2026, 01:00, Los Angeles time") == 2, out


def test_items_of_one_zone_need_no_zone_named(db: Database) -> None:
    visit_id = _cross_zone_clash(db)
    with db.transaction() as s:
        (item,) = [i for i in vs.get_visit(s, visit_id).items if i.timezone == "Asia/Shanghai"]
        vs.update_item(s, item.id, timezone="Europe/Berlin", start=dt.datetime(2026, 10, 26, 9, 30))
    with db.reading() as s:
        (clash,) = clash_service.find_clashes(s, visit_id=visit_id)
    assert "time" not in clash.describe("en", ZoneInfo("Europe/Berlin")).split("at once")[1]


def test_visits_prints_the_offsets_of_a_time_on_the_night_the_clocks_change(db: Database, capsys) -> None:
    """ "25 Oct 2026 02:30–03:30 Europe/Berlin" said nothing of which 02:30 (field test 40, defect 1)."""
    visit_id = _cross_zone_clash(db)
    with db.transaction() as s:
        vs.add_item(
            s,
            visit_id,
            title_en="Airport pickup",
            start=vs.place_time(dt.datetime(2026, 10, 25, 2, 30), "Europe/Berlin", 0),
            end=dt.datetime(2026, 10, 25, 3, 30),
        )
    assert main(["--db", str(db.path), "visits", visit_id, "--lang", "en", "--tz", "Europe/Berlin"]) == 0
    out = capsys.readouterr().out
    assert "25 Oct 2026 02:30–03:30 Berlin UTC+02:00 → UTC+01:00" in out, out
    assert "26 Oct 2026 09:00–10:00 Berlin UTC+01:00  [" in out, out  # a day without a change: one offset
