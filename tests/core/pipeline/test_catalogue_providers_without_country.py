"""A catalogue whose new providers have Chinese-only names and no provider_country column says how many
of them have no country and how to set it (field test: they came in silently, and the market report
counted their technologies under 国家未注明). Their country is not guessed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange import flat
from petdesk.services import market
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _catalogue(path: Path) -> Path:
    path.write_text(
        "name_zh,provider,sector\n"
        "膜生物反应器,碧水源科技,wastewater\n"
        "污泥干化,碧水源科技,wastewater\n"
        "餐厨垃圾处理,启迪环境,waste\n",
        encoding="utf-8",
    )
    return path


def test_new_providers_without_country_are_counted_and_left_alone(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        report = flat.import_catalogue(s, _catalogue(tmp_path / "技术目录.csv"), "technologies")
    assert report.warnings == [flat.PROVIDERS_WITHOUT_COUNTRY[1].format(n=2, names="碧水源科技, 启迪环境")]
    with db.reading() as s:
        assert set(s.scalars(select(m.Organisation.country))) == {""}  # not guessed
        assert market.overview(s).technologies_by_country[market.NOT_GIVEN] == 3


def test_a_file_giving_the_country_warns_of_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "with_country.csv"
    path.write_text("name_zh,provider,provider_country,sector\n膜生物反应器,碧水源科技,CN,wastewater\n")
    with db.transaction() as s:
        assert flat.import_catalogue(s, path, "technologies").warnings == []


def test_the_command_says_it_in_the_readers_language(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    path = _catalogue(tmp_path / "技术目录.csv")
    assert main(["--db", str(db.path), "import-technologies", str(path)]) == 0
    err = capsys.readouterr().err
    assert "2 new providers have no country (碧水源科技, 启迪环境)" in err
    assert "Organisations page" in err
    db.path.unlink()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "import-technologies", str(path)]) == 0
    err = capsys.readouterr().err
    assert "2 家新增提供方未注明国家（碧水源科技, 启迪环境）" in err and "合作机构" in err
