"""What the window's Tidy Names dialog needs of the core (tidynamesgui60): the progress of a large
tidy, chunk by chunk, and the notes line a couple's tidy adds, in the reader's language."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import name_title_tidy


def test_apply_reports_progress_by_chunk(db: Database) -> None:
    with db.transaction() as s:
        for n in range(1203):
            cs.create_contact(s, given_name=f"Mr. John{n}", family_name="Smith")
    reports: list[tuple[int, int]] = []
    with db.transaction() as s:
        moves = name_title_tidy.plan_tidy(s)
        done = name_title_tidy.apply_tidy(s, moves, on_progress=lambda d, t: reports.append((d, t)))
    assert done == 1203
    assert reports == [(500, 1203), (1000, 1203), (1203, 1203)]


def test_notes_line_of_a_couple_in_both_languages(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Mr. and Mrs. Peter", family_name="Brown")
        cs.create_contact(s, given_name="Mr. John", family_name="Smith")
    with db.reading() as s:
        brown, smith = name_title_tidy.plan_tidy(s)
    assert name_title_tidy.notes_line(brown) == "Written as: Mr. and Mrs. Peter Brown"
    assert name_title_tidy.notes_line(brown, chinese=True) == "原写法：Mr. and Mrs. Peter Brown"
    assert name_title_tidy.notes_line(smith) == ""
