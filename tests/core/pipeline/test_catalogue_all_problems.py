"""A catalogue with several bad rows is refused with every one of them listed at once (field test
26, §3: one error per run meant one edit-and-rerun cycle per row), the list capped for long files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.exchange.catalogue_columns import sector_names


def _count(db: Database, table: str) -> int:
    with closing(sqlite3.connect(db.path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_every_bad_row_is_listed_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_text(
        "name_zh,sector,trl\n膜生物反应器,污水处理,8\n高温堆肥,固废,10\n海水淡化,海洋经济,6\n,水处理,5\n",
        encoding="utf-8",
    )
    with pytest.raises(flat.CatalogueRowsError) as refused, db.transaction() as s:
        flat.import_catalogue(s, path, "technologies")
    assert refused.value.problems == [
        "catalogue.csv, line 3: readiness (trl) must be a whole number from 1 to 9, not “10”",
        "catalogue.csv, line 4: unknown sector “海洋经济”; the sectors are "
        + ", ".join(name for name in sector_names(locale_zh=False)),
        "catalogue.csv, line 5: the row has neither name_en nor name_zh",
    ]
    assert _count(db, "technology") == 0
    chinese = refused.value.in_words("zh_CN").splitlines()
    assert chinese[1] == "catalogue.csv，第 3 行：技术成熟度（trl）须为 1 到 9 的整数，而不是“10”"
    assert chinese[3] == "catalogue.csv，第 5 行：该行既没有 name_en，也没有 name_zh"


def test_a_long_list_is_capped_on_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "many.csv"
    rows = "".join(f"技术{n},水处理,{'x' if n % 2 else 5}\n" for n in range(130))
    path.write_text("name_zh,sector,trl\n" + rows, encoding="utf-8")
    assert main(["--db", str(db.path), "--lang", "en", "import-technologies", str(path)]) != 0
    err = capsys.readouterr().err
    assert "many.csv has 65 rows that cannot be imported, so nothing was imported:" in err
    assert "many.csv, line 3: readiness (trl)" in err  # the first bad row (技术1)
    assert "many.csv, line 101: readiness (trl)" in err  # the 50th
    assert "many.csv, line 103:" not in err
    assert "… and 15 more" in err
    assert _count(db, "technology") == 0


def test_a_needs_file_lists_its_status_and_sector_errors_together(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    path.write_text(
        "city,title_zh,sector,status\n杭州市,黑臭水体治理,污水处理,暂缓\n杭州市,污泥处置,海洋经济,待对接\n",
        encoding="utf-8",
    )
    with pytest.raises(flat.CatalogueRowsError) as refused, db.transaction() as s:
        flat.import_catalogue(s, path, "needs")
    assert [p.split(":")[0] for p in refused.value.problems] == ["needs.csv, line 2", "needs.csv, line 3"]
