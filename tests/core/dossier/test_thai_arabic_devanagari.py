"""Thai, Arabic and Devanagari names in the PDFs (field test 67): drawn from bundled Noto faces, not as
"[U+0E2A]" codes; Arabic joined and right to left, Devanagari's short i before its consonants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.dossier.scripts import shape_arabic, visual
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

THAI, ARABIC, HINDI = ("สมชาย", "ใจดี"), ("محمد", "عبد الله"), ("प्रिया", "शर्मा")


def test_every_character_of_the_three_scripts_has_a_face() -> None:
    for text in (*THAI, *ARABIC, *HINDI, "देवनागरी"):
        fonts.check(text)  # raises MissingGlyphError for a character no face has
    faces = {name for name, _ in fonts.runs(" ".join((*THAI, *ARABIC, *HINDI)))}
    assert {fonts.THAI, fonts.ARABIC, fonts.DEVANAGARI} <= faces


def test_arabic_is_joined_and_drawn_right_to_left() -> None:
    # م ح م د: initial, medial, medial, final (U+FEE3 FEA4 FEE4 FEAA), then reversed for drawing
    assert shape_arabic("محمد") == "\ufee3\ufea4\ufee4\ufeaa"
    assert visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    # the second word stands left of the first; Latin around it keeps its place
    # one right-to-left stretch is one unit for line breaking: its spaces do not break
    assert visual("Dr. محمد عبد") == "Dr. " + "\ufeaa\ufe92\ufecb" + "\u00a0" + "\ufeaa\ufee4\ufea4\ufee3"
    assert visual("لا") == "\ufefb"  # lām-alif ligature
    assert visual("Room 12 / Ирина") == "Room 12 / Ирина"


def test_devanagari_short_i_is_drawn_before_its_cluster() -> None:
    assert visual("प्रिया") == "\u093fप्रया"
    assert visual("किरण") == "\u093fकरण"
    assert visual("शर्मा") == "शर्मा"


def _visit(db: Database) -> str:
    with db.transaction() as s:
        people = [
            cs.create_contact(s, given_name=given, family_name=family)
            for given, family in (THAI, ARABIC, HINDI)
        ]
        v = vs.create_visit(
            s, title_en="Delegation visits Chengdu", title_zh="代表团访问成都",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 11), timezone="Asia/Shanghai",
        )  # fmt: skip
        for c in people:
            vs.add_participant(s, v.id, c.id, ParticipantRole.DELEGATE)
        return v.id


def test_dossier_and_name_cards_embed_the_script_faces(db: Database, tmp_path: Path) -> None:
    visit = _visit(db)
    with fonts.collect_warnings() as warnings:
        dossier = build_visit_dossier(db, visit, tmp_path / "d.pdf", DossierOptions(first_lang="zh_CN"))
        cards = build_namecards(db, visit, tmp_path / "cards.pdf")
    assert warnings == []
    for pdf in (dossier, cards):
        rows = pdffonts(pdf)
        assert all(r.embedded and r.unicode for r in rows), rows
        names = " ".join(r.name for r in rows)
        for face in ("NotoSansThai", "NotoSansArabic", "NotoSansDevanagari"):
            assert face in names, (pdf.name, names)
        text = flat("".join(pdftotext_pages(pdf)))
        assert "[U+" not in text
        assert "สมชายใจดี" in text and "शर्मा" in text
