"""The shaped forms the dossier draws for Khmer and Burmese marks reportlab cannot position (round 56):
Myanmar's kinzi after its consonant, medial ya with the medials under it as one glyph, the long u after
medial ya, Khmer's vowels below a subscript lowered. Each is in the bundled subsets and copies back as
the characters it stands for. How they look against Qt:
``tests/gui/dossier/test_khmer_myanmar_marks_vs_qt``."""

from __future__ import annotations

import pytest

from petdesk.dossier import fonts
from petdesk.dossier.scripts import PRIVATE_FORMS, khmer_myanmar_visual


@pytest.mark.parametrize(
    ("name", "drawn"),
    [
        ("အင်္ဂလိပ်", "\u1021\u1002\uf6a0\u101c\u102d\u1015\u103a"),  # kinzi after ဂ, not a subscript
        ("ကျွန်", "\u1000\uf6a1\u1014\u103a"),  # ျွ as one glyph
        ("ကျွှ", "\u1000\uf6a2"),
        ("ချို", "\u1001\u103b\u102d\uf62f"),  # the long u under the ya's tail
        ("ស្តុ", "\u179f\uf78f\uf7bb"),  # ុ lowered under the subscript ត
        ("ស្រុក", "\uf79a\u179f\u17bb\u1780"),  # not under subscript ro: at its height, as Qt draws it
        ("សុខ", "សុខ"),
    ],
)
def test_drawn_forms(name: str, drawn: str) -> None:
    assert khmer_myanmar_visual(name) == drawn


def test_every_form_is_in_the_fonts_and_copies_back() -> None:
    faces = fonts.register()
    for char, stands_for in PRIVATE_FORMS.items():
        assert faces.has(ord(char)), f"U+{ord(char):04X}"
        assert stands_for and not any("\ue000" <= c <= "\uf8ff" for c in stands_for)
