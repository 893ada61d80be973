"""Korean names in Hangul compared with their spellings in Latin letters: 김민준 is "Kim Minjun",
"Minjun Kim", "KIM Min-jun"; 이서연 is "Lee", "Yi" or "Rhee Seoyeon". In the duplicate finder (both
ways: in memory and in a scratch database) and when an import finds a known phone or e-mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import duplicates, importing
from petdesk.services.matching import person_name_keys
from petdesk.services.name_readings import name_reading, readings_differ
from tests.core.contacts.io_helpers import add_contact

PHONE = "+82 2 1234 5678"


@pytest.mark.parametrize(
    ("family", "given"),
    [("Kim", "Minjun"), ("Kim", "Min-jun"), ("KIM", "Min Jun"), ("Gim", "Minjun")],
)
def test_name_keys_meet_through_the_romanisation(family: str, given: str) -> None:
    assert person_name_keys(family, given, "", "").keys() & person_name_keys("", "", "김", "민준").keys()


def test_every_spelling_of_a_family_name_meets_and_other_names_do_not() -> None:
    hangul = person_name_keys("", "", "이", "서연").keys()
    for family in ("Lee", "Yi", "Rhee"):
        assert person_name_keys(family, "Seoyeon", "", "").keys() & hangul
    assert not person_name_keys("Park", "Seoyeon", "", "").keys() & hangul
    assert not person_name_keys("Lee", "Minjun", "", "").keys() & hangul


@pytest.mark.parametrize("at_scale", [False, True])
def test_duplicate_finder_pairs_hangul_with_latin(
    db: Database, monkeypatch: pytest.MonkeyPatch, at_scale: bool
) -> None:
    if at_scale:
        monkeypatch.setattr(duplicates, "IN_MEMORY_LIMIT", 0)
    with db.transaction() as s:
        hangul = add_contact(s, family_name_zh="김", given_name_zh="민준").id
        latin = add_contact(s, family_name="Kim", given_name="Min-jun", name_order=NameOrder.FAMILY_FIRST).id
        other = add_contact(s, family_name="Park", given_name="Jisoo").id
        lee = add_contact(s, family_name_zh="이", given_name_zh="서연").id
        rhee = add_contact(s, family_name="Rhee", given_name="Seoyeon").id
    with db.reading() as s:
        pairs = {p.key: p for p in duplicates.find_contact_duplicates(s)}
    kim = pairs[tuple(sorted((hangul, latin)))]
    assert kim.reasons == ["김민준 is written Kim Min-jun in Latin letters"]
    assert kim.score == duplicates.W_CROSS_SCRIPT
    assert tuple(sorted((lee, rhee))) in pairs
    assert not any(other in key for key in pairs)


def test_readings_of_a_hangul_name() -> None:
    assert name_reading(("", "", "김", "민준"), language="ko") == ("kim", "minjun")
    assert name_reading(("", "", "金", "敏俊"), language="ko") == ("", "")  # Hanja: no reading
    kim = ("", "", "김", "민준")
    for latin in (("Kim", "Minjun"), ("Kim", "Min-jun"), ("Jun", "KIM MIN"), ("Kim", ""), ("Gim", "Minjun")):
        parts = (*latin, "", "")
        assert not readings_differ(parts, name_reading(parts), kim, name_reading(kim)), latin
    for latin in (("Park", "Minjun"), ("Kim", "Jisoo")):
        parts = (*latin, "", "")
        assert readings_differ(parts, name_reading(parts), kim, name_reading(kim)), latin


def _plan(db: Database, path: Path) -> list[tuple[str, bool]]:
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(path).records, "contacts")
    return [(i.action, i.possible_match) for i in plan.items]


@pytest.mark.parametrize(
    ("row", "same"),
    [
        ("Minjun,Kim", True),
        ("Min-jun,KIM", True),
        ("Min Jun,Kim", True),
        ("Seoyeon,Park", False),
    ],
)
def test_a_known_phone_with_the_name_in_latin_letters(
    db: Database, tmp_path: Path, row: str, same: bool
) -> None:
    known = tmp_path / "known.csv"
    known.write_text(f"姓名,手机\n김민준,{PHONE}\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, known)
    second = tmp_path / "row.csv"
    second.write_text(f"First Name,Last Name,Mobile\n{row},{PHONE}\n", encoding="utf-8")
    assert _plan(db, second) == [("update", False) if same else ("add", True)]


def test_a_full_name_in_capitals_beside_hangul_is_split_at_the_family_name() -> None:
    assert importing._split_latin_name("KIM MIN JUN", "김")[:2] == ("KIM", "MIN JUN")
    assert importing._split_latin_name("Seoyeon Rhee", "이")[:2] == ("Rhee", "Seoyeon")
