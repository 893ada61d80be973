"""The visits command line: lists, clashes, .ics export and import, reminders, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits as vs
from tests.core.visits.data import person


@pytest.fixture
def filled(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        a = person(s, "Anna", "Schmidt")
        v = vs.create_visit(
            s,
            title_en="Hamburg delegation",
            title_zh="汉堡代表团",
            start_date=dt.date(2026, 12, 7),
            end_date=dt.date(2026, 12, 9),
        )
        vs.add_participant(s, v.id, a.id, "head")
        vs.add_item(
            s,
            v.id,
            title_en="Meeting",
            city_en="Beijing",
            start=dt.datetime(2026, 12, 7, 9),
            end=dt.datetime(2026, 12, 7, 11),
        )
        vs.add_item(
            s,
            v.id,
            title_en="Lunch",
            city_en="Tianjin",
            start=dt.datetime(2026, 12, 7, 11),
            end=dt.datetime(2026, 12, 7, 12),
        )
        return {"visit": v.id}


def run(db: Database, *argv: str) -> int:
    return main(["--db", str(db.path), *argv])


def test_visits_list_and_show_in_both_zones(db: Database, filled: dict, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    assert run(db, "visits", "--from", "2026-12-01", "--to", "2026-12-31", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert filled["visit"][:8] in out and "Hamburg delegation" in out and "Visits: 1" in out
    assert run(db, "visits", filled["visit"][:8], "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "7 Dec 2026 09:00–11:00 Beijing UTC+08:00 (02:00–04:00 Berlin UTC+01:00)" in out
    assert "cannot get from Beijing to Tianjin" in out
    assert run(db, "visits", "--from", "2027-01-01", "--lang", "en") == 0
    assert "No visits" in capsys.readouterr().out


def test_clashes_and_calendar_round_trip(db: Database, filled: dict, tmp_path: Path, capsys) -> None:
    assert run(db, "clashes", "--all", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert out.startswith("transfer") and "Clashes: 1" in out
    ics = tmp_path / "visit.ics"
    assert run(db, "calendar", "--out", str(ics), "--visit", filled["visit"], "--lang", "en") == 0
    cal = Calendar.from_ical(ics.read_bytes())
    meeting = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Meeting")
    assert meeting["dtstart"].dt.astimezone(dt.UTC).hour == 1
    assert run(db, "calendar", "--import", str(ics), "--visit", filled["visit"][:6], "--lang", "en") == 0
    assert "0 added, 2 updated, 1 skipped" in capsys.readouterr().out
    rng = tmp_path / "range.ics"
    assert run(db, "calendar", "--out", str(rng), "--from", "2026-12-01", "--to", "2026-12-31") == 0
    assert len(Calendar.from_ical(rng.read_bytes()).walk("VEVENT")) == 3


def test_cli_errors(db: Database, filled: dict, tmp_path: Path, capsys) -> None:
    assert run(db, "calendar", "--out", str(tmp_path / "x.ics")) == 2
    assert "export one thing" in capsys.readouterr().err
    assert run(db, "calendar", "--out", "x.ics", "--import", "y.ics") == 2
    assert run(db, "visits", "zzzz") == 1
    assert "no visit with id zzzz" in capsys.readouterr().err
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"hello")
    assert run(db, "calendar", "--import", str(bad), "--visit", filled["visit"]) == 1
    assert "not an iCalendar file (no BEGIN:VCALENDAR); nothing was imported" in capsys.readouterr().err
    assert run(db, "reminders", "--days", "3") == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["reminders", "--days", "99999999"], "--days: must be between 0 and 3660"),
        (["reminders", "--days", "-5"], "--days: must be between 0 and 3660"),
        (["reminders", "--days", "soon"], "--days: “soon” is not a whole number"),
        (["clashes", "--min-transfer", "-5"], "--min-transfer: must be between 0 and 1440"),
        (["calendar", "--visit", "x", "--out", "-", "--alarm", "-5"], "--alarm: must be between 0 and 10080"),
    ],
)
def test_numbers_out_of_range_are_usage_errors(db: Database, argv: list[str], words: str, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db.path), *argv])
    assert stop.value.code == 2
    assert words in capsys.readouterr().err


def test_reminders_look_as_far_as_allowed(db: Database, capsys) -> None:
    """The visit starts 3,000 days from today: the longest look ahead allowed reaches it.

    It was the fixture's visit of 2026-12-07, which fell behind "today" on 2026-12-08."""
    start = dt.date.today() + dt.timedelta(days=3000)
    with db.transaction() as s:
        vs.create_visit(s, title_en="Hamburg delegation", start_date=start, end_date=start)
    assert main(["--db", str(db.path), "reminders", "--days", "3660"]) == 0
    assert "Hamburg delegation" in capsys.readouterr().out
    assert main(["--db", str(db.path), "reminders", "--days", "2999"]) == 0
    assert "Hamburg delegation" not in capsys.readouterr().out


