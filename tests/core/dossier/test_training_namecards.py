"""Name cards for a training (field test 36, defect 3): ``dossier namecards <training id>`` said
"there is no visit with the id …". A training's trainers and attendees get the visit's cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.data import NotFoundError, gather_training
from petdesk.dossier.namecards import build_namecards, card_choices
from petdesk.messages import localize
from petdesk.models import Contact
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.dossier.sample_data import make_training


def _replaced(db: Database) -> tuple[str, list, str, str]:
    """A training of 6 sessions, 2 trainers and 4 attendees; the second attendee is replaced by
    王力 from session 4. Returns the id, the people as gathered, who left and who came."""
    ids = make_training(db, sessions=6, participants=6)
    with db.reading() as session:
        before = gather_training(session, ids.training_id)
    left = before.attendees[1].person
    with db.transaction() as s:
        wang = Contact(given_name="Li", family_name="Wang", family_name_zh="王", given_name_zh="力")
        s.add(wang)
        s.flush()
        ts.replace_attendee(s, ids.training_id, left.id, wang.id, from_session_id=before.sessions[3].id)
        came = wang.id
    return ids.training_id, list(before.participants), left.id, came


def test_a_trainings_trainers_and_expected_attendees_get_cards(db: Database, tmp_path: Path) -> None:
    training_id, participants, left, _came = _replaced(db)
    out = build_namecards(db, training_id, tmp_path / "cards.pdf")
    pages = pdftotext_pages(out)
    # 2 trainers + 4 places (the substitute instead of the person replaced)
    assert pdfinfo_pages(out) == len(pages) == 6
    trainers = [p.person for p in participants if p.role.value == "trainer"]
    for n, trainer in enumerate(trainers):  # the trainers first: they sit at the front
        assert trainer.name_latin in pages[n], (trainer.name_latin, pages[n])
    assert any("王力" in page for page in pages)
    gone = next(p.person for p in participants if p.person.id == left)
    assert not any(gone.name_latin in page for page in pages)
    fonts_used = pdffonts(out)
    assert fonts_used and all(f.embedded for f in fonts_used), fonts_used


def test_the_cards_of_one_session(db: Database, tmp_path: Path) -> None:
    """A session's cards: its trainers and the attendees whose part of their place includes it."""
    training_id, *_ = _replaced(db)
    with db.reading() as session:
        data = gather_training(session, training_id)
    early, late = data.sessions[0], data.sessions[5]
    choices = card_choices(db, training_id)
    assert choices[0].item_id is None and choices[0].people == 6
    counts = {c.item_id: c.people for c in choices}
    assert counts[early.id] == len(early.trainers) + 4 == counts[late.id]
    early_text = "\n".join(
        pdftotext_pages(build_namecards(db, training_id, tmp_path / "a.pdf", item_id=early.id))
    )
    assert "王力" not in early_text
    late_text = "\n".join(
        pdftotext_pages(build_namecards(db, training_id, tmp_path / "b.pdf", item_id=late.id[:10]))
    )
    assert "王力" in late_text
    with pytest.raises(NotFoundError, match="the training has no session with the id nosuch"):
        build_namecards(db, training_id, tmp_path / "c.pdf", item_id="nosuch")


def test_command_line_for_a_training(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    training_id, *_ = _replaced(db)
    out = tmp_path / "cards.pdf"
    assert main(["--db", str(db.path), "dossier", "namecards", training_id[:8], "--out", str(out)]) == 0
    assert pdfinfo_pages(out) == 6
    assert (
        main(["--db", str(db.path), "--lang", "zh_CN", "dossier", "namecards", "nosuchid", "--out", str(out)])
        != 0
    )
    said = capsys.readouterr().err
    assert "there is no" not in said, said


def test_an_unknown_id_names_both_kinds() -> None:
    message = "there is no visit or training with the id 'x1'"
    assert localize(message, "en") == message
