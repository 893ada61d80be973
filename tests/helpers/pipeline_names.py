"""Titles for the pipeline lists' sort tests (core and window), and the city their needs belong to."""

from __future__ import annotations

from typing import Any

from petdesk import models as m
from petdesk.models.enums import OrgKind

#: Chinese titles whose code-point order (人 低 供 公) is not their pinyin order (di gong gong ren).
ZH_NAMES = ("人工湿地污水处理", "低成本空气监测", "供水管网漏损检测", "公共自行车系统")
PINYIN_ORDER = ["低成本空气监测", "公共自行车系统", "供水管网漏损检测", "人工湿地污水处理"]


def kunming(session: Any) -> m.Organisation:
    """The city government the city needs belong to, added and flushed."""
    city = m.Organisation(
        name_en="Kunming Municipal Government", name_zh="昆明市人民政府",
        kind=OrgKind.CITY_GOVERNMENT, country="CN", city_en="Kunming", city_zh="昆明",
    )  # fmt: skip
    session.add(city)
    session.flush()
    return city
