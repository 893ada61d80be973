"""``services.visit_details``: a visit's titles, dates, zone, host and purpose saved from plain values
through the editor's own services (field test 60: the command line could not set them)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.models.enums import OrgKind
from petdesk.services.visit_details import save_visit_details
from petdesk.services.visits import ScheduleError


def _host(db: Database) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en="Suzhou EPB", name_zh="苏州市生态环境局", kind=OrgKind.CITY_GOVERNMENT)
        s.add(org)
        s.flush()
        return org.id


def test_add_then_change_only_what_is_given(db: Database) -> None:
    host = _host(db)
    with db.transaction() as s:
        visit_id = save_visit_details(
            s,
            None,
            {
                "title_en": " Water delegation ",
                "title_zh": "水务代表团",
                "start_date": dt.date(2026, 11, 2),
                "end_date": dt.date(2026, 11, 6),
                "timezone": "Asia/Shanghai",
                "host_organisation_id": host,
                "purpose_zh": "考察污水处理",
            },
        )
    with db.transaction() as s:
        save_visit_details(s, visit_id, {"end_date": dt.date(2026, 11, 7), "purpose_en": "Wastewater"})
    with db.reading() as s:
        v = s.get(m.Visit, visit_id)
        assert v is not None
        assert (v.title_en, v.title_zh, v.timezone) == ("Water delegation", "水务代表团", "Asia/Shanghai")
        assert (v.start_date, v.end_date) == (dt.date(2026, 11, 2), dt.date(2026, 11, 7))
        assert (v.host_organisation_id, v.purpose_en, v.purpose_zh) == (host, "Wastewater", "考察污水处理")
    with db.transaction() as s:  # an empty host removes it
        save_visit_details(s, visit_id, {"host_organisation_id": ""})
    with db.reading() as s:
        assert s.get(m.Visit, visit_id).host_organisation_id is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("details", "chinese"),
    [
        ({"start_date": dt.date(2026, 11, 2), "end_date": dt.date(2026, 11, 1)}, "结束"),
        (
            {"start_date": dt.date(2026, 11, 2), "end_date": dt.date(2026, 11, 3), "timezone": "Mars/Base"},
            "时区",
        ),
        ({"end_date": dt.date(2026, 11, 3)}, "日期"),
    ],
)
def test_refused_in_both_languages_nothing_saved(db: Database, details: dict, chinese: str) -> None:
    with pytest.raises(ScheduleError) as caught, db.transaction() as s:
        save_visit_details(s, None, {"title_en": "Water delegation", **details})
    assert chinese in localize(str(caught.value), "zh_CN")
    with db.reading() as s:
        assert s.query(m.Visit).count() == 0
