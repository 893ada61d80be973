"""Amount columns of the printed project overview are set right, with room between neighbours
(field test 37, §9: in the bilingual print "US$1,234,567.89 US$1,000,000.01" nearly touched).
Read back with poppler's ``pdftotext -bbox``: where each word is drawn."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions
from petdesk.dossier.project_report import build_project_report
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import _poppler

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')


def _boxes(pdf: Path) -> dict[str, tuple[float, float, float]]:
    """Each word of the first page → (left, top, right), the first place it is drawn."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    boxes: dict[str, tuple[float, float, float]] = {}
    for left, top, right, word in WORD.findall(out):
        boxes.setdefault(word, (float(left), float(top), float(right)))
    return boxes


def test_amounts_are_set_right_with_a_clear_gap(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="Hangzhou sponge city pilot", title_zh="杭州海绵城市试点", currency="USD",
            amount=1_234_567.89, amount_approved=1_000_000.01,
        )  # fmt: skip
        project_service.create_project(
            s, title_en="Air monitoring Chengdu", title_zh="成都空气监测", currency="USD",
            amount=2_000_000, amount_approved=5,
        )  # fmt: skip
    options = DossierOptions(restricted=False, contents=False)  # both languages, as the window prints
    out = build_project_report(db, tmp_path / "p.pdf", options=options)
    boxes = _boxes(out)
    requested, approved = boxes["US$1,234,567.89"], boxes["US$1,000,000.01"]
    assert requested[1] == approved[1]  # one row
    assert approved[0] - requested[2] >= 18  # three digits' room at least, not the cell padding's 6
    # set right: a shorter amount ends where a longer one in its column ends
    assert abs(boxes["US$2,000,000"][2] - requested[2]) < 0.5
    assert abs(boxes["US$5"][2] - approved[2]) < 0.5
