"""Field test 99's delegation: the Karlsruhe list imported as the city sent it, a week in Hefei, Wuhu
and Shanghai with the eight as head and delegates, and the Hefei office's letterhead."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, invitation
from petdesk.services import office as office_service
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR

LIST = DATA_DIR / "field99" / "karlsruhe_delegation.xlsx"
ORDER = ("Schäfer", "Weiß", "Öztürk", "Brenner", "Hoffmann", "Nguyen", "Keller", "Lang")
CITIES = ((18, "Hefei", "合肥"), (20, "Wuhu", "芜湖"), (22, "Shanghai", "上海"))


def karlsruhe_visit(db: Database, *, letterhead: bool = True) -> tuple[str, dict[str, str]]:
    """The visit's id and the guests' ids by family name."""
    with db.transaction() as s:
        importing.import_file(s, LIST)
    with db.transaction() as s:
        office_service.set_identity(s, name="Hefei Hub Office", name_zh="合肥中心办公室")
        if letterhead:
            invitation.set_office_settings(
                s,
                address="Room 1203, 800 Wangjiang West Road, Hefei, Anhui 230088, China",
                address_zh="安徽省合肥市望江西路800号1203室 230088",
                contact="Liu Qiang",
                contact_zh="刘强",
                phone="+86 551 6553 1200",
            )
        visit = vs.create_visit(
            s,
            title_en="Karlsruhe delegation on water and energy",
            title_zh="卡尔斯鲁厄水务与能源代表团",
            start_date=dt.date(2027, 1, 18),
            end_date=dt.date(2027, 1, 24),
            purpose_en="Exchange on wastewater treatment and municipal energy",
            purpose_zh="就污水处理和城市能源开展交流",
        )
        people = {c.family_name: c.id for c in s.scalars(select(m.Contact))}
        for n, name in enumerate(ORDER):
            vs.add_participant(s, visit.id, people[name], "head" if n == 0 else "delegate")
        zone = ZoneInfo("Asia/Shanghai")
        for day, en, zh in CITIES:
            start = dt.datetime(2027, 1, day, 9, tzinfo=zone)
            vs.add_item(
                s,
                visit.id,
                start=start,
                end=start + dt.timedelta(hours=2),
                title_en=f"Talks in {en}",
                title_zh=f"{zh}会谈",
                city_en=en,
                city_zh=zh,
            )
        return visit.id, people
