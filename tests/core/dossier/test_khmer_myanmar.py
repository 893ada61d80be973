"""Khmer and Burmese names in the PDFs (field test 104, a Mekong delegation): សុខ ចាន់ណា and
အောင်ကျော်မင်း printed as "[U+1794]…" codes on every dossier and name card, no bundled face had those
scripts. Subsets of Noto Sans Khmer and Myanmar draw them now, in the order and forms of
:func:`petdesk.dossier.scripts.khmer_myanmar_visual` (reportlab does not shape)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.dossier.scripts import PRIVATE_FORMS, khmer_myanmar_visual, visual
from petdesk.models import Contact
from petdesk.models.enums import NameOrder, ParticipantRole
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_fonts import tree_fonts

__all__ = ["tree_fonts"]


def _codes(text: str) -> list[str]:
    return [f"{ord(c):04X}" for c in text]


@pytest.mark.parametrize(
    ("name", "drawn"),
    [
        # no sign before its consonant, no subscript: drawn as stored
        ("សុខ ចាន់ណា", "សុខ ចាន់ណា"),
        # the vowel sign e (េ) is stored after its consonant and drawn before it
        ("ហេង", "\u17c1\u17a0\u1784"),
        # ែ before ក (Keo)
        ("កែវ", "\u17c2\u1780\u179c"),
        # ោ is េ before the consonant and ា after it (Sophea)
        ("សោភា", "\u17c1\u179f\u17b6\u1797\u17b6"),
        # ៀ is េ before and the font's right part after (Ieng)
        ("អៀង", "\u17c1\u17a2\uf7c0\u1784"),
        # ៅ after a register shifter: េ first, the shifter stays on its consonant (Mao)
        ("ម៉ៅ", "\u17c1\u1798\u17c9\uf7c5"),
        # a register shifter before a vowel above is drawn below, as the font's ុ (Si in Sivuth)
        ("ស៊ីវុធ", "\u179f\uf7ca\u17b8\u179c\u17bb\u1792"),
        # coeng ro (្រ) wraps its consonant from the left, the vowel of the cluster before it (Sreypov)
        ("ស្រីពៅ", "\uf79a\u179f\u17b8\u17c1\u1796\uf7c5"),
        # two subscripts: ទ under ន drawn by its own glyph, ro before the cluster (Chantrea)
        ("ចន្ទ្រា", "\u1785\uf79a\u1793\uf791\u17b6"),
    ],
)
def test_khmer_names_in_drawing_order(name: str, drawn: str) -> None:
    assert _codes(khmer_myanmar_visual(name)) == _codes(drawn)
    assert visual(name) == khmer_myanmar_visual(name)


@pytest.mark.parametrize(
    ("name", "drawn"),
    [
        # ေ before its consonant in both syllables (Aung Kyaw Min), the medial ya stays after က
        (
            "အောင်ကျော်မင်း",
            "\u1031\u1021\u102c\u1004\u103a\u1031\u1000\u103b\u102c\u103a\u1019\u1004\u103a\u1038",
        ),
        # medial ra wraps its consonant: the wide form for က, the narrow one for မ (Kyi Win, Myint Htwe)
        ("ကြည်", "\uf63c\u1000\u100a\u103a"),
        ("မြင့်", "\u103c\u1019\u1004\u1037\u103a"),
        # Daw: the tall aa with asat as the font's one glyph (drawn apart, the asat hid in the hook)
        ("ဒေါ်", "\u1031\u1012\uf62b"),
        # a stacked consonant (virama + တ) as its subscript glyph (Thandar)
        ("သန္တာ", "\u101e\u1014\uf610\u102c"),
    ],
)
def test_burmese_names_in_drawing_order(name: str, drawn: str) -> None:
    assert _codes(khmer_myanmar_visual(name)) == _codes(drawn)


def test_other_scripts_are_left_alone() -> None:
    for text in ("Sok Channa", "สมชาย ใจดี", "ສົມພອນ ແກ້ວມະນີ", "张伟", "प्रिया"):
        assert khmer_myanmar_visual(text) == text


def test_every_private_form_stands_for_its_characters() -> None:
    """A PDF's copied text gives back the characters, not the Private Use codes the faces draw."""
    assert PRIVATE_FORMS["\uf791"] == "\u17d2\u1791"
    assert PRIVATE_FORMS["\uf610"] == "\u1039\u1010"
    assert all(0xF600 <= ord(code) <= 0xF7FF for code in PRIVATE_FORMS)


