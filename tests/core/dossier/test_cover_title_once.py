"""A cover prints a title once when it has one language only (field test 14: a visit titled only
in Chinese showed 德国环保技术代表团访问西安 twice on its cover), and both when both differ."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier, build_visit_dossier
from petdesk.services import trainings, visits
from tests.core.dossier.pdfcheck import pdftotext_pages

COVER = DossierOptions(sections=frozenset({"cover"}), first_lang="zh")
DAY = dt.date(2027, 4, 12)


def _cover_text(pdf: Path) -> str:
    return pdftotext_pages(pdf)[0]


@pytest.mark.parametrize(
    ("title_en", "title_zh", "times"),
    [("", "德国环保技术代表团访问西安", 1), ("German delegation", "德国环保技术代表团访问西安", 1)],
)
def test_visit_cover_title(db: Database, tmp_path: Path, title_en: str, title_zh: str, times: int) -> None:
    with db.transaction() as s:
        visit_id = visits.create_visit(
            s, title_en=title_en, title_zh=title_zh, start_date=DAY, end_date=DAY
        ).id
    text = _cover_text(build_visit_dossier(db, visit_id, tmp_path / "v.pdf", COVER))
    assert text.count(title_zh) == times
    if title_en:
        assert title_en in text


def test_training_cover_prints_an_english_only_title_once(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        training_id = trainings.create_training(
            s, title_en="Urban water training", start_date=DAY, end_date=DAY, timezone="Asia/Shanghai"
        ).id
    text = _cover_text(build_training_dossier(db, training_id, tmp_path / "t.pdf", COVER))
    assert text.count("Urban water training") == 1
