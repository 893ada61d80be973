"""The training editor's sign-in sheet tab lists the attendees as the printed sheet does, with the
reader's language first: "签到表 · Sign-in sheet" and "蔡健帆（Jianfan Cai）" in the Chinese window
(field test 6, defect 17: the trainers were listed, and the Latin name and English title came first)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "heading", "cai"),
    [
        ("zh_CN", "签到表 · Sign-in sheet", "蔡健帆（Jianfan Cai）"),
        ("en", "Sign-in sheet · 签到表", "Jianfan Cai (蔡健帆)"),
    ],
)
def test_the_sign_in_tab_lists_the_attendees_in_the_readers_order(
    qtbot, db: Database, translators, locale: str, heading: str, cai: str
) -> None:
    ids = trainings_data.co_trained(db)  # Erik Andersson and 王梅 teach, Anna Becker attends
    with db.transaction() as s:
        ts.register(s, ids["training"], person(s, "Jianfan", "Cai", "蔡健帆").id)
    translators(locale)
    editor = TrainingEditor(db, locale=locale, training_id=ids["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    editor.tabs.setCurrentWidget(editor.sheet_view)
    lines = [line.strip() for line in editor.sheet_view.toPlainText().splitlines() if line.strip()]
    assert lines[0] == heading
    assert "Anna Becker" in lines and cai in lines
    assert not any("Erik" in line or "王梅" in line for line in lines), lines
    if locale == "zh_CN":
        assert lines[1].startswith("城市水务培训 / Urban water training"), lines[1]
