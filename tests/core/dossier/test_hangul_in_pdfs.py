"""Korean names in every PDF petdesk makes: Hangul (김민준) is drawn from the bundled Petdesk Hangul face,
embedded as a subset, and copies back as text; not as empty boxes or "[U+AE40]" codes (no face had
Hangul before, and this machine has no Korean font)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_training_dossier, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.dossier.project_report import build_project_report
from petdesk.models.enums import AttendanceStatus, ParticipantRole, PartnerRole
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import projects as ps
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdffonts, pdftotext_pages

NAME = "김민준"
CITY = "서울특별시"


@pytest.fixture
def korean(db: Database) -> dict[str, str]:
    """A visit and a training with 김민준 of the Seoul city government, and a project with Seoul."""
    with db.transaction() as s:
        seoul = os_.create_organisation(s, name_en="Seoul Metropolitan Government", name_zh=CITY)
        kim = cs.create_contact(s, family_name_zh="김", given_name_zh="민준", organisation_id=seoul.id)
        wang = cs.create_contact(
            s, family_name="Wang", given_name="Li", family_name_zh="王", given_name_zh="丽"
        )
        visit = vs.create_visit(
            s,
            title_en=f"Delegation of {CITY} to Chengdu",
            title_zh=f"{CITY}代表团访问成都",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 9),
            timezone="Asia/Shanghai",
        )
        vs.add_participant(s, visit.id, kim.id, ParticipantRole.HEAD)
        vs.add_participant(s, visit.id, wang.id, ParticipantRole.HOST)
        vs.add_item(
            s,
            visit.id,
            start=dt.datetime(2027, 3, 8, 9),
            end=dt.datetime(2027, 3, 8, 11),
            title_en=f"Meeting with {NAME}",
            attendee_ids=[kim.id, wang.id],
        )
        training = ts.create_training(
            s,
            title_en="Waste sorting for city staff",
            title_zh="城市工作人员垃圾分类培训",
            start_date=dt.date(2027, 4, 12),
            end_date=dt.date(2027, 4, 12),
        )
        ts.register(s, training.id, kim.id)
        lesson = ts.add_session(
            s,
            training.id,
            start=dt.datetime(2027, 4, 12, 9),
            end=dt.datetime(2027, 4, 12, 12),
            title_en="Sorting",
        )
        ts.set_attendance(s, lesson.id, kim.id, AttendanceStatus.PRESENT)
        ps.create_project(
            s,
            title_en="Seoul food-waste biogas",
            title_zh="首尔餐厨垃圾沼气",
            partners=[(seoul.id, PartnerRole.LEAD)],
        )
        return {"visit": visit.id, "training": training.id, "kim": kim.id}


def test_hangul_is_drawn_by_the_hangul_face() -> None:
    assert list(fonts.runs(f"{NAME} (Kim Min-jun) 王丽")) == [
        (fonts.HANGUL, NAME),
        (fonts.LATIN, " (Kim Min-jun) "),
        (fonts.CJK, "王丽"),
    ]
    fonts.check(NAME + "ㄱㅏ")  # syllables and compatibility Jamo: no MissingGlyphError


MAKERS: dict[str, Callable[[Database, dict[str, str], Path], object]] = {
    "visit-en-first": lambda db, ids, out: build_visit_dossier(db, ids["visit"], out),
    "visit-zh-first": lambda db, ids, out: build_visit_dossier(
        db, ids["visit"], out, DossierOptions(first_lang="zh")
    ),
    "visit-zh-only": lambda db, ids, out: build_visit_dossier(
        db, ids["visit"], out, DossierOptions(layout=Layout.SEQUENTIAL, only_lang="zh")
    ),
    "visit-name-cards": lambda db, ids, out: build_namecards(db, ids["visit"], out),
    "training-dossier": lambda db, ids, out: build_training_dossier(db, ids["training"], out),
    "training-name-cards": lambda db, ids, out: build_namecards(db, ids["training"], out),
    "project-report": lambda db, ids, out: build_project_report(db, out),
    "person-export": lambda db, ids, out: main(
        ["--db", str(db.path), "person", "export", ids["kim"], "--out", str(out)]
    ),
}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_every_pdf_embeds_the_hangul_face_and_copies_the_name_back(
    db: Database, korean: dict[str, str], tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    with fonts.collect_warnings() as warnings:
        MAKERS[kind](db, korean, out)
    assert warnings == []  # no "[U+AE40]" stand-ins
    text = "\n".join(pdftotext_pages(out))
    wanted = CITY if kind == "project-report" else NAME
    assert wanted in text
    embedded = {row.name.split("+")[-1]: row for row in pdffonts(out)}
    hangul = embedded["PetdeskHangul-Regular"]
    assert hangul.embedded and hangul.subset and hangul.unicode
