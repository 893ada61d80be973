"""Training dossiers: programme, trainers, participant list and a sign-in sheet with a column per session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_training_dossier
from petdesk.dossier.data import gather_training
from petdesk.dossier.labels import Bi, first_language
from petdesk.dossier.training import SESSIONS_PER_SHEET, _trainer_names
from tests.core.dossier.pdfcheck import flat, pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_training
from tests.helpers.fixtures import module_database


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Database, SampleIds]:
    db = module_database(tmp_path_factory, empty_template, "training")
    ids = make_training(db, sessions=8, participants=14)
    yield db, ids
    db.close()


@pytest.mark.parametrize("layout", list(Layout))
def test_training_dossier_has_everyone_and_a_sign_in_column_per_session(
    sample,
    tmp_path: Path,
    layout: Layout,
) -> None:
    db, ids = sample
    out = build_training_dossier(db, ids.training_id, tmp_path / "t.pdf", DossierOptions(layout=layout))
    assert all(row.embedded for row in pdffonts(out))
    pages = pdftotext_pages(out)
    total = pdfinfo_pages(out)
    assert len(pages) == total
    for n, page in enumerate(pages[1:], start=2):
        assert f"Page {n} of {total}" in page
    with db.reading() as session:
        data = gather_training(session, ids.training_id)
    text = flat("\n".join(pages))
    for title in (data.title.en, data.title.zh, data.topic.en, data.topic.zh):
        assert flat(title) in text
    # the venue's street address is on the cover in both languages
    cover = flat(pages[0])
    assert data.venue_address.en and flat(data.venue_address.en) in cover
    assert data.venue_address.zh and flat(data.venue_address.zh) in cover
    for p in data.participants:
        assert flat(p.person.name_latin) in text
        if p.person.name_zh:
            assert p.person.name_zh in text
    # the sign-in sheet: landscape pages, bilingual heading, one column per session
    reader = pypdf.PdfReader(str(out))
    sheets = [
        n for n, page in enumerate(reader.pages) if float(page.mediabox.width) > float(page.mediabox.height)
    ]
    assert sheets == list(range(sheets[0], sheets[-1] + 1)), "the sign-in sheets are together"
    sheet_text = "\n".join(pages[n] for n in sheets)
    groups = -(-len(data.sessions) // SESSIONS_PER_SHEET)
    assert groups == 2
    for g in range(1, groups + 1):
        assert f"Sign-in sheet ({g}/{groups})" in sheet_text and f"签到表（{g}/{groups}）" in flat(sheet_text)
    for k, s in enumerate(data.sessions, start=1):
        assert f"{k}. " in sheet_text
        assert s.start.strftime("%H:%M") in sheet_text
    first = data.sessions[0]
    # each column names its session (title, then date and time) in both languages
    assert flat(f"1. {first.title.en} 29 Nov 2026 09:00") in flat(sheet_text)
    assert flat(f"{first.title.zh} 2026年11月29日 09:00") in flat(sheet_text)
    # trainers are listed with the sessions they teach
    trainers = "\n".join(pages)
    assert "Trainers" in trainers and "培训讲师" in trainers and "Sessions taught" in trainers
    assert flat(f"1. {first.title.en} — 29 Nov 2026 09:00") in flat(trainers)
    # attendance and certificate list
    assert "Attendance and certificates" in trainers and "出勤与结业证书" in flat(trainers)


def test_programme_names_trainers_first_language_first_and_once_when_alike(sample) -> None:
    """The shared Trainers column: the Chinese names first in a Chinese-first dossier, and a trainer
    without a Chinese name once, not "Christopher Campbell / Christopher Campbell"."""
    db, ids = sample
    with db.reading() as session:
        data = gather_training(session, ids.training_id)
    first = next(s for s in data.sessions if s.trainers)
    (trainer,) = first.trainers[:1]
    one = replace(first, trainers=(trainer,))
    assert trainer.name_zh
    with first_language("zh"):
        assert [text for text, _ in _trainer_names(one)("both")] == [
            trainer.formal_name("zh"),
            "\n",
            trainer.formal_name("en"),
        ]
    latin = replace(trainer, family_name_zh="", given_name_zh="", honorific=Bi())
    for lang in ("en", "zh"):
        with first_language(lang):
            cell = _trainer_names(replace(one, trainers=(latin,)))("both")
            assert [text for text, _ in cell] == [latin.formal_name("en")]
