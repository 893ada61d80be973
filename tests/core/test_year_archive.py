"""The yearly archive (field test 69): one workbook, a sheet per record kind, of the records created
or changed in a year with their times, streamed, with progress, in the interface language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from petdesk import models as m
from petdesk.cli import main, progress
from petdesk.db import Database
from petdesk.models.enums import ActivityKind
from petdesk.services import contacts as cs
from petdesk.services import year_archive
from petdesk.stored_times import stored_time
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

SHEETS_EN = ["organisations", "contacts", "visits", "trainings", "projects", "follow-ups", "activities"]


def _records(db: Database) -> dict[str, str]:
    """One record of each kind made in 2024 and changed in 2025, and an old contact last changed in
    2023 that no archive of 2025 holds, and a deleted one."""
    with db.transaction() as s:
        org = m.Organisation(
            name_en="Rhein-Main Umwelttechnik GmbH", name_zh="莱茵美因环境技术", tags=["3iPET"]
        )
        s.add(org)
        s.flush()
        fresh = cs.create_contact(s, family_name="Vogel", given_name="Jonas", organisation_id=org.id)
        old = cs.create_contact(s, family_name="Altbestand", given_name="Uwe", organisation_id=org.id)
        gone = cs.create_contact(s, family_name="Weg", given_name="Anna", organisation_id=org.id)
        visit = m.Visit(
            title_en="Delegation from Wuxi", start_date=dt.date(2025, 3, 1), end_date=dt.date(2025, 3, 4)
        )
        training = m.Training(
            title_en="Wastewater training", start_date=dt.date(2025, 6, 1), end_date=dt.date(2025, 6, 2)
        )
        project = m.Project(title_en="Sludge pilot", lead_organisation_id=org.id)
        s.add_all([visit, training, project])
        s.flush()
        follow = m.FollowUp(description_en="Send the offer", contact_id=fresh.id, visit_id=visit.id)
        activity = m.Activity(
            kind=ActivityKind.MEETING,
            occurred_at=dt.datetime(2025, 5, 5, 9, tzinfo=dt.UTC),
            subject="Site visit",
            contact_id=fresh.id,
        )
        s.add_all([follow, activity])
        s.flush()
        ids = {
            "organisation": org.id,
            "contact": fresh.id,
            "old": old.id,
            "gone": gone.id,
            "visit": visit.id,
            "training": training.id,
            "project": project.id,
            "follow_up": follow.id,
            "activity": activity.id,
        }
    made = stored_time(dt.datetime(2024, 2, 1, 8, tzinfo=dt.UTC))
    changed = stored_time(dt.datetime(2025, 11, 30, 17, 45, tzinfo=dt.UTC))
    with db.transaction() as s:
        conn = s.connection()
        for key, row_id in ids.items():
            table = {"old": "contact", "gone": "contact"}.get(key, key)
            last = stored_time(dt.datetime(2023, 5, 1, tzinfo=dt.UTC)) if key == "old" else changed
            conn.exec_driver_sql(
                f"UPDATE {table} SET created_at = ?, updated_at = ? WHERE id = ?", (made, last, row_id)
            )
        conn.exec_driver_sql("UPDATE contact SET deleted_at = ? WHERE id = ?", (changed, ids["gone"]))
    return ids


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb}
    finally:
        wb.close()


def test_archive_holds_each_kind_changed_in_the_year_with_its_times(db: Database, tmp_path: Path) -> None:
    ids = _records(db)
    out = tmp_path / "archive-2025.xlsx"
    seen: list[tuple[int, int]] = []
    with db.reading() as s:
        written = year_archive.write_archive(s, 2025, out, "en", lambda d, t: seen.append((d, t)))
    assert written == {
        t: 1 for t in ("organisation", "contact", "visit", "training", "project", "follow_up", "activity")
    }
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    sheets = _sheets(out)
    assert list(sheets) == SHEETS_EN
    head, row = sheets["contacts"]
    assert head[-2:] == ("Created (UTC)", "Last changed (UTC)")
    assert row[:3] == (
        ids["contact"],
        "Vogel",
        "Jonas",
    )  # not the one untouched since 2023, nor the deleted one
    assert row[5] == "Rhein-Main Umwelttechnik GmbH"
    assert row[-2:] == (dt.datetime(2024, 2, 1, 8), dt.datetime(2025, 11, 30, 17, 45))
    for name in SHEETS_EN:
        assert len(sheets[name]) == 2, name
    assert sheets["organisations"][1][6] == "3iPET"
    assert sheets["activities"][1][1:4] == ("Meeting", dt.datetime(2025, 5, 5, 9), "Site visit")
    with db.reading() as s:  # made in 2024: in that year's archive too; nothing in 2022's
        assert year_archive.write_archive(s, 2024, tmp_path / "2024.xlsx")["contact"] == 3 - 1
        assert sum(year_archive.write_archive(s, 2022, tmp_path / "2022.xlsx").values()) == 0
    assert all(len(rows) == 1 for rows in _sheets(tmp_path / "2022.xlsx").values())  # headers only


def test_archive_in_chinese(db: Database, tmp_path: Path) -> None:
    _records(db)
    out = tmp_path / "归档.xlsx"
    with db.reading() as s:
        year_archive.write_archive(s, 2025, out, "zh_CN")
    sheets = _sheets(out)
    assert list(sheets)[:2] == ["机构", "联系人"]
    assert sheets["联系人"][0][-2:] == ("创建时间（UTC）", "最后修改时间（UTC）")
    assert sheets["活动记录"][1][1] == "会议"


def test_cli_export_archive_with_progress(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "MIN_TOTAL", 100)  # the demo is small: its progress told too
    ids = _records(demo_db)
    with demo_db.transaction() as s:  # the demo's people: a thousand of them changed in 2025
        at = stored_time(dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
        s.connection().exec_driver_sql(
            "UPDATE contact SET updated_at = ? WHERE deleted_at IS NULL AND id != ?", (at, ids["old"])
        )
    path = demo_db.path
    demo_db.close()
    out = tmp_path / "archive.xlsx"
    assert (
        main(["--db", str(path), "--lang", "en", "export-archive", "--year", "2025", "--out", str(out)]) == 0
    )
    captured = capsys.readouterr()
    with_people = len(_sheets(out)["contacts"]) - 1
    assert with_people > 100 and ids["old"] not in {r[0] for r in _sheets(out)["contacts"]}
    assert f"Archive of 2025 written to {out}" in captured.out
    assert captured.err.splitlines()[-1].startswith("export-archive: 100% (")
    assert (
        main(["--db", str(path), "export-archive", "--year", "2025", "--out", str(tmp_path / "a.csv")]) != 0
    )


def test_text_that_looks_like_a_formula_stays_text(db: Database, tmp_path: Path) -> None:
    """Review 50b: a name or title starting with "=" (typed, or brought by an import or another office)
    became a live formula in the archive, which Excel runs on opening; export-contacts writes it as
    text, and so does the archive now."""
    with db.transaction() as s:
        org = m.Organisation(name_en='=HYPERLINK("http://example.invalid","open")', name_zh="")
        s.add(org)
        s.flush()
        cs.create_contact(s, family_name="=1+1", given_name="Jonas", organisation_id=org.id)
        year = dt.datetime.now(dt.UTC).year
        out = tmp_path / "archive.xlsx"
        year_archive.write_archive(s, year, out, "en")
    book = openpyxl.load_workbook(out)
    cells = [c for ws in book.worksheets for row in ws.iter_rows(min_row=2) for c in row]
    texts = {c.value for c in cells if isinstance(c.value, str) and c.value.startswith("=")}
    assert texts, "the records were not written"
    assert all(c.data_type == "s" for c in cells if isinstance(c.value, str) and c.value.startswith("="))


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("given", ["9999", "0000", "abc"])
def test_a_year_out_of_the_calendar_is_refused_in_plain_words(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    """Review 50b: --year 9999 or 0000 passed the four-digit check and ended in 'an unexpected error'
    (the year after 9999 is out of Python's range); a wrong year was told in English only."""
    args = ["--lang", "zh_CN", "--db", str(db.path), "export-archive", "--out", str(tmp_path / "a.xlsx")]
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--year", given])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "请给出四位数的年份" in err and "意外" not in err, err
