"""The match view's reasons say the words the need wrote (field test 58: a sludge need that said
"填埋场" was shown "共同术语：生活垃圾" beside food-waste digestion, as if it had said household waste)."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.technologies.match_view import MatchView
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_the_reason_names_the_needs_own_word(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        city = m.Organisation(name_zh="保定市人民政府", kind=OrgKind.CITY_GOVERNMENT, country="CN")
        firm = m.Organisation(name_zh="宁波某环保公司", kind=OrgKind.ENTERPRISE, country="CN")
        s.add_all([city, firm])
        s.flush()
        need_id = need_service.create_need(
            s, city_organisation_id=city.id, title_zh="市政污泥无害化处置",
            problem_zh="每日脱水污泥600吨，填埋场将封场", sector="wastewater",
        ).id  # fmt: skip
        tech_service.create_technology(
            s, name_zh="餐厨垃圾厌氧消化", description_zh="餐厨垃圾制沼气", sector="waste", trl=9,
            provider_organisation_id=firm.id,
        )  # fmt: skip
    view = MatchView(db, "zh_CN")
    qtbot.addWidget(view)
    view.show()
    view.show_need(need_id)
    qtbot.waitUntil(lambda: view.ranked.rowCount() == 1, timeout=5000)
    reasons = view.ranked.item(0, 2).text()
    assert "共同术语：生活垃圾（需求中为“填埋”，技术中为“垃圾”）" in reasons
