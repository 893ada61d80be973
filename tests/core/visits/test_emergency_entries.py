"""Field test 52, defect 8: the emergency sheet holds one entry per city with its days (a trip
through three cities had one Hangzhou hospital); the dossier prints each with its days in both
languages, a single whole-visit sheet prints as before, and the entries travel to other offices."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from petdesk.db import Database, make_upgrade_engine, open_database, upgrade
from petdesk.dossier import build_visit_dossier
from petdesk.dossier.layout import DossierOptions
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.core.sync.helpers import make_office, send
from tests.core.test_migration_rare_han_search import V1_DB

D = dt.date(2027, 3, 16)
SHEET = {
    "duty_officer_name": "Chen Jing",
    "duty_officer_phone": "+86 138 1234 5678",
    "embassy": "Consulate General, Shanghai",
    "emergency_numbers": "110 / 120",
    "hospital": "Sir Run Run Shaw Hospital, Hangzhou",
}
ONLY_EMERGENCY = DossierOptions(sections=frozenset({"emergency"}), contents=False, reproducible=True)


def _visit(s: Session) -> str:
    vid = vs.create_visit(s, title_en="Munich delegation", start_date=D, end_date=D + dt.timedelta(days=7)).id
    ls.add_accommodation(
        s,
        vid,
        hotel="Shangri-La Hotel Hangzhou",
        phone="+86 571 8797 7951",
        check_in=D,
        check_out=D + dt.timedelta(days=2),
    )
    return vid


def _three_cities(s: Session, vid: str) -> None:
    ls.set_emergency(s, vid, **SHEET, place="Hangzhou", starts_on=D, ends_on=D + dt.timedelta(days=2))
    ls.add_emergency_entry(
        s, vid, place="Shanghai", starts_on=D + dt.timedelta(days=2), ends_on=D + dt.timedelta(days=4),
        hospital="Ruijin Hospital, Shanghai", embassy="Consulate General, Shanghai",
    )  # fmt: skip
    ls.add_emergency_entry(
        s, vid, place="Chengdu", starts_on=D + dt.timedelta(days=5), ends_on=D + dt.timedelta(days=7),
        hospital="West China Hospital, Chengdu", emergency_numbers="110 / 120",
    )  # fmt: skip


def _page(db: Database, vid: str, out: Path) -> str:
    (page,) = pdftotext_pages(build_visit_dossier(db, vid, out, ONLY_EMERGENCY))
    return page


def test_one_entry_per_city_in_order_of_its_days(db: Database) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        _three_cities(s, vid)
        with pytest.raises(ScheduleError, match="last day cannot come before its first"):
            ls.add_emergency_entry(s, vid, place="Xi'an", starts_on=D, ends_on=D - dt.timedelta(days=1))
        (chengdu,) = [e for e in ls.emergency_entries(s, vid) if e.place == "Chengdu"]
        with pytest.raises(ScheduleError, match="day and night"):
            ls.update_emergency_entry(s, chengdu.id, duty_officer_name="Li Na")
        ls.update_emergency_entry(
            s, chengdu.id, duty_officer_name="Li Na", duty_officer_phone="+86 139 0000 1111"
        )
    with db.reading() as s:
        view = ls.logistics(s, vid)
    assert [e.place for e in view.emergency_entries] == ["Hangzhou", "Shanghai", "Chengdu"]
    assert [e.hospital for e in view.emergency_entries][1:] == [
        "Ruijin Hospital, Shanghai",
        "West China Hospital, Chengdu",
    ]
    assert view.emergency.hospital == SHEET["hospital"]  # the first entry, as the glance page reads it
    assert view.emergency_entries[2].duty_officer_name == "Li Na"
    with db.transaction() as s:
        ls.delete_emergency_entry(s, chengdu.id)
    with db.reading() as s:
        assert [e.place for e in ls.logistics(s, vid).emergency_entries] == ["Hangzhou", "Shanghai"]


def test_the_dossier_prints_each_city_with_its_days(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        _three_cities(s, vid)
    page = _page(db, vid, tmp_path / "three.pdf")
    for heading in (
        "Hangzhou, 16 Mar 2027 – 18 Mar 2027",
        "Shanghai, 18 Mar 2027 – 20 Mar 2027",
        "Chengdu, 21 Mar 2027 – 23 Mar 2027",
        "Hangzhou，2027年3月16日 至 2027年3月18日",
        "Chengdu，2027年3月21日 至 2027年3月23日",
    ):
        assert heading in page
    for hospital in ("Ruijin Hospital, Shanghai", "West China Hospital, Chengdu"):
        assert page.count(hospital) == 2  # in each language's column
    # the Hangzhou hospital is printed for Hangzhou only (once a language), not for the other cities
    assert page.count(SHEET["hospital"]) == 2


#: The emergency page of a single whole-visit sheet as main's petdesk printed it (2026-12-05),
#: without the footer's print time.
BEFORE = [
    "Regional Office", "Munich delegation", "Emergency contacts", "紧急联络",
    "Keep this page with you during the visit.", "访问期间请随身携带本页。",
    "24-hour duty officer:", "Chen Jing +86 138 1234 5678",
    "24小时值班人员：", "Chen Jing +86 138 1234 5678",
    "Embassy or consulate:", "Consulate General, Shanghai", "Local emergency numbers:", "110 / 120",
    "Nearest hospital:", "Sir Run Run Shaw Hospital, Hangzhou",
    "Hotel:", "Shangri-La Hotel Hangzhou +86 571 8797 7951",
    "使领馆：", "Consulate General, Shanghai", "当地紧急电话：", "110 / 120",
    "附近医院：", "Sir Run Run Shaw Hospital, Hangzhou",
    "酒店：", "Shangri-La Hotel Hangzhou +86 571 8797 7951",
]  # fmt: skip


def test_a_single_sheet_prints_as_before(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        ls.set_emergency(s, vid, **SHEET)
    lines = [line for line in _page(db, vid, tmp_path / "one.pdf").splitlines() if line.strip()]
    assert lines[: len(BEFORE)] == BEFORE
    assert lines[len(BEFORE)].startswith("Restricted")


def test_the_visit_sheet_moves_into_the_first_entry(tmp_path: Path) -> None:
    """Migration 0047: a file's single sheet becomes the first entry, printed as before."""
    path = tmp_path / "old.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0044_vehicle_riders")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        (vid,) = conn.execute("SELECT id FROM visit WHERE deleted_at IS NULL ORDER BY id LIMIT 1").fetchone()
        conn.execute(
            "UPDATE visit SET duty_officer_name = ?, duty_officer_phone = ?, embassy = ?, "
            "emergency_numbers = ?, hospital = ? WHERE id = ?",
            [*SHEET.values(), vid],
        )
    conn.close()
    db = open_database(path)
    try:
        with db.reading() as s:
            (entry,) = ls.emergency_entries(s, vid)
            view = ls.logistics(s, vid)
        assert {name: getattr(entry, name) for name in SHEET} == SHEET
        assert (entry.place, entry.starts_on, entry.ends_on) == ("", None, None)
        assert view.emergency_entries == (view.emergency,) and view.emergency.is_whole_visit
    finally:
        db.close()


