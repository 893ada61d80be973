"""Field test 60: in a Chinese terminal ``petdesk dossier visit`` printed English first (its --lang
said "default en"), while the window's dossier dialog puts Chinese first in a Chinese interface. The
first language now follows the run's language unless --lang chooses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from petdesk.cli import main
from petdesk.db import open_database
from tests.core.dossier.sample_data import make_visit


def _first_language(pdf: Path) -> str:
    return str(pypdf.PdfReader(str(pdf)).trailer["/Root"]["/Lang"])


def test_dossier_speaks_the_terminals_language_first(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    new_database_file: Callable[[Path], Path],
) -> None:
    db = open_database(new_database_file(tmp_path / "v.sqlite"))
    visit = make_visit(db, meetings=1, participants=2).visit_id
    db.close()
    base = ["--db", str(tmp_path / "v.sqlite"), "dossier", "visit", visit, "--sections", "cover"]

    monkeypatch.setenv("PETDESK_LANG", "zh_CN")  # as LANG=zh_CN.UTF-8 on her laptop
    assert main([*base, "--out", str(tmp_path / "zh.pdf")]) == 0
    assert main([*base, "--out", str(tmp_path / "chosen.pdf"), "--lang", "en"]) == 0
    monkeypatch.setenv("PETDESK_LANG", "en")
    assert main([*base, "--out", str(tmp_path / "en.pdf")]) == 0
    assert main(["--lang", "zh_CN", *base, "--out", str(tmp_path / "global.pdf")]) == 0
    capsys.readouterr()

    assert _first_language(tmp_path / "zh.pdf") == "zh-CN"
    assert _first_language(tmp_path / "chosen.pdf") == "en"
    assert _first_language(tmp_path / "en.pdf") == "en"
    assert _first_language(tmp_path / "global.pdf") == "zh-CN"
