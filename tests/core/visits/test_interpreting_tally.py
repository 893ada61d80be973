"""Interpreters' hours and days per event for payment (field test 94): ``services.interpreting`` and
``petdesk report interpreting``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import export_log
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.interpreting import TRAINING, VISIT, interpreting
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

D = dt.datetime
MAY = (dt.date(2027, 5, 1), dt.date(2027, 5, 31))


@pytest.fixture
def booked(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        wang = person(s, "Lei", "Wang", "王磊", family_first=True)
        zhao = person(s, "Min", "Zhao", "赵敏", family_first=True)
        prof = person(s, "Petra", "Schulz")
        kiel = vs.create_visit(
            s,
            title_en="Kiel University group",
            title_zh="基尔大学代表团",
            start_date=dt.date(2027, 5, 11),
            end_date=dt.date(2027, 5, 14),
        )
        vs.add_participant(s, kiel.id, prof.id, "head")
        vs.add_participant(s, kiel.id, wang.id, "interpreter")
        vs.add_participant(s, kiel.id, zhao.id, "interpreter")
        # consecutive, Li booked for this one meeting only (no participant of the visit)
        talks = vs.add_item(
            s,
            kiel.id,
            title_en="Talks",
            start=D(2027, 5, 11, 10),
            end=D(2027, 5, 11, 11, 30),
            attendee_ids=[prof.id],
        )
        set_item_protocol(s, talks.id, interpreter_contact_id=li.id)
        # simultaneous: two interpreters, the second ticked beside the first
        symposium = vs.add_item(
            s,
            kiel.id,
            title_en="Symposium",
            start=D(2027, 5, 12, 9),
            end=D(2027, 5, 12, 17),
            attendee_ids=[prof.id, wang.id, zhao.id],
        )
        set_item_protocol(s, symposium.id, interpreter_contact_id=wang.id)
        # overlapping the symposium for Wang: paid once
        vs.add_item(
            s,
            kiel.id,
            title_en="Lunch",
            start=D(2027, 5, 12, 12),
            end=D(2027, 5, 12, 13, 30),
            attendee_ids=[prof.id, wang.id],
        )
        vs.add_item(
            s,
            kiel.id,
            title_en="Day in Qingdao",
            start=D(2027, 5, 13),
            end=D(2027, 5, 14),
            all_day=True,
        )
        cancelled = vs.create_visit(
            s, title_en="Cancelled trip", start_date=dt.date(2027, 5, 20), end_date=dt.date(2027, 5, 21)
        )
        gone = vs.add_item(s, cancelled.id, title_en="Gone", start=D(2027, 5, 20, 9), end=D(2027, 5, 20, 12))
        set_item_protocol(s, gone.id, interpreter_contact_id=li.id)
        vs.set_visit_status(s, cancelled.id, "cancelled")
        training = ts.create_training(
            s,
            title_en="Sponge city training",
            title_zh="海绵城市培训",
            start_date=dt.date(2027, 5, 12),
            end_date=dt.date(2027, 5, 14),
        )
        days = [
            ts.add_session(
                s, training.id, title_en=f"Day {n}", start=D(2027, 5, 11 + n, 9), end=D(2027, 5, 11 + n, 12)
            )
            for n in (1, 2, 3)
        ]
        ts.register(s, training.id, li.id)
        ts.set_attendance(s, days[2].id, li.id, "absent")
        return {"li": li.id, "wang": wang.id, "zhao": zhao.id, "kiel": kiel.id, "training": training.id}


def _tally(db: Database, **kw: str) -> list[tuple[str, str, str, int, float, int]]:
    with db.reading() as s:
        return [
            (w.name_en, w.kind, w.event_en, w.items, w.hours, w.days) for w in interpreting(s, *MAY, **kw)
        ]


def test_hours_and_days_per_interpreter_and_event(db: Database, booked: dict[str, str]) -> None:
    assert _tally(db) == [
        ("Li Na", VISIT, "Kiel University group", 1, 1.5, 1),
        ("Li Na", TRAINING, "Sponge city training", 2, 6.0, 2),  # day 3 marked absent
        ("Wang Lei", VISIT, "Kiel University group", 3, 8.0, 2),  # lunch inside the symposium; all-day 13th
        ("Zhao Min", VISIT, "Kiel University group", 2, 8.0, 2),
    ]
    assert _tally(db, contact_id=booked["zhao"]) == [("Zhao Min", VISIT, "Kiel University group", 2, 8.0, 2)]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_list_for_finance_in_chinese(
    db: Database, booked: dict[str, str], tmp_path: Path, capsys
) -> None:
    out = tmp_path / "译员工时.xlsx"
    argv = ["--db", str(db.path), "report", "interpreting", "--from", "2027-05-01", "--to", "2027-05-31"]
    assert main([*argv, "--person", "李娜", "--out", str(out), "--lang", "zh_CN"]) == 0
    printed = capsys.readouterr().out
    assert "基尔大学代表团" in printed and "合计：7.5 小时，3 天" in printed
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["翻译", "活动", "开始日期", "结束日期", "项数", "小时数", "天数"]
    assert rows[1][:2] == ["李娜", "基尔大学代表团"] and rows[1][2].date() == dt.date(2027, 5, 11)
    assert rows[1][4:] == [1, 1.5, 1]
    assert rows[2][:2] == ["李娜", "海绵城市培训"] and rows[2][4:] == [2, 6.0, 2]
    # the list names interpreters (to finance): in the export log, as an attendance report is
    with db.reading() as s:
        (line,) = export_log.lines(s, contact_id=booked["li"])
    assert (line.kind, Path(line.file_name).name, line.count) == ("report", out.name, 1)
    april = ["--db", str(db.path), "report", "interpreting", "--from", "2027-04-01", "--to", "2027-04-30"]
    assert main([*april, "--lang", "en"]) == 0
    assert "Nobody interpreted from 2027-04-01 to 2027-04-30." in capsys.readouterr().out


def test_a_moment_at_midnight_counts_its_day(db: Database) -> None:
    """An item that ends at its start (a calendar event without an end) at 00:00 on the place's clock
    is one day worked, no hours: its days were the empty range, and the tally failed on min()."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        visit = vs.create_visit(
            s, title_en="Night arrival", start_date=dt.date(2027, 5, 3), end_date=dt.date(2027, 5, 4)
        )
        vs.add_participant(s, visit.id, li.id, "interpreter")
        vs.add_item(s, visit.id, title_en="Arrival", start=D(2027, 5, 4), end=D(2027, 5, 4))
    with db.sessions() as s:
        found = interpreting(s, *MAY)
    assert [(w.event_en, w.first, w.last, w.items, w.hours, w.days) for w in found] == [
        ("Night arrival", dt.date(2027, 5, 4), dt.date(2027, 5, 4), 1, 0.0, 1)
    ]


def test_the_periods_edges_on_far_clocks(db: Database) -> None:
    """Items on the period's first and last local days count where UTC puts them on the day before or
    after (the database is asked for a window of UTC instants around the period); the next day's not."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        visit = vs.create_visit(
            s, title_en="Pacific tour", start_date=dt.date(2027, 4, 30), end_date=dt.date(2027, 6, 1)
        )
        vs.add_participant(s, visit.id, li.id, "interpreter")
        for start, zone in (
            (D(2027, 5, 1, 8), "Pacific/Kiritimati"),  # 30 April 18:00 UTC
            (D(2027, 5, 31, 20), "Pacific/Honolulu"),  # 1 June 06:00 UTC
            (D(2027, 6, 1, 8), "Pacific/Kiritimati"),  # 31 May 18:00 UTC, but June there
        ):
            vs.add_item(
                s, visit.id, title_en="Talk", start=start, end=start + dt.timedelta(hours=2), timezone=zone
            )
    with db.sessions() as s:
        found = interpreting(s, *MAY)
    assert [(w.first, w.last, w.items, w.hours, w.days) for w in found] == [
        (dt.date(2027, 5, 1), dt.date(2027, 5, 31), 2, 4.0, 2)
    ]
