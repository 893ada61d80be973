"""A correction of a name against a rename: the test sync's rename rule and the editor's former names
rely on (rename55)."""

from __future__ import annotations

import pytest

from petdesk.name_words import NameChange, is_correction, name_change, same_words


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


# orgrename56: the one rule for the organisation editor, ``organisation edit`` and sync.
@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("Shenzen Water Group", "Shenzhen Water Group", NameChange.CORRECTION),  # a letter left out
        ("生太环境局", "生态环境局", NameChange.CORRECTION),  # one character of five, a homophone slip
        ("Shenzhen Water Gruop", "Shenzhen Water Group", NameChange.CORRECTION),  # swapped
        ("Oslo Wtaer Board", "Oslo Water Board", NameChange.CORRECTION),  # swapped: one slip, not two
        ("Oslo Wtaer", "Oslo Water", NameChange.CORRECTION),
        ("Beijing EPB", "Beijing Municipal Ecology and Environment Bureau", NameChange.RENAME),
        ("环保局", "生态环境局", NameChange.RENAME),
        ("深圳市人居环境委员会", "深圳市生态环境局", NameChange.RENAME),
        (  # words replaced in a long name: a rename, though under one character in eight
            "University of Stuttgart, Institute of Sanitary Engineering, Water Quality and Solid Waste "
            "Management",
            "University of Stuttgart, Institute for Sanitary Engineering, Water Quality and Resource "
            "Management",
            NameChange.RENAME,
        ),
        ("Beijing EPB", "Beijing EPD", NameChange.UNSURE),  # an acronym: one letter is another body
        ("环保局", "环境局", NameChange.UNSURE),  # three characters: one is a word
        ("GIZ", "GIS", NameChange.UNSURE),
        ("Beijing  epb", "Beijing EPB", NameChange.SAME),
    ],
)
def test_name_change(old: str, new: str, change: NameChange) -> None:
    assert name_change(old, new) is change
    # in doubt, the verdict sync takes stays a correction
    assert is_correction(old, new) == (change is not NameChange.RENAME)
