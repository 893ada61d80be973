"""Round 63 (polish63): a couple's "Written as" line (原写法) followed only the name's script, so a
Japanese couple got 原写法 beside 佐々木 翔; it now follows the name's language as the import's other
notes labels do (names63: "Met — cards exchanged" beside a Japanese name), in the import, the
editor and ``tidy-names``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import contacts, couple_names, name_title_tidy
from petdesk.services.importing import ContactRecord, load_file
from tests.helpers.contact_form_saves import saved_contact


@pytest.mark.parametrize(
    ("family", "given", "language", "chinese"),
    [
        ("张", "伟", "", True),
        ("张", "伟", "zh", True),
        ("佐々木", "翔", "", False),  # 々: Japanese whatever the language says not
        ("佐藤", "健", "ja", False),
        ("김", "민준", "ko", False),
        ("", "", "", False),
    ],
)
def test_polish63_the_label_follows_the_names_language(
    family: str, given: str, language: str, chinese: bool
) -> None:
    assert couple_names.notes_in_chinese(family, given, language) is chinese


@pytest.mark.parametrize(
    ("native", "label"),
    [("佐藤 健", "Written as: "), ("佐々木翔", "Written as: "), ("张伟", "原写法：")],
)
def test_polish63_an_imported_couple(tmp_path: Path, native: str, label: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text(f"Name,Chinese name,Name language\nMr. and Mrs. Ken Sato,{native},ja\n", encoding="utf-8")
    if native == "张伟":
        path.write_text(f"Name,Chinese name\nMr. and Mrs. Wei Zhang,{native}\n", encoding="utf-8")
    [rec] = [r for r in load_file(path).iter_records() if isinstance(r, ContactRecord)]
    assert rec.notes.startswith(label), rec.notes


def test_polish63_the_editor_and_the_tidy(db: Database) -> None:
    typed = {
        "given_name": "Mr. and Mrs. Ken",
        "family_name": "Sato",
        "family_name_zh": "佐藤",
        "given_name_zh": "健",
        "native_name_language": "ja",
    }
    saved = saved_contact(db, typed, start_date=dt.date(2026, 12, 7))
    assert saved.notes == "Written as: Mr. and Mrs. Ken Sato"
    with db.transaction() as s:
        cid = contacts.create_contact(s, **typed).id  # stored as typed, as before the editor took couples off
    with db.transaction() as s:
        moves = [mv for mv in name_title_tidy.plan_tidy(s) if mv.contact_id == cid]
        assert moves and moves[0].notes == "Written as: Mr. and Mrs. Ken Sato"
        name_title_tidy.apply_tidy(s, moves)
    with db.reading() as s:
        assert contacts.get_contact(s, cid).notes == "Written as: Mr. and Mrs. Ken Sato"
