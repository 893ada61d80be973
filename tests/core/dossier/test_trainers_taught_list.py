"""The dossier's trainers page lists the sessions a trainer teaches under its label, indented
(field test 15, polish 6d): "授课课程：1. …" ran the first session on the label's line and the
others at the left margin. Checked by where pdftotext finds the words, in both layouts."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.layout import Layout
from petdesk.models.enums import TrainingRole
from petdesk.services import trainings as ts
from tests.core.visits.data import person

TITLES = [
    ("Opening and policy framework", "开班仪式与政策框架"),
    ("Site visit", "现场参观"),
    ("Closing", "结业"),
]


def one_trainer_three_sessions(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban wastewater",
            title_zh="城市污水处理",
            start_date=dt.date(2026, 12, 15),
            end_date=dt.date(2026, 12, 17),
        )
        liu = person(s, "Zhendong", "Liu", "刘振东", family_first=True)
        ts.register(s, t.id, liu.id, TrainingRole.TRAINER)
        for day, (en, zh) in enumerate(TITLES):
            ts.add_session(
                s,
                t.id,
                title_en=en,
                title_zh=zh,
                start=dt.datetime(2026, 12, 15 + day, 9),
                end=dt.datetime(2026, 12, 15 + day, 12),
                trainer_ids=[liu.id],
            )
        return t.id


def words(pdf: Path) -> list[tuple[str, float, float]]:
    """(word, x, y) of every word on every page (pages stacked by adding 10 000 to y)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out: list[tuple[str, float, float]] = []
    for n, page in enumerate(html.split("<page ")[1:]):
        for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page):
            out.append((word, float(x), float(y) + 10_000 * n))
    return out


def check_list(found: list[tuple[str, float, float]], label: str, first: str) -> None:
    """The label stands alone on its line; the numbered sessions follow below it, indented."""
    label_x, label_y = next((x, y) for w, x, y in found if w.startswith(label))
    same_line = [w for w, _x, y in found if abs(y - label_y) < 2 and w != label]
    assert not any(w.startswith(first[:2]) for w in same_line), same_line
    numbers = [  # in the label's column (the parallel layout has the other language beside it)
        (x, y)
        for w, x, y in found
        if w in ("1.", "2.", "3.") and label_y < y < label_y + 80 and label_x <= x < label_x + 60
    ]
    assert len(numbers) == 3, numbers
    assert all(x > label_x + 5 for x, _y in numbers)  # at least ~2 mm in from the label
    assert len({round(x) for x, _y in numbers}) == 1  # one left edge for the whole list


@pytest.mark.parametrize("layout", [Layout.PARALLEL, Layout.SEQUENTIAL])
def test_sessions_taught_are_indented_under_their_label(db: Database, tmp_path: Path, layout: Layout) -> None:
    tid = one_trainer_three_sessions(db)
    options = DossierOptions(layout=layout, sections=frozenset({"trainers"}), reproducible=True)
    found = words(build_training_dossier(db, tid, tmp_path / "t.pdf", options))
    check_list(found, "Sessions", "Opening")
    check_list(found, "授课课程", "开班")
