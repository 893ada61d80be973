"""The Chinese ``visits ID`` view puts a full-width colon after its Chinese labels, the host and
the visiting organisation and the purpose too (field test 77: "来访方: 武汉市生态环境局")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import organisations as os_
from petdesk.services import visits as vs


def test_the_chinese_view_uses_full_width_colons(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        bureau = os_.create_organisation(
            s, name_en="Wuhan Ecology and Environment Bureau", name_zh="武汉市生态环境局"
        )
        visit = vs.create_visit(
            s, title_en="Study tour", title_zh="考察", start_date=dt.date(2027, 3, 22),
            end_date=dt.date(2027, 3, 31), direction="outbound", timezone="Europe/Amsterdam",
            visiting_organisation_id=bureau.id,
            purpose_zh="海绵城市与区域供热考察",
        ).id  # fmt: skip
    assert main(["--lang", "zh_CN", "--db", str(db_path), "visits", visit]) == 0
    out = capsys.readouterr().out
    assert "来访方：武汉市生态环境局" in out and "来访方: " not in out
    assert "：海绵城市与区域供热考察" in out
    assert main(["--lang", "en", "--db", str(db_path), "visits", visit]) == 0
    assert "visiting: Wuhan Ecology and Environment Bureau" in capsys.readouterr().out