def test_entries_travel_to_another_office(tmp_path: Path) -> None:
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with munich.transaction() as s:
            vid = _visit(s)
            _three_cities(s, vid)
        (tmp_path / "pkgs").mkdir()
        send(munich, hangzhou, tmp_path / "pkgs")
        with hangzhou.reading() as s:
            entries = ls.logistics(s, vid).emergency_entries
        assert [(e.place, e.starts_on, e.hospital) for e in entries] == [
            ("Hangzhou", D, SHEET["hospital"]),
            ("Shanghai", D + dt.timedelta(days=2), "Ruijin Hospital, Shanghai"),
            ("Chengdu", D + dt.timedelta(days=5), "West China Hospital, Chengdu"),
        ]
        # an edit and a deletion made in Hangzhou come back to Munich
        shanghai, chengdu = entries[1].id, entries[2].id
        assert shanghai is not None and chengdu is not None
        with hangzhou.transaction() as s:
            ls.update_emergency_entry(s, shanghai, hospital="Huashan Hospital, Shanghai")
            ls.delete_emergency_entry(s, chengdu)
        send(hangzhou, munich, tmp_path / "pkgs")
        with munich.reading() as s:
            back = ls.logistics(s, vid).emergency_entries
        assert [(e.place, e.hospital) for e in back] == [
            ("Hangzhou", SHEET["hospital"]),
            ("Shanghai", "Huashan Hospital, Shanghai"),
        ]
    finally:
        munich.close()
        hangzhou.close()


