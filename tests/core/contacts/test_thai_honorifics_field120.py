"""Bangkok hub office (field test 120): Thai titles (คุณ, นาย, นาง, นางสาว, ดร.) were kept as typed in
the English honorific, in Thai letters, with no Chinese one; glued to the name as Thai writes them
("คุณอรุณี", "นายปิยะ") they stayed in the given name. นาย/นาง/นางสาว are Mr./Mrs./Miss and 先生/女士, ดร.
Dr./博士; คุณ, said to a man or a woman, is "Khun" in English and nothing in Chinese (no guess)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import honorifics, importing

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "field120"


@pytest.mark.parametrize(
    ("written", "settled"),
    [
        ("คุณ", ("Khun", "", "")),
        ("นาย", ("Mr.", "先生", "m")),
        ("นาง", ("Mrs.", "女士", "f")),
        ("นางสาว", ("Miss", "女士", "f")),
        ("ดร.", ("Dr.", "博士", "")),
        ("ผศ.ดร.", ("Asst. Prof. Dr.", "助理教授", "")),
    ],
)
def test_thai_titles_in_both_languages(written: str, settled: tuple[str, str, str]) -> None:
    assert honorifics.settle([written]) == settled


@pytest.mark.parametrize(
    ("given", "split"),
    [
        ("คุณอรุณี", ("คุณ", "อรุณี")),
        ("นายปิยะ", ("นาย", "ปิยะ")),
        ("นางสาวศิริพร", ("นางสาว", "ศิริพร")),
        ("ดร. ประเสริฐ", ("ดร.", "ประเสริฐ")),
        ("คุณากร", ("", "คุณากร")),  # a given name that begins with คุณ
    ],
)
def test_a_title_glued_to_the_name(given: str, split: tuple[str, str]) -> None:
    assert honorifics.title_of_given_name(given) == split


def test_titles_stored_in_thai_print_in_english() -> None:
    assert honorifics.english("นาย") == "Mr."
    assert honorifics.chinese("นางสาว") == "女士"


def test_thai_exports_keep_their_titles(db: Database) -> None:
    for name in ("outlook_th_utf8_bom.csv", "card_app_line_style.csv"):
        with db.transaction() as s:
            importing.import_file(s, SAMPLES / name)
    with db.reading() as s:
        people = {c.given_name: (c.honorific_en, c.honorific_zh) for c in s.scalars(select(m.Contact))}
    assert people["สมชาย"] == ("Khun", "")
    assert people["ศิริพร"] == ("Miss", "女士")
    assert people["ประเสริฐ"] == ("Dr.", "博士")
    assert people["วิชัย"] == ("Mr.", "先生")
    assert people["อรุณี"] == ("Khun", "")  # "คุณอรุณี แสงทอง (Nok)" on the card
    assert people["ปิยะ"] == ("Mr.", "先生")
