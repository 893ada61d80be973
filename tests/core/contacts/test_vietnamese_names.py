"""A Vietnamese full name is family name first: "Nguyễn Văn An" was split as a Western name, with
the family name An (field test 12, defect 9). A first word that is a common Vietnamese family name
written with its diacritics makes the name family-first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing, names


@pytest.mark.parametrize(
    ("full", "vietnamese"),
    [
        ("Nguyễn Văn An", True),
        ("Trần Thị Mai", True),
        ("Đặng Thái Sơn", True),
        ("Phan Văn Khải", True),  # Phan has no diacritics: another word shows the name is Vietnamese
        ("Nguye\u0302\u0303n Văn An", True),  # decomposed, as macOS writes file names and some exports
        ("Nguyen Van An", False),  # without diacritics the words are too common elsewhere to tell
        ("Le Thanh", False),
        ("Phan Peter", False),
        ("Nguyễn", False),  # one word: nothing to order
    ],
)
def test_the_vietnamese_rule(full: str, vietnamese: bool) -> None:
    assert names.starts_with_vietnamese_family_name(full.split()) is vietnamese


def test_an_imported_vietnamese_name_is_family_first(db: Database, tmp_path: Path) -> None:
    """Made for petdesk's tests, imitating Excel's "Unicode text" export (UTF-16 with BOM, tabs)."""
    path = tmp_path / "unicode_text.csv"
    rows = ["姓名\t电子邮件", "Nguyễn Văn An\tan@example.vn", "Anna Berg\tanna@example.de"]
    path.write_text("\r\n".join(rows) + "\r\n", "utf-16")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        stored = {(c.family_name, c.given_name, c.name_order) for c in s.scalars(select(m.Contact))}
    assert stored == {
        ("Nguyễn", "Văn An", NameOrder.FAMILY_FIRST),
        ("Berg", "Anna", NameOrder.GIVEN_FIRST),
    }
