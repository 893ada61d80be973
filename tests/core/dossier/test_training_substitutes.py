"""A late substitute in the training dossier: listed in the place of the person replaced, who is
no longer expected (not on the participant list) but keeps a row on a sign-in form that has
sessions she took part in and stays in the attendance record; a place is counted once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.data import TrainingData, gather_training
from petdesk.dossier.training import _attendance, _expected_at
from petdesk.models import Contact
from petdesk.models.enums import NameOrder
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_training
from tests.helpers.fixtures import module_database

#: The substitute takes over from this session (of 8: both sign-in forms have sessions after it).
FROM_SESSION = 3


@pytest.fixture(scope="module")
def replaced(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path
) -> tuple[Database, SampleIds, str, str]:
    """Eight sessions, six attendees; the second of them is replaced by Dr Wang Li from session 3."""
    db = module_database(tmp_path_factory, empty_template, "substitute")
    ids = make_training(db, sessions=8, participants=8)
    with db.reading() as session:
        before = gather_training(session, ids.training_id)
    original = before.attendees[1].person.id
    with db.transaction() as s:
        wang = Contact(
            given_name="Li",
            family_name="Wang",
            family_name_zh="王",
            given_name_zh="力",
            name_order=NameOrder.FAMILY_FIRST,
            honorific_en="Dr",
            honorific_zh="博士",
        )
        s.add(wang)
        s.flush()
        ts.replace_attendee(
            s, ids.training_id, original, wang.id, from_session_id=before.sessions[FROM_SESSION - 1].id
        )
        substitute = wang.id
    yield db, ids, original, substitute
    db.close()


def _data(db: Database, training_id: str) -> TrainingData:
    with db.reading() as session:
        return gather_training(session, training_id)


def test_the_substitute_is_expected_in_the_place_of_the_person_replaced(replaced) -> None:
    db, ids, original, substitute = replaced
    data = _data(db, ids.training_id)
    expected = [p.person.id for p in data.expected]
    assert len(expected) == len(data.attendees) - 1 == 6, "one place, counted once"
    assert original not in expected
    assert expected[1] == substitute, "second on the list, where the person replaced was"
    sub = data.expected[1]
    assert sub.replacing is not None and sub.replacing.id == original
    assert data.session_number(sub.joined_at) == FROM_SESSION
    gone = next(p for p in data.attendees if p.person.id == original)
    assert gone.replaced and gone.replaced_by is not None and gone.replaced_by.id == substitute
    # each has their own part of the programme
    numbers = {n: s.id for n, s in enumerate(data.sessions, start=1)}
    assert data.takes_part(gone, numbers[2]) and not data.takes_part(gone, numbers[3])
    assert not data.takes_part(sub, numbers[2]) and data.takes_part(sub, numbers[3])
    # the attendance record keeps both, the person replaced first
    assert data.places[1] == (gone, sub)


def test_a_sign_in_form_lists_who_is_expected_at_its_sessions(replaced) -> None:
    db, ids, original, substitute = replaced
    data = _data(db, ids.training_id)
    # a form spanning the switch lists both, the person replaced first (field test 33, defect 5)
    people = [p.person.id for p in _expected_at(data, data.sessions[:6])]
    assert people.index(original) + 1 == people.index(substitute)
    # a form of only sessions after it, the substitute alone
    people = [p.person.id for p in _expected_at(data, data.sessions[6:])]
    assert substitute in people and original not in people
    # a form of only the sessions before the substitute came is the one the person replaced signed
    people = {p.person.id for p in _expected_at(data, data.sessions[: FROM_SESSION - 1])}
    assert original in people and substitute not in people


def test_the_attendance_list_counts_each_over_their_own_part(replaced) -> None:
    """Field test 36, defect 1: both were counted over all the sessions ("3/7 No" for each)."""
    db, ids, original, substitute = replaced
    data = _data(db, ids.training_id)
    everyone = [p for place in data.places for p in place]
    table = _attendance(data).blocks[-1]
    counted = {p.person.id: row.cells[-2] for p, row in zip(everyone, table.rows, strict=True)}
    assert counted[original].endswith(f"/{FROM_SESSION - 1}")
    assert counted[substitute].endswith(f"/{8 - FROM_SESSION + 1}")
    others = [n for pid, n in counted.items() if pid not in (original, substitute)]
    assert others and all(n.endswith("/8") for n in others)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_pdf_lists_the_substitute_with_a_note_and_both_on_the_sign_in_form(
    replaced, tmp_path: Path, lang: str
) -> None:
    db, ids, original, _substitute = replaced
    data = _data(db, ids.training_id)
    gone = next(p.person for p in data.attendees if p.person.id == original)
    out = build_training_dossier(db, ids.training_id, tmp_path / "t.pdf", DossierOptions(first_lang=lang))
    pages = pdftotext_pages(out)

    def pages_with(title: str) -> str:
        return flat("\n".join(p for p in pages if title in flat(p)))

    sign_in = pages_with(flat("Please sign once for each session you attend."))
    assert "王力" in sign_in and flat("Wang Li") in sign_in
    # she signed sessions 1 and 2 on this form: her row stays (field test 33, defect 5)
    assert flat(gone.name_latin) in sign_in
    assert flat("replaced from session 3") in sign_in and "自第3节课起由他人替代" in sign_in
    assert flat("substitute from session 3") in sign_in and "自第3节课起替补" in sign_in
    listed = pages_with("参加人员名单")  # with the contents page, which names nobody
    notes = (
        flat(f"replacing {gone.formal_name('en')} from session 3"),
        flat(f"自第 3 节课起替代 {gone.formal_name('zh')}"),
    )
    assert all(note in listed for note in notes)
    for note in notes:  # named in the substitute's note only, not as a participant of their own
        listed = listed.replace(note, "")
    assert flat(gone.name_latin) not in listed
    attendance = pages_with("出勤与结业证书")
    assert flat(gone.name_latin) in attendance and "王力" in attendance, "the record keeps both"
    assert flat("replaced by Dr Wang Li from session 3") in attendance
    assert "自第3节课起由王力博士替代" in attendance
    # the cover counts who takes part, a place once, as the Trainings list does (counts54), and
    # says one of them is a substitute (dossier54)
    with db.reading() as s:
        (row,) = ts.list_trainings(s)
    taking_part = f"People: {row.participants}; attendees: {row.attendees} (1 substitute;"
    assert flat(taking_part) in flat(pages[0])


def test_a_reprinted_sign_in_form_keeps_the_marks_of_the_person_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], new_database_file: Callable[[Path], Path]
) -> None:
    """Field test 33, defect 5: `petdesk trainings ID` showed her "✓ – –", the PDF had no row."""
    from petdesk.cli import main

    db = open_database(new_database_file(tmp_path / "t.sqlite"))
    ids = make_training(db, sessions=3, participants=3)
    data = _data(db, ids.training_id)
    koehler = data.attendees[0].person
    with db.transaction() as s:
        sub = Contact(given_name="Jörg", family_name="Weißmüller", name_order=NameOrder.GIVEN_FIRST)
        s.add(sub)
        s.flush()
        ts.set_attendance(s, data.sessions[0].id, koehler.id, "present")
        ts.replace_attendee(s, ids.training_id, koehler.id, sub.id, from_session_id=data.sessions[1].id)
    assert main(["--db", str(db.path), "trainings", ids.training_id]) == 0
    assert flat(koehler.name_latin) in flat(capsys.readouterr().out)
    out = build_training_dossier(
        db,
        ids.training_id,
        tmp_path / "t.pdf",
        DossierOptions(sections=frozenset({"signin"}), contents=False),
    )
    sheet = flat(" ".join(pdftotext_pages(out)))
    assert flat(koehler.name_latin) in sheet and flat("Jörg Weißmüller") in sheet
    assert "✓" in sheet, "her session-1 mark is printed"
    assert flat("replaced from session 2") in sheet
    db.close()


def test_no_space_beside_a_chinese_name_in_a_chinese_note(replaced) -> None:
    """ "自第 3 节课起由 王力博士 替代" had spaces around the name (field test 36, §10): Chinese
    takes none; the number keeps its spaces, the English note its words."""
    from petdesk.dossier.training import _substitute_note

    db, ids, original, substitute = replaced
    data = _data(db, ids.training_id)
    gone = next(p for p in data.attendees if p.person.id == original)
    came = next(p for p in data.attendees if p.person.id == substitute)
    assert _substitute_note(data, gone, "zh") == "自第 3 节课起由王力博士替代"
    # a Latin name in a Chinese sentence keeps its space
    assert _substitute_note(data, came, "zh") == "自第 3 节课起替代 Tomás\u00a0Novák"
    assert _substitute_note(data, gone, "en") == "replaced by Dr\u00a0Wang\u00a0Li from session 3"


def test_chinese_spacing_keeps_spaces_beside_latin_letters_and_digits() -> None:
    from petdesk.labels import chinese_spacing

    assert chinese_spacing("自第 7 场课程起，由 欧阳斌振 替代") == "自第 7 场课程起，由欧阳斌振替代"
    assert chinese_spacing("由 Stefan Müller 替代") == "由 Stefan Müller 替代"
    assert chinese_spacing("贾东（Jia Dong） 自所选课程起的 4 条出勤记录将转给 贾东刚（Jia Donggang）。") == (
        "贾东（Jia Dong）自所选课程起的 4 条出勤记录将转给贾东刚（Jia Donggang）。"
    )
