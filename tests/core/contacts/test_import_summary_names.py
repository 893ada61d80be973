"""The import summary names what it did not keep in the user's language (field test 29: the
Chinese summary read "未导入：1 × FN、1 × display name")."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"
FILES = [str(REAL / "thunderbird_tb_plain.csv"), str(REAL / "apple_addressbook_photo_person.vcf")]


def test_dropped_names_in_english_stay_as_the_file_names_them(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "import-contacts", *FILES]) == 0
    assert "dropped: 1 × FN, 1 × display name" in capsys.readouterr().out


def test_dropped_names_in_chinese_are_translated_with_the_property_beside(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "zh_CN", "--db", str(db.path), "import-contacts", *FILES]) == 0
    out = capsys.readouterr().out
    assert "未导入：1 × 显示名称（FN）、1 × 显示名称；" in out, out
    assert "display name" not in out
