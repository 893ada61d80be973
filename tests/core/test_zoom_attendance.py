"""Zoom participant reports marking a hybrid training's online people present (field test 79)."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.enums import ContactChannel
from petdesk.services import contacts as cs
from petdesk.services import trainings as ts
from petdesk.services import zoom_attendance as za
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (a fixture)

SAMPLE = Path(__file__).parents[1] / "data" / "import" / "field79" / "zoom_participants_day1.csv"
HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n"


def _training(db: Database) -> tuple[str, list[str], dict[str, str]]:
    people = {
        "maria": ("Maria", "Santos", "maria.santos@mmda.gov.ph"),
        "tan": ("Wei Ling", "Tan", "tan.wl@nea.gov.sg"),
        "lan": ("Thị Lan", "Nguyễn", "lan.nt@urenco.vn"),
    }
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Solid waste management",
            start_date=dt.date(2026, 11, 16),
            end_date=dt.date(2026, 11, 16),
        )
        sessions = [
            ts.add_session(
                s, t.id, title_en=name, start=dt.datetime(2026, 11, 16, a), end=dt.datetime(2026, 11, 16, b)
            ).id
            for name, a, b in (("Morning", 9, 12), ("Afternoon", 14, 17))
        ]
        ids = {}
        for key, (given, family, mail) in people.items():
            c = cs.create_contact(
                s, given_name=given, family_name=family, methods=[cs.Method(ContactChannel.EMAIL, mail)]
            )
            ts.register(s, t.id, c.id)
            ids[key] = c.id
        return t.id, sessions, ids


def _marks(db: Database, tid: str) -> dict[tuple[str, str], str]:
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
        return {(sid, r.contact_id): v for r in sheet.rows for sid, v in r.attendance.items() if v}


def test_the_portal_export_marks_whoever_was_online_for_half_a_session(db: Database) -> None:
    tid, (morning, afternoon), ids = _training(db)
    text = SAMPLE.read_text(encoding="utf-8-sig").replace("TAN.WL@", "tan.wl@")
    report = HEADER + "\r\n".join(text.splitlines()[4:])  # the same rows without the meeting block
    for data in (SAMPLE.read_bytes(), codecs.BOM_UTF16_LE + report.encode("utf-16-le")):
        connections = za.read_report(data)
        assert len(connections) == 11 and connections[1].names == ("Maria Santos",)
        assert connections[6].names == ("Wei Ling iPhone", "Tan Wei Ling")
    with db.transaction() as s:
        result = za.apply_report(s, tid, za.read_report(SAMPLE.read_bytes()))
    by_name = {p.name: p for p in result.people}
    # Maria rejoined after three minutes (S1 counted once, 180 of 180 minutes less the gap) and left the
    # afternoon after an hour (less than half of it); Tan's phone beside her laptop adds nothing
    assert by_name["Maria Santos"].present == ["S1"] and by_name["Maria Santos"].minutes == 242
    assert by_name["Wei Ling Tan"].present == ["S1", "S2"] and by_name["Wei Ling Tan"].minutes == 357
    assert "Zhou Min / 周敏 <zhoumin@nanning-hub.org>" in result.unknown and "Galaxy A54" in result.unknown
    assert result.marked == 3
    assert _marks(db, tid) == {
        (morning, ids["maria"]): "present",
        (morning, ids["tan"]): "present",
        (afternoon, ids["tan"]): "present",
    }  # Lan, in the room, is not marked absent
    with db.transaction() as s:
        again = za.apply_report(s, tid, za.read_report(SAMPLE.read_bytes()))
    assert again.marked == 0 and len(_marks(db, tid)) == 3  # a second import adds nothing


def test_a_renamed_participant_without_email_is_found_by_the_name_without_accents(db: Database) -> None:
    tid, (morning, _), ids = _training(db)
    report = HEADER + "Lan (Nguyen Thi Lan),,11/16/2026 09:00:00 AM,11/16/2026 10:31:00 AM,91,Yes\r\n"
    with db.transaction() as s:
        result = za.apply_report(s, tid, za.read_report(report.encode()))
    assert [p.contact_id for p in result.people] == [ids["lan"]] and result.unknown == []
    assert _marks(db, tid) == {(morning, ids["lan"]): "present"}


def test_times_are_read_in_the_zoom_accounts_zone(db: Database) -> None:
    tid, (morning, _), ids = _training(db)
    # a Bangkok account's report: 08:00–10:00 there is 09:00–11:00 in Nanning, two thirds of S1
    report = (
        HEADER
        + "Maria Santos,maria.santos@mmda.gov.ph,11/16/2026 08:00:00 AM,11/16/2026 10:00:00 AM,120,No\r\n"
    )
    with db.transaction() as s:
        assert za.apply_report(s, tid, za.read_report(report.encode())).marked == 0  # read as Nanning time
        assert za.apply_report(s, tid, za.read_report(report.encode()), timezone="Asia/Bangkok").marked == 1
    assert _marks(db, tid) == {(morning, ids["maria"]): "present"}


def test_a_file_that_is_not_a_participant_report_is_refused() -> None:
    with pytest.raises(za.ZoomReportError, match="Join Time"):
        za.read_report(b"Timestamp,Email Address,Full name\r\n")
    with pytest.raises(za.ZoomReportError, match="line 2"):
        za.read_report((HEADER + "A,,yesterday,today,1,No\r\n").encode())


@pytest.mark.usefixtures("tree_catalogue")
def test_a_file_that_is_no_zoom_report_is_refused_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    """The refusal goes through the core catalogue: a Chinese window's user read it in English."""
    path = tmp_path / "names.csv"
    path.write_text("Name,E-mail\nLan,lan@example.vn\n", encoding="utf-8")
    db = open_database(new_database_file(tmp_path / "t.sqlite"))
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Solid waste", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 4)
        )
        tid = training.id
    db.close()
    code = main(["--db", str(tmp_path / "t.sqlite"), "--lang", "zh_CN", "zoom-attendance", tid, str(path)])
    assert code != 0
    assert "不是 Zoom 参会者报告" in capsys.readouterr().err


def test_the_command_reads_times_in_the_zone_given(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Field test "fieldtraining60": ``--tz Europe/Berlin`` (a trainer's Zoom account in Germany)
    stopped with "unknown time zone zoneinfo.ZoneInfo(key='Europe/Berlin')"."""
    tid, (morning, _), ids = _training(db)
    report = db.path.parent / "zoom.csv"
    # 02:00–04:00 in Berlin is 09:00–11:00 in Nanning, two thirds of S1
    line = "Maria Santos,maria.santos@mmda.gov.ph,11/16/2026 02:00:00 AM,11/16/2026 04:00:00 AM,120,No\r\n"
    report.write_text(HEADER + line, encoding="utf-8")
    code = main(
        ["--db", str(db.path), "--lang", "en", "zoom-attendance", tid, str(report), "--tz", "Europe/Berlin"]
    )
    assert code == 0, capsys.readouterr().err
    assert _marks(db, tid) == {(morning, ids["maria"]): "present"}
