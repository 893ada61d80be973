"""Round 61 review: ``visits ID`` and ``trainings ID`` put English punctuation in Chinese lines:
"英国 (GB)", "@ 武汉机场, 武汉", a venue "培训中心, 西安", trainers "(赵敏、赵铭)", and
``training-sessions list`` "赵敏, 赵铭"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.visits import place_and_city
from petdesk.db import Database
from petdesk.services import trainings as training_service
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture

#: An ASCII comma, bracket, colon or semicolon next to a Chinese character.
ASCII_BESIDE_CHINESE = re.compile(r"[\u4e00-\u9fff]\s*[,():;]|[,():;]\s*[\u4e00-\u9fff]")


def _out(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(["--db", str(db.path), *argv, "--lang", "zh_CN"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def test_place_and_city() -> None:
    assert place_and_city("武汉机场", "武汉", "zh") == "武汉机场"
    assert place_and_city("解放碑", "重庆", "zh") == "重庆解放碑"
    assert place_and_city("Wuhan Airport", "武汉", "zh") == "武汉 Wuhan Airport"
    assert place_and_city("Wuhan Airport", "Wuhan", "en") == "Wuhan Airport, Wuhan"
    assert place_and_city("", "武汉", "zh") == "武汉"


@pytest.mark.usefixtures("tree_catalogue")
def test_a_visit_and_a_training_in_chinese_take_chinese_punctuation(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="British delegation", title_zh="英国代表团", start_date=dt.date(2026, 12, 21),
            end_date=dt.date(2026, 12, 25), timezone="Asia/Shanghai", country="GB",
        )  # fmt: skip
        vs.add_item(
            s, v.id, start=dt.datetime(2026, 12, 21, 8), end=dt.datetime(2026, 12, 21, 9),
            timezone="Asia/Shanghai", kind="meeting", title_zh="会谈", place_zh="市政府", city_zh="武汉",
        )  # fmt: skip
        t = training_service.create_training(
            s, title_en="Course", title_zh="培训班", start_date=dt.date(2026, 5, 15),
            end_date=dt.date(2026, 5, 15), timezone="Asia/Shanghai", venue_zh="培训中心", city_zh="西安",
        )  # fmt: skip
        zhao, gao = person(s, "Min", "Zhao"), person(s, "Xue", "Gao")
        zhao.given_name_zh, zhao.family_name_zh, gao.given_name_zh, gao.family_name_zh = (
            "敏",
            "赵",
            "雪",
            "高",
        )
        s.flush()
        training_service.add_session(
            s, t.id, start=dt.datetime(2026, 5, 15, 9), end=dt.datetime(2026, 5, 15, 12),
            title_zh="开班", trainer_ids=[zhao.id, gao.id],
        )  # fmt: skip
        ids = v.id, t.id
        assert s.get(m.Training, t.id) is not None
    for argv in (("visits", ids[0]), ("trainings", ids[1]), ("training-sessions", "list", ids[1][:8])):
        out = _out(db, capsys, *argv)
        assert not ASCII_BESIDE_CHINESE.search(out), (argv, ASCII_BESIDE_CHINESE.findall(out), out)
    out = _out(db, capsys, "visits", ids[0])
    assert "英国（GB）" in out and "武汉市政府" in out
    assert "西安培训中心" in _out(db, capsys, "trainings", ids[1])


@pytest.mark.usefixtures("tree_catalogue")
def test_training_sessions_list_names_the_zone_as_trainings_id(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed "Asia/Shanghai" in a Chinese line, where ``trainings ID`` says 北京时间."""
    with db.transaction() as s:
        t = training_service.create_training(
            s, title_en="Course", start_date=dt.date(2026, 5, 15), end_date=dt.date(2026, 5, 15),
            timezone="Asia/Shanghai",
        )  # fmt: skip
        training_service.add_session(
            s, t.id, start=dt.datetime(2026, 5, 15, 9), end=dt.datetime(2026, 5, 15, 12), title_en="Basics"
        )
        tid = t.id
    out = _out(db, capsys, "training-sessions", "list", tid[:8])
    assert "北京时间（UTC+08:00）" in out and "Asia/" not in out, out
