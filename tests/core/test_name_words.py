"""A correction of a name against a rename: the test sync's rename rule and the editor's former names
rely on (rename55)."""

from __future__ import annotations

import pytest

from petdesk.name_words import is_correction, same_words


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Wuhan Environmental Protecton Bureau", "Wuhan Environmental Protection Bureau"),  # a letter
        ("wuhan  environmental protection bureau", "Wuhan Environmental Protection Bureau"),  # case, spaces
        (
            "Shenzhen Human Settlements and Environment Commission",
            "Shenzhen Human Settlements & Environment Commission",
        ),
        ("武汉市环境堡护局", "武汉市环境保护局"),  # one character of eight
    ],
)
def test_a_correction(old: str, new: str) -> None:
    assert is_correction(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Wuhan Environmental Protecton Bureau", "Wuhan Ecology and Environment Bureau"),
        ("Wuhan Environmental Protection Bureau", "Wuhan Environmental Protection Office"),  # one word
        ("武汉市环境保护局", "武汉市生态环境局"),
        ("深圳市人居环境委员会", "深圳市生态环境局"),
        ("UBA", "BMU"),  # short names: one letter in eight, at least one
    ],
)
def test_a_rename(old: str, new: str) -> None:
    assert not is_correction(old, new)


def test_same_words_is_case_and_spacing_only() -> None:
    assert same_words(" Wuhan  EPB", "wuhan epb")
    assert not same_words("Wuhan EPB", "Wuhan EP B")
