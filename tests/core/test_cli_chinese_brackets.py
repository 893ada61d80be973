"""Field test 92: the Chinese lists of the command line put Chinese text in half-width brackets
("培训名称  [成都]", "[镇江东星节能技术有限公司]"); Chinese text takes full-width ones, English keeps []."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.cli.columns import bracketed
from petdesk.db import Database
from petdesk.services import trainings as ts


def test_bracketed_by_script() -> None:
    assert bracketed("成都") == "【成都】"
    assert bracketed("Chengdu") == "[Chengdu]"


def test_the_chinese_training_list_brackets_its_city_full_width(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        ts.create_training(
            s, title_en="Sponge city training", title_zh="海绵城市培训", city_en="Wuhan", city_zh="武汉",
            start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2),
        )  # fmt: skip
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings"]) == 0
    out = capsys.readouterr().out
    assert "海绵城市培训  【武汉】" in out and "[" not in out
    assert main(["--db", str(db.path), "--lang", "en", "trainings"]) == 0
    assert "Sponge city training  [Wuhan]" in capsys.readouterr().out
