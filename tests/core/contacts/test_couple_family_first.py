"""Names61, defect 3: a couple written family name first, "Mr. and Mrs. ZHANG Wei" (the family name
in capitals, as many Chinese and Korean lists write it), was split at its last word: "Wei" stored as
the family name and "ZHANG" as the given one. The couple's titles now come off before the name is
split, so it is split as "ZHANG Wei" is (Zhang, Wei, family first), and the cell is kept in the notes
as written, as round 60 keeps "Mr. and Mrs. John Smith"."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.enums import NameOrder
from petdesk.services.importing import ContactRecord, load_file
from tests.core.contacts.test_couples_and_senor import _files

WHOLE_NAME_KINDS = ["name.csv", "full_name.csv", "fn_only.vcf", "sansan.csv"]


def _records(path: Path) -> list[ContactRecord]:
    return [r for r in load_file(path).iter_records() if isinstance(r, ContactRecord)]


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [("Mr. and Mrs. ZHANG Wei", "Zhang", "Wei"), ("Mr. & Mrs. KIM Min-jun", "Kim", "Min-jun")],
)
@pytest.mark.parametrize("kind", WHOLE_NAME_KINDS)
def test_a_couple_family_name_first(tmp_path: Path, kind: str, name: str, family: str, given: str) -> None:
    path = tmp_path / kind
    path.write_text(_files(name)[kind], encoding="utf-8")
    [person] = _records(path)
    assert (person.family_name, person.given_name, person.honorific_en, person.honorific_zh) == (
        family,
        given,
        "",
        "",
    )
    assert person.name_order == NameOrder.FAMILY_FIRST
    assert person.notes == f"Written as: {name}"  # the cell as written, capitals and all


def test_the_whole_name_in_the_first_name_column(tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text(
        "Title,First Name,Middle Name,Last Name,Suffix,Company,E-mail Address\n"
        ",Mr. and Mrs. ZHANG Wei,,,,X,z@x.org\n",
        encoding="utf-8",
    )
    [person] = _records(path)
    assert (person.family_name, person.given_name) == ("Zhang", "Wei")
    assert person.notes == "Written as: Mr. and Mrs. ZHANG Wei"


def test_beside_a_chinese_name_the_line_is_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Chinese name\nMr. and Mrs. ZHANG Wei,张伟\nZHANG Wei,张伟\n", encoding="utf-8")
    couple, alone = _records(path)
    # split as the same name without the couple's titles is (its capitals kept beside 张伟, as a
    # Korean delegation list's "LEE Min-ho" beside 이민호 is, field test 73)
    assert (couple.family_name, couple.given_name, couple.name_order) == (
        alone.family_name,
        alone.given_name,
        NameOrder.FAMILY_FIRST,
    )
    assert (couple.family_name_zh, couple.given_name_zh, couple.given_name) == ("张", "伟", "Wei")
    assert couple.notes == "原写法：Mr. and Mrs. ZHANG Wei"


def test_a_couple_given_name_first_is_as_round_60_made_it(tmp_path: Path) -> None:
    path = tmp_path / "name.csv"
    path.write_text(_files("Mr. and Mrs. John Smith")["name.csv"], encoding="utf-8")
    [person] = _records(path)
    assert (person.family_name, person.given_name, person.notes) == (
        "Smith",
        "John",
        "Written as: Mr. and Mrs. John Smith",
    )
    assert person.name_order == NameOrder.GIVEN_FIRST
