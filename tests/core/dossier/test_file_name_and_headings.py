"""Field test 6, defect 19 (the dossier's parts): the default file name is cut after a whole word, and
the contact sheet's title reads as one line in both languages, not split with the second language
starting mid-page ("通讯录" at the left, "Contact sheet" seemingly centred over the table)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, default_file_name
from tests.core.dossier.pdfcheck import _poppler
from tests.core.dossier.sample_data import make_visit

NRW = "Delegation of the NRW Environment Ministry to Chengdu and Chongqing (with Shanghai video call)"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (NRW, "dossier-delegation-of-the-nrw-environment-ministry-to-chengdu.pdf"),  # not "…-and-ch"
        ("Study tour: Düsseldorf, Weißwasser", "dossier-study-tour-dusseldorf-weisswasser.pdf"),
        ("城市管理人员培训", "dossier-visit.pdf"),
        ("x" * 80, "dossier-" + "x" * 60 + ".pdf"),
    ],
)
def test_the_default_file_name_ends_on_a_whole_word(title: str, name: str) -> None:
    assert default_file_name(title, "visit") == name


def _title_words(pdf: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    """Page width, and where (x, y) the contact sheet's title words begin."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', out)
    words = {text: (float(x), float(y)) for x, y, text in found if text in ("Contact", "通讯录")}
    return width, words


@pytest.mark.parametrize("first", ["zh", "en"])
def test_the_contact_sheets_title_is_one_line_at_the_left(db: Database, tmp_path: Path, first: str) -> None:
    visit_id = make_visit(db, meetings=1, participants=3).visit_id
    pdf = tmp_path / "contacts.pdf"
    options = DossierOptions(first_lang=first, sections=frozenset({"contacts"}), contents=False)
    build_visit_dossier(db, visit_id, pdf, options)
    width, words = _title_words(pdf)
    (en_x, en_y), (zh_x, zh_y) = words["Contact"], words["通讯录"]
    assert abs(en_y - zh_y) < 8, words  # one line (the fonts' boxes differ; a line is 19 pt)
    assert en_x < width / 3 and zh_x < width / 3, words  # both at the left, above the table's start