def test_a_downgrade_keeps_each_visits_sheet_in_its_columns(db: Database) -> None:
    """Review 47, finding 2: downgrading 0047 dropped every entry, and the columns were empty. The
    whole-visit entry (else the earliest city's) goes back into the visit's columns."""
    from alembic import command

    from petdesk.db import _alembic_config

    with db.transaction() as s:
        whole, cities = _visit(s), _visit(s)
        ls.set_emergency(s, whole, **SHEET)
        ls.add_emergency_entry(s, whole, place="Chengdu", starts_on=D, hospital="West China Hospital")
        _three_cities(s, cities)
    path = db.path
    db.close()
    engine = make_upgrade_engine(path)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0046_kana_readings")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        sheets = {
            row[0]: row[1:]
            for row in conn.execute(
                f"SELECT id, {', '.join(SHEET)} FROM visit WHERE id IN (?, ?)", (whole, cities)
            )
        }
    finally:
        conn.close()
    assert sheets[whole] == tuple(SHEET.values())
    assert sheets[cities] == tuple(SHEET.values())  # Hangzhou's, the earliest: no whole-visit entry


def _older_office_edits_hospital(office: Database, vid: str, hospital: str) -> None:
    """What a package from an office not yet at 0047 brings: the visit's own column, edited."""
    from petdesk.models import Visit

    with office.transaction() as s:
        visit = s.get(Visit, vid)
        assert visit is not None
        visit.hospital = hospital


def test_an_older_offices_sheet_edit_is_shown_and_kept(tmp_path: Path) -> None:
    """Review 47, finding 3: a hospital changed in the visit's columns (an older office) was hidden
    behind the whole-visit entry, and the next edit of the sheet cleared it everywhere."""
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    (tmp_path / "pkgs").mkdir()
    try:
        with munich.transaction() as s:
            vid = _visit(s)
            ls.set_emergency(s, vid, **SHEET)
        send(munich, hangzhou, tmp_path / "pkgs")
        _older_office_edits_hospital(hangzhou, vid, "Zhejiang Provincial People's Hospital")
        send(hangzhou, munich, tmp_path / "pkgs")
        with munich.reading() as s:
            assert ls.logistics(s, vid).emergency.hospital == "Zhejiang Provincial People's Hospital"
        with munich.transaction() as s:
            ls.add_emergency_entry(s, vid, place="Chengdu", starts_on=D, hospital="West China Hospital")
            ls.set_emergency(s, vid, duty_officer_name="Li Na", duty_officer_phone="+86 139 0000 1111")
        send(munich, hangzhou, tmp_path / "pkgs")
        for office in (munich, hangzhou):
            with office.reading() as s:
                whole = ls.logistics(s, vid).emergency
            assert (whole.hospital, whole.duty_officer_name) == (
                "Zhejiang Provincial People's Hospital",
                "Li Na",
            )
    finally:
        munich.close()
        hangzhou.close()


def test_an_edit_adopts_columns_into_the_whole_visit_entry(db: Database) -> None:
    """The columns are copied into the whole-visit entry before an edit clears them, even when the
    visit has an entry already (it used to clear them without copying)."""
    with db.transaction() as s:
        vid = _visit(s)
        ls.set_emergency(s, vid, **SHEET)
    _older_office_edits_hospital(db, vid, "Zhejiang Provincial People's Hospital")
    with db.transaction() as s:
        ls.add_emergency_entry(s, vid, place="Chengdu", starts_on=D, hospital="West China Hospital")
    with db.reading() as s:
        (whole, _chengdu) = ls.logistics(s, vid).emergency_entries
    assert whole.hospital == "Zhejiang Provincial People's Hospital" and whole.is_whole_visit


def test_setting_the_sheet_never_rewrites_a_citys_entry(db: Database) -> None:
    """Review 47, finding 8: with no whole-visit entry, set_emergency filled the earliest city's."""
    with db.transaction() as s:
        vid = _visit(s)
        ls.add_emergency_entry(s, vid, place="Hangzhou", starts_on=D, hospital=SHEET["hospital"])
        ls.set_emergency(s, vid, hospital="Any hospital on the way")
    with db.reading() as s:
        entries = ls.logistics(s, vid).emergency_entries
    assert [(e.place, e.hospital) for e in entries] == [
        ("", "Any hospital on the way"),
        ("Hangzhou", SHEET["hospital"]),
    ]
