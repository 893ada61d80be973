"""Devanagari and Bengali shaped by HarfBuzz when ``uharfbuzz`` is installed: क्ष and ন্দ্র print as
their conjunct glyphs (not क्‌ष with a visible virama) and copy back as the text they stand for; without
it, the hand rules of :mod:`petdesk.dossier.scripts` still draw every name."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas

from petdesk.dossier import fonts, shaping
from petdesk.dossier.text import Rich, TextStyle
from tests.core.dossier.pdfcheck import flat, pdftotext_pages, pypdf_fonts, pypdf_pages
from tests.helpers.tree_fonts import tree_fonts

__all__ = ["tree_fonts"]

pytestmark = pytest.mark.usefixtures("tree_fonts")

#: "Region" (Hindi) and Chandra (Bengali): a conjunct each, and क्ष त्र in one word.
REGION, CHANDRA = "क्षेत्र", "চন্দ্র"


def _pdf(path: Path) -> Path:
    """One line drawn by ``draw_string`` and the same words in a paragraph (``TextFlow``)."""
    canvas = Canvas(str(path), pagesize=(300, 200))
    fonts.draw_string(canvas, 20, 160, f"{REGION} {CHANDRA}", 18)
    flow = Rich(TextStyle(size=14)).add(f"{REGION} {CHANDRA}").flowable()
    flow.wrapOn(canvas, 260, 100)
    flow.drawOn(canvas, 20, 60)
    canvas.save()
    return path


def _drawn_glyphs(pdf: Path) -> dict[str, set[str]]:
    """Face (without its subset tag) → the text each non-ASCII glyph the PDF embeds of it stands for,
    from its ToUnicode map (reportlab puts those glyphs at codes 1-31 of the first subset)."""
    drawn: dict[str, set[str]] = {}
    for name, font in pypdf_fonts(pdf).items():
        if "/ToUnicode" not in font:  # the canvas also sets Helvetica, unused
            continue
        cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
        drawn[name.partition("+")[2]] = {
            bytes.fromhex(target).decode("utf-16-be")
            for code, target in re.findall(r"^<([0-9A-F]{2})> <([0-9A-F]+)>$", cmap, re.M)
            if 0 < int(code, 16) < 0x20 and target != "0000"
        }
    return drawn


def test_conjuncts_are_drawn_as_one_glyph_with_harfbuzz(tmp_path: Path) -> None:
    pytest.importorskip("uharfbuzz")
    fonts.register()
    assert shaping.available()
    # क्ष + े + त्र, and চ + ন্দ্র: 7 and 6 characters
    assert len(shaping.shaped(REGION, fonts.DEVANAGARI, 18)) == 3
    assert len(shaping.shaped(CHANDRA, fonts.BENGALI, 18)) == 2
    pdf = _pdf(tmp_path / "shaped.pdf")
    glyphs = _drawn_glyphs(pdf)
    assert glyphs["NotoSansDevanagari-Regular"] == {"क्ष", "\u0947", "त्र"}
    assert glyphs["NotoSansBengali-Regular"] == {"চ", "ন্দ্র"}
    # each shaped glyph copies as the letters it stands for, not as a Private Use code
    assert flat(pdftotext_pages(pdf)[0]) == flat(f"{REGION} {CHANDRA}") * 2


def test_without_harfbuzz_the_hand_rules_still_draw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.register()
    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    assert not shaping.available()
    assert shaping.shaped(REGION, fonts.DEVANAGARI, 18) == REGION
    assert [piece for _, piece in fonts.runs("प्रिया")] == ["\u093fप्रया"]  # short i moved by hand
    pdf = _pdf(tmp_path / "by_hand.pdf")
    glyphs = _drawn_glyphs(pdf)
    assert glyphs["NotoSansDevanagari-Regular"] == set("क्षेतर")  # one glyph a letter, virama visible
    assert glyphs["NotoSansBengali-Regular"] == set("চন্দর")
    assert flat(pdftotext_pages(pdf)[0]) == flat(f"{REGION} {CHANDRA}") * 2


def test_each_shaped_glyph_copies_as_its_own_letters() -> None:
    pytest.importorskip("uharfbuzz")
    fonts.register()
    face = "NotoSansBengali-Regular"
    # মৌ: the e part of ৌ is a glyph of its own drawn before ম (field test 120); the three glyphs copy
    # as ম, ে, ৗ in that order (see the next test)
    mousumi = shaping.shaped("মৌসুমী", fonts.BENGALI, 12)
    assert [shaping.meaning(face, ord(c)) for c in mousumi[:3]] == ["\u09ae", "\u09c7", "\u09d7"]
    # উদ্দিন: a longer ি over the conjunct দ্দ, two glyphs without characters in one syllable
    uddin = shaping.shaped("উদ্দিন", fonts.BENGALI, 12)
    assert "".join(shaping.meaning(face, ord(c)) or "" for c in uddin[1:3]) == "দ্দি"


#: A reph drawn after its syllable, pre-base vowels drawn first, a conjunct, a split vowel mid-word.
LOGICAL = ("शर्मा", "प्रिया", "धर्मेंद्र", "अर्पिता", "চন্দ্র", "মৌসুমী", "আমৌসুমী", "উদ্দিন", "কি")


def test_names_copy_out_of_the_pdf_in_logical_order(tmp_path: Path) -> None:
    """pdftotext (and so copying or searching) reads each name as it is written, not in the order its
    glyphs are drawn (शमार्, िप्रया); the split vowel ৌ comes out decomposed (ম ে ৗ), as the same text."""
    pytest.importorskip("uharfbuzz")
    fonts.register()
    canvas = Canvas(str(tmp_path / "names.pdf"), pagesize=(500, 200))
    fonts.draw_string(canvas, 20, 160, " ".join(LOGICAL), 14)
    flow = Rich(TextStyle(size=14)).add(" ".join(LOGICAL)).flowable()
    flow.wrapOn(canvas, 460, 100)
    flow.drawOn(canvas, 20, 60)
    canvas.save()
    for reader in (pdftotext_pages, pypdf_pages):
        words = unicodedata.normalize("NFC", reader(tmp_path / "names.pdf")[0]).split()
        assert words == list(LOGICAL) * 2, reader.__name__
