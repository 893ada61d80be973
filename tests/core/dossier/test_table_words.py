"""Table cells break English words only between words: columns are made wide enough for their longest
word, and a name is cut, if at all, at one of its spaces, never leaving a space at a line's start.

Read back word by word with poppler's ``pdftotext -bbox``, which reports each word as it is drawn: a
word cut in two by a line break comes back as two words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.dossier.data import VisitData, gather_visit
from petdesk.dossier.labels import enum_label, label
from petdesk.dossier.layout import fit_widths
from petdesk.models import Visit
from petdesk.models.enums import ParticipantRole
from tests.core.dossier.pdfcheck import pdf_words, pypdf_pages

#: English column headers of the tables these sections print.
HEADERS = ["Role", "Name", "Position", "Emergency contact", "Messaging", "City need", "Status", "State"]
HONORIFIC_AT_LINE_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.[ \u00a0]*\n")


def _pipeline_labels(data: VisitData) -> set[str]:
    found = set()
    for info in data.pipeline:
        found |= {n.status.en for n in info.needs} | {x.state.en for x in info.matches}
    return found


def _label_words(labels: set[str]) -> set[str]:
    return {w for text in labels for w in re.findall(r"[A-Za-z]{4,}", text)}


@pytest.fixture
def demo_visits(demo_db: Database) -> list[tuple[str, VisitData]]:
    """The visit with the most people, then visits whose pipelines show need states and match states
    not seen yet."""
    with demo_db.reading() as session:
        visits = session.scalars(select(Visit).where(Visit.deleted_at.is_(None))).all()
        data = {v.id: gather_visit(session, v.id) for v in visits}
    chosen = [max(data, key=lambda vid: len(data[vid].participants))]
    seen = _pipeline_labels(data[chosen[0]])
    for vid, d in data.items():
        if not _pipeline_labels(d) <= seen:
            chosen.append(vid)
            seen |= _pipeline_labels(d)
    return [(vid, data[vid]) for vid in chosen]


@pytest.mark.parametrize("first", ["en", "zh"])
def test_table_cells_never_cut_an_english_word(
    demo_db: Database, demo_visits: list, tmp_path: Path, first: str
) -> None:
    roles = {enum_label(role).en for role in ParticipantRole}
    states: set[str] = set()
    for n, (vid, data) in enumerate(demo_visits):
        states |= _pipeline_labels(data)
        out = build_visit_dossier(
            demo_db,
            vid,
            tmp_path / f"{n}-{first}.pdf",
            DossierOptions(
                layout=Layout.PARALLEL,
                first_lang=first,
                sections=frozenset({"technologies", "delegation", "contacts"}),
            ),
        )
        words = set(pdf_words(out))
        labels = _label_words(roles | states | {label(h).en for h in HEADERS})
        for word in labels:
            cut = [word[:i] for i in range(3, len(word)) if word[:i] in words and word[:i] not in labels]
            assert not cut, f"{word!r} is cut after {cut[0]!r} in the dossier of visit {vid} ({first} first)"
        for page in pypdf_pages(out):
            assert not HONORIFIC_AT_LINE_END.search(page), "an honorific is parted from the name"
            assert not re.search(r"\n[ \u00a0]+[A-Z]", page), "a line starts with a space"
    assert "Matching" in states  # what the field tester saw cut ("Matchin|g"), in a narrow column


def test_fit_widths_keeps_the_total_and_gives_way_only_where_there_is_room() -> None:
    assert fit_widths([50, 100, 50], [10, 10, 10]) == [50, 100, 50]
    widened = fit_widths([30, 120, 50], [45, 40, 20])
    assert widened[0] == pytest.approx(45)
    assert sum(widened) == pytest.approx(200)
    assert widened[1] > 100 and widened[2] > 20
    # too narrow for every word: what there is to spare goes to the column that lacks room
    assert fit_widths([10, 20], [30, 15]) == pytest.approx([15, 15])
