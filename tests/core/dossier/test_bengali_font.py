"""Bengali names in the PDFs (field tests 120 and 122): a trainee's রহিম printed as "[U+09B0]" codes
(35 warnings for one training), no bundled face had Bengali; a subset of Noto Sans Bengali draws it now,
its pre-base vowel signs drawn before their consonants. The same sample page showed Thai tone marks
lost in the vowel under them (ที่): they are raised now."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import build_training_dossier, fonts
from petdesk.dossier.scripts import visual
from petdesk.models.enums import AttendanceStatus
from petdesk.services import contacts as cs
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_fonts import tree_fonts

__all__ = ["tree_fonts"]

#: Rahim Uddin and Mousumi Roy: a conjunct (দ্দ), the vowel signs ি ী ৌ ু, and য় with its nukta.
NAMES = (("রহিম", "উদ্দিন"), ("মৌসুমী", "রায়"))

pytestmark = pytest.mark.usefixtures("tree_fonts")


def test_every_bengali_letter_has_the_bengali_face() -> None:
    for given, family in NAMES:
        fonts.check(given + family)  # raises MissingGlyphError for a character no face has
    assert {name for name, _ in fonts.runs("রহিম উদ্দিন")} == {fonts.BENGALI, fonts.LATIN}  # the space
    block = [c for c in range(0x0980, 0x0A00) if fonts.register().has(c)]
    assert len(block) == 96  # every letter, sign and digit assigned up to Unicode 11


def test_bengali_pre_base_vowel_signs_are_drawn_before_their_cluster() -> None:
    assert visual("রহিম") == "র\u09bfহম"
    assert visual("উদ্দিন") == "উ\u09bfদ্দন"  # before the whole conjunct, as Devanagari's short i
    assert visual("মৌসুমী") == "\u09c7ম\u09d7সুমী"  # ৌ split: its e before, its au length mark after
    assert visual("শেখ") == "\u09c7শখ"
    assert visual("রায়") == "রায়"


def test_training_dossier_embeds_the_bengali_face(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Waste sorting for city staff", title_zh="城市工作人员垃圾分类培训",
            start_date=dt.date(2027, 4, 12), end_date=dt.date(2027, 4, 12),
        )  # fmt: skip
        lesson = ts.add_session(
            s, training.id, start=dt.datetime(2027, 4, 12, 9), end=dt.datetime(2027, 4, 12, 12),
            title_en="Sorting",
        )  # fmt: skip
        for given, family in NAMES:
            trainee = cs.create_contact(s, given_name=given, family_name=family)
            ts.register(s, training.id, trainee.id)
            ts.set_attendance(s, lesson.id, trainee.id, AttendanceStatus.PRESENT)
        training_id = training.id
    with fonts.collect_warnings() as warnings:
        pdf = build_training_dossier(db, training_id, tmp_path / "training.pdf")
    assert warnings == []
    rows = pdffonts(pdf)
    assert all(r.embedded and r.unicode for r in rows), rows
    assert "NotoSansBengali-Regular" in {r.name.split("+")[-1] for r in rows}
    text = flat("".join(pdftotext_pages(pdf)))
    assert "[U+" not in text
    # drawn as stored: no pre-base vowel sign; shaped by HarfBuzz, য় is the one glyph of U+09DF
    assert "রায" in unicodedata.normalize("NFD", text)


def test_thai_tone_marks_over_a_vowel_are_raised() -> None:
    # ที่ hid its tone mark in the ี, น้ำ crossed the ำ's circle (field test 122's sample page)
    assert visual("ที่") == "ที\uf748"
    assert visual("น้ำ") == "น\uf749ำ"
    assert visual("กุ้ง สมชาย") == "กุ้ง สมชาย"  # a vowel below: the tone mark keeps its height
    fonts.check("\uf748\uf749\uf74a\uf74b\uf74c")  # the Thai face has the raised forms
