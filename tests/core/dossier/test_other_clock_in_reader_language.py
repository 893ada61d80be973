"""Field test "trainfollow60", defect 1: a Chinese-first training dossier printed an online session's
own clock as "(Berlin time 11:00–12:00)" in its shared time column; the first language names it
(柏林时间 11:00–12:00), the city through the zone's Chinese name."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.core.dossier.test_training_online_session_clock import _training


def _text(db: Database, pdf: Path, first: str) -> str:
    build_training_dossier(db, _training(db), pdf, DossierOptions(first_lang=first, sections=("programme",)))
    return "".join(" ".join(pdftotext_pages(pdf)).split())


def test_a_chinese_first_dossier_names_the_other_clock_in_chinese(db: Database, tmp_path: Path) -> None:
    text = _text(db, tmp_path / "t.pdf", "zh")
    assert "柏林时间11:00–12:00" in text
    assert "Berlintime" not in text


def test_an_english_first_dossier_keeps_it_in_english(db: Database, tmp_path: Path) -> None:
    assert "Berlintime11:00–12:00" in _text(db, tmp_path / "t.pdf", "en")
