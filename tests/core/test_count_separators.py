"""Counts in messages are written with the locale's thousands separators ("100,000"), as the lists
write them (field test 47, defect 4: "已将 100000 位联系人导出至 …", "联系人 100000")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.context import translator_for
from petdesk.cli.labels import counts_text, record_counts_text
from petdesk.db import open_database


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_count_lists_group_thousands(locale: str) -> None:
    _ = translator_for(locale)
    assert "100,000" in counts_text({"contacts": 100_000}, _)
    assert "12,345" in record_counts_text({"contact": 12_345, "visit": 2}, _, locale)
    assert _.number(1_234_567) == "1,234,567"


def test_export_message_groups_thousands(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_path)
    try:
        with db.transaction() as s:
            s.add_all(m.Contact(family_name="Zhang", given_name=f"Wei {i}") for i in range(1_001))
    finally:
        db.close()
    out = tmp_path / "all.csv"
    assert main(["--db", str(db_path), "--lang", "en", "export-contacts", "--out", str(out)]) == 0
    assert "1,001 contacts written to" in capsys.readouterr().out