@pytest.mark.usefixtures("tree_fonts")
def test_the_faces_hold_every_form_the_names_need() -> None:
    for name in ("សុខ ចាន់ណា", "ហេង ស្រីពៅ", "កែវ សោភា", "អៀង ចន្ទ្រា", "ម៉ៅ"):
        fonts.check(name)
        assert {face for face, _ in fonts.runs(name.replace(" ", ""))} == {fonts.KHMER}, name
    for name in ("အောင်ကျော်မင်း", "ဒေါ်စန်းစန်းမြင့်", "ကြည်ဝင်း", "သန္တာ"):
        fonts.check(name)
        assert {face for face, _ in fonts.runs(name)} == {fonts.MYANMAR}, name
    every = fonts.register().every
    assert set(map(ord, PRIVATE_FORMS)) - every == set()  # each drawn form is in a face


DELEGATES = (
    # family, given, their reading, order
    ("សុខ", "ចាន់ណា", "Sok", "Channa", NameOrder.FAMILY_FIRST),
    ("", "အောင်ကျော်မင်း", "", "Aung Kyaw Min", NameOrder.GIVEN_FIRST),
    ("", "ဒေါ်စန်းစန်းမြင့်", "", "Daw San San Myint", NameOrder.GIVEN_FIRST),
    ("ແກ້ວມະນີ", "ສົມພອນ", "Keomany", "Somphone", NameOrder.GIVEN_FIRST),
    ("អៀង", "ចន្ទ្រា", "Ieng", "Chantrea", NameOrder.FAMILY_FIRST),
)


@pytest.mark.usefixtures("tree_fonts")
def test_dossier_and_name_cards_print_khmer_and_burmese(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Mekong water-treatment study tour", title_zh="湄公河水处理考察团",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14), timezone="Asia/Shanghai",
        )  # fmt: skip
        for family, given, reading_family, reading_given, order in DELEGATES:
            person = Contact(
                family_name=family, given_name=given, name_order=order,
                phonetic_family_name=reading_family, phonetic_given_name=reading_given,
            )  # fmt: skip
            s.add(person)
            s.flush()
            vs.add_participant(s, v.id, person.id, ParticipantRole.DELEGATE)
        visit = v.id
    with fonts.collect_warnings() as warnings:
        pdfs = [
            build_visit_dossier(db, visit, tmp_path / f"d_{lang}.pdf", DossierOptions(first_lang=lang))
            for lang in ("zh_CN", "en")
        ]
        pdfs.append(build_namecards(db, visit, tmp_path / "cards.pdf"))
    assert warnings == []
    for pdf in pdfs:
        rows = pdffonts(pdf)
        assert all(r.embedded and r.unicode for r in rows), rows
        assert {"NotoSansKhmer-Regular", "NotoSansMyanmar-Regular"} <= {r.name.split("+")[-1] for r in rows}
        text = flat("".join(pdftotext_pages(pdf)))
        assert "[U+" not in text, pdf.name
        for shown in ("សុខ ចាន់ណា", "Sok Channa", "Aung Kyaw Min", "Daw San San Myint", "ສົມພອນ"):
            assert flat(shown) in text, (pdf.name, shown)
        # copied text has the characters in drawing order, each Private Use form as what it stands for
        assert not any(c in text for c in PRIVATE_FORMS), pdf.name
        assert "".join(PRIVATE_FORMS.get(c, c) for c in visual("ចន្ទ្រា")) in text, pdf.name