def test_a_reversed_date_range_is_an_error(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """`visits --from 2026-12-31 --to 2026-01-01` said "No visits in that range" (exit 0)."""
    assert main(["--db", str(db.path), "visits", "--from", "2026-12-31", "--to", "2026-01-01"]) == 1
    assert "ends (2026-01-01) before it starts (2026-12-31)" in capsys.readouterr().err


def test_the_text_sign_in_sheet_keeps_its_columns_with_chinese_names(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name with Chinese characters pushed its row's marks to the right (two columns a character)."""
    from petdesk.cli.columns import width
    from petdesk.services import trainings as ts

    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", start_date=dt.date(2026, 11, 16), end_date=dt.date(2026, 11, 16)
        )
        ts.add_session(
            s, t.id, title_en="Basics", start=dt.datetime(2026, 11, 16, 9), end=dt.datetime(2026, 11, 16, 12)
        )
        for p in (person(s, "Alice", "Brown"), person(s, "Fang", "Wang", "王芳", family_first=True)):
            ts.register(s, t.id, p.id)
        tid = t.id
    assert main(["--db", str(db.path), "trainings", tid]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = out[out.index("Sign-in sheet:") + 1 :]
    assert len(rows) == 3 and "王芳" in rows[2]
    # the marks start at the same terminal column in every row
    starts = {width(r[: r.index("□")]) for r in rows[1:]}
    assert starts == {width(rows[0][: rows[0].index("S1")])}, rows


def test_a_training_shown_in_chinese_reads_its_chinese_fields(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    """``petdesk --lang zh_CN trainings ID`` printed the venue, the sessions' titles and the trainers in
    English, and "E" for excused, where the window and the printed sheet say 假."""
    from petdesk.services import trainings as ts

    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Waste-to-energy training",
            title_zh="垃圾焚烧发电培训",
            start_date=dt.date(2026, 11, 16),
            end_date=dt.date(2026, 11, 16),
            venue_en="Tongji University",
            venue_zh="同济大学",
        )
        trainer = person(s, "Fang", "Wang", "王芳", family_first=True)
        alice = person(s, "Alice", "Brown")
        s1 = ts.add_session(
            s,
            t.id,
            title_en="Basics",
            title_zh="基础知识",
            start=dt.datetime(2026, 11, 16, 9),
            end=dt.datetime(2026, 11, 16, 12),
            trainer_ids=[trainer.id],
        )
        ts.register(s, t.id, alice.id)
        ts.set_attendance(s, s1.id, alice.id, "excused")
        tid = t.id
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid]) == 0
    out = capsys.readouterr().out
    assert out.startswith("垃圾焚烧发电培训 / Waste-to-energy training")
    assert "同济大学" in out and "基础知识  （王芳）" in out and "Tongji" not in out and "Basics" not in out
    assert "假" in out.splitlines()[-1]
    assert main(["--db", str(db.path), "--lang", "en", "trainings", tid]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Waste-to-energy training / 垃圾焚烧发电培训")
    assert "Tongji University" in out and "Basics  (Wang Fang)" in out and "E" in out.splitlines()[-1]
    # The list counts in words: "(1 session, 1 person, 1 attendee)", not "(1 sessions, 1 people, ...)".
    assert main(["--db", str(db.path), "--lang", "en", "trainings"]) == 0
    assert "(1 session, 1 person, 1 attendee)" in capsys.readouterr().out
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings"]) == 0
    assert "（1 场课程，1 人，学员 1 人）" in capsys.readouterr().out


def test_show_names_an_old_items_known_city_in_chinese(db: Database, filled: dict, capsys) -> None:
    """An item saved with "Beijing" only (before field test 57, or from another office) is in 北京 on
    the Chinese command line, as in the window and the dossier (review 48)."""
    from petdesk import models as m

    with db.transaction() as s:
        s.execute(m.ItineraryItem.__table__.update().values(city_zh=""))
    assert run(db, "visits", filled["visit"][:8], "--lang", "zh_CN") == 0
    out = capsys.readouterr().out
    assert "北京" in out and "Beijing" not in out, out
