"""The Chinese column joins a Chinese department and position without a gap ("出口部部长"), but
never glues Latin text that stands in for it ("ExportHead of International Sales", field test 7,
defect 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.db import open_database
from petdesk.dossier import DossierOptions, Layout, build_training_dossier
from petdesk.dossier.layout import position_line
from petdesk.models import Affiliation, TrainingParticipant
from petdesk.models.enums import TrainingRole
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import make_training


@pytest.mark.parametrize(
    ("position", "department", "lang", "line"),
    [
        ("处长", "应对气候变化司", "zh", "应对气候变化司处长"),
        ("Head of International Sales", "Export", "zh", "Export, Head of International Sales"),
        ("部长", "Export", "zh", "Export 部长"),
        ("Head of Sales", "出口部", "zh", "出口部 Head of Sales"),
        ("Head of International Sales", "", "zh", "Head of International Sales"),
        ("Head of International Sales", "Export", "en", "Head of International Sales, Export"),
    ],
)
def test_position_line(position: str, department: str, lang: str, line: str) -> None:
    assert position_line(position, department, lang) == line


def test_training_dossier_separates_a_latin_department_in_the_chinese_column(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    db = open_database(new_database_file(tmp_path / "t.sqlite"))
    ids = make_training(db, sessions=2, participants=4)
    with db.transaction() as s:
        trainer = s.scalars(
            select(TrainingParticipant).where(
                TrainingParticipant.training_id == ids.training_id,
                TrainingParticipant.role == TrainingRole.TRAINER,
            )
        ).first()
        assert trainer is not None
        for job in s.scalars(select(Affiliation).where(Affiliation.contact_id == trainer.contact_id)):
            job.position_en, job.position_zh = "Head of International Sales", ""
            job.department_en, job.department_zh = "Export", ""
    out = build_training_dossier(
        db, ids.training_id, tmp_path / "t.pdf", DossierOptions(layout=Layout.PARALLEL)
    )
    db.close()
    text = flat("\n".join(pdftotext_pages(out)))
    assert "职务：ExportHead" not in text
    assert flat("Export, Head of International Sales") in text  # the Chinese column's fallback
    assert flat("Head of International Sales, Export") in text  # the English column
