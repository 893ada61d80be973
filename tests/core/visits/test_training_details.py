"""``services.training_details``: a training's titles, dates, zone, venue and organiser saved from
plain values through the editor's own services (field test 60: no command could set them)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.models.enums import OrgKind
from petdesk.services.training_details import save_training_details
from petdesk.services.visits import ScheduleError
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _organiser(db: Database) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en="Guangxi EPB", name_zh="广西生态环境厅", kind=OrgKind.CITY_GOVERNMENT)
        s.add(org)
        s.flush()
        return org.id


def test_add_then_change_only_what_is_given(db: Database) -> None:
    organiser = _organiser(db)
    with db.transaction() as s:
        training_id = save_training_details(
            s,
            None,
            {
                "title_en": " Wastewater operators course ",
                "title_zh": "污水处理运营培训",
                "start_date": dt.date(2026, 11, 10),
                "end_date": dt.date(2026, 11, 12),
                "timezone": "Asia/Shanghai",
                "venue_en": "Nanning Hotel",
                "organiser_id": organiser,
            },
        )
    with db.transaction() as s:
        save_training_details(s, training_id, {"end_date": dt.date(2026, 11, 13), "venue_zh": "南宁饭店"})
    with db.reading() as s:
        t = s.get(m.Training, training_id)
        assert t is not None
        assert (t.title_en, t.title_zh, t.timezone) == (
            "Wastewater operators course",
            "污水处理运营培训",
            "Asia/Shanghai",
        )
        assert (t.start_date, t.end_date) == (dt.date(2026, 11, 10), dt.date(2026, 11, 13))
        assert (t.venue_en, t.venue_zh, t.organiser_id) == ("Nanning Hotel", "南宁饭店", organiser)
    with db.transaction() as s:  # an empty organiser removes it
        save_training_details(s, training_id, {"organiser_id": ""})
    with db.reading() as s:
        assert s.get(m.Training, training_id).organiser_id is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("details", "chinese"),
    [
        (
            {"title_en": "X", "start_date": dt.date(2026, 11, 2), "end_date": dt.date(2026, 11, 1)},
            "早于开始日期",
        ),
        ({"title_en": " ", "start_date": dt.date(2026, 11, 2), "end_date": dt.date(2026, 11, 3)}, "标题"),
        ({"title_en": "X", "start_date": dt.date(2026, 11, 2)}, "开始日期和结束日期"),
    ],
)
@pytest.mark.usefixtures("tree_catalogue")
def test_refusals_save_nothing_and_read_in_chinese(db: Database, details: dict, chinese: str) -> None:
    with pytest.raises(ScheduleError) as caught, db.transaction() as s:
        save_training_details(s, None, details)
    assert chinese in localize(str(caught.value), "zh_CN")
    with db.reading() as s:
        assert s.query(m.Training).count() == 0
