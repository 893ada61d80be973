"""``petdesk calendar --out F --from D --to D`` and the Calendar page's Export to Calendar File… write
one file through one service, :func:`ical.save_range`: the same bytes for the same range, person and
reminders (the window could export single visits and trainings only)."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import calendar as cs
from petdesk.services import ical
from tests.helpers.calendar_range import FIRST, LAST, SHANGHAI, december


def _range_args(db_path: Path, out: Path, *extra: str) -> list[str]:
    return [
        "--db", str(db_path), "calendar", "--out", str(out), "--from", FIRST.isoformat(),
        "--to", LAST.isoformat(), "--tz", "Asia/Shanghai", "--lang", "en", *extra,
    ]  # fmt: skip


def test_the_service_writes_the_commands_file_for_a_persons_range(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    ids = december(db)
    by_command = tmp_path / "command.ics"
    assert main(_range_args(db_path, by_command, "--person", ids["li"], "--alarm", "45")) == 0
    by_service = tmp_path / "service.ics"
    with db.reading() as s:
        written = ical.save_range(
            by_service, s, FIRST, LAST, filters=cs.Filters(contact_id=ids["li"]), locale="en",
            alarms=(45,), tz=SHANGHAI,
        )  # fmt: skip
    assert by_service.read_bytes() == by_command.read_bytes()
    summaries = [str(e["summary"]) for e in Calendar.from_ical(by_service.read_bytes()).walk("VEVENT")]
    assert written == len(summaries)
    assert "Kunming delegation / 昆明代表团" in summaries and "Plant tour / 参观水厂" in summaries
    assert len(summaries) == 2  # not the Hamburg visit, the office's follow-up or the deadline


def test_everyones_range_without_reminders_is_alarm_zero(db: Database, db_path: Path, tmp_path: Path) -> None:
    december(db)
    by_command = tmp_path / "command.ics"
    assert main(_range_args(db_path, by_command, "--alarm", "0")) == 0
    by_service = tmp_path / "service.ics"
    with db.reading() as s:
        ical.save_range(by_service, s, FIRST, LAST, locale="en", alarms=(), tz=SHANGHAI)
    assert by_service.read_bytes() == by_command.read_bytes()
    data = by_service.read_bytes()
    assert b"BEGIN:VALARM" not in data
    for what in (b"Hamburg", b"Kunming", b"Sludge pilot", b"Send the offer"):
        assert what in data, what
