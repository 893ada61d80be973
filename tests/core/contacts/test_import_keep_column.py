"""A column petdesk does not recognise is left out, and the summary says how to keep it (import49:
"未导入：5 × 首次联系日期" said what was left out, never how to keep it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import importing
from tests.core.test_field_64_first_week import huawei_cards, wps_workbook
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_summary_suggests_the_option_that_keeps_a_column_and_it_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    db, sheet = str(tmp_path / "ts.sqlite"), wps_workbook(tmp_path / "名单.xlsx")
    said = _run(capsys, "--db", db, "--lang", "zh_CN", "import-contacts", "--dry-run", str(sheet))
    # the column worth keeping, not the one that only numbers the rows
    assert '如需保留未导入的列，请将其对应到字段：--map "首次联系日期=notes"' in said, said
    said = _run(capsys, "--db", db, "import-contacts", str(sheet), "--map", "首次联系日期=notes")
    assert "首次联系日期" not in said.split("dropped:")[-1] and "5 × 序号" in said, said
    with open_database(Path(db)).reading() as s:
        notes = s.scalars(select(m.Contact.notes).where(m.Contact.family_name_zh == "孙")).one()
    assert "首次联系日期" in notes, notes


def test_nothing_is_suggested_when_every_column_is_kept_or_for_a_vcard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kept.csv"
    path.write_text("Name,Email\nAnna Schmidt,anna@example.de\n", encoding="utf-8")
    cards = huawei_cards(tmp_path / "00001.vcf")
    said = _run(capsys, "--db", str(tmp_path / "db.sqlite"), "import-contacts", str(path), str(cards))
    assert "--map" not in said, said


def test_a_header_a_mapping_cannot_name_is_suggested_by_its_number() -> None:
    headers = ["No.", "Name", "Met on, first", "序号"]
    assert importing.keep_column_option(headers, {"No.": 2, "Met on, first": 2}) == '--map "3=notes"'
    assert importing.keep_column_option(headers, {"No.": 2}) == '--map "No.=notes"'
    assert importing.keep_column_option(headers, {}) == ""
