"""``arg`` fills a translated sentence's %1, %2 … at once, as ``QString::arg`` does."""

from __future__ import annotations

from petdesk.gui.translation import arg


def test_values_are_put_in_once_and_in_the_translation_order() -> None:
    assert arg("merged into %1 on %2", "Dr %2 Ltd", "5 Dec") == "merged into Dr %2 Ltd on 5 Dec"
    assert arg("于%2合并到%1", "Fleur", "12月5日") == "于12月5日合并到Fleur"
    assert arg("%1 of %3", "a") == "a of %3"  # a missing value leaves its mark visible
