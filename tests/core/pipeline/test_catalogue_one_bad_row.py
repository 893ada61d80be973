"""A catalogue file with one bad row says that nothing was imported, as a file with several does
(field test 58: "hub.xlsx, line 6: TRL … not '九'" alone read as if the other rows had come in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["name_en,sector,trl", *rows]) + "\n", encoding="utf-8-sig")
    return path


def test_one_bad_row_says_nothing_was_imported(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _csv(tmp_path / "hub.csv", ["Sludge drying,wastewater,8", "Heat pump,efficiency,nine"])
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "a row of hub.csv cannot be imported, so nothing was imported:" in err
    assert "hub.csv, line 3" in err and "“nine”" in err
    assert main(["--db", str(db.path), "--lang", "en", "technologies"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Technologies: 0"
