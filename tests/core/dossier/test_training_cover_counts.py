"""Every count on the training dossier's cover and sign-in sheets, with a late substitute: the cover
counted the person replaced and the substitute both ("People: 9; attendees: 7" for 8 taking part),
and the sign-in sheet numbered them as two people (dossier54). A place is counted, and numbered, once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.data import TrainingData, gather_training
from petdesk.dossier.training import _sign_in
from petdesk.models import Contact
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_training
from tests.helpers.fixtures import module_database

SESSIONS = 8
#: The substitute takes over from this session: the first sheet (sessions 1–6) spans the switch.
FROM_SESSION = 3


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Database, SampleIds]:
    """Two trainers and six attendees; the second attendee is replaced by Ms Lin Yue from session 3."""
    db = module_database(tmp_path_factory, empty_template, "counts")
    ids = make_training(db, sessions=SESSIONS, participants=8)
    with db.reading() as s:
        before = gather_training(s, ids.training_id)
    with db.transaction() as s:
        lin = Contact(given_name="Yue", family_name="Lin", family_name_zh="林", given_name_zh="月")
        s.add(lin)
        s.flush()
        ts.replace_attendee(
            s,
            ids.training_id,
            before.attendees[1].person.id,
            lin.id,
            from_session_id=before.sessions[FROM_SESSION - 1].id,
        )
    yield db, ids
    db.close()


def _data(db: Database, training_id: str) -> TrainingData:
    with db.reading() as s:
        return gather_training(s, training_id)


def test_the_data_behind_the_counts(training) -> None:
    db, ids = training
    data = _data(db, ids.training_id)
    assert (len(data.participants), len(data.attendees)) == (9, 7), "both kept for the record"
    assert len(data.taking_part) == 8
    assert len(data.trainers) == 2 and len(data.expected) == 6


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_cover_counts_who_takes_part(training, tmp_path: Path, lang: str) -> None:
    db, ids = training
    pages = pdftotext_pages(
        build_training_dossier(db, ids.training_id, tmp_path / "t.pdf", DossierOptions(first_lang=lang))
    )
    cover = flat(pages[0])
    assert flat("People: 8; attendees: 6 (1 substitute; trainers and organisers are not graded") in cover
    assert "人数：8；学员：6（含替补1人；培训讲师和组织方不计出勤）" in cover
    # no count of 9 in the head count's lines, up to the restricted-data footer in either language
    # (the Chinese-first cover has 内部资料 first, then its print time: 19:01 failed the test)
    counts = cover.split(flat("Head count"))[1]
    assert "9" not in re.split(f"{flat('Restricted')}|内部资料", counts)[0]
    assert flat(f"Sessions {SESSIONS}") in cover and f"课程{SESSIONS}" in cover
    # the attendance page says the same of the same people
    graded = flat(next(p for p in pages if "Certificate: at least" in p))
    assert "人数：8；学员：6（含替补1人；" in graded


def test_each_sign_in_sheet_numbers_a_place_once(training) -> None:
    db, ids = training
    data = _data(db, ids.training_id)
    first, second = _sign_in(data)
    numbers = [row.cells[0] for row in first.blocks[1].rows]
    # sessions 1–6: the person replaced (2) and, unnumbered under her, the substitute; 3 walk-in lines
    assert numbers == ["1", "2", "", "3", "4", "5", "6", "7", "8", "9"]
    # sessions 7–8: the substitute alone in the place
    assert [row.cells[0] for row in second.blocks[1].rows] == [str(n) for n in range(1, 10)]
    # the sessions' columns: 6 on the first sheet, 2 on the second
    assert [len(sheet.blocks[1].rows[0].cells) - 3 for sheet in (first, second)] == [6, 2]


def test_a_sheet_without_substitutes_numbers_every_row(db: Database) -> None:
    ids = make_training(db, sessions=2, participants=5)
    data = _data(db, ids.training_id)
    [sheet] = _sign_in(data)
    signers = len(data.signers)
    assert [row.cells[0] for row in sheet.blocks[1].rows] == [str(n) for n in range(1, signers + 4)]


def test_the_attendance_report_counts_as_the_cover(training) -> None:
    """The attendance report prints the cover's head count line (``head_counts``): it still counted
    the person replaced and the substitute both ("People: 9; attendees: 7") beside the cover's 8 and 6."""
    from petdesk.services.attendance import attendance_report, figures

    db, ids = training
    with db.reading() as s:
        report = attendance_report(s, ids.training_id)
    assert figures(report).startswith("People: 8; attendees: 6 (1 substitute; trainers and organisers")
    assert len(report.people) == 7  # the person replaced is listed with the sessions she attended
