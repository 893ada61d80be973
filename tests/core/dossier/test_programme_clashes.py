"""A printed programme never hides a clash the window shows (field test 21, defect 3).

The working talks were moved to 15:00–17:30; the window and ``petdesk clashes`` warned of the
overlap with the 17:00 press briefing, the dossier printed both times without a mark.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person

DAY = dt.date(2027, 3, 8)


def _visit(db: Database, *, overlap: bool) -> str:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Ministerial delegation", start_date=DAY, end_date=DAY)
        anna = person(s, "Anna", "Berg")
        vs.add_participant(s, v.id, anna.id, "head")
        talks_end = dt.datetime(2027, 3, 8, 17, 30 if overlap else 0)
        vs.add_item(
            s,
            v.id,
            start=dt.datetime(2027, 3, 8, 15),
            end=talks_end,
            title_en="Working talks",
            title_zh="工作会谈",
            attendee_ids=[anna.id],
        )
        vs.add_item(
            s,
            v.id,
            start=dt.datetime(2027, 3, 8, 17),
            end=dt.datetime(2027, 3, 8, 17, 45),
            title_en="Press briefing",
            title_zh="新闻发布会",
            attendee_ids=[anna.id],
        )
        return v.id


def _programme(db: Database, visit_id: str, tmp_path: Path, lang: str) -> str:
    out = tmp_path / f"{lang}.pdf"
    options = DossierOptions(
        layout=Layout.SEQUENTIAL,
        sections=frozenset({"programme"}),
        contents=False,
        only_lang=lang,
        first_lang=lang,
    )
    build_visit_dossier(db, visit_id, out, options)
    return flat("".join(pdftotext_pages(out)))


@pytest.mark.parametrize(
    ("lang", "summary", "talks", "briefing", "note"),
    [
        ("en", "Clashesinthisprogramme:1", "Workingtalks", "Pressbriefing", "⚠Overlapswith“{}”forAnnaBerg"),
        ("zh", "本日程的冲突：1处", "工作会谈", "新闻发布会", "⚠与“{}”时间重叠（AnnaBerg）"),
    ],
)
def test_an_overlap_is_marked_on_both_items(
    db: Database, tmp_path: Path, lang: str, summary: str, talks: str, briefing: str, note: str
) -> None:
    text = _programme(db, _visit(db, overlap=True), tmp_path, lang)
    assert summary in text
    assert note.format(briefing) in text and note.format(talks) in text
    # the summary's mark, then one on each of the two items, each naming the person
    assert text.count("⚠") == 3
    assert text.count("AnnaBerg") >= 2
    marks = [n for n in range(len(text)) if text.startswith("⚠", n)]
    assert text.index(talks) < marks[1] < text.index(briefing, text.index(talks) + len(talks)) < marks[2]


def test_a_programme_without_clashes_has_no_mark(db: Database, tmp_path: Path) -> None:
    assert "⚠" not in _programme(db, _visit(db, overlap=False), tmp_path, "en")
