"""Arabic in the dossier (review 49b): a number or a bracket inside Arabic text no longer cuts the
right-to-left stretch into pieces printed in stored order, and lām joins only alif into one ligature
(the block's lām-ḥā', lām-mīm and lām-yā' ligatures do not join onward, so الحسن and خليل broke apart)."""

from __future__ import annotations

from petdesk.dossier.scripts import shape_arabic, visual

NBSP = "\u00a0"
MARHABA = "\ufe8e\ufe92\ufea3\ufeae\ufee3"  # مرحبا joined, drawing order
CAIRO = "\ufe93\ufeae\ufeeb\ufe8e\ufed8\ufedf\ufe8d"  # القاهرة joined, drawing order
MUHAMMAD = "\ufeaa\ufee4\ufea4\ufee3"


def test_number_between_arabic_words_keeps_the_words_order() -> None:
    # read right to left: مرحبا, then 2026, then عالم; drawn left to right the last word comes first
    assert visual("مرحبا 2026 عالم").endswith(f"{NBSP}2026{NBSP}{MARHABA}")
    assert visual("شارع 26") == f"26{NBSP}\ufec9\ufead\ufe8e\ufeb7"
    assert visual("رقم ١٢٣").startswith("١٢٣" + NBSP)


def test_brackets_in_arabic_are_mirrored_with_the_stretch() -> None:
    assert visual("محمد (القاهرة)") == f"({CAIRO}){NBSP}{MUHAMMAD}"
    assert visual("Hotel (القاهرة) 5") == f"Hotel ({CAIRO}) 5"
    assert visual("محمد, Cairo") == f"{MUHAMMAD}, Cairo"


def test_lam_joins_only_alif_into_a_ligature() -> None:
    # ا ل ح س ن: alif alone, lām initial, ḥā' and sīn medial, nūn final
    assert shape_arabic("الحسن") == "\ufe8d\ufedf\ufea4\ufeb4\ufee6"
    assert shape_arabic("خليل") == "\ufea7\ufee0\ufef4\ufede"
    assert shape_arabic("سلام") == "\ufeb3\ufefc\ufee1"  # lām-alif, final: joined to the sīn
