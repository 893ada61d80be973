"""The match view's score cell names the sector tier that orders the list before the score does, and
sorting by that column keeps the tier first (review 49, finding 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from petdesk.db import Database
from petdesk.gui.technologies.match_view import MatchView
from petdesk.services import tech_matching
from tests.core.pipeline.test_match_sector_first import _fill

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_score_cell_names_the_tier(qtbot, db: Database, locale: str) -> None:  # type: ignore[no-untyped-def]
    need_id, _ids = _fill(
        db, title_zh="污泥处理处置", problem_zh="污水处理厂每天产生污泥，需要资源化处理技术。"
    )
    with db.reading() as s:
        _need, ranked = tech_matching.rank_for_need(s, need_id, None)
    by_id = {r.technology.id: r for r in ranked}
    view = MatchView(db, locale)
    qtbot.addWidget(view)
    view.show()
    view.show_need(need_id)
    qtbot.waitUntil(lambda: view.ranked.rowCount() == len(ranked), timeout=5000)

    def shown() -> list[tech_matching.Ranked]:
        ids = [view.ranked.item(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(view.ranked.rowCount())]
        return [by_id[x] for x in ids]

    lang = "zh" if locale == "zh_CN" else "en"
    for i, r in enumerate(shown()):
        assert view.ranked.item(i, 0).text() == f"{r.score:.1f}\n{r.fit(lang)}"
    assert [r.order_key for r in shown()] == sorted((r.order_key for r in ranked), reverse=True)
    view.ranked.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.order_key for r in shown()] == sorted(r.order_key for r in ranked)
