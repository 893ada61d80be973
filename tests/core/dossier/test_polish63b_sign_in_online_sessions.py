"""polish63b: a training whose sessions are all said to be held online (0080) printed a paper
sign-in sheet row for everyone whose own attendance mode says nothing; the sheet now follows the
certificates' rule (they attend online), and ``petdesk trainings ID`` says how each session is held."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.core.dossier.test_session_online_setting_dossier import _training


def _sheet(db: Database, tid: str, tmp_path: Path) -> str:
    pdf = tmp_path / "t.pdf"
    build_training_dossier(db, tid, pdf, DossierOptions(first_lang="en", sections=("signin",)))
    return " ".join(" ".join(pdftotext_pages(pdf)).split())


def test_online_throughout_leaves_those_who_said_nothing_off_the_paper_sheet(
    db: Database, tmp_path: Path
) -> None:
    tid, _ids = _training(db, True, True)
    text = _sheet(db, tid, tmp_path)
    assert "Wang" in text and "Li" not in text and "Chen" not in text, text


def test_a_session_that_says_nothing_keeps_them_on_it(db: Database, tmp_path: Path) -> None:
    tid, _ids = _training(db, True, None)
    text = _sheet(db, tid, tmp_path)
    assert "Wang" in text and "Li" in text and "Chen" not in text, text


def test_trainings_id_says_how_each_session_is_held(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    tid, _ids = _training(db, True, False, None)
    assert main(["--db", str(db.path), "trainings", tid, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    sessions = [line for line in out.splitlines() if line.startswith("  S")]
    assert "Part 1  online" in sessions[0] and "Part 2  in person" in sessions[1], out
    assert "Part 3  room" in sessions[2], out
    signers = out.split("Sign-in sheet:")[1]
    assert "Li Na (online)" not in signers and "(online)" in signers  # Chen: one session says nothing
    tid, _ids = _training(db, True, True)
    assert main(["--db", str(db.path), "trainings", tid, "--lang", "en"]) == 0
    signers = capsys.readouterr().out.split("Sign-in sheet:")[1].splitlines()
    assert [line for line in signers if "Li" in line and "(online)" in line], signers
    assert main(["--db", str(db.path), "trainings", tid, "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert out.count("线上") >= 2, out
