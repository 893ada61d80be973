"""The training dossier counts heads as the Trainings list and the attendance report do (field test 65
settled one definition each): "people", everyone registered; "attendees", the graded, no trainer or
organiser. The dossier still counted the organiser among the attendees and graded them (leftover 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.data import gather_training
from petdesk.services import attendance
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

DAY = dt.date(2026, 5, 12)


def _training(db: Database) -> tuple[str, str]:
    """2 trainers, 1 organiser (Quarrington) and 4 attendees, each attendee present at the session."""
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Sludge", title_zh="污泥处理", start_date=DAY, end_date=DAY)
        sid = ts.add_session(
            s, t.id, title_en="S", start=dt.datetime(2026, 5, 12, 9), end=dt.datetime(2026, 5, 12, 12)
        ).id
        for n in range(2):
            ts.register(s, t.id, person(s, "Trainer", f"Tutor{n}").id, "trainer")
        organiser = person(s, "Olga", "Quarrington").id
        ts.register(s, t.id, organiser, "organiser")
        for n in range(4):
            p = person(s, "Attendee", f"Student{n}").id
            ts.register(s, t.id, p)
            ts.set_attendance(s, sid, p, "present")
        return t.id, organiser


def test_the_dossier_data_counts_as_the_list_and_the_report(db: Database) -> None:
    tid, organiser = _training(db)
    with db.reading() as s:
        (row,) = ts.list_trainings(s)
        report = attendance.attendance_report(s, tid)
        data = gather_training(s, tid)
    assert (row.participants, row.attendees) == (report.registered, report.attendees) == (7, 4)
    assert (len(data.people), len(data.attendees)) == (7, 4)
    assert organiser not in {p.person.id for p in data.attendees}
    # the organiser still signs the sheet (as the window's sheet), the trainers do not
    assert organiser in {p.person.id for p in data.signers}
    assert len(data.signers) == 5


def test_the_pdf_names_both_counts_and_grades_only_the_attendees(db: Database, tmp_path: Path) -> None:
    tid, _ = _training(db)
    out = build_training_dossier(db, tid, tmp_path / "t.pdf", DossierOptions())
    pages = pdftotext_pages(out)
    cover = flat(pages[0])
    assert flat("People: 7; attendees: 4 (trainers and organisers are not graded for attendance)") in cover
    assert "人数：7；学员：4（培训讲师和组织方不计出勤）" in cover
    graded = flat(next(p for p in pages if "Certificate: at least" in p))
    assert "Quarrington" not in graded and graded.count("Student") == 4
    assert "人数：7；学员：4" in graded
    signing = flat("\n".join(p for p in pages if "Please sign once" in p))
    assert "Quarrington" in signing and "Tutor0" not in signing
    # the list of who is expected says it is not the attendees' list (学员 are the graded only)
    assert "参加人员名单" in flat("\n".join(pages)) and "学员名单" not in flat("\n".join(pages))
