"""A delegation list with "Name (English)" beside "Name (Arabic)" and "Name (Thai)" (field test 75).

No name column was recognised, so every row was skipped; mapped by hand, the Arabic name replaced the
English one without a word. The name in the person's own script is the name, the Latin one its reading.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, matching


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name (English)", "Name (Arabic)", "Name (Thai)", "Email"])
    ws.append(["Mohammed bin Rashid", "محمد بن راشد", None, "m@dm.example"])
    ws.append(["Khalid Al Mansouri", "خالد المنصوري", None, "k@ead.example"])
    ws.append(["Somchai Jaidee", None, "สมชาย ใจดี", "s@bma.example"])
    ws.append([None, None, "ศิริพร วงศ์ใหญ่", "w@bma.example"])
    ws.append(["Anna Müller", None, None, "a@de.example"])
    wb.save(path)
    return path


def _people(db: Database) -> dict[str, tuple[str, str, str, str]]:
    with db.reading() as s:
        return {
            f"{c.given_name} {c.family_name}": (
                c.given_name,
                c.family_name,
                c.phonetic_given_name,
                c.phonetic_family_name,
            )
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }


def test_name_columns_of_a_delegation_list_are_recognised() -> None:
    mapping = importing.guess_mapping(["No.", "Name (English)", "Name (Arabic)", "Name (Thai)", "ชื่อ"])
    assert mapping == {1: "name_latin", 2: "name_native", 3: "name_native", 4: "name_native"}


def test_own_script_name_is_the_name_and_the_latin_one_its_reading(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        result = importing.import_file(s, _sheet(tmp_path / "list.xlsx"))
    assert (len(result.added), len(result.skipped)) == (5, 0)
    assert _people(db) == {
        "محمد بن راشد": ("محمد", "بن راشد", "Mohammed", "bin Rashid"),
        "خالد المنصوري": ("خالد", "المنصوري", "Khalid", "Al Mansouri"),
        "สมชาย ใจดี": ("สมชาย", "ใจดี", "Somchai", "Jaidee"),
        "ศิริพร วงศ์ใหญ่": ("ศิริพร", "วงศ์ใหญ่", "", ""),
        "Anna Müller": ("Anna", "Müller", "", ""),
    }


def test_both_names_mapped_by_hand_keep_both(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("English,Arabic\nKhalid Al Mansouri,خالد المنصوري\n", encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, path, mapping_spec="English=name_latin,Arabic=full_name")
    assert _people(db) == {"خالد المنصوري": ("خالد", "المنصوري", "Khalid", "Al Mansouri")}


def test_one_name_split_at_another_word_is_no_conflict() -> None:
    assert not matching.names_conflict(("بن راشد", "محمد", "", ""), ("راشد", "محمد بن", "", ""))
    assert not matching.names_conflict(("bin Rashid", "Mohammed", "", ""), ("Rashid", "Mohammed bin", "", ""))
    assert matching.names_conflict(("Rashid", "Ahmed", "", ""), ("Zayed", "Mohammed", "", ""))


def test_bin_in_a_chinese_or_korean_given_name_stays_in_it() -> None:
    """'bin' is an Arabic family particle and a Chinese and Korean syllable: "Wen Bin Li" was split
    into family name "Bin Li" once the particles were kept with the family name."""
    for full, family, given in [
        ("Wen Bin Li", "Li", "Wen Bin"),
        ("Hai Bin Zhao", "Zhao", "Hai Bin"),
        ("Min Bin Park", "Park", "Min Bin"),
        ("Mohammed bin Rashid", "bin Rashid", "Mohammed"),
        ("Ali Bin Hassan", "Bin Hassan", "Ali"),
        ("Khalid Al Mansouri", "Al Mansouri", "Khalid"),
    ]:
        assert importing._split_latin_name(full)[:2] == (family, given), full


def test_a_family_name_that_is_also_a_syllable_stays_with_bin_after_an_arabic_given_name() -> None:
    """The guard above read "Hai", "Ban", "Lin" as Chinese family names whatever came before them:
    "Mohammed bin Hai" was given name "Mohammed bin". It asks the given name now."""
    for full, family, given in [
        ("Mohammed bin Hai", "bin Hai", "Mohammed"),
        ("Yusuf bin Ban", "bin Ban", "Yusuf"),
        ("Ahmed Bin Lin", "Bin Lin", "Ahmed"),
        ("Khalid Al Hai", "Al Hai", "Khalid"),
        ("Hai Bin Zhao", "Zhao", "Hai Bin"),
        ("Ji-hoon Bin Kim", "Kim", "Ji-hoon Bin"),
        ("Ban Ki Hoon", "Ban", "Ki Hoon"),
        ("Le Van Hai", "Le", "Van Hai"),  # Lê Văn Hải typed without diacritics: Van marks it (field test 93)
    ]:
        assert importing._split_latin_name(full)[:2] == (family, given), full
