"""The recent imports (field test after 58): an office imports several files in a row and notices a
bad one later; that one is undone on its own, unless a later import or an edit changed its records."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import import_undo, importing


def _csv(path: Path, *rows: str) -> Path:
    lines = ["Family Name,Given Name,Organisation", *rows]
    path.write_text("".join(r + "\n" for r in lines), encoding="utf-8")
    return path


def _import(db: Database, path: Path) -> None:
    with db.transaction() as s:
        importing.import_file(s, path)


def _live(db: Database, family: str) -> int:
    with db.reading() as s:
        return s.scalar(
            select(func.count())
            .select_from(m.Contact)
            .where(m.Contact.family_name == family, m.Contact.deleted_at.is_(None))
        )


def test_an_earlier_import_is_undone_alone(db: Database, tmp_path: Path) -> None:
    _import(db, _csv(tmp_path / "qingdao.csv", "Zhang,Wei,Qingdao Water Group", "Li,Na,Qingdao Water Group"))
    _import(db, _csv(tmp_path / "kunming.csv", "Wang,Fang,Kunming Environment Bureau"))
    _import(db, _csv(tmp_path / "hamburg.csv", "Schmidt,Anna,Hamburg Wasser"))
    with db.reading() as s:
        past = import_undo.history(s)
    assert [p.mark.file for p in past] == ["hamburg.csv", "kunming.csv", "qingdao.csv"]
    assert [(p.added, p.updated, p.changed, p.undoable) for p in past] == [(2, 0, 0, True)] * 2 + [
        (3, 0, 0, True)
    ]  # people and their organisations; their jobs are parts of the people

    with db.transaction() as s:
        mark = import_undo.find_import(s, "2")
        assert mark.file == "kunming.csv" and import_undo.find_import(s, mark.id[:5]) == mark
        import_undo.undo_import(s, import_undo.plan_undo(s, mark))
    assert (_live(db, "Wang"), _live(db, "Zhang"), _live(db, "Schmidt")) == (0, 1, 1)
    with db.reading() as s:
        past = import_undo.history(s)
        assert [p.undoable for p in past] == [True, False, True]
        assert import_undo.last_import(s) is not None  # the last one, Hamburg, can still be undone
        assert import_undo.last_import(s).file == "hamburg.csv"  # type: ignore[union-attr]
        with pytest.raises(import_undo.UndoImportError, match="undone already"):
            import_undo.find_import(s, "2")
        with pytest.raises(import_undo.UndoImportError, match="No recent import is 9"):
            import_undo.find_import(s, "9")


def test_a_later_import_of_the_same_people_stops_it(db: Database, tmp_path: Path) -> None:
    first_file = tmp_path / "first.csv"
    first_file.write_text(
        "Family Name,Given Name,Organisation,Email\nZhang,Wei,Qingdao Water Group,zw@qdwater.cn\n"
        "Li,Na,Qingdao Water Group,li.na@qdwater.cn\n",
        encoding="utf-8",
    )
    _import(db, first_file)
    # the second file (matched by her e-mail) gives Li Na a job at another organisation
    second = tmp_path / "second.csv"
    second.write_text(
        "Family Name,Given Name,Organisation,Email\nLi,Na,Kunming Environment Bureau,li.na@qdwater.cn\n",
        encoding="utf-8",
    )
    _import(db, second)
    with db.reading() as s:
        first = import_undo.history(s)[1]
        assert first.mark.file == "first.csv" and first.changed > 0
        assert "changed since" in import_undo.past_line(first)
        plan = import_undo.plan_undo(s, first.mark)
        assert plan.changed  # named in the refusal
    with db.transaction() as s, pytest.raises(import_undo.UndoImportError, match="since the import"):
        import_undo.undo_import(s, import_undo.plan_undo(s, first.mark))
    assert _live(db, "Zhang") == 1
    with db.transaction() as s:  # the rest: Zhang Wei goes, Li Na stays
        import_undo.undo_import(s, import_undo.plan_undo(s, first.mark), skip_changed=True)
    assert (_live(db, "Zhang"), _live(db, "Li")) == (0, 1)


def test_only_the_last_twenty_are_kept(db: Database, tmp_path: Path) -> None:
    for i in range(import_undo.HISTORY_SIZE + 2):
        _import(db, _csv(tmp_path / f"batch{i}.csv", f"Person{i},Test,Org {i}"))
    with db.reading() as s:
        past = import_undo.history(s, count_changed=False)
    assert len(past) == import_undo.HISTORY_SIZE
    assert past[0].mark.file == f"batch{import_undo.HISTORY_SIZE + 1}.csv"
    assert past[-1].mark.file == "batch2.csv"


def test_cli_lists_and_undoes_an_earlier_import(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first = _csv(tmp_path / "qingdao.csv", "Zhang,Wei,Qingdao Water Group")
    second = _csv(tmp_path / "kunming.csv", "Wang,Fang,Kunming Environment Bureau")
    for path in (first, second):
        assert main(["--db", str(db.path), "import-contacts", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "kunming.csv" in lines[0] and "qingdao.csv" in lines[1]
    assert lines[1].startswith(" 2  ")
    assert lines[1].endswith("2 records added, 0 records updated; can be undone")
    assert main(["--db", str(db.path), "import-undo", "--import", "2", "--yes"]) == 0
    assert "Undo the import of qingdao.csv" in capsys.readouterr().out
    assert (_live(db, "Zhang"), _live(db, "Wang")) == (0, 1)
    assert main(["--db", str(db.path), "import-undo", "--list"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith("; undone")
    assert main(["--db", str(db.path), "import-undo", "--import", "2", "--yes"]) == 1
    assert "That import was undone already." in capsys.readouterr().err
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0  # the last one is still undoable
    assert _live(db, "Wang") == 0


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Outlook//EN
BEGIN:VEVENT
UID:ecology-bureau-1@example.org
DTSTART;TZID=Asia/Shanghai:20261110T090000
DTEND;TZID=Asia/Shanghai:20261110T103000
SUMMARY:Meeting with the Ecology Bureau
LOCATION:Ecology Bureau
END:VEVENT
BEGIN:VEVENT
UID:plant-visit-2@example.org
DTSTART;TZID=Asia/Shanghai:20261111T140000
DTEND;TZID=Asia/Shanghai:20261111T160000
SUMMARY:Visit to the Gaobeidian sewage plant
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_import_is_in_the_history_and_undone(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from petdesk.services import visits as vs

    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
        )
        visit_id = visit.id
    path = tmp_path / "outlook.ics"
    path.write_text(ICS, encoding="utf-8")
    assert main(["--db", str(db.path), "calendar", "--visit", visit_id, "--import", str(path)]) == 0
    with db.reading() as s:
        assert len(vs.itinerary(s, visit_id)) == 2
        past = import_undo.history(s)
        assert (past[0].mark.kind, past[0].mark.file, past[0].added) == ("calendar", "outlook.ics", 2)
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-undo", "--yes"]) == 0
    with db.reading() as s:
        assert vs.itinerary(s, visit_id) == []
