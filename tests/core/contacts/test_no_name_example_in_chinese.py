"""The warning that no column gives a name shows a --map example a Chinese user can copy: a Chinese
heading mapped to the full name, not a German "Vorname" (field test 68); English keeps its example."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _registrations(path: Path) -> Path:
    # "参会人" (participant) is no heading the import knows as a name
    path.write_text("参会人,邮箱\n王建国,wang@example.cn\n", encoding="utf-8")
    return path


def test_the_chinese_warning_gives_a_chinese_example_that_works(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    at = ["--db", str(db.path), "--lang", "zh_CN", "import-contacts", "--dry-run"]
    csv = str(_registrations(tmp_path / "报名.csv"))
    assert main([*at, csv]) == 0
    shown = capsys.readouterr()
    warning = next(line for line in (shown.out + shown.err).splitlines() if "没有一列提供姓名" in line)
    assert "Vorname" not in warning
    example = warning.split("例如 ")[1].rstrip("）")
    assert example == "--map 参会人=full_name"
    # the example, as printed, imports the name
    assert main([*at, *example.split(" "), csv]) == 0
    assert "新增 1 条" in capsys.readouterr().out


def test_the_english_warning_keeps_its_example(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = str(_registrations(tmp_path / "registrations.csv"))
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", "--dry-run", csv]) == 0
    shown = capsys.readouterr()
    assert "--map Vorname=given_name,Nachname=family_name" in shown.out + shown.err
