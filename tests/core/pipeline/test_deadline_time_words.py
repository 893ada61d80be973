"""A deadline time's refusals reach Chinese readers (services.deadline_time through messages.localize):
the command line and the project editor show the same sentence in the reader's language."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError


@pytest.mark.parametrize(
    ("deadline", "time", "zone", "chinese", "kept"),
    [
        (dt.date(2027, 3, 17), "5pm", "Europe/Brussels", "不是有效的时刻", "“5pm”"),
        (dt.date(2027, 3, 17), "17:00", "Europe/Bruxelles", "未知时区", "“Europe/Bruxelles”"),
        (dt.date(2027, 3, 17), "17:00", "", "须注明时区", "America/New_York"),
        (None, "17:00", "Europe/Brussels", "须同时填写截止日期", ""),
    ],
)
def test_each_refusal_is_said_in_chinese(
    db: Database, deadline: dt.date | None, time: str, zone: str, chinese: str, kept: str
) -> None:
    with db.transaction() as s, pytest.raises(PipelineError) as refused:
        project_service.create_project(
            s, title_en="EU call", deadline=deadline, deadline_time=time, deadline_zone=zone
        )
    said = localize(str(refused.value), "zh_CN")
    assert chinese in said and kept in said
    # no English words left but the value typed and the zone names
    rest = said.replace(kept, "").replace("America/New_York", "").replace("Asia/Shanghai", "")
    assert not re.search(r"[A-Za-z]{3,}", rest.replace("HH:MM", "").replace("IANA", "")), said
